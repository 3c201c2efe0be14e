"""Nothing the tool prints is text the article did not contain: properties over generated articles.

Every summary sentence, every quote and the headline must be a piece of the input once whitespace
and invisible characters (controls, zero-width and format characters, which the parser drops) are
set aside. The articles are built from sentences written for these tests, in random order and
with hostile characters between them.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from summarizer import ALGORITHMS, Options, SummarizerError, Summary, summarize
from summarizer.sentences import count_words

HEADLINES = [
    "Harbour town votes to rebuild storm-hit sea wall",
    "Council agrees budget after long night",
    "Rail strike to go ahead on Friday",
    "RIVER LEVELS FALL AS RAIN EASES",
]
SENTENCES = [
    "The town council voted on Tuesday to rebuild the sea wall.",
    "The wall, built in 1952, gave way on the night of the storm.",
    '"We cannot ask families to live behind a wall made of hope," said Mayor Alan Brooks.',
    "“Moving people away from the water would end this town,” said Rosa Meyer, who runs a café.",
    "The government has promised to pay half of the £4 million cost, officials said.",
    "Engineers will start work in the spring.",
    "Union leaders said the strike would go ahead unless the offer improved.",
    "Mr. Jones, a U.S. engineer, said the design was sound.",
    "Rain fell for 36 hours — the longest storm since records began.",
    "She told reporters that the decision was “long overdue”.",
    "According to the council, 1,200 homes were flooded.",
    "Residents asked: what happens next?",
    "Prices rose by 3.5% in the year to March.",
    "By Jane Fielding",
    "PORT ELLIS (Reuters) - The council met again.",
]
SEPARATORS = ["\n\n", "\n", " ", "\r\n\r\n", "\t", "\u00a0", "\u200b", "\x0c", "  ", "\n\n\n"]


def normalised(text: str) -> str:
    """The text without whitespace and invisible characters, in Unicode's composed form (the parser reads
    text in NFC, so a compatibility ideograph such as U+2F800 comes out as its canonical twin U+4E3D):
    what "the same text" is compared on."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf"))


def shown_texts(summary: Summary, *, quotes: bool = True) -> list[str]:
    texts = [sentence.text for sentence in summary.sentences]
    if quotes:
        texts += [quote.text for quote in summary.quotes]
    if summary.article.headline:
        texts.append(summary.article.headline)
    return texts


def assert_faithful(source: str, summary: Summary, *, quotes: bool = True) -> None:
    haystack = normalised(source)
    for text in shown_texts(summary, quotes=quotes):
        assert normalised(text) in haystack, text


_articles = st.builds(
    lambda headline, body, glue: headline + "\n\n" + "".join(s + g for s, g in zip(body, glue, strict=False)),
    st.sampled_from(HEADLINES),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12),
    st.lists(st.sampled_from(SEPARATORS), min_size=12, max_size=12),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_articles, algorithm=st.sampled_from(ALGORITHMS), count=st.integers(1, 6))
def test_every_summary_sentence_and_headline_is_text_of_the_article(text: str, algorithm: str, count: int) -> None:
    """Headline and summary sentences are pieces of the input, for every algorithm and length."""
    try:
        summary = summarize(text, Options(algorithm=algorithm, sentences=count))
    except SummarizerError:
        return
    assert_faithful(text, summary, quotes=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_articles)
def test_every_quote_is_text_of_the_article(text: str) -> None:
    """Each key quote is a piece of the input."""
    try:
        summary = summarize(text)
    except SummarizerError:
        return
    assert_faithful(text, summary)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_articles, junk=st.text(max_size=20))
@example(text="Council agrees budget after long night\n\nEngineers will start work in the spring.", junk="\U0002f800")
def test_faithful_with_arbitrary_text_mixed_in(text: str, junk: str) -> None:
    """Arbitrary characters between sentences still never produce text the input lacks."""
    source = text.replace("\n\n", "\n\n" + junk + " ", 1)
    try:
        summary = summarize(source)
    except SummarizerError:
        return
    assert_faithful(source, summary, quotes=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_articles, words=st.integers(20, 80))  # the longest test sentence has 17 words
def test_a_word_budget_that_fits_a_sentence_keeps_whole_sentences(text: str, words: int) -> None:
    """Under a word budget every chosen sentence is still a whole sentence of the article."""
    try:
        summary = summarize(text, Options(words=words))
    except SummarizerError:
        return
    assume(min(count_words(s.text) for s in summary.article.sentences) <= words)  # some sentence fits
    assert_faithful(text, summary, quotes=False)


def test_normalised_comparison_can_fail() -> None:
    """The check itself tells apart a sentence of the article and one that is not; canonically equal
    characters are the same text."""
    assert normalised("\u4e3d The council met.") in normalised("\U0002f800 The council met.")
    source = "Council agrees budget\n\nThe council met on Monday. It agreed the budget."
    assert normalised("The council  met on\nMonday.") in normalised(source)
    assert normalised("The council met on Tuesday.") not in normalised(source)


# Cases where the summary once was not text of the article; each names the stage that changed it.
KNOWN_REWRITES = {
    "a word budget smaller than any sentence cuts a sentence short (ranking: _cut_to_budget)": (
        "Flood waters rise in valley\n\nFlood waters rose across the valley on Sunday as the river burst "
        "its banks. Rescue teams worked through the night.\n",
        Options(words=1),
    ),
    "Markdown link syntax in a plain article is rewritten (markup: looks_like_markdown)": (
        "Council agrees budget\n\nThe council met on Monday. Readers can see [the full report](https://example.com/r) "
        "online. The mayor said it was a good day.\n",
        Options(sentences=3),
    ),
    "a reported quote drops its cue from the middle of a sentence (quotes: reported speech)": (
        "Flood waters rise in valley\n\nBy Jane Fielding According to the council, 1,200 homes were flooded.\n",
        Options(),
    ),
}


@pytest.mark.parametrize("name", list(KNOWN_REWRITES))
def test_known_rewrites(name: str) -> None:
    text, options = KNOWN_REWRITES[name]
    assert_faithful(text, summarize(text, options))


def test_headline_from_a_known_title_is_not_checked_against_the_body() -> None:
    """A title given from outside (a record's field) is the caller's text, not the article's: allowed."""
    summary = summarize("The council met on Monday. It agreed the budget.", title="Budget agreed")
    assert summary.article.headline == "Budget agreed"
    assert re.search("council", summary.sentences[0].text)
