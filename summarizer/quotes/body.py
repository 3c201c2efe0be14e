"""The article body as every quote stage reads it, and the record the stages pass along.

``Body`` is built once per article and never changed: the text, its sentences and paragraphs, and the
speech verbs found in one pass, so that each stage looks them up instead of searching again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..models import Article, Sentence
from .lexicon import CUES
from .people import Mention, Speaker


@dataclass(frozen=True)
class Cue:
    """A speech verb in the article: where it stands and its words, lower-cased."""

    start: int
    end: int
    text: str


def trie_pattern(words: list[str]) -> str:
    """A regular expression for ``words`` as a letter trie: at each position only one branch is tried,
    where an alternation of hundreds of verbs would try each of them."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(char).replace("\\ ", r"\s+") + build(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


# The look-ahead for a cue's first letter lets the search pass over most positions at once: no
# branch of the trie is tried where no cue can start.
_FIRST_LETTERS = "".join(sorted({re.escape(cue[0]) for cue in CUES}))
_CUE_PATTERN = re.compile(rf"\b(?=[{_FIRST_LETTERS}])(?:{trie_pattern(sorted(CUES))})\b")
_CUE_PATTERN_ANY_CASE = re.compile(_CUE_PATTERN.pattern, re.IGNORECASE)


def find_cues(text: str, low: int, high: int, text_lowered: str | None = None) -> list[Cue]:
    """Every speech verb between ``low`` and ``high``, in order; ``text_lowered`` is ``text.lower()`` where
    the caller has it. (Of the same length, it lower-cases each letter on its own but a capital sigma, whose
    form no cue holds: its slice finds the same cues as the chunk lower-cased.)"""
    chunk = text[low:high]
    lowered = text_lowered[low:high] if text_lowered is not None and len(text_lowered) == len(text) else chunk.lower()
    if len(lowered) != len(chunk):  # a letter whose lower case is longer ("İ"): offsets would move
        return [Cue(low + m.start(), low + m.end(), " ".join(m.group(0).lower().split()))
                for m in _CUE_PATTERN_ANY_CASE.finditer(chunk)]
    cues = []
    for match in _CUE_PATTERN.finditer(lowered):
        words = match.group(0)
        if " " in words or not words.isalpha():  # "according  to", "according\nto": one space
            words = " ".join(words.split())
        cues.append(Cue(low + match.start(), low + match.end(), words))
    return cues


@dataclass(frozen=True)
class Body:
    """An article's body paragraphs with the speech verbs they hold."""

    text: str
    lowered: str  # ``text.lower()``, made once for every stage that reads the text lower-cased
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]
    paragraphs: tuple[tuple[int, int, int], ...]  # (paragraph number, start, end)
    paragraph_end: dict[int, int]
    cues: tuple[Cue, ...]
    cue_starts: tuple[int, ...]

    def cues_between(self, low: int, high: int) -> tuple[Cue, ...]:
        """The speech verbs that start in ``[low, high)``, in order."""
        return self.cues[bisect_left(self.cue_starts, low): bisect_left(self.cue_starts, high)]

    def sentence_at(self, position: int) -> Sentence:
        """The sentence that holds ``position`` (the nearest before it, between sentences)."""
        return self.sentences[max(0, bisect_right(self.starts, position) - 1)]


def read_body(article: Article) -> Body:
    """The body of ``article`` as the quote stages read it."""
    ranges: dict[int, list[int]] = {}
    for sentence in article.sentences:
        span = ranges.setdefault(sentence.paragraph, [sentence.start, sentence.end])
        span[0] = min(span[0], sentence.start)
        span[1] = max(span[1], sentence.end)
    paragraphs = tuple((number, span[0], span[1]) for number, span in sorted(ranges.items()))
    lowered = article.text.lower()
    cues = tuple(cue for _, low, high in paragraphs for cue in find_cues(article.text, low, high, lowered))
    return Body(
        text=article.text,
        lowered=lowered,
        sentences=article.sentences,
        starts=tuple(s.start for s in article.sentences),
        paragraphs=paragraphs,
        paragraph_end={number: high for number, _, high in paragraphs},
        cues=cues,
        cue_starts=tuple(cue.start for cue in cues),
    )


@dataclass(frozen=True)
class Draft:
    """A quote before ranking: what was said, where, by whom, and how it was found."""

    kind: str  # "direct" or "reported"
    start: int
    end: int
    text: str
    sentence_index: int
    speaker: Speaker | None
    cue: str | None
    cue_at: int  # where the speech tag's speaker phrase stands, for pronoun resolution
    paragraph: int
    resolved: Mention | None = None
    by_pronoun: bool = False  # the speech tag said "he" or "she", or none after a report: the name is earlier
