"""Summarise news articles: headline, key quotes and an extractive summary.

The library never imports typer or rich; the command line lives in ``cli``.

Names are loaded from their modules on first use, so that ``import summarizer.models`` (or the CLI's
``--version``) does not load the readers, rankers and their models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# First, before anything imports sumy: importing it defers sumy's unused network imports.
from . import deferred_imports  # noqa: F401

if TYPE_CHECKING:
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

# Each public name and the module it lives in.
_HOMES = {
    "parse_article": "article",
    "summarize": "core",
    **dict.fromkeys(("BinaryInputError", "EmptyArticleError", "InputTooLargeError", "SummarizerError",
                     "UnknownAlgorithmError"), "errors"),
    **dict.fromkeys(("Article", "Options", "Quote", "Sentence", "Summary", "SummarySentence"), "models"),
    **dict.fromkeys(("ALGORITHMS", "DEFAULT_ALGORITHM"), "ranking"),
    **dict.fromkeys(("Result", "summarize_many"), "batch"),
    **dict.fromkeys(("Fields", "Record", "parse_json_lines", "read_records"), "records"),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


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
