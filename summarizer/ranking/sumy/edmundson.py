"""Edmundson with memoised stemming: sumy stems every word once per method, Snowball is the cost."""

from __future__ import annotations

from sumy.summarizers.edmundson import EdmundsonSummarizer

from ..stemming import CachedStemming


class FastEdmundsonSummarizer(CachedStemming, EdmundsonSummarizer):  # type: ignore[misc]
    """sumy's Edmundson (cue, title and location methods); its methods share the cached stemmer."""
