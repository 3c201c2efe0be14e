"""sumy's summarizers behind the registry's interface: the article as sumy's document model, and the
rating each summarizer gives every sentence (sumy only returns the winners, so each class is wrapped
to keep its ratings).
"""

from __future__ import annotations

import importlib
import math
import warnings
from collections.abc import Callable
from functools import cache
from typing import Any

from ...models import Article
from ...sentences import NewsTokenizer
from ..stemming import stemmer_and_stop_words

# Words that lower a sentence's worth in Edmundson's cue method: hedges and asides.
_STIGMA_WORDS = ("hardly", "perhaps", "reportedly", "allegedly", "meanwhile", "also", "however")


def build_document(article: Article) -> Any:
    """sumy's document model for the article: the headline as a heading, then the body paragraphs."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = _LayerTokenizer(_tokenizer(article.language), article)
    paragraphs = []
    for number, group in enumerate(article.paragraphs):
        sentences = [SumySentence(s.text, tokenizer) for s in group]
        if number == 0 and article.headline:
            sentences.insert(0, SumySentence(article.headline, tokenizer, is_heading=True))
        paragraphs.append(Paragraph(sentences))
    return ObjectDocumentModel(paragraphs)


@cache
def _tokenizer(language: str) -> NewsTokenizer:
    return NewsTokenizer(language)


class _LayerTokenizer:
    """sumy's tokenizer interface over the article's word layer: a body sentence's words are the
    layer's, not tokenised again; other text (the headline) goes to the news tokenizer."""

    def __init__(self, tokenizer: NewsTokenizer, article: Article) -> None:
        self.language = tokenizer.language
        self._tokenizer = tokenizer
        layer = article.words
        self._words = {s.text.strip(): forms for s, forms in zip(article.sentences, layer.forms, strict=True)}

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return self._tokenizer.to_sentences(paragraph)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        words = self._words.get(sentence)
        return words if words is not None else self._tokenizer.to_words(sentence)


def sumy_scores(article: Article, module: str, class_name: str, name: str, *, steps: int | None = None) -> list[float]:
    """The rating sumy's summarizer ``class_name`` (in ``module``) gives every body sentence.

    ``steps`` bounds a greedy summarizer (one with a ``steps`` attribute) to its first picks; the
    sentences it does not reach are rated below all of them.
    """
    summarizer_class = getattr(importlib.import_module(module), class_name)
    stemmer, stop_words = stemmer_and_stop_words(article.language)
    document = build_document(article)
    summarizer = _scoring(summarizer_class)(stemmer)
    summarizer.stop_words = stop_words
    if steps is not None and hasattr(summarizer, "steps"):
        summarizer.steps = steps
    if name == "edmundson":
        summarizer.null_words = stop_words
        summarizer.stigma_words = _STIGMA_WORDS
        summarizer.bonus_words = _bonus_words(document, stop_words)
    with warnings.catch_warnings():
        # sumy's LexRank divides by a zero norm on texts without content words; the score is then NaN.
        warnings.simplefilter("ignore", RuntimeWarning)
        summarizer(document, len(document.sentences))
    # Some summarizers return early without rating anything (LSA on a text with no content words).
    ratings: dict[int, float] = getattr(summarizer, "captured", {})
    # sumy rates the headline too when it is given as a heading: skip it to line ratings up with the body.
    body = [order for order, s in enumerate(document.sentences) if not s.is_heading]
    scores = [ratings.get(order, 0.0) for order in body]
    return [score if math.isfinite(score) else 0.0 for score in scores]


def _bonus_words(document: Any, stop_words: frozenset[str]) -> list[str]:
    """Edmundson's cue method needs bonus words: the headline's content words, else the most frequent ones."""
    words = [w.lower() for s in document.headings for w in s.words if w.lower() not in stop_words]
    if words:
        return words
    counts: dict[str, int] = {}
    for word in document.words:
        lowered = word.lower()
        if lowered not in stop_words and len(lowered) > 2:
            counts[lowered] = counts.get(lowered, 0) + 1
    return sorted(counts, key=lambda w: -counts[w])[:10] or ["news"]


@cache
def _scoring(summarizer_class: type) -> type:
    """A subclass of a sumy summarizer that keeps the rating it gives every sentence."""

    def _get_best_sentences(self: Any, sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> Any:
        rate: Callable[[Any], Any] = (
            (lambda s: rating[s]) if isinstance(rating, dict) else (lambda s: rating(s, *args, **kwargs))
        )
        self.captured = {order: float(rate(sentence)) for order, sentence in enumerate(sentences)}
        return tuple(sentences)

    name = f"Scoring{summarizer_class.__name__}"
    return type(name, (summarizer_class,), {"_get_best_sentences": _get_best_sentences})
