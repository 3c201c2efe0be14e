"""An interview set out as questions and answers: the answers are the interviewee's words."""

from __future__ import annotations

import pytest

from summarizer import parse_article
from summarizer.quotes import find_quotes
from summarizer.quotes.interview import INTERVIEW_EXAMPLES


@pytest.mark.parametrize(("paragraphs", "speaker", "count"), INTERVIEW_EXAMPLES)
def test_the_answers_of_a_question_and_answer_interview(paragraphs: tuple[str, ...], speaker: str | None,
                                                        count: int) -> None:
    article = parse_article("\n\n".join(["Kelby's mayor on the harbour tunnel", *paragraphs]))
    answers = [q for q in find_quotes(article) if q.text in {p[3:] for p in paragraphs if p.startswith("A: ")}]
    assert len(answers) == count
    assert {q.speaker for q in answers} == ({speaker} if speaker else set())
    assert all(q.kind == "direct" and article.text[q.start : q.end] == q.text for q in answers)


def test_the_writer_of_the_byline_is_not_the_interviewee() -> None:
    text = "\n\n".join(["Kelby's mayor on the harbour tunnel", "By Ines Varga",
                        "Ines Varga met Ada Thorne, mayor of Kelby for six years, at the town hall.",
                        "Q: The tunnel is late. Why?", "A: The money did not come.", "Q: Will it open?",
                        "A: Next month, I am told."])
    article = parse_article(text)
    assert article.byline == "Ines Varga"
    assert {q.speaker for q in find_quotes(article) if q.text.startswith(("The money", "Next month"))} == {
        "Ada Thorne"}
