"""KL-Sum with one vectorised pass per greedy step instead of a Python dictionary per sentence per step."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sumy.summarizers.kl import KLSummarizer

from ._terms import CachedStemming, TermCounts


class FastKLSummarizer(CachedStemming, KLSummarizer):  # type: ignore[misc]
    """sumy's KL summarizer: greedily add the sentence whose union with the summary so far has the
    smallest divergence from the document; a sentence's rating is minus the step that took it.

    sumy rebuilds a word-frequency dictionary for every remaining sentence at every step (cubic in the
    text). The divergence splits into sums over the summary (kept as running totals) and sums over the
    candidate's own words, so one step is a few array operations over the remaining words:

        KL = sum over words w of the candidate or the summary with doc(w) > 0 of
             doc(w) * (log doc(w) + log L - log(count in candidate + count in summary))

    with L the candidate's length plus the summary's. sumy's quirks are kept: candidates count their
    lower-cased content words, the summary its raw words, and identical sentences share one rating.
    """

    def _compute_ratings(self, sentences: Any) -> dict[Any, int]:
        document_tf = self.compute_tf(sentences)
        vocabulary: dict[str, int] = {}
        candidates = TermCounts([self._get_content_words_in_sentence(s) for s in sentences], vocabulary)
        summary_words = [Counter(vocabulary.setdefault(w, len(vocabulary)) for w in s.words) for s in sentences]
        summary_lengths = [len(s.words) for s in sentences]
        doc = np.zeros(len(vocabulary))
        for word, frequency in document_tf.items():
            if word in vocabulary:
                doc[vocabulary[word]] = frequency

        rated = doc[candidates.term] > 0
        entry_sentence = candidates.sentence[rated]
        entry_doc = doc[candidates.term[rated]]
        entry_term = candidates.term[rated]
        entry_count = candidates.count[rated]
        entry_log_doc = entry_doc * np.log(entry_doc)
        entry_log_count = entry_doc * np.log(entry_count)
        lengths = candidates.lengths.astype(np.float64)

        n = len(candidates)
        in_summary = np.zeros(len(vocabulary))  # count of each word in the summary's raw words
        summary_log_doc = summary_doc = summary_log_count = 0.0
        summary_length = 0
        remaining = np.ones(n, dtype=bool)
        dead_entries = 0
        ratings: dict[Any, int] = {}
        for _step in range(n):
            kls = self._divergences(
                entry_sentence, entry_term, entry_doc, entry_count, entry_log_doc, entry_log_count, in_summary,
                lengths + summary_length, (summary_log_doc, summary_doc, summary_log_count),
            )
            kls[~remaining] = np.inf
            best = int(np.argmin(kls))
            remaining[best] = False
            ratings[sentences[best]] = -1 * len(ratings)

            summary_length += summary_lengths[best]
            for term, added in summary_words[best].items():
                frequency = doc[term]
                if frequency <= 0:
                    continue
                before = in_summary[term]
                after = before + added
                if before == 0:
                    summary_log_doc += frequency * math.log(frequency)
                    summary_doc += frequency
                    summary_log_count += frequency * math.log(after)
                else:
                    summary_log_count += frequency * (math.log(after) - math.log(before))
                in_summary[term] = after

            dead_entries += int(np.count_nonzero(entry_sentence == best))
            if dead_entries * 2 > len(entry_sentence):  # drop the words of sentences already taken
                keep = remaining[entry_sentence]
                entry_sentence, entry_term, entry_doc, entry_count, entry_log_doc, entry_log_count = (
                    array[keep] for array in
                    (entry_sentence, entry_term, entry_doc, entry_count, entry_log_doc, entry_log_count)
                )
                dead_entries = 0
        return ratings

    @staticmethod
    def _divergences(
        entry_sentence: NDArray[np.int64], entry_term: NDArray[np.int64], entry_doc: NDArray[np.float64],
        entry_count: NDArray[np.float64], entry_log_doc: NDArray[np.float64], entry_log_count: NDArray[np.float64],
        in_summary: NDArray[np.float64], joint_lengths: NDArray[np.float64],
        summary_totals: tuple[float, float, float],
    ) -> NDArray[np.float64]:
        """The divergence of every sentence joined to the summary, from the running summary totals."""
        n = len(joint_lengths)
        summary_log_doc, summary_doc, summary_log_count = summary_totals
        shared = in_summary[entry_term]
        new = shared == 0
        log_doc = np.bincount(entry_sentence, weights=np.where(new, entry_log_doc, 0.0), minlength=n)
        doc_mass = np.bincount(entry_sentence, weights=np.where(new, entry_doc, 0.0), minlength=n)
        grown = np.where(new, entry_log_count,
                         entry_doc * (np.log(entry_count + shared) - np.log(np.where(new, 1.0, shared))))
        log_count = np.bincount(entry_sentence, weights=grown, minlength=n)
        with np.errstate(divide="ignore", invalid="ignore"):
            kls = (summary_log_doc + log_doc) + np.log(joint_lengths) * (summary_doc + doc_mass) \
                - (summary_log_count + log_count)
        # Nothing in either: sumy's joint distribution is empty and its divergence 0.
        kls[joint_lengths == 0] = 0.0
        return kls
