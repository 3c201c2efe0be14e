"""KL-Sum with one vectorised pass per greedy step instead of a Python dictionary per sentence per step."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sumy.summarizers.kl import KLSummarizer

from ..stemming import CachedStemming
from ._greedy import rate_unsettled
from ._terms import TermCounts, weighted_counts


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

    Each step still looks at every remaining sentence, so rating all ``n`` sentences is quadratic. A
    summary needs only the first few steps: with ``steps`` set, the greedy stops after that many and
    the sentences not settled are rated below the rest (``_greedy.rate_unsettled``); a settled
    sentence keeps the rating sumy gives it (``None``: every step, as sumy).
    """

    steps: int | None = None

    def _compute_ratings(self, sentences: Any) -> dict[Any, int]:
        document_tf = self.compute_tf(sentences)
        vocabulary: dict[str, int] = {}
        candidates = TermCounts([self._get_content_words_in_sentence(s) for s in sentences], vocabulary)
        summary_words = [Counter(vocabulary.setdefault(word, len(vocabulary)) for word in s.words)
                         for s in sentences]
        summary_lengths = [len(s.words) for s in sentences]
        doc = np.zeros(len(vocabulary))
        for word, frequency in document_tf.items():
            if word in vocabulary:
                doc[vocabulary[word]] = frequency

        entries = _Entries(candidates, doc)
        n = len(candidates)
        lengths = candidates.lengths.astype(np.float64)
        in_summary = np.zeros(len(vocabulary))  # count of each word in the summary's raw words
        own = entries.sums(np.arange(len(entries.sentence)), in_summary, n)
        summary_log_doc = summary_doc = summary_log_count = 0.0
        summary_length = 0
        remaining = np.ones(n, dtype=bool)
        ratings: dict[Any, int] = {}
        for _step in range(n if self.steps is None else min(n, max(0, self.steps))):
            joint_lengths = lengths + summary_length
            with np.errstate(divide="ignore", invalid="ignore"):
                kls = (summary_log_doc + own[0]) + np.log(joint_lengths) * (summary_doc + own[1]) \
                    - (summary_log_count + own[2])
            kls[joint_lengths == 0] = 0.0  # nothing in either: sumy's joint is empty, its divergence 0
            kls[~remaining] = np.inf
            best = int(np.argmin(kls))
            remaining[best] = False
            ratings[sentences[best]] = -1 * len(ratings)

            summary_length += summary_lengths[best]
            changed: list[int] = []
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
                changed.append(term)
            # Only sentences sharing a word with the one just taken change; recompute exactly those.
            touched = entries.of_sentences(entries.sentences_with(changed, remaining))
            if len(touched):
                sums = entries.sums(touched, in_summary, n)
                rows = np.unique(entries.sentence[touched])
                for total, part in zip(own, sums, strict=True):
                    total[rows] = part[rows]
        return rate_unsettled(ratings, sentences, map(int, np.flatnonzero(remaining)))


class _Entries:
    """The candidates' distinct rated words (one entry per sentence and word), indexed both ways."""

    def __init__(self, candidates: TermCounts, doc: NDArray[np.float64]) -> None:
        rated = doc[candidates.term] > 0
        self.sentence = candidates.sentence[rated]  # in sentence order, as TermCounts builds them
        self.term = candidates.term[rated]
        self.doc = doc[self.term]
        self.count = candidates.count[rated]
        self.log_doc = self.doc * np.log(self.doc)
        self.log_count = self.doc * np.log(self.count)
        n = len(candidates)
        self.sentence_start = np.searchsorted(self.sentence, np.arange(n))
        self.sentence_end = np.searchsorted(self.sentence, np.arange(n), side="right")
        self.by_term = np.argsort(self.term, kind="stable")
        sorted_terms = self.term[self.by_term]
        terms = np.arange(len(doc))
        self.term_start = np.searchsorted(sorted_terms, terms)
        self.term_end = np.searchsorted(sorted_terms, terms, side="right")

    def sentences_with(self, terms: list[int], remaining: NDArray[np.bool_]) -> NDArray[np.int64]:
        """The remaining sentences that contain any of ``terms``."""
        if not terms:
            return np.zeros(0, np.int64)
        postings = np.concatenate([self.by_term[self.term_start[t]:self.term_end[t]] for t in terms])
        rows: NDArray[np.int64] = np.unique(self.sentence[postings])
        return rows[remaining[rows]]

    def of_sentences(self, rows: NDArray[np.int64]) -> NDArray[np.int64]:
        """Indices of the entries of ``rows``, sentence by sentence, in entry order."""
        starts, ends = self.sentence_start[rows], self.sentence_end[rows]
        sizes = ends - starts
        return np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))

    def sums(
        self, index: NDArray[np.int64], in_summary: NDArray[np.float64], n: int
    ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """Per sentence, over its entries in ``index``: the candidate's share of the divergence's three sums.

        A word new to the summary adds ``doc log doc``, ``doc`` and ``doc log count``; a word already
        in it only raises the count inside the last log.
        """
        sentence, doc, count = self.sentence[index], self.doc[index], self.count[index]
        shared = in_summary[self.term[index]]
        new = shared == 0
        log_doc = weighted_counts(sentence, np.where(new, self.log_doc[index], 0.0), n)
        doc_mass = weighted_counts(sentence, np.where(new, doc, 0.0), n)
        grown = np.where(new, self.log_count[index],
                         doc * (np.log(count + shared) - np.log(np.where(new, 1.0, shared))))
        log_count = weighted_counts(sentence, grown, n)
        return log_doc, doc_mass, log_count
