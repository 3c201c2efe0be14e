"""The story's opening, kept whole: the default ranking.

News puts its most important facts first, and on CNN/Daily Mail stories no download-free method
tried here beats the first sentences by more than noise (``benchmarks/tune_ranker.py`` measures each
departure from the lead by cross-validation). So the default is the lead over the cleaned body (the
parser has already set captions, bylines, datelines and page furniture aside), read in order with the
faithfulness rules of ``faithfulness``:

- a sentence that opens on a pronoun or connective is taken only when the sentence before it is, and
  the story's first sentence only when it does not open on a connective ("However", "But"; a pronoun
  there often points ahead: "They may not be aliens, but ...");
- a quotation running over several sentences is taken whole when it fits, else passed over;
- a sentence that repeats one already taken (pages often print a caption or a deck twice) is passed
  over, and counts as said for a sentence that leans on it.

Whatever the rules pass over, the next sentence of the story takes its place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .faithfulness import depends_on_previous, iter_quotation_groups, leans_on_nothing

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Lede:
    """What the lede passes over; each departure from the plain lead is measured by cross-validation."""

    faithful: bool = True  # dangling openers and half quotations
    opening: bool = True  # the first sentence too, when it opens on a connective ("However", "But")
    repeat: float = 0.9  # a sentence with this share of its words in one taken sentence repeats it (above 1: off)
    shortest: int = 0  # sentences with fewer words are passed over (0: off)


DEFAULT_LEDE = Lede()


def choose(texts: Sequence[str], paragraphs: Sequence[int], lengths: Sequence[int], count: int,
           words: int | None = None, rules: Lede = DEFAULT_LEDE) -> list[int]:
    """Indices of up to ``count`` sentences (and at most ``words`` words) from the start, in order."""
    total = len(texts)
    # Groups are read as the selection reaches them: it stops after a few sentences of a long story.
    groups = iter_quotation_groups(texts, paragraphs) if rules.faithful else iter([None] * total)
    known: list[tuple[int, int] | None] = []
    budget = float("inf") if words is None else float(words)
    chosen: list[int] = []
    taken: set[int] = set()  # chosen, or repeating a chosen sentence
    seen: list[frozenset[str]] = []
    index = 0
    while index < total and len(chosen) < count:
        while len(known) <= index:
            known.append(next(groups))
        group = known[index]
        members = list(range(group[0], group[1] + 1)) if group else [index]
        index = members[-1] + 1
        first = members[0]
        size = sum(lengths[m] for m in members)
        if len(chosen) + len(members) > count or size > budget:
            continue
        if rules.faithful and first > 0 and first - 1 not in taken and depends_on_previous(texts[first]):
            continue
        if rules.faithful and rules.opening and first == 0 and leans_on_nothing(texts[0]):
            continue
        if rules.shortest and all(lengths[m] < rules.shortest for m in members):
            continue
        bags = [_bag(texts[m]) for m in members]
        repeating = [m for m, bag in zip(members, bags, strict=True) if _repeats(bag, seen, rules.repeat)] \
            if rules.repeat <= 1.0 else []
        if repeating:
            # what a repeat says is in the summary: a sentence leaning on it may follow. The rest of its
            # quotation is not, so a sentence leaning on that part still may not.
            taken.update(repeating)
            continue
        chosen.extend(members)
        taken.update(members)
        seen.extend(bags)
        budget -= size
    return chosen


def _bag(text: str) -> frozenset[str]:
    if text.isascii():  # lower-casing ASCII changes no word boundary, so the text is lowered at once
        return frozenset(_WORD.findall(text.lower()))
    return frozenset(word.lower() for word in _WORD.findall(text))


def _repeats(bag: frozenset[str], seen: Sequence[frozenset[str]], share: float) -> bool:
    """True when ``bag`` shares at least ``share`` of its words with one of the ``seen`` sentences."""
    return bool(bag) and any(len(bag & other) >= share * len(bag) for other in seen)
