"""SumBasic with one vectorised pass per greedy step instead of a Python loop over every sentence's words."""

from __future__ import annotations

from typing import Any

import numpy as np
from sumy.summarizers.sum_basic import SumBasicSummarizer

from ._terms import CachedStemming


class FastSumBasicSummarizer(CachedStemming, SumBasicSummarizer):  # type: ignore[misc]
    """sumy's SumBasic: take the sentence with the highest mean word probability, square the
    probabilities of its words, repeat; a sentence's rating is minus the step that took it.

    Each step's means are one ``bincount`` over the remaining words. ``bincount`` adds a sentence's
    word probabilities in the sentence's word order, as sumy's ``sum`` does, so the means, and the
    choices, are bit for bit sumy's.
    """

    def _compute_ratings(self, sentences: Any) -> dict[Any, int]:
        word_freq = self._compute_tf(sentences)
        vocabulary = {word: index for index, word in enumerate(word_freq)}
        probabilities = np.array(list(word_freq.values()), dtype=np.float64)
        sentences_words = [[vocabulary[w] for w in self._get_content_words_in_sentence(s)] for s in sentences]
        n = len(sentences_words)
        lengths = np.array([len(words) for words in sentences_words], dtype=np.float64)
        word_sentence = np.repeat(np.arange(n), lengths.astype(np.int64))
        word_term = np.array([term for words in sentences_words for term in words], dtype=np.int64)
        remaining = np.ones(n, dtype=bool)
        dead_words = 0
        ratings: dict[Any, int] = {}
        for _step in range(n):
            totals = np.bincount(word_sentence, weights=probabilities[word_term], minlength=n)
            with np.errstate(divide="ignore", invalid="ignore"):
                means = np.where(lengths > 0, totals / lengths, 0.0)
            means[~remaining] = -np.inf
            best = int(np.argmax(means))
            remaining[best] = False
            ratings[sentences[best]] = -len(ratings)
            for term in sentences_words[best]:  # a word seen twice is squared twice, as in sumy
                probabilities[term] *= probabilities[term]
            dead_words += len(sentences_words[best])
            if dead_words * 2 > len(word_term):  # drop the words of sentences already taken
                keep = remaining[word_sentence]
                word_sentence, word_term = word_sentence[keep], word_term[keep]
                dead_words = 0
        return ratings
