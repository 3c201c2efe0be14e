"""The furniture rule table: every rule catches its own examples and leaves its prose alone."""

from __future__ import annotations

import pytest

from summarizer.article.furniture import (
    NO_LETTERS,
    RULES,
    RUN_IN_CAPTION,
    cut_front,
    cut_spans,
    is_run_in_caption,
    match_line,
)

CATCHES = [(rule.name, example) for rule in RULES for example in rule.catches]
KEEPS = [(rule.name, example) for rule in RULES for example in rule.keeps]


def _catches(scope: str, text: str) -> set[str]:
    """Names of the rules of ``scope`` that take something from ``text``."""
    if scope == "line":
        rule = match_line(text)
        return {rule.name} if rule else set()
    if scope == "cut":
        return {rule.name for rule, _ in cut_spans(text)[1]}
    return {rule.name for rule, _ in cut_front(text)[1]}


def test_every_rule_has_examples_on_both_sides() -> None:
    """A rule without a catch and a keep example cannot be checked; names are unique."""
    assert all(rule.catches and rule.keeps for rule in RULES)
    assert len({rule.name for rule in RULES}) == len(RULES)


@pytest.mark.parametrize(("name", "example"), CATCHES)
def test_rule_catches_its_examples(name: str, example: str) -> None:
    """Each catch example is taken, by this rule or an earlier one of the same scope."""
    rule = next(r for r in RULES if r.name == name)
    assert rule.pattern.search(example), f"{name} does not match {example!r}"
    assert _catches(rule.scope, example), f"nothing of scope {rule.scope} takes {example!r}"


@pytest.mark.parametrize(("name", "example"), KEEPS)
def test_rule_keeps_its_prose(name: str, example: str) -> None:
    """Each keep example is left whole by every rule of the same scope."""
    rule = next(r for r in RULES if r.name == name)
    assert not _catches(rule.scope, example), f"{example!r} was taken as furniture"


def test_cut_keeps_the_sentence() -> None:
    """A caption glued into a sentence goes; the sentence stays, with its words in order."""
    kept, cut = cut_spans("The mayor, pictured with her husband at the opening, said the tunnel was a triumph.")
    assert kept == "The mayor said the tunnel was a triumph."
    assert [piece for _, piece in cut] == ["pictured with her husband at the opening"]
    kept, _ = cut_spans("The couple (left) met at the opening (above) of the tunnel.")
    assert kept == "The couple met at the opening of the tunnel."


@pytest.mark.parametrize("segment", RUN_IN_CAPTION.catches)
def test_run_in_caption_catches(segment: str) -> None:
    """A labelled caption without its full stop is a caption."""
    assert is_run_in_caption(segment)


@pytest.mark.parametrize("sentence", RUN_IN_CAPTION.keeps)
def test_run_in_caption_keeps_prose(sentence: str) -> None:
    """Labelled prose that ends as a sentence does, or whose label is a clause, is kept."""
    assert not is_run_in_caption(sentence)


def test_text_without_letters_is_boilerplate() -> None:
    assert match_line("* * *") is NO_LETTERS and match_line("A.") is None


def test_long_paragraph_is_never_a_caption() -> None:
    """A rule's reach is bounded: a long paragraph with 'Photo:' in it is no caption."""
    long = "Photo: " + "The council met on Monday and agreed the budget for the harbour. " * 8
    assert match_line(long) is None
