"""The word layer: every body sentence's words with their lower-case and stemmed forms, in one pass.

Structure, ranking and key quotes all need the same words. ``build_words`` finds them once per article:
each distinct spelling is lower-cased and checked for a capital once per article, and stemmed once per
process (the language's shared ``CachedStemmer``), however often the article repeats it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .models import Article, Words
from .ranking.stemming import stemmer_for

# A word: letters and digits, with inner apostrophes, hyphens and full stops kept ("O'Neill", "U.S").
WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")


def build_words(text: str, spans: Iterable[tuple[int, int]], language: str = "english",
                stemmer: Callable[[str], str] | None = None) -> Words:
    """The words of each sentence ``text[start:end]`` for the ``(start, end)`` spans, offsets into ``text``.

    ``stemmer`` defaults to the language's shared stemmer (``stemming.stemmer_for``).
    """
    stem = stemmer or stemmer_for(language)
    # spelling -> (lower-case form, stem, capitalised): one entry per distinct spelling in the article;
    # "Council" and "council" share one stem, asked for once.
    known: dict[str, tuple[str, str, bool]] = {}
    by_lower: dict[str, tuple[str, str]] = {}  # lower-case form -> (that form, its stem)
    forms: list[tuple[str, ...]] = []
    lower: list[tuple[str, ...]] = []
    stems: list[tuple[str, ...]] = []
    capitalised: list[tuple[bool, ...]] = []
    starts: list[tuple[int, ...]] = []
    ends: list[tuple[int, ...]] = []
    for start, end in spans:
        matches = list(WORD.finditer(text, start, end))
        found = tuple(match.group() for match in matches)
        facts: list[tuple[str, str, bool]] = []
        for word in found:
            fact = known.get(word)
            if fact is None:
                lowered = word.lower()
                pair = by_lower.get(lowered)
                if pair is None:
                    pair = by_lower[lowered] = (lowered, stem(lowered))
                fact = known[word] = (*pair, word[0].isupper())
            facts.append(fact)
        forms.append(found)
        lower.append(tuple(fact[0] for fact in facts))
        stems.append(tuple(fact[1] for fact in facts))
        capitalised.append(tuple(fact[2] for fact in facts))
        starts.append(tuple(match.start() for match in matches))
        ends.append(tuple(match.end() for match in matches))
    return Words(tuple(forms), tuple(lower), tuple(stems), tuple(capitalised), tuple(starts), tuple(ends),
                 language)


def article_words(article: Article) -> Words:
    """The word layer of an article's body sentences."""
    return build_words(article.text, ((s.start, s.end) for s in article.sentences), article.language)
