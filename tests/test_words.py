"""The word layer: each body sentence's words, lower-case and stemmed forms, capitals and offsets."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer import parse_article
from summarizer.models import Words
from summarizer.ranking.stemming import CachedStemmer, stemmer_for
from summarizer.sentences import split_words
from summarizer.words import article_words, build_words

from .conftest import HARBOUR_STORY

TWO_SENTENCES = "Intro line.\nThe Council met. Councillors said the council's plans were running late."
FIRST = (TWO_SENTENCES.index("The"), TWO_SENTENCES.index(" Councillors"))
SECOND = (TWO_SENTENCES.index("Councillors"), len(TWO_SENTENCES))


def test_offsets_point_into_the_whole_text() -> None:
    """Offsets are into the text the spans index, not into each sentence."""
    words = build_words(TWO_SENTENCES, [FIRST, SECOND])
    assert words.forms[0] == ("The", "Council", "met")
    assert words.starts[0][0] == FIRST[0]
    for forms, starts, ends in zip(words.forms, words.starts, words.ends, strict=True):
        assert [TWO_SENTENCES[s:e] for s, e in zip(starts, ends, strict=True)] == list(forms)


def test_lower_stems_and_capitals_line_up_with_the_words() -> None:
    """Every field has one item per word; stems are English Snowball stems of the lower-case form."""
    words = build_words(TWO_SENTENCES, [FIRST, SECOND])
    assert words.lower[1] == ("councillors", "said", "the", "council's", "plans", "were", "running", "late")
    assert words.stems[1][words.lower[1].index("running")] == "run"
    assert words.stems[1][words.lower[1].index("plans")] == "plan"
    assert words.capitalised[0] == (True, True, False)
    assert words.capitalised[1][0] and not any(words.capitalised[1][1:])
    for field in ("lower", "stems", "capitalised", "starts", "ends"):
        assert [len(t) for t in getattr(words, field)] == [len(t) for t in words.forms]
    assert len(words) == 2
    assert words.count == 11


def test_inner_marks_stay_in_a_word_and_punctuation_is_no_word() -> None:
    """Apostrophes, hyphens and full stops inside a word keep it whole; dashes, quotes and underscores split."""
    text = "O'Neill's well-known U.S. visit — \"soon\" — ends_here, 2,500 people."
    words = build_words(text, [(0, len(text))])
    assert words.forms[0] == ("O'Neill's", "well-known", "U.S", "visit", "soon", "ends", "here", "2",
                              "500", "people")


def test_same_words_as_the_sentence_tokenizer() -> None:
    """The layer holds exactly the words the rankers are given today, sentence by sentence."""
    article = parse_article(HARBOUR_STORY)
    words = article_words(article)
    assert len(words) == len(article.sentences)
    assert [list(f) for f in words.forms] == [split_words(s.text) for s in article.sentences]


def test_each_distinct_word_is_stemmed_once() -> None:
    """A spelling repeated across sentences, in any case, is stemmed once and shares its strings."""
    calls: list[str] = []

    def stemmer(word: str) -> str:
        calls.append(word)
        return word[:4]

    text = "Plans were late. The plans were late. PLANS!"
    spans = [(0, 16), (17, 37), (38, len(text))]
    words = build_words(text, spans, stemmer=stemmer)
    assert sorted(calls) == sorted({"plans", "were", "late", "the"})
    assert words.stems[2] == ("plan",)
    assert words.lower[0][0] is words.lower[1][1]


def test_empty_and_wordless_sentences_keep_their_place() -> None:
    """A span without words gives empty tuples, so sentence numbers still line up."""
    text = "— … — Then it rained."
    words = build_words(text, [(0, 5), (6, len(text))])
    assert words.forms == ((), ("Then", "it", "rained"))
    assert words.stems[0] == () and words.count == 3
    assert build_words("", []).forms == ()


def test_the_record_is_frozen() -> None:
    words = build_words("It rained.", [(0, 10)])
    assert isinstance(words, Words)
    with pytest.raises(dataclasses.FrozenInstanceError):
        words.forms = ()  # type: ignore[misc]


def test_stemmer_is_chosen_by_language_and_shared() -> None:
    """One cached stemmer per language; German words get German stems; unknown languages English ones."""
    assert stemmer_for("german") is stemmer_for("german")
    assert isinstance(stemmer_for("english"), CachedStemmer)
    assert stemmer_for("german")("häuser") == "haus"
    assert stemmer_for("english")("häuser") != "haus"
    assert stemmer_for("no-such-language")("running") == "run"
    text = "Die Häuser standen leer."
    assert build_words(text, [(0, len(text))], language="german").stems[0][1] == "haus"


def test_the_language_is_kept() -> None:
    article = parse_article(HARBOUR_STORY)
    assert article_words(article).language == article.language == "english"


def test_an_article_builds_its_word_layer_once_on_first_use() -> None:
    article = parse_article(HARBOUR_STORY)
    assert "words" not in vars(article)  # nothing is built while the article is read
    layer = article.words
    assert layer == article_words(article)
    assert article.words is layer  # kept, not rebuilt
    assert article == parse_article(HARBOUR_STORY)  # the kept layer is no part of equality


def test_an_underscore_parts_words_as_elsewhere() -> None:
    """Words are letters and digits: an underscore parts them, in a text with one as in a text without."""
    text = "The file_name was set. The mayor's plan ran late."
    words = build_words(text, [(0, 22), (23, len(text))])
    assert words.forms == (("The", "file", "name", "was", "set"), ("The", "mayor's", "plan", "ran", "late"))
    assert build_words(text[23:], [(0, len(text) - 23)]).forms[0] == words.forms[1]


def test_spellings_are_shared_across_articles_with_the_same_results() -> None:
    """A spelling seen in an earlier article gives the same lower-case form, stem and capital again."""
    first = build_words("Councillors met.", [(0, 16)])
    again = build_words("Councillors met.", [(0, 16)])
    assert first == again and first.stems[0] == (stemmer_for("english")("councillors"), "met")
