"""Summarise news articles: headline, key quotes and an extractive summary.

The library never imports typer or rich; the command line lives in ``cli``.
"""

from __future__ import annotations

# First, before anything imports sumy: importing it defers sumy's unused network imports.
from . import deferred_imports  # noqa: F401
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
