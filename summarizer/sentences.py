"""Sentence and word splitting: the functions now live in ``summarizer.article.sentences``; this name stays."""

from __future__ import annotations

from .article.sentences import (
    LANGUAGES,
    NEWS_ABBREVIATIONS,
    NewsTokenizer,
    count_words,
    sentence_spans,
    split_sentences,
    split_words,
)

__all__ = [
    "LANGUAGES",
    "NEWS_ABBREVIATIONS",
    "NewsTokenizer",
    "count_words",
    "sentence_spans",
    "split_sentences",
    "split_words",
]
