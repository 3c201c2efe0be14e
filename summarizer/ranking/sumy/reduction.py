"""Reduction on a sparse word-overlap graph: sumy's ratings without its word-by-word pair loops."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
from sumy.summarizers.reduction import ReductionSummarizer

from ..stemming import CachedStemming
from ._terms import TermCounts
from .text_rank import overlap_edges


class FastReductionSummarizer(CachedStemming, ReductionSummarizer):  # type: ignore[misc]
    """sumy's Reduction: a sentence's rating is the sum of its edge weights to every other sentence.

    sumy compares every pair of sentences word by word (cost: pairs times words squared); here the
    overlaps come from sparse counts, and only pairs sharing a word are visited. Pairs of one-word
    sentences weigh 0, as in sumy (unlike TextRank).
    """

    def rate_sentences(self, document: Any) -> defaultdict[Any, float]:
        """Ratings keyed by sentence, as sumy's: identical sentences share one key and add up."""
        counts = TermCounts([self._to_words_set(sentence) for sentence in document.sentences])
        left, right, weights, _diagonal = overlap_edges(counts)
        with np.errstate(divide="ignore"):
            log_lengths = np.log(counts.lengths.astype(np.float64))
        weights = np.where(log_lengths[left] + log_lengths[right] == 0.0, 0.0, weights)
        totals = np.bincount(left, weights=weights, minlength=len(counts)) \
            + np.bincount(right, weights=weights, minlength=len(counts))
        ratings: defaultdict[Any, float] = defaultdict(float)
        for sentence, total in zip(document.sentences, totals.tolist(), strict=True):
            ratings[sentence] += total
        return ratings
