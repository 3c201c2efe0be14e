"""TextRank on a sparse word-overlap graph: sumy's ratings without its dense n-by-n matrices."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from sumy.summarizers.text_rank import TextRankSummarizer

from ..stemming import CachedStemming
from ._terms import TermCounts, shared_term_pairs, symmetric_product


def overlap_edges(
    counts: TermCounts,
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]]:
    """sumy's TextRank/Reduction edge weight for every pair sharing a word, and for each sentence with itself.

    The weight of sentences i and j is their word overlap (each word of i counted as often as it
    occurs in j: the dot product of their count vectors) over ``log(len i) + log(len j)``; when both
    are one word long that norm is 0 and the overlap itself is used, as sumy does for TextRank.
    Returns (left, right, off-diagonal weights, diagonal weights).
    """
    left, right, overlap = shared_term_pairs(counts, counts.count)
    with np.errstate(divide="ignore"):
        log_lengths = np.log(counts.lengths.astype(np.float64))
    norm = log_lengths[left] + log_lengths[right]
    single = norm == 0.0
    weights = np.where(single, overlap, overlap / np.where(single, 1.0, norm))
    self_overlap = counts.per_sentence(counts.count**2)
    self_norm = 2 * log_lengths
    with np.errstate(divide="ignore", invalid="ignore"):
        diagonal = np.where(self_overlap == 0, 0.0,
                            np.where(self_norm == 0.0, self_overlap, self_overlap / self_norm))
    return left, right, weights, diagonal


class FastTextRankSummarizer(CachedStemming, TextRankSummarizer):  # type: ignore[misc]
    """sumy's TextRank (word-overlap graph, damped power method), computed on the graph's edges.

    sumy builds a dense n-by-n weight matrix with a Python loop per pair, then a second dense matrix
    for the damping. Here only pairs that share a word carry weight; the damping term, the same for
    every pair, is added as ``(1 - d) / n * sum(p)``. Same update and stopping rule as sumy.
    """

    def rate_sentences(self, document: Any) -> dict[Any, float]:
        """TextRank score of every sentence, keyed like sumy's (by sentence)."""
        counts = TermCounts([self._to_words_set(sentence) for sentence in document.sentences])
        left, right, weights, diagonal = overlap_edges(counts)
        row_sums = diagonal + np.bincount(left, weights=weights, minlength=len(counts)) \
            + np.bincount(right, weights=weights, minlength=len(counts))
        scale = 1.0 / (row_sums + self._ZERO_DIVISION_PREVENTION)
        ranks = self._power_method(left, right, weights, diagonal=diagonal, scale=scale,
                                   damping=self.damping, epsilon=self.epsilon)
        return dict(zip(document.sentences, ranks.tolist(), strict=True))

    @staticmethod
    def _power_method(
        left: NDArray[np.int64], right: NDArray[np.int64], weights: NDArray[np.float64], *,
        diagonal: NDArray[np.float64], scale: NDArray[np.float64], damping: float, epsilon: float,
    ) -> NDArray[np.float64]:
        """sumy's iteration ``p <- M.T @ p``, ``M = (1-d)/n + d * W``, ``W`` the row-normalised weights."""
        n = len(scale)
        p_vector = np.array([1.0 / n] * n)
        teleport = (1.0 - damping) / n
        lambda_val = 1.0
        while lambda_val > epsilon:
            next_p = teleport * p_vector.sum() + damping * symmetric_product(
                left, right, weights, diagonal, p_vector * scale
            )
            lambda_val = float(np.linalg.norm(next_p - p_vector))
            p_vector = next_p
        return p_vector
