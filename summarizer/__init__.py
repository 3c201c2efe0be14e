"""Summarise news articles: headline, key quotes and an extractive summary.

The library never imports typer or rich; the command line lives in ``cli``.
"""

from __future__ import annotations

from .article import parse_article
from .batch import Result, summarize_many
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
from .records import Fields, Record, parse_json_lines, read_records

__version__ = "0.1.0"

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "Article",
    "BinaryInputError",
    "EmptyArticleError",
    "Fields",
    "InputTooLargeError",
    "Options",
    "Quote",
    "Record",
    "Result",
    "Sentence",
    "SummarizerError",
    "Summary",
    "SummarySentence",
    "UnknownAlgorithmError",
    "__version__",
    "parse_article",
    "parse_json_lines",
    "read_records",
    "summarize",
    "summarize_many",
]
