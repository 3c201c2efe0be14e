"""Text from inputs made safe for a terminal: control, escape and bidi characters shown, not obeyed.

An article or a file name can hold ``ESC ] 0 ; title BEL`` (which retitles the window), ``ESC [ 2 J``
(which clears the screen) or U+202E (which reverses what follows, so "txt.exe" shows as "exe.txt").
On a terminal and in one-line messages each such character is written as a visible escape
(``\\x1b``, ``\\u202e``); JSON keeps the text and escapes it the way JSON does.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from summarizer.models import Article

# Named so that a test can check each class; every character listed here is shown as an escape.
UNSAFE_CLASSES: dict[str, str] = {
    "C0 controls but tab and newline": "\x00-\x08\x0b-\x1f",
    "DEL and the C1 controls (0x9b is a one-byte CSI)": "\x7f-\x9f",
    "bidi marks and overrides": "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069",
    "line and paragraph separators": "\u2028\u2029",
}
_UNSAFE = re.compile("[" + "".join(UNSAFE_CLASSES.values()) + "]")
_UNSAFE_IN_A_LINE = re.compile("[\t\n" + "".join(UNSAFE_CLASSES.values()) + "]")

T = TypeVar("T")
# Not shown on a terminal, and the article's word count is taken from them: left as they are.
_KEPT: dict[type, frozenset[str]] = {Article: frozenset({"text", "sentences"})}


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """``text`` with every control, escape and bidi character written as a visible escape; lines kept."""
    return _UNSAFE.sub(_visible, text)


def for_line(text: str) -> str:
    """Like ``for_terminal``, and newlines and tabs escaped too: a message stays one line."""
    return _UNSAFE_IN_A_LINE.sub(_visible, text)


def needs_escaping(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def escaped(record: T) -> T:
    """A copy of a frozen record (a ``Summary`` and all it holds) with every string made terminal-safe.

    Walks the dataclass fields, so a field added to the records later is covered as well. Records
    without anything to escape are returned as they are.
    """
    return _escape(record)  # type: ignore[no-any-return]


def _escape(value: Any) -> Any:
    if isinstance(value, str):
        return for_terminal(value) if _UNSAFE.search(value) else value
    if isinstance(value, tuple):
        items = tuple(_escape(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        kept = _KEPT.get(type(value), frozenset())
        for field in dataclasses.fields(value):
            if field.name in kept:
                continue
            old = getattr(value, field.name)
            new = _escape(old)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
