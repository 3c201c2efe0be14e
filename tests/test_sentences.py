"""Sentence and word splitting: news abbreviations, quotations, and no download ever."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.sentences import NewsTokenizer, split_sentences, split_words

ROOT = Path(__file__).resolve().parent.parent

KEEP_WHOLE = [
    "Lt. Gen. Qais al-Muhammadawi, deputy commander of the command, spoke to reporters.",
    "Clashes broke out on Nov. 27 between the two sides.",
    "Over Nov. 27–28, the rebels made significant gains.",
    "Sen. Maria Lopez (D-Calif.) voted against the bill.",
    "Rep. Tom Hale (R-Texas) and Gov. Anne Byrd met Dr. Patel and Prof. Ng at 9 a.m. on Tuesday.",
    "Sgt. Ray Cole, Col. Ida Marsh, Capt. Lee Wong and Adm. Joan Ruiz were decorated.",
    "The envoy flew from the U.S. to the U.K. for talks at the U.N. with E.U. ministers.",
    "Mr. and Mrs. Okafor met Ms. Dale at No. 10 on Aug. 4.",
    "The festival opens on Sept. 12 and closes on Dec. 1 at St. Mary's church.",
    "“Is this the end?” asked Rep. Lee.",
    "“We will never give up!” shouted the crowd outside the hall.",
    # A title before a surname that is also a common word ("tribe", "bush", "rich").
    "“It is not over,” Mr. Frost said on Monday.",
    "The plan, Dr. Rich said, was sound.",
    "‘We will see,’ Sen. Marsh told reporters.",
]


@pytest.mark.parametrize("sentence", KEEP_WHOLE)
def test_news_abbreviations_do_not_split_a_sentence(sentence: str) -> None:
    """Titles, ranks, months, party tags and ?/! quotations with a speech tag stay one sentence."""
    assert split_sentences(sentence) == [sentence]


def test_sentences_around_abbreviations_still_split() -> None:
    """Real boundaries next to abbreviations are kept."""
    text = "The vote was held on Nov. 3. Turnout was high. Gen. Ross said the army stayed out."
    assert split_sentences(text) == [
        "The vote was held on Nov. 3.",
        "Turnout was high.",
        "Gen. Ross said the army stayed out.",
    ]


def test_question_in_quotes_followed_by_new_sentence_splits() -> None:
    """A quoted question followed by a capitalised new sentence is two sentences."""
    text = "“Who pays?” The question hung over the talks."
    assert split_sentences(text) == ["“Who pays?”", "The question hung over the talks."]


def test_clock_time_ending_a_sentence_splits() -> None:
    """'p.m.' that ends a sentence before 'The ...' is a boundary."""
    text = "The polls closed at 8 p.m. The count began at once."
    assert split_sentences(text) == ["The polls closed at 8 p.m.", "The count began at once."]


def test_words_keep_inner_apostrophes_and_hyphens() -> None:
    """Words keep inner apostrophes and hyphens; punctuation is dropped."""
    words = split_words("Iraq's Iraq-Syria border, (INA) 27–28!")
    assert words == ["Iraq's", "Iraq-Syria", "border", "INA", "27", "28"]


def test_tokenizer_has_sumys_interface() -> None:
    """sumy calls to_sentences and to_words; both return tuples of strings."""
    tokenizer = NewsTokenizer("english")
    assert tokenizer.to_sentences("One fact. Two facts.") == ("One fact.", "Two facts.")
    assert tokenizer.to_words("Two facts.") == ("Two", "facts")
    assert tokenizer.language == "english"


def test_unknown_language_falls_back_to_english() -> None:
    """A language without a Punkt model uses the English rules instead of failing."""
    assert NewsTokenizer("klingon").language == "english"


def test_no_nltk_data_needed(tmp_path: Path) -> None:
    """Splitting and summarising work with an empty HOME and no nltk_data anywhere."""
    env = {**os.environ, "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "none"), "PYTHONPATH": str(ROOT)}
    seed = next((ROOT / "seeds").glob("*.txt"))
    code = (
        "import nltk, summarizer\n"
        f"nltk.data.path[:] = [{str(tmp_path / 'none')!r}]\n"
        f"s = summarizer.summarize(open({str(seed)!r}).read(), summarizer.Options(algorithm='lexrank'))\n"
        "print(len(s.sentences))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"


def test_count_split_words_gives_count_words_for_a_text_split_once() -> None:
    """A sentence's words counted from its one split agree with ``count_words``, spaced or CJK."""
    from summarizer.article.sentences import count_split_words, count_words

    for text in ("The council met on Tuesday.", "  two  spaces\tand a tab ", "市议会周二开会 The mayor", ""):
        assert count_split_words(text, text.split()) == count_words(text)
    assert count_split_words("市议会周二开会", ["市议会周二开会"]) == 4
