"""Faithfulness rules every extractive summary here keeps, after "Extractive is not Faithful" (Zhang,
Wan and Bansal, ACL 2023): a sentence that opens with a pronoun or connective ("He", "But", "That's
why") needs the sentence before it, and a quotation running over several sentences is taken whole or
not at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# Openers that make a sentence lean on the one before it (anaphora and discourse connectives).
_DEPENDENT_OPENERS = frozenset(
    """
    he she they it his her their its him them this these those that such
    but and or nor so yet also however still meanwhile instead moreover furthermore then thus therefore
    nevertheless nonetheless besides likewise similarly otherwise indeed hence later afterwards earlier
    """.split()
)
_DEPENDENT_PHRASES = re.compile(
    r"^(?:in addition|as a result|even so|on the other hand|at the same time|that's why|that is why|"
    r"because of this|despite this|after that|by contrast|in contrast|for (?:his|her|their|its) part)\b",
    re.IGNORECASE,
)
# "There were ..." points at nothing, and "This year", "That night" set a time, not an antecedent.
_TIME_WORDS = frozenset("year week month morning afternoon evening night day season weekend summer winter "
                        "spring autumn fall time".split())
_OPENING_MARKS = "\"'“‘«`([ "
_FIRST_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Quotation marks that open or close a quotation. Single marks double as apostrophes ("it’s"), so
# they count only at a word's edge: an opening mark at a word's start, a closing mark at its end
# ("players’ kit" closes a quotation that may not be open: harmless, it only shortens one).
# A lone mark in tokenised text ("a ' hot kiss '", "artists ' entrance") opens only after a colon
# or a comma and closes only after punctuation.
_QUOTE_MARKS = re.compile(
    r"(?P<open>[“«]|(?:^|(?<=[\s(\[—–-]))‘|(?:^|(?<=[(\[—–-])|(?<=[^,:]\s))'(?=[^\W\d_])|(?:^|(?<=[,:]\s))'(?=\s))"
    r"|(?P<close>[”»]|(?<=[.,!?;:…])[’']|(?<=[^\W_])[’'](?=[\s.,;:!?…)]|$))"
    r"|(?P<toggle>\")"
)
_QUOTE_CHARS = frozenset("“”«»‘’'\"")


def depends_on_previous(text: str) -> bool:
    """True when a sentence opens with a pronoun or connective that needs the sentence before it."""
    stripped = text.lstrip(_OPENING_MARKS)
    if _DEPENDENT_PHRASES.match(stripped):
        return True
    words = _FIRST_WORDS.findall(stripped[:40])
    if not words:
        return False
    first = words[0].lower().replace("’", "'")
    if first in ("that's", "it's", "he's", "she's", "they're"):
        return True
    if first not in _DEPENDENT_OPENERS:
        return False
    second = words[1].lower() if len(words) > 1 else ""
    return not (first in ("this", "that", "these", "those") and second in _TIME_WORDS)


@lru_cache(maxsize=8192)
def _marks(text: str) -> tuple[str, ...]:
    """The quotation marks of a sentence in order, as "open", "close" or "toggle"."""
    if not any(char in _QUOTE_CHARS for char in text):
        return ()
    return tuple(str(mark.lastgroup) for mark in _QUOTE_MARKS.finditer(text))


def quotes(text: str) -> bool:
    """True when a sentence carries a direct quotation (an opening mark or a straight double quote)."""
    return any(mark in ("open", "toggle") for mark in _marks(text))


def quotation_fragments(texts: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """For each sentence, True when it is part of a quotation that runs over several sentences.

    Quotation state carries from sentence to sentence within a paragraph: a sentence that starts
    inside an open quotation, or opens one it does not close, is half a quotation.
    """
    fragments: list[bool] = []
    open_quote = False
    previous_paragraph: int | None = None
    for text, paragraph in zip(texts, paragraphs, strict=True):
        if paragraph != previous_paragraph:
            open_quote = False  # a new paragraph re-opens a continuing quotation with its own mark
            previous_paragraph = paragraph
        starts_inside = open_quote
        open_quote = _quote_state_after(text, open_quote)
        fragments.append(starts_inside or open_quote)
    return fragments


def _quote_state_after(text: str, open_quote: bool) -> bool:
    """Whether a quotation is still open after ``text``, given whether one was open before it."""
    for mark in _marks(text):
        open_quote = (not open_quote) if mark == "toggle" else mark == "open"
    return open_quote


def quotation_groups(texts: Sequence[str], paragraphs: Sequence[int]) -> list[tuple[int, int] | None]:
    """For each sentence, the first and last sentence of the multi-sentence quotation it is part of, or None.

    A group runs from the sentence that opens a quotation it does not close to the sentence that closes
    it (or to the end of the paragraph, where a continuing quotation re-opens with its own mark).
    """
    fragments = quotation_fragments(texts, paragraphs)
    groups: list[tuple[int, int] | None] = [None] * len(texts)
    index = 0
    while index < len(texts):
        if not fragments[index]:
            index += 1
            continue
        first = index
        open_quote = _quote_state_after(texts[index], False)
        while open_quote and index + 1 < len(texts) and paragraphs[index + 1] == paragraphs[first]:
            index += 1
            open_quote = _quote_state_after(texts[index], open_quote)
        for member in range(first, index + 1):
            groups[member] = (first, index)
        index += 1
    return groups
