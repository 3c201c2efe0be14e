"""LexRank with a sparse similarity graph: sumy's ratings without its sentence-by-sentence loops."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sumy.summarizers.lex_rank import LexRankSummarizer

from ..stemming import CachedStemming
from ._terms import TermCounts, shared_term_pairs, symmetric_product


class FastLexRankSummarizer(CachedStemming, LexRankSummarizer):  # type: ignore[misc]
    """sumy's LexRank (idf-modified cosine, threshold graph, power method), computed sparsely.

    sumy fills an n-by-n matrix with a Python cosine per pair and runs its power method on it; here
    the cosine is computed only for sentences that share a term (all others are 0, below any positive
    threshold), and the power method multiplies by the edge list. Same start vector, same update and
    same stopping rule, so the ratings agree with sumy's to rounding.

    One deliberate difference: where sumy's graph has no edge at all (say, two sentences sharing no
    word, so every idf is 0) its power method divides 0 by 0 and rates every sentence NaN; here every
    sentence is rated 0.0. The choice is the same (article order), and the score stays a number.
    """

    def __call__(self, document: Any, sentences_count: Any) -> Any:
        if self.threshold < 0:  # every pair would be an edge: nothing to gain over sumy
            return super().__call__(document, sentences_count)
        self._ensure_dependencies_installed()
        sentences_words = [self._to_words_set(s) for s in document.sentences]
        if not sentences_words:
            return ()
        scores = self.rate_sentences(sentences_words)
        ratings = dict(zip(document.sentences, scores, strict=True))
        return self._get_best_sentences(document.sentences, sentences_count, ratings)

    def rate_sentences(self, sentences_words: list[list[str]]) -> list[float]:
        """LexRank scores, one per sentence, from each sentence's stemmed content words."""
        n = len(sentences_words)
        counts = TermCounts(sentences_words)
        document_frequency = Counter(counts.term.tolist())
        terms = list(counts.vocabulary)
        idf = np.array([math.log(n / (1 + document_frequency[i])) for i in range(len(terms))])
        # sumy's tf: a term's count over the count of the sentence's most frequent term.
        max_tf = np.zeros(n)
        np.maximum.at(max_tf, counts.sentence, counts.count)
        weights = counts.count / max_tf[counts.sentence] * idf[counts.term]
        norms = np.sqrt(counts.per_sentence(weights**2))
        left, right, dots = shared_term_pairs(counts, weights)
        with np.errstate(divide="ignore", invalid="ignore"):
            cosine = dots / (norms[left] * norms[right])
        linked = (norms[left] > 0) & (norms[right] > 0) & (cosine > self.threshold)
        left, right = left[linked], right[linked]
        # A sentence with any rated word is as similar to itself as can be (cosine 1).
        self_loops = ((norms > 0) & (self.threshold < 1.0)).astype(np.float64)
        degrees = self_loops + np.bincount(left, minlength=n) + np.bincount(right, minlength=n)
        degrees[degrees == 0] = 1
        scores: list[float] = self._power_method(left, right, self_loops, degrees, self.epsilon).tolist()
        return scores

    @staticmethod
    def _power_method(
        left: NDArray[np.int64], right: NDArray[np.int64], self_loops: NDArray[np.float64],
        degrees: NDArray[np.float64], epsilon: float,
    ) -> NDArray[np.float64]:
        """sumy's power method on the degree-normalised graph, given as an edge list."""
        n = len(degrees)
        ones = np.ones(len(left))
        p_vector = np.array([1.0 / n] * n)
        if not len(left) and not self_loops.any():
            return np.zeros(n)
        lambda_val = 1.0
        while lambda_val > epsilon:
            next_p = symmetric_product(left, right, ones, self_loops, p_vector / degrees)
            next_p /= np.linalg.norm(next_p)
            lambda_val = float(np.linalg.norm(next_p - p_vector))
            p_vector = next_p
        return p_vector
