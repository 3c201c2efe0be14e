"""Every ranking algorithm behind one interface: sumy's summarizers, ``lead``, and the default.

``rank(article, algorithm, count, words)`` returns the chosen sentences in article order, each with
the algorithm's score and its rank. The package holds

- ``lead``: the story's opening under the faithfulness rules (``lede``, the default) and the plain
  Lead-N baseline (``lead``);
- ``news``: the project's own ranker (position, directed centrality, headline, MMR);
- ``faithfulness``: the rules every summary of the project's own keeps;
- ``stemming``: stemmers and stop words, shared and memoised;
- ``sumy/``: sumy's summarizers (sparse subclasses that rate and pick as sumy does), the news ranker
  as a sumy summarizer, and the adapter that gives sumy the article. sumy's summarizers only return
  the winners, so each is wrapped to keep the ratings it computes for every sentence; the selection
  itself is sumy's rule (highest rating first, ties in article order).

Nothing here imports sumy until a sumy algorithm is asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import overload

from ..errors import InputTooLargeError, UnknownAlgorithmError
from ..models import Article
from ..sentences import split_words
from .stemming import stemmer_and_stop_words

# name -> (module, class, one-line description). Each class is sumy's summarizer or a faster subclass of
# it (``summarizer.ranking.sumy``) that rates and picks the same sentences.
SUMY_ALGORITHMS: Mapping[str, tuple[str, str, str]] = {
    "luhn": ("summarizer.ranking.sumy.luhn", "FastLuhnSummarizer", "significant-word clusters (Luhn 1958)"),
    "edmundson": ("summarizer.ranking.sumy.edmundson", "FastEdmundsonSummarizer",
                  "cue, title and location words (Edmundson 1969)"),
    "lsa": ("summarizer.ranking.sumy.lsa", "FastLsaSummarizer",
            "latent semantic analysis (Steinberger & Jezek 2004)"),
    "lexrank": ("summarizer.ranking.sumy.lex_rank", "FastLexRankSummarizer",
                "graph centrality, tf-idf cosine (Erkan 2004)"),
    "textrank": ("summarizer.ranking.sumy.text_rank", "FastTextRankSummarizer",
                 "graph centrality, word overlap (Mihalcea 2004)"),
    "sumbasic": ("summarizer.ranking.sumy.sum_basic", "FastSumBasicSummarizer", "word probability (Nenkova 2005)"),
    "kl": ("summarizer.ranking.sumy.kl", "FastKLSummarizer", "KL-divergence greedy selection (Haghighi 2009)"),
    "reduction": ("summarizer.ranking.sumy.reduction", "FastReductionSummarizer", "graph-based sentence reduction"),
    "news": ("summarizer.ranking.sumy.news", "NewsRanker",
             "position, directed centrality and headline, chosen with MMR (the project's own)"),
}
OWN_ALGORITHMS: Mapping[str, str] = {
    "lede": "the story's opening, kept whole: no dangling 'He' or 'But', no half quotation, no repeat",
    "lead": "the first sentences of the story (Lead-N baseline)",
}
# Chosen by cross-validation on the development news (benchmarks/tune_ranker.py): no departure from the
# lead held up across folds, so the default is the lead under the faithfulness rules.
DEFAULT_ALGORITHM = "lede"
# sumy algorithms whose time or memory grows faster than the text (sentence graphs, greedy passes over all
# sentences): measured at 10,500 sentences (about 216,000 words) they take 2.6-5 s and up to 390 MB, at
# 42,000 sentences up to 42 s or 2.7 GB. Beyond this many sentences they refuse with a clear message.
# Greedy summarizers that rate sentences in the order they pick them: run only for the picks a summary needs.
GREEDY_ALGORITHMS = frozenset({"kl", "sumbasic"})
SENTENCE_LIMITS: dict[str, int] = dict.fromkeys(("lexrank", "textrank", "reduction", "kl", "sumbasic"), 10_000)
# What each algorithm is good for: the text of ``summarize --help`` for -a and of the README.
GUIDE = (
    "default = lede: news stories; the opening sentences kept whole (no dangling 'He' or 'But', no half "
    "quotation, no repeat); on news within noise of the lead or above it. "
    "news: the project's ranker (position, directed centrality, headline, MMR), for texts whose key "
    "sentences are not all at the top; on news no measurable gain over the lede. "
    "lead: the plain first sentences (the Lead-N baseline). "
    "luhn, edmundson, lsa, lexrank, textrank, sumbasic, kl, reduction: sumy's classics, for comparison "
    "and for texts with no news structure; on CNN/Daily Mail they score 4 to 10 ROUGE-1 points below the lead."
)
# The default and the project's own rankers first, then the baseline and sumy's classics.
ALGORITHMS: tuple[str, ...] = tuple(dict.fromkeys(
    ("default", DEFAULT_ALGORITHM, "news", *OWN_ALGORITHMS, *SUMY_ALGORITHMS)
))

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
    if name == "lede":
        return _lede_selection(article, count, words, _WordCounts(article))
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
        module, class_name, _ = SUMY_ALGORITHMS[name]
        if name in GREEDY_ALGORITHMS:
            return _greedy_selection(article, name, count, words, lengths)
        from .sumy.adapter import sumy_scores

        scores = sumy_scores(article, module, class_name, name)
    groups = None if name == "lead" else _quotation_groups(article)
    chosen = select(scores, count, words, lengths, groups)
    if not chosen and words is not None and count:
        return _cut_to_budget(article, select(scores, 1), words)
    return chosen


def _quotation_groups(article: Article) -> list[tuple[int, int] | None]:
    from .faithfulness import quotation_groups

    return quotation_groups([s.text for s in article.sentences], [s.paragraph for s in article.sentences])


def _greedy_selection(article: Article, name: str, count: int, words: int | None,
                      lengths: list[int]) -> list[Ranked]:
    """A greedy summarizer run only as far as the selection needs, for the same choice as rating every
    sentence: first ``count`` picks (at most 8 with a word budget), then four times as many each round
    until what is chosen lies among the settled sentences (rated below them are only sentences that
    rate lower when run to the end) and, with a word budget not filled, no unsettled sentence could
    still fit."""
    from .sumy.adapter import sumy_scores

    module, class_name, _ = SUMY_ALGORITHMS[name]
    total = len(article.sentences)
    # A budget alone asks for every sentence (``count`` is all of them) and is filled by a few.
    steps = max(count, 1) if words is None else max(1, min(count, 8))
    groups = _quotation_groups(article)
    while True:
        scores = sumy_scores(article, module, class_name, name, steps=steps)
        chosen = select(scores, count, words, lengths, groups)
        if steps >= total:
            break
        unsettled = [i for i in range(total) if scores[i] <= -total]
        # With nothing chosen the best sentence is given whole: it must be settled too. A quotation taken
        # whole was taken for its best sentence, which must be settled; the rest of it need not be.
        taken = {_best_of_unit(r.index, scores, groups) for r in chosen} or {
            r.index for r in select(scores, min(count, 1))}
        room = None if words is None else words - sum(lengths[r.index] for r in chosen)
        if taken.isdisjoint(unsettled) and (
            len(chosen) == count or (room is not None and all(lengths[i] > room for i in unsettled))
        ):
            break
        steps *= 4
    if not chosen and words is not None and count:
        return _cut_to_budget(article, select(scores, 1), words)
    return chosen


def _best_of_unit(index: int, scores: list[float], groups: Sequence[tuple[int, int] | None]) -> int:
    """The sentence a selection took ``index`` for: itself, or the best-rated of its quotation."""
    group = groups[index]
    if group is None:
        return index
    return min(range(group[0], group[1] + 1), key=lambda i: (-scores[i], i))


def select(scores: list[float], count: int, words: int | None = None,
           lengths: list[int] | None = None, groups: Sequence[tuple[int, int] | None] | None = None) -> list[Ranked]:
    """Top ``count`` by score (ties go to the earlier sentence), returned in article order.

    With ``words``, a sentence that would take the summary over the budget is passed over. With
    ``groups`` (``faithfulness.quotation_groups``), a quotation that runs over several sentences is taken
    whole, where it fits, or not at all: no summary line opens or closes half a quotation. When that
    leaves nothing (a story that is one long quotation), the sentences are taken one by one.
    """
    if groups is not None and any(group is not None and group[0] < group[1] for group in groups):
        whole = _select_whole_quotations(scores, count, words, lengths, groups)
        if whole or not count:
            return whole
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


def _select_whole_quotations(scores: list[float], count: int, words: int | None, lengths: list[int] | None,
                             groups: Sequence[tuple[int, int] | None]) -> list[Ranked]:
    """``select`` with each multi-sentence quotation taken as one unit, at the rank of its best sentence."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    taken: list[int] = []
    seen: set[int] = set()
    budget = words
    for index in order:
        if len(taken) >= count:
            break
        if index in seen:
            continue
        group = groups[index]
        unit = list(range(group[0], group[1] + 1)) if group is not None else [index]
        seen.update(unit)
        size = sum(lengths[i] for i in unit) if lengths is not None else 0
        if len(taken) + len(unit) > count or (budget is not None and size > budget):
            continue
        taken += unit
        if budget is not None:
            budget -= size
    ranks = {index: position + 1 for position, index in enumerate(taken)}
    return [Ranked(i, float(scores[i]), ranks[i]) for i in sorted(taken)]


class _WordCounts(Sequence[int]):
    """Each body sentence's words, counted when first asked for: the lede reads only the story's opening."""

    def __init__(self, article: Article) -> None:
        self._sentences = article.sentences
        self._known: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._sentences)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        known = self._known.get(index)
        if known is None:
            known = self._known[index] = len(self._sentences[index].text.split())
        return known

    def as_list(self) -> list[int]:
        return [self[i] for i in range(len(self))]


def _lede_selection(article: Article, count: int, words: int | None, lengths: _WordCounts) -> list[Ranked]:
    """The opening under the faithfulness rules; the plain lead when the rules leave nothing (a text that is
    one long quotation), so that a summary is never empty while the story has sentences."""
    from .lead import choose

    total = len(article.sentences)
    chosen = choose([s.text for s in article.sentences], [s.paragraph for s in article.sentences], lengths,
                    count, words)
    if not chosen:
        scores = [1.0 - i / total for i in range(total)]
        picked = select(scores, count, words, lengths.as_list())
        if not picked and words is not None and count:
            return _cut_to_budget(article, select(scores, 1), words)
        return picked
    return [Ranked(i, 1.0 - i / total, position + 1) for position, i in enumerate(chosen)]


def _news_selection(article: Article, count: int, words: int | None, lengths: list[int]) -> list[Ranked]:
    """The news ranker chooses for itself (redundancy, faithfulness rules) rather than by score alone.

    It reads the article directly, not through sumy's document model, so this path loads none of sumy;
    ``NewsRanker`` gives the same choices through sumy (a test compares the two).
    """
    from .news import NewsScorer, Story

    stemmer, stop_words = stemmer_and_stop_words(article.language)
    scorer = NewsScorer(stemmer, stop_words)
    story = Story(
        words=article.words.forms,
        texts=[s.text for s in article.sentences],
        paragraphs=[s.paragraph for s in article.sentences],
        headline=split_words(article.headline) if article.headline else (),
        stems=article.words.stems,
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
    """For a budget smaller than any sentence: the best sentence whole. A summary sentence is always a
    sentence of the story, never one cut short into words the article does not have in that order."""
    return [Ranked(best[0].index, best[0].score, 1)] if best else []


