"""Greedy summarizers stopped early: sumy's KL and SumBasic rate a sentence minus the step that took it,
so a summary needs only their first steps. What the sentences not reached are rated."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


def rate_unsettled(ratings: dict[Any, int], sentences: Sequence[Any], remaining: Iterable[int]) -> dict[Any, int]:
    """Rate ``-len(sentences)`` every sentence whose rating a full run could still change or tie with.

    ``ratings`` maps each sentence taken so far to ``-len(ratings)`` at the step that took it (sumy's rule,
    under which identical sentences share one key and the rating of the last of them to be taken).
    Not settled: a sentence not reached, one identical to a sentence not reached, and one rated
    ``-len(ratings)``, the rating a later step taking a copy would give again. Every settled rating is
    then above every rating a full run gives the others, so the first picks are the same.
    """
    floor = -len(sentences)
    later = -len(ratings)
    left = list(remaining)
    if not left:
        return ratings
    for index in left:
        ratings[sentences[index]] = floor
    for sentence, rating in ratings.items():
        if rating == later:
            ratings[sentence] = floor
    return ratings
