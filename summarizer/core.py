"""The library's one entry point: text in, ``Summary`` out."""

from __future__ import annotations

import math

from .article import parse_article
from .languages import resolve_language
from .models import Options, Summary, SummarySentence
from .quotes import key_quotes
from .ranking import SUMY_ALGORITHMS, rank, resolve


def default_length(sentence_count: int) -> int:
    """About three sentences for a short story, growing slowly (log2) with longer texts."""
    if sentence_count <= 30:
        return min(3, sentence_count)
    return min(sentence_count, 3 + int(math.log2(sentence_count / 30)) + 1)


def summary_length(sentence_count: int, options: Options) -> int:
    """How many sentences to choose: ``sentences`` if given, else ``ratio`` of the article, else the default."""
    if options.sentences is not None:
        wanted = options.sentences
    elif options.ratio is not None:
        wanted = max(1, round(sentence_count * options.ratio))
    else:
        wanted = default_length(sentence_count)
    return max(0, min(wanted, sentence_count))


def summarize(text: str, options: Options | None = None, source: str | None = None) -> Summary:
    """Summarise one article given as plain text.

    Raises ``SummarizerError`` subclasses for input that cannot be summarised.
    """
    options = options or Options()
    algorithm = resolve(options.algorithm)
    language = resolve_language(options.language, text, stems=algorithm in SUMY_ALGORITHMS)
    article = parse_article(text, language=language.name)
    count = summary_length(len(article.sentences), options)
    chosen = rank(article, algorithm, count)
    sentences = tuple(
        SummarySentence(article.sentences[r.index].text, r.index, r.score, r.rank) for r in chosen
    )
    quotes = tuple(key_quotes(article, options.quotes))
    return Summary(article=article, sentences=sentences, quotes=quotes, algorithm=algorithm, source=source,
                   warnings=language.warnings)
