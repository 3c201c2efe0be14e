"""LSA without the SVD: sumy's ratings in closed form, in memory linear in the text."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from sumy.summarizers.lsa import LsaSummarizer

from ..stemming import CachedStemming
from ._terms import TermCounts


class FastLsaSummarizer(CachedStemming, LsaSummarizer):  # type: ignore[misc]
    """sumy's LSA rating, ``sqrt(sum_k sigma_k^2 * v_kj^2)``, computed without decomposing anything.

    sumy keeps every dimension (``REDUCTION_RATIO = 1``), and over all dimensions that sum is the
    squared length of column j of ``Sigma V^T = U^T A``; since the columns of ``A`` lie in the span of
    ``U``, it is the squared length of column j of the term-by-sentence matrix ``A`` itself. sumy
    smooths ``A`` to ``0.4 + 0.6 * count / column max`` in every cell, absent terms included, so the
    length follows from each sentence's own counts and the size of the dictionary. sumy's dense
    matrix (dictionary by sentences, 1.8 GB at 100,000 words) and its SVD are never built.

    Falls back to sumy when its settings keep fewer dimensions than there are (``REDUCTION_RATIO < 1``).
    """

    def __call__(self, document: Any, sentences_count: Any) -> Any:
        if LsaSummarizer.REDUCTION_RATIO < 1:  # sumy reads the setting from its own class
            return super().__call__(document, sentences_count)
        self._ensure_dependecies_installed()
        dictionary = self._create_dictionary(document)
        if not dictionary:
            return ()
        ranks = iter(self.rate_sentences(document, dictionary))
        return self._get_best_sentences(document.sentences, sentences_count, lambda s: next(ranks))

    def rate_sentences(self, document: Any, dictionary: dict[str, int], smooth: float = 0.4) -> list[float]:
        """The length of each sentence's column in sumy's smoothed term-by-sentence matrix."""
        # As sumy counts: every word's stem, stop words included, when the stem is in the dictionary.
        counts = TermCounts(
            [[stem for stem in map(self.stem_word, sentence.words) if stem in dictionary]
             for sentence in document.sentences]
        )
        n = len(counts)
        column_max = np.zeros(n)
        np.maximum.at(column_max, counts.sentence, counts.count)
        present = np.bincount(counts.sentence, minlength=n)
        cells = (smooth + (1.0 - smooth) * (counts.count / column_max[counts.sentence])) ** 2
        absent = (len(dictionary) - present) * (smooth + (1.0 - smooth) * 0.0) ** 2
        squares = np.where(column_max > 0, counts.per_sentence(cells) + absent, 0.0)
        return [math.sqrt(value) for value in squares.tolist()]
