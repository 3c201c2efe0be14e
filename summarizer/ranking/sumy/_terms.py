"""What the fast summarizers share: sparse term counts and the sentence pairs that share a word."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray

# Sentence pairs made per block: bounds the temporary arrays (some 100 bytes a pair while a block is made).
_PAIRS_PER_STEP = 500_000

# A term found in more sentences than this makes no pair of its own: the pairs of a term grow with the
# square of its sentences, so in a long text the commonest words would make nearly every pair. A pair
# that some rarer term makes still gets the common terms' share of its sum, so only pairs sharing
# nothing but common terms are left out. A text of at most this many sentences has no such term: its
# pairs and sums are exactly the off-diagonal of ``X @ X.T`` (and sumy's); a news story rarely has 50
# sentences, and even at 140 no content word of the parity tests' stories is in more than 21. Pairs
# made on BBC bodies joined to 20k-200k words grow with exponent 0.94 at this bound, 1.27 at 100 and
# 1.87 with no bound.
COMMON_TERM_SENTENCES = 50


class TermCounts:
    """Sparse sentence-by-term counts: one entry per distinct (sentence, term), sentences in order.

    ``sentence``, ``term`` and ``count`` are parallel arrays; ``lengths`` is each sentence's number
    of terms with repeats, ``vocabulary`` maps a term to its id (pass one in to share the ids).
    """

    def __init__(
        self, sentences_terms: Sequence[Iterable[str]], vocabulary: dict[str, int] | None = None
    ) -> None:
        vocabulary = {} if vocabulary is None else vocabulary
        rows: list[int] = []
        ids: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        for row, terms in enumerate(sentences_terms):
            seen: dict[int, int] = {}
            length = 0
            for term in terms:
                term_id = vocabulary.setdefault(term, len(vocabulary))
                seen[term_id] = seen.get(term_id, 0) + 1
                length += 1
            lengths.append(length)
            rows.extend([row] * len(seen))
            ids.extend(seen)
            counts.extend(seen.values())
        self.vocabulary = vocabulary
        self.sentence: NDArray[np.int64] = np.array(rows, dtype=np.int64)
        self.term: NDArray[np.int64] = np.array(ids, dtype=np.int64)
        self.count: NDArray[np.float64] = np.array(counts, dtype=np.float64)
        self.lengths: NDArray[np.int64] = np.array(lengths, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.lengths)

    def per_sentence(self, values: NDArray[np.float64]) -> NDArray[np.float64]:
        """Sum entry ``values`` into one number per sentence."""
        return weighted_counts(self.sentence, values, len(self))


def weighted_counts(index: NDArray[np.int64], weights: NDArray[np.float64], size: int) -> NDArray[np.float64]:
    """``weights`` summed by ``index`` into ``size`` bins; each bin adds its weights in input order."""
    return np.bincount(index, weights=weights, minlength=size).astype(np.float64, copy=False)


def shared_term_pairs(
    counts: TermCounts, values: NDArray[np.float64], common: int = COMMON_TERM_SENTENCES
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]]:
    """Pairs of sentences ``i < j`` that share a term, with ``sum over shared terms of v_i * v_j``.

    ``values`` holds one number per entry of ``counts``. Up to ``common`` sentences this is the
    off-diagonal of ``X @ X.T`` for the sparse sentence-by-term matrix ``X``: every pair sharing a term.
    Beyond, a term in more than ``common`` sentences makes no pair itself, but still adds its products to
    every pair that a rarer term makes; so the number of pairs is at most ``common`` per entry and the
    cost grows linearly with the text. Pairs that share nothing are never visited and no
    sentence-by-sentence matrix is ever built.
    """
    n = len(counts)
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64))
    if len(counts.term) == 0:
        return empty
    order = np.lexsort((counts.sentence, counts.term))  # by term, then by sentence
    rows, terms, weights = counts.sentence[order], counts.term[order], values[order]
    starts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
    ends = np.r_[starts[1:], len(terms)]
    sizes = ends - starts
    frequent = np.repeat(sizes > common, sizes)  # entries of terms too common to make pairs
    # Entry p pairs with the later entries of its term: p+1 .. end-1 (all in later sentences).
    partners = np.where(frequent, 0, np.repeat(ends, sizes) - np.arange(len(terms)) - 1)
    if not partners.any():
        return empty
    extra = _CommonEntries(rows[frequent], terms[frequent], weights[frequent], n) if frequent.any() else None
    # Blocks of first sentences of about _PAIRS_PER_STEP pairs each: a pair is made only in its first
    # sentence's block, so each block's sums are final and the temporary arrays stay small.
    per_sentence = np.cumsum(np.bincount(rows, weights=partners, minlength=n))
    cuts = np.searchsorted(per_sentence, np.arange(_PAIRS_PER_STEP, per_sentence[-1], _PAIRS_PER_STEP))
    bounds = np.unique(np.r_[0, cuts + 1, n]).tolist()
    keys_parts: list[NDArray[np.int64]] = []
    sums_parts: list[NDArray[np.float64]] = []
    for first, stop in itertools.pairwise(bounds):
        chosen = np.flatnonzero((rows >= first) & (rows < stop) & (partners > 0))
        if not len(chosen):
            continue
        repeats = partners[chosen]
        left = np.repeat(chosen, repeats)
        right = left + 1 + (np.arange(len(left)) - np.repeat(np.cumsum(repeats) - repeats, repeats))
        keys, inverse = np.unique(rows[left] * n + rows[right], return_inverse=True)
        products = weights[left] * weights[right]
        del left, right
        sums = weighted_counts(inverse.ravel(), products, len(keys))
        if extra is not None:
            sums = sums + extra.products(keys // n, keys % n)
        keys_parts.append(keys)
        sums_parts.append(sums)
    keys = np.concatenate(keys_parts)
    return keys // n, keys % n, np.concatenate(sums_parts)


class _CommonEntries:
    """The entries of the common terms, looked up by (sentence, term)."""

    def __init__(self, rows: NDArray[np.int64], terms: NDArray[np.int64], weights: NDArray[np.float64],
                 n: int) -> None:
        order = np.lexsort((terms, rows))  # by sentence, then term
        self.rows, self.terms, self.weights = rows[order], terms[order], weights[order]
        self.width = int(terms.max()) + 1
        self.keys = self.rows * self.width + self.terms
        self.start = np.searchsorted(self.rows, np.arange(n))
        self.size = np.searchsorted(self.rows, np.arange(n), side="right") - self.start

    def products(self, left: NDArray[np.int64], right: NDArray[np.int64]) -> NDArray[np.float64]:
        """Per pair, the sum over the common terms both sentences hold of the products of their values."""
        sizes = self.size[left]
        pair = np.repeat(np.arange(len(left)), sizes)
        entry = np.repeat(self.start[left] - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
        wanted = right[pair] * self.width + self.terms[entry]
        found = np.minimum(np.searchsorted(self.keys, wanted), len(self.keys) - 1)
        hit = self.keys[found] == wanted
        return weighted_counts(pair[hit], self.weights[entry[hit]] * self.weights[found[hit]], len(left))


def symmetric_product(
    left: NDArray[np.int64], right: NDArray[np.int64], weights: NDArray[np.float64],
    diagonal: NDArray[np.float64], vector: NDArray[np.float64],
) -> NDArray[np.float64]:
    """``A @ vector`` for the symmetric matrix with ``weights`` at (left, right) and (right, left)."""
    n = len(vector)
    return (
        diagonal * vector
        + np.bincount(left, weights=weights * vector[right], minlength=n)
        + np.bincount(right, weights=weights * vector[left], minlength=n)
    )
