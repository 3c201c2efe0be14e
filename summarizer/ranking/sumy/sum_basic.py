"""SumBasic with one vectorised pass per greedy step instead of a Python loop over every sentence's words."""

from __future__ import annotations

import heapq
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sumy.summarizers.sum_basic import SumBasicSummarizer

from ..stemming import CachedStemming
from ._greedy import rate_unsettled


class FastSumBasicSummarizer(CachedStemming, SumBasicSummarizer):  # type: ignore[misc]
    """sumy's SumBasic: take the sentence with the highest mean word probability, square the
    probabilities of its words, repeat; a sentence's rating is minus the step that took it.

    The first means come from one ``bincount``, which adds a sentence's word probabilities in the
    sentence's word order as sumy's ``sum`` does; later ones are recomputed lazily, only for the
    sentences that reach the top of the ranking (see below), adding in the same order, so the means,
    and the choices, are bit for bit sumy's.

    With ``steps`` set, the greedy stops after that many picks and the sentences not settled are rated
    below the rest (``_greedy.rate_unsettled``); ``None`` runs every step, as sumy.
    """

    steps: int | None = None

    def _compute_ratings(self, sentences: Any) -> dict[Any, int]:
        word_freq = self._compute_tf(sentences)
        vocabulary = {word: index for index, word in enumerate(word_freq)}
        probabilities = np.array(list(word_freq.values()), dtype=np.float64)
        sentences_words = [[vocabulary[w] for w in self._get_content_words_in_sentence(s)] for s in sentences]
        n = len(sentences_words)
        sizes = np.array([len(words) for words in sentences_words], dtype=np.int64)
        lengths = sizes.astype(np.float64)
        ends = np.cumsum(sizes)
        starts = ends - sizes
        word_term = np.array([term for words in sentences_words for term in words], dtype=np.int64)

        means = self._means(np.arange(n), starts, sizes, word_term=word_term, probabilities=probabilities,
                            lengths=lengths)
        # Probabilities only fall (each is squared), so a mean computed earlier bounds the sentence's
        # mean from above. The greedy step takes the top of a heap of such bounds once its mean is
        # current, recomputing stale ones as they reach the top: in a long text the commonest words
        # change at every step, but only the few sentences near the top are recomputed. Ties go to the
        # earlier sentence, as with ``argmax``, and a recomputed mean adds the same numbers in the same
        # order as ``_means``, so the choices stay sumy's.
        p = probabilities.tolist()
        heap = [(-mean, row) for row, mean in enumerate(means.tolist())]
        heapq.heapify(heap)
        changed_at = [-1] * len(p)  # the step that last squared each word's probability
        computed_at = [0] * n  # the step at which each sentence's bound was computed
        sentence_lengths = lengths.tolist()
        distinct = [set(words) for words in sentences_words]
        ratings: dict[Any, int] = {}
        step = 0
        limit = n if self.steps is None else max(0, self.steps)
        while heap and step < limit:
            _bound, best = heap[0]
            if any(changed_at[term] >= computed_at[best] for term in distinct[best]):
                total = 0.0
                for term in sentences_words[best]:
                    total += p[term]
                heapq.heapreplace(heap, (-(total / sentence_lengths[best]), best))
                computed_at[best] = step
                continue
            heapq.heappop(heap)
            ratings[sentences[best]] = -len(ratings)
            for term in sentences_words[best]:  # a word seen twice is squared twice, as in sumy
                p[term] *= p[term]
                changed_at[term] = step
            step += 1
        return rate_unsettled(ratings, sentences, (row for _, row in heap))

    @staticmethod
    def _means(
        rows: NDArray[np.int64], starts: NDArray[np.int64], sizes: NDArray[np.int64], *,
        word_term: NDArray[np.int64], probabilities: NDArray[np.float64], lengths: NDArray[np.float64],
    ) -> NDArray[np.float64]:
        """Mean word probability of each sentence in ``rows`` (0 for a sentence without content words)."""
        counts = sizes[rows]
        words = np.repeat(starts[rows] - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        totals = np.bincount(np.repeat(np.arange(len(rows)), counts), weights=probabilities[word_term[words]],
                             minlength=len(rows))
        with np.errstate(divide="ignore", invalid="ignore"):
            means: NDArray[np.float64] = np.where(counts > 0, totals / lengths[rows], 0.0)
        return means
