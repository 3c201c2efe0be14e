"""The furniture rule table: every rule catches its own examples and leaves its prose alone."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import parse_article
from summarizer.article import PROMPT_EXAMPLES
from summarizer.article.furniture import (
    GLUED_PROMPT_EXAMPLES,
    NO_LETTERS,
    RULES,
    RUN_IN_CAPTION,
    Rule,
    anchored,
    any_needs,
    cut_front,
    cut_spans,
    fold,
    glued_after_prompt,
    is_run_in_caption,
    match_line,
    required_words,
    starts_any,
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


def test_fold_keeps_every_character_a_case_insensitive_letter_matches() -> None:
    """Wherever a case-insensitive pattern matches an ASCII letter or digit, the folded text has it."""
    every = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)
    for letter in string.ascii_lowercase + string.digits:
        for char in set(re.findall(letter, every, re.IGNORECASE)):
            assert letter in fold(char), f"{char!r} (U+{ord(char):04X}) matches {letter!r}"


@pytest.mark.parametrize("rule", [rule for rule in RULES if rule.needs], ids=lambda rule: rule.name)
def test_required_words_are_in_every_example_a_rule_catches(rule: Rule) -> None:
    """A rule's quick test before the search never turns away a text its pattern matches."""
    assert rule.needs and all(word == word.lower() for word in rule.needs)
    for text in (*rule.catches, *rule.keeps):
        if rule.pattern.search(text):
            assert rule.may_match(fold(text)), text
        assert rule.may_match(fold(text.upper())) or not rule.pattern.search(text.upper())


# Pieces of the rules' own words and marks, so that generated texts come close to matching often.
_PIECES = st.sampled_from(
    ["Photo", "photo", "graph", ":", " ", "(", ")", "AP", "Getty", " Images", "via ", "REUTERS/", "J", "a",
     "©", "Copyright", "All rights reserved", ".", ",", " pictured", "pictured", "left", "Scroll down for video",
     "Shutterstock", "Alamy Stock Photo", "PHOTO", "ſ", "\u0130", "\u212a", "/", "credit", "Picture", "Image"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_required_words_never_turn_away_a_match(text: str) -> None:
    """For every rule: where the pattern matches a text, the quick test on the folded text passes."""
    folded = fold(text)
    for rule in RULES:
        if rule.pattern.search(text):
            assert rule.may_match(folded), (rule.name, text)


def test_required_words_are_derived_from_the_pattern() -> None:
    """Words one of which every match holds: literal runs, each branch's own word, repeats of one or more."""
    assert required_words(re.compile(r"\bAP Photo/|\bREUTERS/[A-Z]")) == ("ap photo/", "reuters/")
    assert required_words(re.compile(r"(?:Getty|Shutterstock)[ ]{0,3}$", re.IGNORECASE)) == ("getty", "shutterstock")
    assert required_words(re.compile(r"x?(?:abc)+")) == ("abc",)
    assert required_words(re.compile(r"(?:abc)?d")) == ("d",)
    assert required_words(re.compile(r"a|[bc]")) is None  # one branch needs no word
    assert required_words(re.compile(r"^Photo:")) is None  # anchored at the start: searched at once


def test_any_needs_keeps_the_shortest_words_of_all_the_rules() -> None:
    """A text with none of the joined words holds no rule's word: a word holding another is left out."""
    credit, photographer = (next(r for r in RULES if r.name == name)
                            for name in ("credit closing a caption", "agency photographer"))
    assert any_needs((credit, photographer)) == ("image", "photo", "picture", "reuters/")  # "ap photo/" has "photo"
    assert any_needs((credit, RULES[0])) is None  # the first rule is anchored: any text may match it


def test_anchored_means_every_match_starts_at_the_start() -> None:
    """``^`` in every branch anchors a pattern; one unanchored branch, or MULTILINE, does not."""
    assert anchored(re.compile(r"^Photo:|^(?:Image|Video) credit"))
    assert not anchored(re.compile(r"^Photo:|Getty Images$"))
    assert not anchored(re.compile(r"^Photo:", re.MULTILINE))
    assert not anchored(re.compile(r"(?m:^Photo:)"))


_ANCHORED_LINE_RULES = [rule for rule in RULES if rule.scope == "line" and anchored(rule.pattern)]
_EXAMPLES = [text for rule in RULES for text in (*rule.catches, *rule.keeps)]


@pytest.mark.parametrize("text", [*_EXAMPLES, *(text.upper() for text in _EXAMPLES), " Photo: x", "x\nPhoto: y"])
def test_anchored_rules_joined_match_where_one_of_them_does(text: str) -> None:
    """The joined pattern's ``match`` succeeds exactly where one of the anchored line rules matches."""
    joined = starts_any(tuple(rule.pattern for rule in _ANCHORED_LINE_RULES))
    assert joined is not None
    assert bool(joined.match(text)) == any(rule.pattern.search(text) for rule in _ANCHORED_LINE_RULES)


def test_patterns_that_cannot_be_joined_are_not() -> None:
    """Group references, other flags or an unanchored pattern leave the rules to be tried one by one."""
    assert starts_any((re.compile(r"^(a)\1"),)) is None
    assert starts_any((re.compile(r"^a", re.MULTILINE),)) is None
    assert starts_any((re.compile(r"a"),)) is None


@pytest.mark.parametrize(("paragraph", "kept"), PROMPT_EXAMPLES)
def test_a_sign_up_prompt_goes_with_its_lead_in_and_its_link(paragraph: str, kept: str) -> None:
    story = ("Harbour board sets fares\n\nThe harbour board met in Kelby on Tuesday to set next year's fares.\n\n"
             "Children under five travel free on every sailing, the board said on Tuesday.\n\n")
    article = parse_article(story + paragraph)
    assert " ".join(sentence.text for sentence in article.sentences[2:]) == kept


def test_an_embedded_post_above_its_signature_leaves_the_story_with_it() -> None:
    text = ("Harbour tunnel opens\n\n"
            "The harbour tunnel opened on Monday after three years of work, the council said.\n\n"
            "Huge turnout at the harbour tonight\n\n— Velmont Watch (@velmontwatch) March 4, 2019\n\n"
            "The mayor said the toll would stay at two pounds for a year.")
    article = parse_article(text)
    assert [s.text for s in article.sentences] == [
        "The harbour tunnel opened on Monday after three years of work, the council said.",
        "The mayor said the toll would stay at two pounds for a year."]
    assert article.boilerplate == ("Huge turnout at the harbour tonight",
                                   "— Velmont Watch (@velmontwatch) March 4, 2019")


def test_a_signature_after_a_dropped_line_takes_no_story_paragraph() -> None:
    # the paragraph before the signature is the story's when something else stands between them
    text = ("Harbour tunnel opens\n\n"
            "The harbour tunnel opened on Monday after three years of work, the council said.\n\n"
            "Advertisement\n\n— Velmont Watch (@velmontwatch) March 4, 2019\n\n"
            "The mayor said the toll would stay at two pounds for a year.")
    assert len(parse_article(text).sentences) == 2


@pytest.mark.parametrize(("sentence", "story"), GLUED_PROMPT_EXAMPLES)
def test_a_prompt_glued_to_a_sentence_goes_and_the_sentence_stays(sentence: str, story: str) -> None:
    prompt, point = glued_after_prompt(match_line(sentence), sentence)
    assert (sentence[point:] if point else "") == story
    assert (prompt is not None) == bool(story)


def test_a_glued_prompt_is_found_in_a_sentence_longer_than_a_prompts_line() -> None:
    sentence = ("Read more: Ferry contract row deepens The harbour board said on Monday that it was deeply "
                "disappointed by the decision and would meet the company this week.")
    assert match_line(sentence) is None
    prompt, point = glued_after_prompt(None, sentence)
    assert prompt is not None and prompt.name == "read more"
    assert sentence[point:].startswith("The harbour board said")


def test_a_one_line_paste_keeps_the_sentences_its_prompts_are_glued_to() -> None:
    paragraphs = [
        "Kelby Marine, the last shipbuilder on the island, is to cut 1,200 jobs over two years, it said on Tuesday.",
        "Advertisement", "Chief executive Ada Thorne said the decision had been the hardest of her career.",
        "Read more: Ferry contract row deepens",
        "The harbour board said on Monday that it was deeply disappointed and would meet the company this week.",
        "Sign up to our Harbour Today newsletter",
        "Kelby Marine employs about 4,000 people at its two yards on the island.",
    ]
    apart, one_line = parse_article("\n\n".join(paragraphs)), parse_article(" ".join(paragraphs))
    story = [paragraphs[0], paragraphs[2], paragraphs[4], paragraphs[6]]
    assert [s.text for s in apart.sentences] == story
    assert [s.text for s in one_line.sentences] == story
    assert all(one_line.text[s.start : s.end] == s.text for s in one_line.sentences)


def test_a_press_releases_contact_lines_are_no_body_sentences() -> None:
    text = "\n\n".join([
        "Kelby Marine wins contract for two hybrid ferries",
        "KELBY, Scotland, Dec. 2, 2026 /PRNewswire/ -- Kelby Marine Ltd today announced that it has been awarded "
        "a contract to build two hybrid ferries for the island route.",
        "The vessels, due for delivery in 2029, will each carry 400 passengers and 60 cars.",
        "Media contact:", "Jo Lee press@kelbymarine.example", "+44 1234 567890", "SOURCE Kelby Marine Ltd"])
    article = parse_article(text)
    assert [s.text for s in article.sentences] == [
        "Kelby Marine Ltd today announced that it has been awarded a contract to build two hybrid ferries for the "
        "island route.", "The vessels, due for delivery in 2029, will each carry 400 passengers and 60 cars."]
