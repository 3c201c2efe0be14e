"""Every ranking algorithm behind one interface: sumy's summarizers, ``lead``, and the default.

``rank(article, algorithm, count, words)`` returns the chosen sentences in article order, each with
the algorithm's score and its rank. sumy's summarizers only return the winners, so each is wrapped to
keep the ratings it computes for every sentence; the selection itself is sumy's rule (highest
rating first, ties in article order). The project's own ranker (``news``, the default) is a sumy
summarizer too, but chooses for itself (redundancy, faithfulness rules), so it is asked directly.
"""

from __future__ import annotations

import importlib
import math
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import InputTooLargeError, UnknownAlgorithmError
from .models import Article
from .sentences import NewsTokenizer, split_words

# name -> (module, class, one-line description). Each class is sumy's summarizer or a faster subclass of
# it (``summarizer.fast``) that rates and picks the same sentences.
SUMY_ALGORITHMS: Mapping[str, tuple[str, str, str]] = {
    "luhn": ("summarizer.fast.luhn", "FastLuhnSummarizer", "significant-word clusters (Luhn 1958)"),
    "edmundson": ("summarizer.fast.edmundson", "FastEdmundsonSummarizer",
                  "cue, title and location words (Edmundson 1969)"),
    "lsa": ("summarizer.fast.lsa", "FastLsaSummarizer",
            "latent semantic analysis (Steinberger & Jezek 2004)"),
    "lexrank": ("summarizer.fast.lex_rank", "FastLexRankSummarizer",
                "graph centrality, tf-idf cosine (Erkan 2004)"),
    "textrank": ("summarizer.fast.text_rank", "FastTextRankSummarizer",
                 "graph centrality, word overlap (Mihalcea 2004)"),
    "sumbasic": ("summarizer.fast.sum_basic", "FastSumBasicSummarizer", "word probability (Nenkova 2005)"),
    "kl": ("summarizer.fast.kl", "FastKLSummarizer", "KL-divergence greedy selection (Haghighi 2009)"),
    "reduction": ("summarizer.fast.reduction", "FastReductionSummarizer", "graph-based sentence reduction"),
    "news": ("summarizer.news_summarizer", "NewsRanker",
             "position, directed centrality and headline, chosen with MMR (the project's own)"),
}
OWN_ALGORITHMS: Mapping[str, str] = {
    "lead": "the first sentences of the story (Lead-N baseline)",
}
DEFAULT_ALGORITHM = "news"
# sumy algorithms whose time or memory grows faster than the text (sentence graphs, greedy passes over all
# sentences): measured at 10,500 sentences (about 216,000 words) they take 2.6-5 s and up to 390 MB, at
# 42,000 sentences up to 42 s or 2.7 GB. Beyond this many sentences they refuse with a clear message.
SENTENCE_LIMITS: dict[str, int] = dict.fromkeys(("lexrank", "textrank", "reduction", "kl", "sumbasic"), 10_000)
# The default and the project's own ranker first, then the baselines and sumy's classics.
ALGORITHMS: tuple[str, ...] = (
    "default", DEFAULT_ALGORITHM, *OWN_ALGORITHMS, *(n for n in SUMY_ALGORITHMS if n != DEFAULT_ALGORITHM)
)

# Words that lower a sentence's worth in Edmundson's cue method: hedges and asides.
_STIGMA_WORDS = ("hardly", "perhaps", "reportedly", "allegedly", "meanwhile", "also", "however")


@dataclass(frozen=True)
class Ranked:
    """A chosen sentence: its index among the body sentences, the algorithm's score, its rank (1 = best).

    ``text`` is set only when the sentence had to be cut to fit a word budget.
    """

    index: int
    score: float
    rank: int
    text: str | None = None


def resolve(algorithm: str) -> str:
    """The concrete algorithm a name stands for (``default`` → the project's default)."""
    name = algorithm.strip().lower()
    if name == "default":
        return DEFAULT_ALGORITHM
    if name not in OWN_ALGORITHMS and name not in SUMY_ALGORITHMS:
        raise UnknownAlgorithmError(f"unknown algorithm {algorithm!r}; choose one of: {', '.join(ALGORITHMS)}")
    return name


def rank(article: Article, algorithm: str, count: int, words: int | None = None) -> list[Ranked]:
    """The ``count`` best body sentences by ``algorithm``, in article order, within ``words`` words if given.

    With a word budget, sentences are taken in rank order while they fit; when not even one fits,
    the best sentence is cut to the budget and ends with an ellipsis.
    """
    name = resolve(algorithm)
    total = len(article.sentences)
    count = max(0, min(count, total))
    lengths = [len(s.text.split()) for s in article.sentences]
    if name == "lead":
        scores = [1.0 - i / total for i in range(total)]
    else:
        if name == "news":
            return _news_selection(article, count, words, lengths)
        limit = SENTENCE_LIMITS.get(name)
        if limit is not None and total > limit:
            raise InputTooLargeError(
                f"{name} handles at most {limit:,} sentences and this text has {total:,}; "
                "use the default algorithm or split the text"
            )
        scores = _sumy_scores(article, name)
    chosen = select(scores, count, words, lengths)
    if not chosen and words is not None and count:
        return _cut_to_budget(article, select(scores, 1), words)
    return chosen


def select(scores: list[float], count: int, words: int | None = None,
           lengths: list[int] | None = None) -> list[Ranked]:
    """Top ``count`` by score (ties go to the earlier sentence), returned in article order.

    With ``words``, a sentence that would take the summary over the budget is passed over.
    """
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    if words is not None and lengths is not None:
        fitting: list[int] = []
        budget = words
        for index in order:
            if len(fitting) == count:
                break
            if lengths[index] <= budget:
                fitting.append(index)
                budget -= lengths[index]
        order = fitting
    order = order[:count]
    ranks = {index: position + 1 for position, index in enumerate(order)}
    return [Ranked(i, float(scores[i]), ranks[i]) for i in sorted(order)]


def _news_selection(article: Article, count: int, words: int | None, lengths: list[int]) -> list[Ranked]:
    """The news ranker chooses for itself (redundancy, faithfulness rules) rather than by score alone.

    It reads the article directly, not through sumy's document model, so this path loads none of sumy;
    ``NewsRanker`` gives the same choices through sumy (a test compares the two).
    """
    from .ranker import NewsScorer, Story

    stemmer, stop_words = stemmer_and_stop_words(article.language)
    scorer = NewsScorer(stemmer, stop_words)
    story = Story(
        words=[split_words(s.text) for s in article.sentences],
        texts=[s.text for s in article.sentences],
        paragraphs=[s.paragraph for s in article.sentences],
        headline=split_words(article.headline) if article.headline else (),
    )
    picked = scorer.choose(story, count, words=words, lengths=lengths)
    if not picked and words is not None and count:
        best = scorer.choose(story, 1)
        return _cut_to_budget(article, [Ranked(i, s, 1) for i, s in best], words)
    # Rank by score, so that rank and score agree; the order of choice breaks ties.
    order = sorted(range(len(picked)), key=lambda k: (-picked[k][1], k))
    ranks = {picked[k][0]: position + 1 for position, k in enumerate(order)}
    return [Ranked(i, s, ranks[i]) for i, s in sorted(picked)]


def _cut_to_budget(article: Article, best: list[Ranked], words: int) -> list[Ranked]:
    """The best sentence cut to ``words`` words, for budgets smaller than any sentence."""
    if not best:
        return []
    first = best[0]
    kept = article.sentences[first.index].text.split()[:words]
    return [Ranked(first.index, first.score, 1, " ".join(kept).rstrip(",;:") + " …")]


def build_document(article: Article) -> Any:
    """sumy's document model for the article: the headline as a heading, then the body paragraphs."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = _tokenizer(article.language)
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


_STEMMING: dict[str, tuple[Callable[[str], str], frozenset[str]]] = {}


def stemmer_and_stop_words(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """sumy's stemmer and stop-word list for the language, English where sumy has none.

    Made once per language and process: the stemmer remembers its stems across articles of a batch.
    """
    if language not in _STEMMING:
        _STEMMING[language] = _make_stemmer_and_stop_words(language)
    return _STEMMING[language]


# Languages for which sumy has a stemmer of its own rather than NLTK's Snowball (sumy's Stemmer table).
_SUMY_OWN_STEMMERS = frozenset({"czech", "slovak", "hebrew", "chinese", "japanese", "korean", "ukrainian",
                                "greek", "polish"})


def _make_stemmer_and_stop_words(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """sumy's choices, made without importing sumy's modules (they load ``requests`` and ``pycountry``,
    a fifth of the start-up time): sumy's Stemmer is NLTK's Snowball stemmer for these languages, and its
    stop words are the lists in sumy's package data."""
    from .stemming import CachedStemmer

    stemmer: Callable[[str], str] | None = None
    if language not in _SUMY_OWN_STEMMERS:
        from nltk.stem import snowball

        snowball_class = getattr(snowball, language.capitalize() + "Stemmer", None)
        if snowball_class is not None:
            stemmer = snowball_class().stem
    if stemmer is None:
        from sumy.nlp.stemmers import Stemmer

        try:
            stemmer = Stemmer(language)
        except LookupError:
            stemmer = Stemmer("english")
    return CachedStemmer(stemmer), _stop_words(language)


def _stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list for the language (read as sumy's ``get_stop_words`` reads it), or none.

    The file is found without importing sumy: ``find_spec`` only locates the package.
    """
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("sumy")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "data" / "stopwords" / f"{language}.txt"
        if path.is_file():
            data = path.read_bytes().decode("utf-8")
            return frozenset(w.rstrip() for w in data.splitlines() if w)
    return frozenset()


def _sumy_scores(article: Article, name: str) -> list[float]:
    module, class_name, _ = SUMY_ALGORITHMS[name]
    summarizer_class = getattr(importlib.import_module(module), class_name)
    stemmer, stop_words = stemmer_and_stop_words(article.language)
    document = build_document(article)
    summarizer = _scoring(summarizer_class)(stemmer)
    summarizer.stop_words = stop_words
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
