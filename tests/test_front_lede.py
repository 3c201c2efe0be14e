"""What tells a short first paragraph that opens the story from a headline above it: the rows of
``front.LEDE_SIGNS``, each with the lines it must catch and the headlines it must leave alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer import parse_article
from summarizer.article import front
from summarizer.article.blocks import split_blocks
from summarizer.article.front import WHOLE_WORD_EXAMPLES, whole_word_at

_CATCH = [(sign.name, row) for sign in front.LEDE_SIGNS for row in sign.catch]
_LEAVE = [(sign.name, row) for sign in front.LEDE_SIGNS for row in sign.leave]


def _sign(name: str) -> front.LedeSign:
    return next(sign for sign in front.LEDE_SIGNS if sign.name == name)


@pytest.mark.parametrize(("name", "row"), _CATCH, ids=[f"{n}: {r[0]}" for n, r in _CATCH])
def test_a_lede_sign_catches_its_examples(name: str, row: tuple[str, ...]) -> None:
    line, *below = row
    assert _sign(name).test(line, below, "english")
    assert front.lede_sign(line, below) is not None


@pytest.mark.parametrize(("name", "row"), _CATCH, ids=[f"{n}: {r[0]}" for n, r in _CATCH])
def test_a_first_paragraph_with_a_lede_sign_is_no_headline(name: str, row: tuple[str, ...]) -> None:
    article = parse_article("\n\n".join(row))
    assert article.headline is None


@pytest.mark.parametrize(("name", "row"), _LEAVE, ids=[f"{n}: {r[0]}" for n, r in _LEAVE])
def test_a_lede_sign_leaves_headlines_alone(name: str, row: tuple[str, ...]) -> None:
    line, *below = row
    assert not _sign(name).test(line, below, "english")


def test_a_sign_read_only_after_a_full_stop_waits_for_one() -> None:
    """"He's back" without its full stop may be a headline in sentence style; with it, a sentence."""
    below = [front.LEDE_SIGNS[0].catch[0][1]]
    assert front.lede_sign("She will not be going to the island this year.", below) is not None
    assert front.lede_sign("She will not be going to the island this year", below) is None


def test_a_headline_named_in_full_over_a_lede_that_names_in_full_again() -> None:
    """The same line over a lede that gives the name in full stands above the story; over a paragraph
    that calls the person by the surname alone, it is the story's first sentence."""
    line = "Ada Lund wants the ferry back."
    in_full = ("Harbour mayor Ada Lund told the council on Monday that the island ferry must run again from May, "
               "and that the town would pay for the first month itself if the operator would not.")
    surname = ("The harbour mayor told the council on Monday that the island ferry must run again from May, and "
               "that Lund would pay for the first month herself if the operator would not.")
    more = "The operator said it would reply by the end of the week, after its board had met on the mainland."
    assert parse_article("\n\n".join([line, in_full, more])).headline == line
    article = parse_article("\n\n".join([line, surname, more]))
    assert article.headline is None
    assert article.sentences[0].text == line


def test_a_co_author_line_above_the_story_is_its_byline() -> None:
    """"Co-authored by ..." names who wrote the story: a byline, not a headline."""
    below = front.LEDE_SIGNS[0].catch[0][1]
    article = parse_article("\n\n".join(["Co-authored by Lina Moreau.", below, below.replace("Monday", "Tuesday")]))
    assert (article.headline, article.byline) == (None, "Lina Moreau.")


@pytest.mark.parametrize(("line", "caught"), [(line, caught) for caught, lines in zip(
    (True, False), front.CLIPPED_EXAMPLES, strict=True) for line in lines])
def test_a_headline_s_clipped_grammar(line: str, caught: bool) -> None:
    """No article, pronoun or auxiliary: the grammar of a headline or a deck, not of a lede."""
    assert front.clipped(line) is caught


_HEAD = "Island ferry to run again in May."
_STORY = ("Two boats will sail to the island twice a day from the first of May, the operator told passengers on "
          "Monday, after a winter in which no boat crossed and the shops on the quay closed early.")
_MORE = "She said the first crossing would leave at seven in the morning, weather permitting, on the first of May."


@pytest.mark.parametrize("deck", ["Harbour board dropped winter timetable after storm damage.",
                                  "Only two councillors back Sen. Ada Lund's plan."])
def test_a_deck_in_clipped_grammar_with_a_full_stop(deck: str) -> None:
    """A short line in a headline's grammar between the headline and a clearly longer lede is the deck,
    even when the lede does not restate it (a title such as "Sen." ends no sentence)."""
    article = parse_article("\n\n".join([_HEAD, deck, _STORY, _MORE]))
    assert (article.headline, article.deck) == (_HEAD, deck)
    assert article.sentences[0].text.startswith("Two boats")


@pytest.mark.parametrize("line", ["The harbour board dropped its timetable.", "He has waited all winter for this.",
                                  "Ada Lund wants the ferry back."])
def test_a_short_lede_under_the_headline_stays_in_the_story(line: str) -> None:
    """The same place, a sentence with an article, a pronoun or an auxiliary, or a name given in full that
    the story then shortens: the story's first paragraph."""
    story = _STORY.replace("the operator told", "and Lund told")
    article = parse_article("\n\n".join([_HEAD, line, story, _MORE]))
    assert (article.headline, article.deck) == (_HEAD, None)
    assert article.sentences[0].text == line


@pytest.mark.parametrize(("row", "caught"), [(row, caught) for caught, rows in zip(
    (True, False), front.DECK_BELOW_EXAMPLES, strict=True) for row in rows])
def test_a_line_with_a_deck_under_it_is_the_headline(row: tuple[str, str, str], caught: bool) -> None:
    """A line that reads half as prose ("A winter of ...") stands above the story when a deck stands
    under it (a line in clipped grammar over a longer lede, or a line over the story's dateline)."""
    line, deck, story = row
    blocks = split_blocks("\n\n".join(row))
    assert front.deck_below(blocks[1:]) is caught
    article = parse_article("\n\n".join([line, deck, story, _MORE]))
    assert (article.headline, article.deck) == ((line, deck) if caught else (None, None))


@pytest.mark.parametrize("below", [
    ["The board said on Monday that it had no choice.", _STORY],  # a longer paragraph in prose grammar
    ["Fares frozen until autumn.", _STORY],  # a second deck line, then the story
])
def test_a_deck_in_clipped_grammar_over_the_story_s_opening(below: list[str]) -> None:
    deck = "Harbour board dropped winter timetable after storm damage."
    article = parse_article("\n\n".join([_HEAD, deck, *below, _MORE]))
    assert (article.headline, article.deck) == (_HEAD, deck)


def test_a_clipped_sentence_under_a_headline_without_a_full_stop_is_the_lede() -> None:
    """A headline set without a full stop, then a sentence with one: the sentence is the story's first."""
    line = "Harbour board dropped winter timetable after storm damage."
    article = parse_article("\n\n".join([_HEAD.rstrip("."), line, _STORY, _MORE]))
    assert (article.headline, article.deck) == (_HEAD.rstrip("."), None)
    assert article.sentences[0].text == line


# ``whole_word_at`` stands in for a look-around search compiled for each name: the two must agree.
_WHOLE_WORD_TEXT = st.text(alphabet="Ada LundKs'’-_.,2éÉ ", max_size=40)


@given(text=_WHOLE_WORD_TEXT, word=st.sampled_from(["Ada", "Lund", "d", "Ks", "é"]), before_capital=st.booleans())
def test_whole_word_at_finds_what_the_look_around_search_finds(text: str, word: str, before_capital: bool) -> None:
    pattern = rf"(?<![\w'’\-]){re.escape(word)}(?![\w\-])" + ("" if before_capital else r"(?![ ][A-Z])")
    found = re.search(pattern, text)
    assert whole_word_at(text, word, before_capital=before_capital) == (found.start() if found else -1)


@pytest.mark.parametrize(("text", "word", "before_capital", "where"), WHOLE_WORD_EXAMPLES)
def test_whole_word_examples(text: str, word: str, before_capital: bool, where: int) -> None:
    assert whole_word_at(text, word, before_capital=before_capital) == where
