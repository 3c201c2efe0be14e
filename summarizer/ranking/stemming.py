"""Stemmers and stop words for every ranker, memoised: news repeats its words, and Snowball stemming is
the slowest step of sumy's summarizers.

Kept free of numpy and of sumy's modules so that any ranker can get a cached stemmer cheaply.
"""

from __future__ import annotations

from collections.abc import Callable
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


_STEMMING: dict[str, tuple[Callable[[str], str], frozenset[str]]] = {}


def stemmer_and_stop_words(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """sumy's stemmer and stop-word list for the language, English where sumy has none.

    Made once per language and process: the stemmer remembers its stems across articles of a batch.
    """
    if language not in _STEMMING:
        _STEMMING[language] = _make_stemmer_and_stop_words(language)
    return _STEMMING[language]


def stemmer_for(language: str) -> Callable[[str], str]:
    """The language's stemmer, one per language and process (a ``CachedStemmer``), so its memory serves a
    whole batch and every stage that stems shares it."""
    return stemmer_and_stop_words(language)[0]


# Languages for which sumy has a stemmer of its own rather than NLTK's Snowball (sumy's Stemmer table).
SUMY_OWN_STEMMERS = frozenset({"czech", "slovak", "hebrew", "chinese", "japanese", "korean", "ukrainian",
                                "greek", "polish"})


def _make_stemmer_and_stop_words(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """sumy's choices, made without importing sumy's modules (they load ``requests`` and ``pycountry``,
    a fifth of the start-up time): sumy's Stemmer is NLTK's Snowball stemmer for these languages, and its
    stop words are the lists in sumy's package data."""
    stemmer: Callable[[str], str] | None = None
    if language not in SUMY_OWN_STEMMERS:
        from nltk.stem import snowball

        snowball_class = getattr(snowball, language.capitalize() + "Stemmer", None)
        if snowball_class is not None:
            stemmer = snowball_class().stem
    if stemmer is None:
        from sumy.nlp.stemmers import Stemmer

        try:
            stemmer = Stemmer(language)
        except LookupError:
            stemmer = Stemmer("english")
    return CachedStemmer(stemmer), _stop_words(language)


def _stop_words(language: str) -> frozenset[str]:
    """sumy's stop-word list for the language (read as sumy's ``get_stop_words`` reads it), or none.

    The file is found without importing sumy: ``find_spec`` only locates the package.
    """
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("sumy")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "data" / "stopwords" / f"{language}.txt"
        if path.is_file():
            data = path.read_bytes().decode("utf-8")
            return frozenset(w.rstrip() for w in data.splitlines() if w)
    return frozenset()
