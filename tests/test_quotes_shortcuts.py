"""Key quotes: each short cut that skips work gives what the full path gives, where it skips and where it must not."""

from __future__ import annotations

import re

import pytest

from summarizer.article import parse_article
from summarizer.models import Article
from summarizer.quotes import body, find_quotes, people
from summarizer.quotes.body import find_cues
from summarizer.quotes.lexicon import CUES
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


# Prose for the look-ahead checks below: names with particles, initials and hyphens, cues in every case.
LOOK_AHEAD_PROSE = (
    "Tom Hale, who said al-Sudani had met Dr. A. B. Lee, told reporters: “We ASKED.” According to "
    "co-Chair Ann van Dyke, the ex-Mayor claimed, warned and added that Élodie Brun's plan—said to cost "
    "£2m—would fail, noting she'd says-so and re-said it. Officials in Tarn announced, tweeted and wrote."
)


def test_cue_look_ahead_finds_what_the_plain_trie_finds() -> None:
    """The first-letter look-ahead only skips positions where no cue can start."""
    plain = re.compile(body._CUE_PATTERN.pattern.replace(f"(?=[{body._FIRST_LETTERS}])", "", 1))
    assert plain.pattern != body._CUE_PATTERN.pattern
    lowered = LOOK_AHEAD_PROSE.lower()
    assert [m.span() for m in body._CUE_PATTERN.finditer(lowered)] == [m.span() for m in plain.finditer(lowered)]
    for cue in sorted(CUES):  # every cue of the lexicon, alone in a sentence
        text = f"Officials {cue} it."
        assert cue in [c.text for c in find_cues(text, 0, len(text))]


def test_name_run_look_ahead_finds_what_the_plain_pattern_finds() -> None:
    """The capital-or-particle look-ahead only skips positions where no name word can start."""
    plain = re.compile(people._CAP_RUN.pattern.replace(r"(?=[A-Z]|[a-z]{1,3}-[A-Z])", "", 1))
    assert plain.pattern != people._CAP_RUN.pattern
    assert [m.span() for m in people._CAP_RUN.finditer(LOOK_AHEAD_PROSE)] == \
        [m.span() for m in plain.finditer(LOOK_AHEAD_PROSE)]


@pytest.mark.parametrize("token", ["Hale's", "Hale’s", "voters'", "voters’", "Hale", "'s", "s", "", "it’ll", "'"])
def test_possessive_ending_agrees_with_the_pattern(token: str) -> None:
    assert people._is_possessive(token) is bool(people._POSSESSIVE.search(token))


@pytest.mark.parametrize(
    ("token", "expected"),
    [("Hale", True), ("al-Sudani", True), ("el-Sisi", True), ("Élodie", True), ("A.", True),
     ("co-Chair", False), ("ex-Mayor", False), ("hale", False), ("al-sudani", False), ("12", False),
     ("“", False), ("-A", False)],
)
def test_name_tokens(token: str, expected: bool) -> None:
    """A capitalised word or an Arabic surname with its article; the hyphen check only skips the pattern."""
    assert people.is_name_token(token) is expected
    by_pattern = bool(people._PARTICLE_NAME.match(token)) or (
        bool(token) and token[0].isupper() and any(ch.isalpha() for ch in token))
    assert people.is_name_token(token) is by_pattern


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("Tom Hale", "Tom Hale"), ("Tom Hale.", "Tom Hale"), ("Tom Hale ,", "Tom Hale"), ("Tom Hale Jr.", "Tom Hale Jr."),
     ("Tom Hale\n", "Tom Hale"), ("Ann Lee”", "Ann Lee"), ("Ann Lee —", "Ann Lee"), ("", "")],
)
def test_names_with_and_without_an_end_to_trim(raw: str, clean: str) -> None:
    """A name ending in a letter skips the trimming patterns; one ending in punctuation is trimmed."""
    assert people.clean_name(raw) == clean
