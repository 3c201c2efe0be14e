"""SumBasic with one vectorised pass per greedy step instead of a Python loop over every sentence's words."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from sumy.summarizers.sum_basic import SumBasicSummarizer

from ..stemming import CachedStemming


class FastSumBasicSummarizer(CachedStemming, SumBasicSummarizer):  # type: ignore[misc]
    """sumy's SumBasic: take the sentence with the highest mean word probability, square the
    probabilities of its words, repeat; a sentence's rating is minus the step that took it.

    After a step only the sentences sharing a word with the one taken change; their means are
    recomputed with ``bincount``, which adds a sentence's word probabilities in the sentence's word
    order as sumy's ``sum`` does, so the means, and the choices, are bit for bit sumy's.
    """

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
        word_sentence = np.repeat(np.arange(n), sizes)
        word_term = np.array([term for words in sentences_words for term in words], dtype=np.int64)
        by_term = np.argsort(word_term, kind="stable")
        term_start = np.searchsorted(word_term[by_term], np.arange(len(probabilities)))
        term_end = np.searchsorted(word_term[by_term], np.arange(len(probabilities)), side="right")

        means = self._means(np.arange(n), starts, sizes, word_term=word_term, probabilities=probabilities,
                            lengths=lengths)
        ratings: dict[Any, int] = {}
        for _step in range(n):
            best = int(np.argmax(means))
            means[best] = -np.inf  # taken
            ratings[sentences[best]] = -len(ratings)
            for term in sentences_words[best]:  # a word seen twice is squared twice, as in sumy
                probabilities[term] *= probabilities[term]
            changed = set(sentences_words[best])
            if not changed:
                continue
            postings = np.concatenate([by_term[term_start[t]:term_end[t]] for t in changed])
            rows = np.unique(word_sentence[postings])
            rows = rows[means[rows] != -np.inf]
            means[rows] = self._means(rows, starts, sizes, word_term=word_term,
                                      probabilities=probabilities, lengths=lengths)
        return ratings

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
