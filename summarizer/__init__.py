"""Summarise news articles: headline, key quotes and an extractive summary.

The library never imports typer or rich; the command line lives in ``cli``.

Names are loaded from their modules on first use, so that ``import summarizer.models`` (or the CLI's
``--version``) does not load the readers, rankers and their models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each public name and the module it lives in.
_HOMES = {
    "parse_article": "article",
    "summarize": "core",
    **dict.fromkeys(("BinaryInputError", "EmptyArticleError", "InputTooLargeError", "SummarizerError",
                     "UnknownAlgorithmError"), "errors"),
    **dict.fromkeys(("Article", "Options", "Quote", "Sentence", "Summary", "SummarySentence"), "models"),
    **dict.fromkeys(("ALGORITHMS", "DEFAULT_ALGORITHM"), "ranking"),
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
