"""Summarise news articles: headline, key quotes and an extractive summary.

The library never imports typer or rich; the command line lives in ``cli``.
"""

from __future__ import annotations

from .deferred_imports import defer_all

defer_all()  # before anything imports sumy: no socket is opened by its unused imports

from .article import parse_article
from .core import summarize
from .errors import (
    BinaryInputError,
    EmptyArticleError,
    InputTooLargeError,
    SummarizerError,
    UnknownAlgorithmError,
)
from .models import Article, Options, Quote, Sentence, Summary, SummarySentence
from .ranking import ALGORITHMS, DEFAULT_ALGORITHM

__version__ = "0.1.0"

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "Article",
    "BinaryInputError",
    "EmptyArticleError",
    "InputTooLargeError",
    "Options",
    "Quote",
    "Sentence",
    "SummarizerError",
    "Summary",
    "SummarySentence",
    "UnknownAlgorithmError",
    "__version__",
    "parse_article",
    "summarize",
]
