"""The quote lexicon and the speaker-string rules: each verb once, every list derived, clean names."""

from __future__ import annotations

from collections import Counter

import pytest

from summarizer.article import parse_article
from summarizer.quotes import find_quotes, lexicon
from summarizer.quotes.people import clean_name


def test_each_speech_verb_form_is_written_once() -> None:
    """No form belongs to two lemmas, and no lemma is written twice."""
    forms = Counter(form for verb in lexicon.SPEECH_VERBS for form in verb.forms)
    assert [form for form, count in forms.items() if count > 1] == []
    lemmas = Counter(verb.lemma for verb in lexicon.SPEECH_VERBS)
    assert [lemma for lemma, count in lemmas.items() if count > 1] == []


def test_every_derived_list_comes_from_the_table() -> None:
    """The sets the stages use are subsets of the verbs the table holds, with the flags it gives."""
    assert lexicon.REPORTING <= lexicon.CUES
    assert lexicon.LISTENER <= lexicon.CUES
    assert {"told", "informed", "briefed", "reminded"} <= lexicon.LISTENER
    assert {"notes", "asserts", "responded", "demanded"} <= lexicon.REPORTING
    assert "quipped" in lexicon.CUES and "quipped" not in lexicon.REPORTING
    assert "states" in lexicon.NOUN_FORMS and "stated" not in lexicon.NOUN_FORMS
    assert "said" in lexicon.BREAK_WORDS and "state" not in lexicon.BREAK_WORDS


def test_listener_verbs_that_were_never_matched_now_report() -> None:
    """ "briefed" and "reminded" take a listener and report what was said."""
    story = parse_article("Ferry plan\n\nThe council met.\n\nMayor Ana Ruiz briefed reporters that the ferry "
                          "would run all winter. Tom Hale reminded voters that the fare had not risen.")
    texts = {q.text: q.speaker for q in find_quotes(story)}
    assert texts == {"the ferry would run all winter": "Ana Ruiz", "the fare had not risen": "Tom Hale"}


CLEAN = [
    ("For Mr. Okafor", "Mr. Okafor"),
    ("Rival Ruth Adeyemi", "Ruth Adeyemi"),
    ("Tom Hale.", "Tom Hale"),
    ("2019 Valley", "Valley"),
    ("Ana Ruiz for", "Ana Ruiz"),
    ("“Ann Lee", "Ann Lee"),
]
LEFT_ALONE = ["John Smith Jr.", "Bank of America", "Sen. Ann Lee", "J.R. Hale", "Ana Ruiz", "U.S."]


@pytest.mark.parametrize(("raw", "clean"), CLEAN)
def test_speaker_strings_are_cleaned(raw: str, clean: str) -> None:
    """Leading "For"/"Rival", trailing punctuation, function words and numbers are dropped."""
    assert clean_name(raw) == clean


@pytest.mark.parametrize("name", LEFT_ALONE)
def test_clean_names_are_left_alone(name: str) -> None:
    """A name that is already clean, abbreviations and all, comes back as it went in."""
    assert clean_name(name) == name


def test_a_group_keeps_its_numbers() -> None:
    """ "Six in 10 voters say ..." keeps the share that makes the group."""
    story = parse_article("Poll\n\nThe council met.\n\nSix in 10 voters say the bridge should be rebuilt.")
    assert [q.speaker for q in find_quotes(story)] == ["Six in 10 voters"]


@pytest.mark.parametrize("paragraph", [
    "Rep. Tom Hale said in ‘08 that the levy was unfair. “It still is,” he said.",
    "Ann Lee, who ran in the '90s, said the levy was unfair. “It still is,” she said.",
])
def test_an_elided_year_is_an_apostrophe(paragraph: str) -> None:
    """ "in ‘08" and "the '90s" open no quotation: the quote after them is found whole."""
    quotes = find_quotes(parse_article("Levy\n\nThe council met.\n\n" + paragraph))
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["It still is"]
