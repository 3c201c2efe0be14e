"""The news ranker (`news`): the project's own scoring ranker, built for news stories (the default is the lede).

A news story puts its most important facts first and then elaborates on them. The ranker scores
each body sentence by

- **position**: a prior that decays with the sentence's place in the story;
- **directed centrality** (as in PacSum, Zheng and Lapata 2019): how much the sentences *after* it
  talk about what it says. PacSum also counts similarity to *earlier* sentences against a sentence;
  on CNN/Daily Mail stories that made summaries worse, so earlier sentences do not count;
- **the headline**: how much it shares with the headline, when there is one;
- **quotation**: a sentence quoting someone loses part of its score, since a summary reports what
  happened rather than what was said about it;
- **length**: very short sentences (fragments, sign-offs) carry little.

It then picks sentences greedily with maximal marginal relevance (Carbonell and Goldstein 1998), so
the summary does not say the same thing twice, under the faithfulness rules of "Extractive is not
Faithful" (Zhang, Wan and Bansal, ACL 2023): a sentence that opens with a pronoun or a connective
("He", "But", "That's why") is taken only after its predecessor, and a sentence that is part of a
quotation running over several sentences is never taken on its own.

All similarities are computed against running sums of sparse tf-idf vectors (one pass forward),
never sentence by sentence, so time and memory grow linearly with the text. The result depends
only on the input: no randomness, ties go to the earlier sentence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .faithfulness import depends_on_previous, quotation_groups, quotes


@dataclass(frozen=True)
class Weights:
    """The ranker's few parameters, chosen on half of the CNN/DM development stories. Re-chosen inside
    each fold of a cross-validation they show no gain over the lead (``benchmarks/tune_ranker.py``),
    which is why the default is the lede."""

    position_decay: float = 6.0  # sentences after which the position prior (1 for the first) falls to 1/e
    centrality: float = 1.0  # weight of directed centrality (0 to 1), against the position prior
    quotation: float = 0.4  # share of its score a sentence carrying a direct quotation loses
    redundancy: float = 1.0  # MMR: penalty per unit of cosine similarity to an already chosen sentence
    # Not tuned: no development set has headlines, so a modest weight (a third of a full match).
    headline: float = 0.3  # weight of cosine similarity to the headline
    short_words: int = 8  # a guard, not tuned: sentences with fewer words are scaled down in proportion


DEFAULT_WEIGHTS = Weights()

@dataclass(frozen=True)
class Story:
    """What the ranker reads of an article: each body sentence's words, text and paragraph, and the headline."""

    words: Sequence[Sequence[str]]
    texts: Sequence[str]
    paragraphs: Sequence[int]
    headline: Sequence[str] = ()
    # Each body word's stem from the word layer (``Article.words.stems``), aligned with ``words``; when
    # given, the ranker stems only the headline's words itself.
    stems: Sequence[Sequence[str]] | None = None


class NewsScorer:
    """Position, directed centrality and headline similarity, chosen with MMR under faithfulness rules.

    Free of sumy's document model so that the default path loads none of sumy; ``NewsRanker`` in
    ``summarizer.ranking.sumy.news`` is the same ranker as a sumy summarizer.
    """

    def __init__(self, stemmer: Callable[[str], str], stop_words: Iterable[str] = (),
                 weights: Weights = DEFAULT_WEIGHTS) -> None:
        self.stemmer = stemmer
        self.weights = weights
        self.stop_words = frozenset(w.lower() for w in stop_words)

    def choose(self, story: Story, count: int, words: int | None = None,
               lengths: Sequence[int] | None = None) -> list[tuple[int, float]]:
        """Up to ``count`` body sentences and at most ``words`` words, as (index, score) in order of choice.

        The score is the sentence's worth when it was chosen: its rating less the redundancy penalty.
        ``lengths`` gives each sentence's length as the caller counts words (the tokens by default).
        """
        sizes = list(lengths) if lengths is not None else [len(w) for w in story.words]
        vectors, scores = self._rated(story)
        eligible = [group is None for group in quotation_groups(story.texts, story.paragraphs)]
        dependent = [index > 0 and depends_on_previous(text) for index, text in enumerate(story.texts)]
        return self._select(vectors, scores, eligible, dependent, sizes, count, words)

    def rate(self, story: Story) -> list[float]:
        """The score of every body sentence before selection: what MMR and the rules start from."""
        return [float(score) for score in self._rated(story)[1]]

    def _rated(self, story: Story) -> tuple[_Vectors, np.ndarray]:
        vectors = self._vectors(story.words, [story.headline] if story.headline else [], story.stems)
        scores = self._scores(vectors, [len(w) for w in story.words])
        quoting = np.array([quotes(text) for text in story.texts], dtype=bool)
        return vectors, np.where(quoting, scores * (1.0 - self.weights.quotation), scores)

    def _stem(self, word: str) -> str:
        """The stem a word counts as, or "" for stop words and tokens without a letter."""
        return self.stemmer(word.lower()) if self._content(word) else ""

    def _content(self, word: str) -> bool:
        """False for stop words and tokens without a letter."""
        lowered = word.lower()
        return lowered not in self.stop_words and any(c.isalpha() for c in lowered)

    def _vectors(self, sentences: Sequence[Sequence[str]], extra: Sequence[Sequence[str]],
                 given: Sequence[Sequence[str]] | None = None) -> _Vectors:
        """Unit-length tf-idf vectors of content stems, for the body sentences and then ``extra`` texts.

        ``given`` holds the body words' stems already made (the word layer's); stop words and tokens
        without a letter still count as nothing.
        """
        texts = [*sentences, *extra]
        # Each distinct word is lowered, checked and stemmed once; news repeats its words a lot.
        stems: dict[str, str] = {}
        if given is not None:
            for words, made in zip(sentences, given, strict=True):
                for word, stem in zip(words, made, strict=True):
                    if word not in stems:
                        stems[word] = stem if self._content(word) else ""
        for word in {w for words in texts for w in words}.difference(stems):
            stems[word] = self._stem(word)
        vocabulary: dict[str, int] = {}
        bags: list[dict[int, int]] = []
        for words in texts:
            bag: dict[int, int] = {}
            for stem in map(stems.__getitem__, words):
                if stem:
                    term = vocabulary.setdefault(stem, len(vocabulary))
                    bag[term] = bag.get(term, 0) + 1
            bags.append(bag)
        document_frequency = np.zeros(len(vocabulary))
        for bag in bags[: len(sentences)]:
            document_frequency[list(bag)] += 1
        count = max(1, len(sentences))
        idf = np.log((count + 1) / (document_frequency + 1)) + 1.0
        rows: list[tuple[np.ndarray, np.ndarray]] = []
        for bag in bags:
            terms = np.fromiter(bag, dtype=np.int64, count=len(bag))
            values = np.fromiter(bag.values(), dtype=np.float64, count=len(bag)) * idf[terms] if bag else np.zeros(0)
            norm = float(np.sqrt(values @ values)) if bag else 0.0
            rows.append((terms, values / norm if norm else values))
        return _Vectors(rows[: len(sentences)], rows[len(sentences):], len(vocabulary))

    def _scores(self, vectors: _Vectors, lengths: Sequence[int]) -> np.ndarray:
        """Position prior plus directed centrality plus headline similarity, scaled down for short sentences."""
        w = self.weights
        count = len(vectors.rows)
        if not count:
            return np.zeros(0)
        total = np.zeros(vectors.size)
        for terms, values in vectors.rows:
            total[terms] += values
        # Similarity to all later sentences = similarity to (all - earlier - itself), one running sum.
        before = np.zeros(vectors.size)
        forward = np.zeros(count)
        for index, (terms, values) in enumerate(vectors.rows):
            forward[index] = float((total[terms] - before[terms]) @ values) - float(values @ values)
            before[terms] += values
        centrality = forward / forward.max() if forward.max() > 0 else np.zeros(count)
        position = np.exp(-np.arange(count) / w.position_decay)
        scores = position + w.centrality * centrality
        if vectors.extra:
            head_terms, head_values = vectors.extra[0]
            head = np.zeros(vectors.size)
            head[head_terms] = head_values
            scores = scores + w.headline * np.array([float(head[t] @ v) for t, v in vectors.rows])
        length = np.minimum(1.0, np.asarray(lengths, dtype=np.float64) / w.short_words)
        return np.asarray(scores * length)

    def _select(
        self,
        vectors: _Vectors,
        scores: np.ndarray,
        eligible: Sequence[bool],
        dependent: Sequence[bool],
        lengths: Sequence[int],
        count: int,
        words: int | None,
    ) -> list[tuple[int, float]]:
        """Greedy MMR under the faithfulness rules and the length limits."""
        count = min(count, len(scores))
        selection = _Selection(vectors, scores, np.asarray(lengths, dtype=np.float64), words, self.weights.redundancy)
        selection.extend(count, np.asarray(eligible, dtype=bool), np.asarray(dependent, dtype=bool))
        if len(selection.chosen) < count and (words is None or not selection.chosen):
            # A story made of little but quotation (an interview, a list of reactions): the rules
            # would leave the summary short, so the remaining places go by score alone. A word
            # budget is a limit, not a target: it is not filled up with sentences the rules refused.
            everything = np.ones(len(scores), dtype=bool)
            selection.extend(count, everything, ~everything)
        return selection.chosen


class _Selection:
    """Sentences chosen so far, and each sentence's strongest similarity to any of them.

    The similarity of one chosen sentence to every sentence is one pass over the concatenated sparse
    vectors (``np.bincount``), so each choice costs time linear in the text and no sentence-by-sentence
    matrix is ever built.
    """

    def __init__(self, vectors: _Vectors, scores: np.ndarray, lengths: np.ndarray, words: int | None,
                 redundancy: float) -> None:
        self.scores = scores
        self.lengths = lengths
        self.redundancy = redundancy
        self.budget = float(words) if words is not None else math.inf
        count = len(vectors.rows)
        self.terms = np.concatenate([t for t, _ in vectors.rows]) if count else np.zeros(0, dtype=np.int64)
        self.values = np.concatenate([v for _, v in vectors.rows]) if count else np.zeros(0)
        self.owners = np.repeat(np.arange(count), [len(t) for t, _ in vectors.rows])
        self.rows = vectors.rows
        self.size = vectors.size
        self.taken = np.zeros(count, dtype=bool)
        self.overlap = np.zeros(count)
        self.chosen: list[tuple[int, float]] = []

    def extend(self, count: int, eligible: np.ndarray, dependent: np.ndarray) -> None:
        """Choose until ``count`` sentences are chosen or no allowed sentence fits."""
        while len(self.chosen) < count:
            after_taken = np.concatenate(([False], self.taken[:-1]))
            allowed = eligible & ~self.taken & (self.lengths <= self.budget) & (~dependent | after_taken)
            if not allowed.any():
                return
            value = np.where(allowed, self.scores - self.redundancy * self.overlap, -np.inf)
            best = int(np.argmax(value))  # the first of equal values: ties go to the earlier sentence
            self.chosen.append((best, float(value[best])))
            self.taken[best] = True
            self.budget -= self.lengths[best]
            dense = np.zeros(self.size)
            terms, values = self.rows[best]
            dense[terms] = values
            similarity = np.bincount(self.owners, weights=dense[self.terms] * self.values, minlength=len(self.taken))
            np.maximum(self.overlap, similarity, out=self.overlap)


@dataclass(frozen=True)
class _Vectors:
    rows: list[tuple[np.ndarray, np.ndarray]]  # (term ids, unit-length weights) per body sentence
    extra: list[tuple[np.ndarray, np.ndarray]]  # the headline, when there is one
    size: int  # vocabulary size
