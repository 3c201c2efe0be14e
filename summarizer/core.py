"""The library's one entry point: text in, ``Summary`` out."""

from __future__ import annotations

import math

from .article import parse_article
from .errors import SummarizerError
from .languages import resolve_language
from .models import Article, Options, Summary, SummarySentence
from .quotes import key_quotes
from .ranking import SUMY_ALGORITHMS, rank, resolve

# Body sentences up to which a text is a news story and gets three sentences: on the development news
# (CNN/DM and REALSumm) ROUGE-1 F1 peaks at three sentences, and 167 of the 173 stories have at most 60
# (benchmarks/summary_length.py).
NEWS_STORY_SENTENCES = 60


def default_length(sentence_count: int) -> int:
    """Three sentences for a news story, then one more each time a longer text doubles (log2)."""
    if sentence_count <= NEWS_STORY_SENTENCES:
        return min(3, sentence_count)
    return min(sentence_count, 3 + int(math.log2(sentence_count / NEWS_STORY_SENTENCES)) + 1)


def summary_length(sentence_count: int, options: Options) -> int:
    """How many sentences to choose: ``sentences`` if given, else ``ratio`` of the article, else the default.

    A word budget alone (``words`` without ``sentences`` or ``ratio``) lets the budget decide: every
    sentence is a candidate and the budget stops the selection.
    """
    if options.sentences is not None:
        wanted = options.sentences
    elif options.ratio is not None:
        wanted = max(1, round(sentence_count * options.ratio))
    elif options.words is not None:
        wanted = sentence_count
    else:
        wanted = default_length(sentence_count)
    return max(0, min(wanted, sentence_count))


def check_options(options: Options) -> None:
    """Reject length options no summary can meet, with a one-line message."""
    if options.sentences is not None and options.sentences < 1:
        raise SummarizerError(f"--sentences must be at least 1, not {options.sentences}")
    if options.ratio is not None and not 0.0 < options.ratio <= 1.0:
        raise SummarizerError(f"--ratio must be above 0 and at most 1, not {options.ratio}")
    if options.words is not None and options.words < 1:
        raise SummarizerError(f"--words must be at least 1, not {options.words}")


def summary_sentences(article: Article, options: Options) -> tuple[SummarySentence, ...]:
    """The summary of a parsed article under the options' algorithm and length limits."""
    count = summary_length(len(article.sentences), options)
    chosen = rank(article, resolve(options.algorithm), count, words=options.words)
    return tuple(SummarySentence(r.text or article.sentences[r.index].text, r.index, r.score, r.rank) for r in chosen)


def summarize(text: str, options: Options | None = None, source: str | None = None, *,
              title: str | None = None) -> Summary:
    """Summarise one article given as plain text (or a saved page's HTML).

    ``title`` is a headline known from outside the text, such as a record's title field.

    Raises ``SummarizerError`` subclasses for input that cannot be summarised.
    """
    options = options or Options()
    check_options(options)
    algorithm = resolve(options.algorithm)
    language = resolve_language(options.language, text, stems=algorithm in SUMY_ALGORITHMS)
    article = parse_article(text, language=language.name, title=title)
    sentences = summary_sentences(article, options)
    quotes = tuple(key_quotes(article, options.quotes))
    return Summary(article=article, sentences=sentences, quotes=quotes, algorithm=algorithm, source=source,
                   warnings=language.warnings + _budget_warning(sentences, options.words))


def _budget_warning(sentences: tuple[SummarySentence, ...], words: int | None) -> tuple[str, ...]:
    """Say so when no whole sentence fits the word budget and one longer sentence is given instead."""
    if words is None or not sentences:
        return ()
    from .article.sentences import count_words

    length = sum(count_words(s.text) for s in sentences)
    if length <= words:
        return ()
    return (f"no sentence fits in {words} words; the summary is the best sentence whole ({length} words)",)
