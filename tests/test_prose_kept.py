"""Furniture rules never eat the story: where a rule is unsure, the prose stays in the body."""

from __future__ import annotations

import re

import pytest

from summarizer.article import parse_article
from summarizer.article.blocks import BROKEN_SENTENCE_CATCHES, BROKEN_SENTENCE_KEEPS, split_blocks
from summarizer.article.furniture import NO_LETTERS, match_line
from summarizer.article.sentences import GLUE_CATCHES, GLUE_KEEPS, glue_points, split_sentences

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


# Numbers Punkt splits off as sentences of their own, and where they belong.
BARE_NUMBERS = (
    ("1. The party is split on the harbour plan.", ["1. The party is split on the harbour plan."]),
    ("The ferry ended the year well short of No. 1.” The coach left the ground.",
     ["The ferry ended the year well short of No. 1.”", "The coach left the ground."]),
    ("If £85 is fair, where does it stop? £90? £140? Drivers want to know.",
     ["If £85 is fair, where does it stop? £90? £140?", "Drivers want to know."]),
    ("1988. That was the last time the party won the county.",
     ["1988. That was the last time the party won the county."]),
)


@pytest.mark.parametrize(("text", "sentences"), BARE_NUMBERS)
def test_a_number_split_off_goes_back_to_its_sentence(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_sentences_that_end_in_numbers_still_split() -> None:
    """The other side: a full sentence after a number is a sentence of its own."""
    assert split_sentences("Turnout was 61.2 percent. The count ended at 3 a.m. on Friday.") == [
        "Turnout was 61.2 percent.", "The count ended at 3 a.m. on Friday."]


@pytest.mark.parametrize("text", NO_LETTERS.catches)
def test_marks_alone_are_furniture(text: str) -> None:
    assert match_line(text) is NO_LETTERS


@pytest.mark.parametrize("text", NO_LETTERS.keeps)
def test_a_number_alone_is_kept(text: str) -> None:
    """A figure on a line of its own ('30,000.') is the story's, not a rule line."""
    assert match_line(text) is None


def test_numbered_list_and_figures_keep_every_word() -> None:
    """A numbered list whose numbers Punkt splits off, and a 'by the numbers' figure, lose no word."""
    story = (_HEAD + "Three things the board agreed:\n\n1. Fares rise by 4 percent in May.\n\n"
             "2. Children under five travel free.\n\n30,000.\n\nThe number of passengers a month on the Kelby line."
             + _TAIL)
    body = _body_words(story)
    for word in ("1", "2", "30", "000", "fares", "children"):
        assert word in body
    sentences = [s.text for s in parse_article(story).sentences]
    assert "1. Fares rise by 4 percent in May." in sentences


def test_list_items_with_the_hyphen_against_the_word_are_body() -> None:
    """List items written "-Name ...", some short and without a full stop, stay body, not subheads."""
    story = (_HEAD + "What the polls found this week\n\n-Kelby Courier poll puts Lee ahead\n\n"
             "-Ann Lee leads Tom Hale by six points in the north, a second poll found.\n\n"
             "-Harbour voters split\n\n-Tom Hale gains among older voters on the islands, a third poll found."
             + _TAIL)
    article = parse_article(story)
    sentences = [s.text for s in article.sentences]
    assert "-Kelby Courier poll puts Lee ahead" in sentences and "-Harbour voters split" in sentences
    assert not any(item.startswith("-") for item in article.subheads)


# A sentence broken by a blank line (a link or a name lost between its parts): joined again.
_LEAD = "Harbour board sets fares\n\nThe harbour board met in Kelby on Tuesday to set next year's fares.\n\n"


@pytest.mark.parametrize(("above", "below"), BROKEN_SENTENCE_CATCHES)
def test_paragraph_that_goes_on_an_open_sentence_is_joined_to_it(above: str, below: str) -> None:
    article = parse_article(_LEAD + above + "\n\n" + below + _TAIL)
    assert f"{above} {below}" in [s.text for s in article.sentences]
    assert above not in article.subheads


@pytest.mark.parametrize(("above", "below"), BROKEN_SENTENCE_KEEPS)
def test_paragraphs_that_stand_apart_are_not_joined(above: str, below: str) -> None:
    text = _LEAD + above + "\n\n" + below + _TAIL
    blocks = split_blocks(text)
    assert [b.text for b in blocks] == text.split("\n\n")


def test_joined_block_offsets_point_into_the_text() -> None:
    above, below = BROKEN_SENTENCE_CATCHES[0]
    text = _LEAD + above + "\n\n\n" + below + _TAIL
    blocks = split_blocks(text)
    assert len(blocks) == 4
    assert all(" ".join(text[b.start : b.end].split()) == " ".join(b.text.split()) for b in blocks)


def test_the_first_paragraph_is_never_joined_to_the_next() -> None:
    """A headline above a lede that opens in lower case ('de Vries ...') stays the headline."""
    article = parse_article("Sea wall holds at Kelby\n\nde Vries, the harbour engineer, said the wall held through "
                            "the night.\n\nThe board will meet on Friday to look at the repairs.")
    assert article.headline == "Sea wall holds at Kelby"


_LEDE = ("The harbour wall at Kelby will be rebuilt by the spring, the island council said on Monday, after "
         "the winter storms tore a gap of forty metres in it.")


@pytest.mark.parametrize(
    ("text", "caption", "kept"),
    [
        # one line: the caption, its credit in brackets, the next paragraph's first sentence
        (_LEDE + " Crews inspect the gap at dawn. (Photo: Ines Varga/Kelby Courier) The work will cost £2m.",
         "Crews inspect the gap at dawn.", "The work will cost £2m."),
        (_LEDE + " Crews inspect the gap at dawn. (AP Photo/Pat Lee) “It will hold,” the engineer said.",
         "Crews inspect the gap at dawn.", "“It will hold,” the engineer said."),
        (_LEDE + " Crews inspect the gap at dawn. / Photo: AA According to the council, the work will cost £2m.",
         "Crews inspect the gap at dawn.", "According to the council, the work will cost £2m."),
        # left alone: a long sentence before the credit is story, and so is one in the paragraph above
        (_LEDE + " Crews from three islands worked through the night to shore up the wall before the next tide, "
                 "and the council said the road behind it would stay shut all week. (Photo: Ines Varga) The work "
                 "will cost £2m.", None, "The work will cost £2m."),
        (_LEDE + " Crews inspect the gap at dawn.\n\n(Photo: Ines Varga/Kelby Courier) The work will cost £2m.",
         None, "The work will cost £2m."),
    ],
)
def test_a_glued_photo_credit_closes_its_caption(text: str, caption: str | None, kept: str) -> None:
    article = parse_article("Harbour wall to be rebuilt by spring\n\n" + text)
    body = [s.text for s in article.sentences]
    assert kept in body
    assert not any("Photo" in sentence for sentence in body)
    if caption is None:
        assert "Crews" in " ".join(body)
    else:
        # the caption keeps its credit, as it does on a line of its own
        assert caption not in body and any(c.startswith(caption + " ") and "Photo" in c for c in article.captions)


def test_a_label_above_the_story_is_read_with_the_front_and_dropped_inside_it() -> None:
    """ "ABSTRACT." opening a text keeps its place in the front (the short line after it is then no
    headline, as without the rule), and "FULL TEXT." inside the story is no sentence of it."""
    text = "\n\n".join([
        "ABSTRACT.",
        "Toasts and roasts for the harbour's year.",
        "FULL TEXT.",
        "Dinner on the quay is about to begin, and the harbour board has asked every speaker to keep it short "
        "this year, after last winter's speeches ran past midnight.",
        "The board chair will speak first, then the ferry crews, then the mayor, who has promised to be brief.",
    ])
    article = parse_article(text)
    assert article.headline is None
    assert all(s.text not in ("ABSTRACT.", "FULL TEXT.") for s in article.sentences)
