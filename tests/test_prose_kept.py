"""Furniture rules never eat the story: where a rule is unsure, the prose stays in the body."""

from __future__ import annotations

import re

import pytest

from summarizer.article import parse_article
from summarizer.article.sentences import GLUE_CATCHES, GLUE_KEEPS, glue_points

_WORD = re.compile(r"\w+")

# A story to put each sentence in: a headline, a lede, the sentence as a paragraph of its own, a close.
_HEAD = "Harbour board meets on fares\n\nThe harbour board met in Kelby on Tuesday to set next year's ferry fares.\n\n"
_TAIL = "\n\nThe board meets again in the spring, when the new timetable is due."


def _body_words(text: str) -> list[str]:
    return [word.lower() for sentence in parse_article(text).sentences for word in _WORD.findall(sentence.text)]


@pytest.mark.parametrize(("text", "word"), GLUE_CATCHES)
def test_glue_point_found_where_a_caption_runs_into_a_sentence(text: str, word: str) -> None:
    """A caption without its full stop runs into the next sentence: the point is at that sentence's first word."""
    points = glue_points(text)
    assert points and text[points[0] :].startswith(word + " ")


@pytest.mark.parametrize("text", GLUE_KEEPS)
def test_no_glue_point_inside_a_name_or_after_a_word_no_caption_ends_on(text: str) -> None:
    assert glue_points(text) == []


@pytest.mark.parametrize("sentence", GLUE_KEEPS)
def test_labelled_sentence_with_a_name_in_it_stays_whole_in_the_body(sentence: str) -> None:
    """'The upshot: ..., a survey by the Council of Urban Schools found.' is a sentence, no run-in caption."""
    article = parse_article(_HEAD + sentence + _TAIL)
    assert sentence in [s.text for s in article.sentences]
    assert not any(caption in sentence for caption in article.captions)


@pytest.mark.parametrize(("text", "word"), GLUE_CATCHES)
def test_run_in_caption_is_still_cut_at_its_glue_point(text: str, word: str) -> None:
    """The other side: the caption goes, the sentence it ran into stays."""
    article = parse_article(_HEAD + text + _TAIL)
    caption = text[: text.index(" " + word + " ")]
    assert caption in article.captions
    assert any(s.text == text[len(caption) + 1 :] for s in article.sentences)
