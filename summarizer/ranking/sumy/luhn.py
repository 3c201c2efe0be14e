"""Luhn with set lookups: sumy checks each word against a tuple of significant words."""

from __future__ import annotations

from typing import Any

from sumy.summarizers.luhn import LuhnSummarizer

from ..stemming import CachedStemming


class FastLuhnSummarizer(CachedStemming, LuhnSummarizer):  # type: ignore[misc]
    """sumy's Luhn, with the significant words in a frozenset (sumy only tests membership in them)."""

    def _get_significant_words(self, words: Any) -> frozenset[str]:
        return frozenset(super()._get_significant_words(words))
