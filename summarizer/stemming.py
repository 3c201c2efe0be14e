"""Memoised stemming: news repeats its words, and Snowball stemming is the slowest step of sumy's summarizers.

Kept free of numpy so that ``ranking`` can hand a cached stemmer to any summarizer cheaply.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

# Distinct words remembered before the memory starts afresh: a long batch must not grow without bound.
_MAX_WORDS = 200_000


class CachedStemmer:
    """A stemmer that remembers the stem of every word it has seen (up to ``_MAX_WORDS`` of them)."""

    def __init__(self, stemmer: Callable[[str], str]) -> None:
        self._stemmer = stemmer
        self._stems: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            if len(self._stems) >= _MAX_WORDS:
                self._stems.clear()
            stem = self._stems[word] = self._stemmer(word)
        return stem


# Languages for which sumy has a stemmer of its own rather than NLTK's Snowball (sumy's Stemmer table).
SUMY_OWN_STEMMERS = frozenset({"czech", "slovak", "hebrew", "chinese", "japanese", "korean", "ukrainian",
                               "greek", "polish"})


@cache
def stemmer_for(language: str) -> CachedStemmer:
    """The stemmer for a language, one per language and process, so its memory serves a whole batch.

    NLTK's Snowball stemmer where it has one (what sumy's ``Stemmer`` uses for those languages); sumy's
    own stemmer for the languages it covers itself; English Snowball for the rest. sumy is imported
    only for those few languages: its modules load ``requests`` and ``pycountry``.
    """
    stemmer: Callable[[str], str] | None = None
    if language not in SUMY_OWN_STEMMERS:
        from nltk.stem import snowball

        snowball_class = getattr(snowball, language.capitalize() + "Stemmer", None)
        if snowball_class is None:
            snowball_class = snowball.EnglishStemmer
        stemmer = snowball_class().stem
    else:
        from sumy.nlp.stemmers import Stemmer

        stemmer = Stemmer(language)
    return CachedStemmer(stemmer)


class CachedStemming:
    """Mixin for a sumy summarizer: make sure the stemmer it is given is a ``CachedStemmer``.

    sumy hands ``self._stemmer`` on to helper summarizers (Edmundson's methods), so the memory
    is shared by all of them.
    """

    def __init__(self, stemmer: Callable[[str], str] | None = None, *args: Any, **kwargs: Any) -> None:
        if stemmer is None:
            from sumy.nlp.stemmers import null_stemmer

            stemmer = null_stemmer
        elif not callable(stemmer):
            raise TypeError("Stemmer has to be a callable object")
        if not isinstance(stemmer, CachedStemmer):
            stemmer = CachedStemmer(stemmer)
        super().__init__(stemmer, *args, **kwargs)  # type: ignore[call-arg]
