"""The word layer: every body sentence's words with their lower-case and stemmed forms, in one pass.

Structure, ranking and key quotes all need the same words. ``build_words`` finds them once per article:
each distinct spelling is lower-cased, checked for a capital and stemmed once per process (with the
language's shared ``CachedStemmer``), however often the articles repeat it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .models import Article, Words
from .ranking.stemming import stemmer_for

# A word: letters and digits, with inner apostrophes, hyphens and full stops kept ("O'Neill", "U.S").
WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
# The same words in a text without an underscore, where ``\w`` is ``[^\W_]``: a plain class is
# searched about twice as fast as one with an exception.
_WORD_WITHOUT_UNDERSCORE = re.compile(r"\w+(?:['’\-.]\w+)*")


class _Spellings(dict[str, tuple[str, str, bool]]):
    """spelling -> (lower-case form, stem, capitalised), filled on first sight of each spelling.

    "Council" and "council" share one lower-case entry and so one stem, asked for once.
    """

    def __init__(self, stem: Callable[[str], str]) -> None:
        super().__init__()
        self._stem = stem
        self._by_lower: dict[str, tuple[str, str]] = {}  # lower-case form -> (that form, its stem)

    def __missing__(self, word: str) -> tuple[str, str, bool]:
        lowered = word.lower()
        pair = self._by_lower.get(lowered)
        if pair is None:
            pair = self._by_lower[lowered] = (lowered, self._stem(lowered))
        fact = self[word] = (*pair, word[0].isupper())
        return fact


# The language's spellings seen so far, shared by every article this process reads with the language's
# own stemmer: news repeats its words, so after a few articles nearly every word is known. Started
# afresh past ``_MAX_SPELLINGS`` so that memory stays bounded on a long batch: an entry takes about 105
# bytes (41,040 spellings in 2,300 BBC and CNN/Daily Mail articles took 4.3 MB), so at most about 5 MB.
_SHARED: dict[str, _Spellings] = {}
_MAX_SPELLINGS = 50_000


def _spellings(language: str) -> _Spellings:
    known = _SHARED.get(language)
    if known is None or len(known) > _MAX_SPELLINGS:
        known = _SHARED[language] = _Spellings(stemmer_for(language))
    return known


def build_words(text: str, spans: Iterable[tuple[int, int]], language: str = "english",
                stemmer: Callable[[str], str] | None = None) -> Words:
    """The words of each sentence ``text[start:end]`` for the ``(start, end)`` spans, offsets into ``text``.

    ``stemmer`` defaults to the language's shared stemmer (``stemming.stemmer_for``).
    """
    known = _spellings(language) if stemmer is None else _Spellings(stemmer)
    forms: list[tuple[str, ...]] = []
    lower: list[tuple[str, ...]] = []
    stems: list[tuple[str, ...]] = []
    capitalised: list[tuple[bool, ...]] = []
    starts: list[tuple[int, ...]] = []
    ends: list[tuple[int, ...]] = []
    finditer = (WORD if "_" in text else _WORD_WITHOUT_UNDERSCORE).finditer
    for start, end in spans:
        matches = list(finditer(text, start, end))
        found = tuple(map(_GROUP, matches))
        forms.append(found)
        starts.append(tuple(map(_START, matches)))
        ends.append(tuple(map(_END, matches)))
        if found:
            # (lower, stem, capitalised) of each word, turned into one tuple of each
            sentence_lower, sentence_stems, sentence_capitals = zip(*map(known.__getitem__, found), strict=True)
        else:
            sentence_lower = sentence_stems = sentence_capitals = ()
        lower.append(sentence_lower)
        stems.append(sentence_stems)
        capitalised.append(sentence_capitals)
    return Words(tuple(forms), tuple(lower), tuple(stems), tuple(capitalised), tuple(starts), tuple(ends),
                 language)


_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end


def article_words(article: Article) -> Words:
    """The word layer of an article's body sentences."""
    return build_words(article.text, ((s.start, s.end) for s in article.sentences), article.language)
