"""Quotation marks as structure: where each quotation opens and closes, in every common typographic style.

Curly (“ ”), straight ("), two apostrophes ('' and ``), British single (‘ ’), guillemets (« » and » «,
with or without French spacing), single guillemets (‹ ›), German („ “) and corner brackets (「 」).
A closing mark typed where an opening one belongs (”Yes,” she said) still opens. A quotation runs over
several paragraphs when each of them reopens it; one never closed ends with its sentence.
One scan over the marks, so the work is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .body import Body

_MARK = re.compile(r"''|``|[\"“”„«»‘’'‹›「」]")
# The same marks, and a lone backtick, for a search that opens with a class of characters: the search then
# skips the text between marks at once, where ``_MARK`` is tried at every position.
_MARK_OR_BACKTICK = re.compile(r"[\"“”„«»‘’'‹›「」`](?:(?<=')'|(?<=`)`)?")
_SINGLE_CLOSER = re.compile(r"[’']")
# For each opening mark, the marks that close it.
DOUBLE_FAMILIES: dict[str, tuple[str, ...]] = {
    "“": ("”", "\"", "“"),
    "”": ("”", "\"", "“"),  # an opening mark typed the wrong way: ”Yes,” she said
    "„": ("“", "”"),
    "«": ("»",),
    "»": ("«",),
    "‹": ("›",),
    "›": ("‹",),
    "「": ("」",),
    "\"": ("\"", "”"),
    "''": ("''", "”", "\""),
    "``": ("''",),
}
# Marks that may stand apart from their words by a space: « Oui », the French style.
_SPACED = frozenset("«»‹›")
# Marks that open a quotation only where a word could start.
_AMBIGUOUS_OPENERS = frozenset(("\"", "''", "»", "›", "”"))
_OPEN_BEFORE = set(" \t\n\u00a0\u202f([{—–―-/:;") | {""}
_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|(?![\w’'‘]))")
# A single-quoted span longer than this is an apostrophe mistaken for a quotation mark.
_MAX_SINGLE = 1500


@dataclass(frozen=True)
class Span:
    """A quotation: its content ranges (one per paragraph), where its mark opens, and whether it closed."""

    pieces: tuple[tuple[int, int], ...]
    open_mark: int
    close_end: int  # just after the closing mark, or the end of the content when unclosed
    closed: bool


def _single_closes(text: str, position: int) -> bool:
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if before.isspace() or after.isalnum():
        return False
    # "the voters’ concerns": a plural possessive, not the end of a quotation.
    return not (before == "s" and after == " " and text[position + 2: position + 3].islower())


def _trimmed(text: str, pieces: list[tuple[int, int]], open_mark: int, close_end: int,
             closed: bool) -> Span | None:
    kept = []
    for start, end in pieces:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        tail = len(chunk.rstrip(" \n\t\u00a0\u202f,;:—–―-"))
        if tail > lead:
            kept.append((start + lead, start + tail))
    return Span(tuple(kept), open_mark, close_end, closed) if kept else None


def _unclosed(body: Body, pieces: list[tuple[int, int]], open_mark: int, content_start: int,
              limit: int) -> Span | None:
    """An opening mark never closed: the quotation ends with its sentence, never later."""
    if pieces:
        # It ran over paragraphs that each reopened it: it ends with the last of them.
        return _trimmed(body.text, [*pieces, (content_start, limit)], open_mark, limit, closed=False)
    sentence = body.sentence_at(content_start)
    opens_paragraph = sentence.start >= open_mark - 1 and (
        sentence.index == 0 or body.sentences[sentence.index - 1].paragraph != sentence.paragraph)
    # A paragraph that opens with a quotation mark is that quotation; elsewhere it ends with its sentence.
    end = limit if opens_paragraph else min(sentence.end, limit)
    if end <= content_start:
        return None
    return _trimmed(body.text, [(content_start, end)], open_mark, end, closed=False)


def _word_follows(text: str, position: int, high: int, spaced: bool) -> bool:
    """True when a word starts at ``position`` (after one space where the mark allows French spacing)."""
    if position >= high:
        return False
    char = text[position]
    if spaced and char in " \u00a0\u202f" and position + 1 < high:
        char = text[position + 1]
    return not char.isspace()


def scan(body: Body) -> list[Span]:  # noqa: PLR0915 - one state machine over the marks, kept whole
    """Every quotation in the body, in order: paired marks, multi-paragraph runs, unbalanced marks."""
    text = body.text
    # Where single quotations may close: found on the first single opening mark (most articles have none,
    # and many apostrophes), then kept for the rest of the article.
    closers: list[int] | None = None
    spans: list[Span | None] = []
    paragraphs = body.paragraphs
    opener: str | None = None
    open_mark = content_start = 0
    pieces: list[tuple[int, int]] = []
    for number, (_, low, high) in enumerate(paragraphs):
        skip_until = low
        if opener is not None:
            # A quotation left open continues only if this paragraph reopens it.
            reopen = _MARK.match(text, low)
            if reopen and reopen.group(0) in (opener, *DOUBLE_FAMILIES[opener][-1:]) \
                    and reopen.group(0) in DOUBLE_FAMILIES:
                pieces.append((content_start, paragraphs[number - 1][2]))
                content_start = reopen.end()
                skip_until = reopen.end()
            else:
                spans.append(_unclosed(body, pieces, open_mark, content_start, paragraphs[number - 1][2]))
                opener, pieces = None, []
        for match in _MARK_OR_BACKTICK.finditer(text, low, high):
            mark = match.group(0)
            if mark == "`":
                continue  # a lone backtick is no mark
            at = match.start()
            if at < skip_until:
                continue
            before = text[at - 1] if low < at else ""
            after = text[match.end()] if match.end() < high else ""
            opens = before in _OPEN_BEFORE or (before in "“„«\"‘'" and not after.isspace())
            if opener is None:
                if mark in ("‘", "'"):
                    if _ELIDED_YEAR.match(text, match.end()):
                        continue  # "in ‘08", "the '90s": an apostrophe for the century
                    if opens and after and not after.isspace():
                        if closers is None:
                            closers = _single_closers(text)
                        close = _single_close(closers, match.end(), high)
                        if close is not None:
                            spans.append(_trimmed(text, [(match.end(), close)], at, close + 1, closed=True))
                            skip_until = close + 1
                    continue
                if mark not in DOUBLE_FAMILIES or not _word_follows(text, match.end(), high, mark in _SPACED):
                    continue
                if mark in _AMBIGUOUS_OPENERS and not (before in _OPEN_BEFORE or not before.isalnum()):
                    continue
                if mark == "”" and before not in _OPEN_BEFORE:
                    continue
                opener, open_mark, content_start, pieces = mark, at, match.end(), []
                continue
            if mark not in DOUBLE_FAMILIES[opener]:
                continue  # a nested single quotation or an apostrophe
            looks_open = (before.isspace() or before == "") and mark not in _SPACED
            if mark in DOUBLE_FAMILIES and looks_open and after and not after.isspace():
                # An opening mark while a quotation is open: the earlier one was never closed.
                spans.append(_unclosed(body, pieces, open_mark, content_start, at))
                opener, open_mark, content_start, pieces = mark, at, match.end(), []
                continue
            if mark == "''" and text.startswith("'", match.end()):
                # ''the 'fair' way,''' she said: the nested single quotation closes first.
                spans.append(_trimmed(text, [*pieces, (content_start, at + 1)], open_mark, match.end() + 1,
                                      closed=True))
                opener, pieces, skip_until = None, [], match.end() + 1
                continue
            spans.append(_trimmed(text, [*pieces, (content_start, at)], open_mark, match.end(), closed=True))
            opener, pieces = None, []
    if opener is not None and paragraphs:
        spans.append(_unclosed(body, pieces, open_mark, content_start, paragraphs[-1][2]))
    return [span for span in spans if span is not None]


def _single_closers(text: str) -> list[int]:
    """Every position of ``text`` where a single quotation may close, in order."""
    return [m.start() for m in _SINGLE_CLOSER.finditer(text) if _single_closes(text, m.start())]


def _single_close(closers: list[int], start: int, limit: int) -> int | None:
    index = bisect_left(closers, start + 1)
    if index < len(closers):
        close = closers[index]
        if close < limit and close - start <= _MAX_SINGLE:
            return close
    return None


_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as vs".split())


def title_case(words: list[str]) -> bool:
    """Every word but the small ones capitalised: "Good Morning America", "The Art of the Deal"."""
    letters = [w.strip("“”\"‘’'.,:;!?()") for w in words]
    letters = [w for w in letters if w and any(ch.isalpha() for ch in w)]
    content = [
        w for w in letters[1:] if w.lower() not in _TITLE_SMALL_WORDS and w not in ("I", "I’m", "I'm")
    ]
    return bool(content) and all(w[:1].isupper() for w in content) and letters[0][:1].isupper()


def looks_like_title(text: str) -> bool:
    """A few words in Title Case that do not end like speech: a book, a film, a show, a slogan."""
    words = text.split()
    ends_like_speech = text.rstrip("”\"’'").endswith(("!", "?", "."))
    return 2 <= len(words) <= 8 and title_case(words) and not ends_like_speech
