"""Faithfulness rules every extractive summary here keeps, after "Extractive is not Faithful" (Zhang,
Wan and Bansal, ACL 2023): a sentence that opens with a pronoun or connective ("He", "But", "That's
why") needs the sentence before it, and a quotation running over several sentences is taken whole or
not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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
# A straight double quote opens before a word and closes after punctuation; elsewhere it toggles.
# A lone mark between spaces in tokenised text ("a ' hot kiss '", "wrote: ' i am not racist '.")
# cannot say which way it faces, so it toggles, as a straight double quote does.
# Every alternative starts at a mark: the lookahead first lets the scan pass over other characters
# without trying the lookbehinds at each position.
_QUOTE_MARKS = re.compile(
    r"(?=[“”«»‘’'\"])(?:(?P<open>[“«]|(?:^|(?<=[\s(\[—–-]))‘|(?:^|(?<=[(\[—–-])|(?<=[^,:]\s))'(?=[^\W\d_])"
    r"|(?:^|(?<=[\s(\[—–-]))\"(?=[^\W_]))"
    r"|(?P<close>[”»]|(?<=[.,!?;:…])[’']|(?<=[^\W_])[’'](?=[\s.,;:!?…)]|$)|(?<=[.,!?;:…])\"(?=\s|$))"
    r"|(?P<toggle>\"|(?:^|(?<=\s))'(?=[\s.,;:!?…)]|$)))"
)
_LONGEST_QUOTATION = 5  # sentences: marks further apart than this in one paragraph are not taken to pair
_QUOTE_CHAR = re.compile("[“”«»‘’'\"]")


# Pronouns a story may open on: "They may not be aliens, but ..." and "These two dogs have got talent"
# point ahead, at what the sentence goes on to say, as often as back.
_PRONOUNS = frozenset("he she they it his her their its him them this these those that such".split())


def leans_on_nothing(text: str) -> bool:
    """True when a story's first sentence opens on a connective ("However", "But", "In addition"): it
    answers a sentence the text does not have (a story whose opening was cut off)."""
    if not depends_on_previous(text):
        return False
    words = _FIRST_WORDS.findall(text.lstrip(_OPENING_MARKS)[:40])
    return bool(words) and words[0].lower().replace("’", "'").split("'")[0] not in _PRONOUNS


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


def _marks(text: str) -> tuple[str, ...]:
    """The quotation marks of a sentence in order, as "open", "close" or "toggle"."""
    if not _QUOTE_CHAR.search(text):
        return ()
    return tuple(str(mark.lastgroup) for mark in _QUOTE_MARKS.finditer(text))


def quotes(text: str) -> bool:
    """True when a sentence carries a direct quotation (an opening mark or a straight double quote)."""
    return any(mark in ("open", "toggle") for mark in _marks(text))


def quotation_fragments(texts: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """For each sentence, True when it is part of a quotation that runs over several sentences.

    Quotation state carries from sentence to sentence within a paragraph: a sentence that starts
    inside an open quotation, or opens one it does not close, is half a quotation (``quotation_groups``
    says which marks pair).
    """
    return [group is not None for group in quotation_groups(texts, paragraphs)]


# A lone mark after a sentence's final stop, where tokenised text leaves the mark that opens the next
# sentence's quotation (``... in bangladesh. '`` + ``everyone saw ...``).
_TRAILING_MARK = re.compile(r"(?<=[.!?…])\s+'$")


def _quotation_states(texts: Sequence[str], paragraphs: Sequence[int]) -> Iterator[tuple[bool, bool]]:
    """Per sentence, in order: whether it starts inside a quotation, and whether it leaves one open."""
    open_quote = carried = False
    previous_paragraph: int | None = None
    for text, paragraph in zip(texts, paragraphs, strict=True):
        if paragraph != previous_paragraph:
            open_quote = carried = False  # a new paragraph re-opens a continuing quotation with its own mark
            previous_paragraph = paragraph
        starts_inside = open_quote and not carried  # a carried mark opens this sentence's own quotation
        trailing = _TRAILING_MARK.search(text) if text.endswith("'") else None
        open_quote = _quote_state_after(text[: trailing.start()] if trailing else text, open_quote)
        carried = bool(trailing) and not open_quote  # the mark opens the next sentence's quotation
        yield starts_inside, open_quote
        if trailing:
            open_quote = carried


def _quote_state_after(text: str, open_quote: bool) -> bool:
    """Whether a quotation is still open after ``text``, given whether one was open before it."""
    for mark in _marks(text):
        open_quote = (not open_quote) if mark == "toggle" else mark == "open"
    return open_quote


def quotation_groups(texts: Sequence[str], paragraphs: Sequence[int]) -> list[tuple[int, int] | None]:
    """For each sentence, the first and last sentence of the multi-sentence quotation it is part of, or None.

    A group runs from the sentence that opens a quotation it does not close to the sentence that closes
    it (or to the end of the paragraph, where a continuing quotation re-opens with its own mark). Marks
    more than ``_LONGEST_QUOTATION`` sentences apart are taken not to pair (a stray mark or a tokenised
    possessive in text that has lost its paragraph breaks would otherwise make much of the story one
    quotation), and those sentences form no group.
    """
    return list(iter_quotation_groups(texts, paragraphs))


def iter_quotation_groups(texts: Sequence[str], paragraphs: Sequence[int]) -> Iterator[tuple[int, int] | None]:
    """``quotation_groups`` one sentence at a time, reading each sentence's marks only when its group is
    asked for: a selection from the story's start stops after a few sentences."""
    states = _quotation_states(texts, paragraphs)
    read: list[tuple[bool, bool]] = []

    def state(position: int) -> tuple[bool, bool]:
        while len(read) <= position:
            read.append(next(states))
        return read[position]

    index = 0
    while index < len(texts):
        if not any(state(index)):
            yield None
            index += 1
            continue
        first = index
        # The quotation goes on while a sentence leaves it open and the paragraph goes on.
        while state(index)[1] and index + 1 < len(texts) and paragraphs[index + 1] == paragraphs[first]:
            index += 1
        group = (first, index) if index - first + 1 <= _LONGEST_QUOTATION else None
        for _ in range(first, index + 1):
            yield group
        index += 1
