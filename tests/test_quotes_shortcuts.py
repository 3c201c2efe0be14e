"""Key quotes: each short cut that skips work gives what the full path gives, where it skips and where it must not."""

from __future__ import annotations

import pytest

from summarizer.article import parse_article
from summarizer.models import Article
from summarizer.quotes import find_quotes
from summarizer.quotes.body import find_cues
from summarizer.quotes.people import PersonIndex, _is_acronym, _split_commas, subject_before
from summarizer.quotes.rank import score
from summarizer.quotes.reported import _lettered


def article(*paragraphs: str) -> Article:
    return parse_article("River town votes on new bridge plan\n\n" + "\n\n".join(paragraphs))


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The mayor said the bridge would close.", ["said"]),
        # A cue of two words keeps one space, however the text spaces or breaks it.
        ("The plan, according  to the mayor, is late.", ["according to"]),
        ("The plan, according\nto the mayor, is late.", ["according to"]),
        ("She told reporters she had added a clause.", ["told", "added"]),
        # A letter whose lower case is longer ("İ") sends the text through the case-blind pattern.
        ("İzmir's mayor SAID the plan, according  to aides, was late.", ["said", "according to"]),
        ("The bridge is closed.", []),
    ],
)
def test_cue_scan_normalises_each_cue(text: str, cues: list[str]) -> None:
    """Each speech verb comes back lower-cased with single spaces, at its place in the text."""
    found = find_cues(text, 0, len(text))
    assert [cue.text for cue in found] == cues
    for cue in found:
        assert " ".join(text[cue.start: cue.end].lower().split()) == cue.text


def test_sentence_without_a_speech_verb_still_reports_an_owned_claim() -> None:
    """A sentence with no speech verb skips the clause model but not the statement nouns."""
    quotes = find_quotes(article(
        "The council met on Tuesday night. Members rejected Ann Lee's claim that the old bridge was unsafe."
    ))
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [("the old bridge was unsafe", "Ann Lee", "reported")]


def test_sentences_without_speech_give_no_quotes() -> None:
    """An article with neither quotation marks nor speech verbs has no quotes, and ranking nothing is empty."""
    story = article("The council met on Tuesday night. The bridge stays open until June.")
    assert find_quotes(story) == []
    assert score([], story) == []


@pytest.mark.parametrize(
    ("words", "least", "expected"),
    [
        (["the", "plan", "failed"], 3, True),
        (["—", "12", "plan", "failed"], 3, False),
        (["12", "%", "x"], 1, True),
        ([], 1, False),
    ],
)
def test_lettered_counts_words_that_hold_a_letter(words: list[str], least: int, expected: bool) -> None:
    assert _lettered(words, least) is expected


@pytest.mark.parametrize(
    ("left", "name", "kind"),
    [
        ("About 4 in 10 voters", "About 4 in 10 voters", "group"),  # a poll's share: "in" between spaces
        ("Six of 10 residents", "Six of 10 residents", "group"),
        ("Tom Hale", "Tom Hale", "person"),  # no "in" or "of": the poll search is skipped
        ("The mayor of Dunmore", "The mayor of Dunmore", "organisation"),  # "of", but no share
    ],
)
def test_subject_before_with_and_without_a_poll_share(left: str, name: str, kind: str) -> None:
    """The speaker before a verb, asked twice (the second answer memoised) with the same result."""
    first = subject_before(left)
    assert first is not None
    assert (first[0].name, first[0].kind) == (name, kind)
    assert subject_before(left) == first


@pytest.mark.parametrize(
    ("phrase", "parts"),
    [
        ("Ann Lee", ["Ann Lee"]),
        ("  Ann Lee ", ["Ann Lee"]),
        ("Ann Lee, mayor of Dunmore", ["Ann Lee", "mayor of Dunmore"]),
        ("Paul Darby (R, Ohio), a senator", ["Paul Darby (R, Ohio)", "a senator"]),
    ],
)
def test_split_commas_with_and_without_a_comma(phrase: str, parts: list[str]) -> None:
    assert _split_commas(phrase) == parts


@pytest.mark.parametrize(
    ("token", "expected"),
    [("NASA", True), ("U.S.", True), ("Smith", False), ("McD", False), ("A", False), ("AFL-CIO", True), ("iOS", False)],
)
def test_acronyms(token: str, expected: bool) -> None:
    assert _is_acronym(token) is expected


def test_full_name_with_nobody_earlier() -> None:
    """A surname finds the full name only among earlier mentions."""
    people = PersonIndex()
    assert people.full_name("Lee", 10) is None
    people.add(50, 1, "Ann Lee", None, "f")
    assert people.full_name("Lee", 10) is None
    found = people.full_name("Lee", 80)
    assert found is not None
    assert found.name == "Ann Lee"
