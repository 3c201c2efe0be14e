"""Reading the articles named on the command line: files, ``-`` for stdin, with a size limit."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import BinaryIO

from summarizer.errors import EmptyArticleError, InputTooLargeError, SummarizerError
from summarizer.reading.decoding import decode_bytes
from summarizer.reading.files import is_url, open_file

STDIN = "-"
MEGABYTE = 1_000_000


class InputError(SummarizerError):
    """A source that cannot be read: missing, a directory, unreadable."""


@dataclass(frozen=True)
class Source:
    """One input: the name it is reported under, and its decoded text."""

    name: str
    text: str
    notes: tuple[str, ...] = ()  # what the reader should know about how the input was read


def display_name(name: str) -> str:
    return "stdin" if name == STDIN else name


CHUNK = 1 << 20


def _read_limited(label: str, handle: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes; one byte more proves the input is too large without reading it all.

    Read in chunks: a generous limit must not reserve its whole size in memory up front.
    """
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = handle.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise InputTooLargeError(
            f"{label}: larger than the {limit / MEGABYTE:g} MB limit (raise it with --max-mb)"
        )
    return data


def read_bytes(name: str, limit: int) -> bytes:
    """The raw bytes of one input. Raises ``SummarizerError`` subclasses with a one-line message."""
    if name == STDIN:
        stream = sys.stdin
        if stream is None or stream.closed:
            raise InputError("stdin: standard input is closed")
        try:
            return _read_limited("stdin", stream.buffer, limit)
        except OSError as error:  # a closed descriptor 0 shows up only when read
            raise InputError(f"stdin: cannot be read ({error.strerror or error})") from None
    with open_file(name, InputError) as handle:
        try:
            return _read_limited(name, handle, limit)
        except OSError as error:
            raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None


def decode_source(name: str, data: bytes) -> Source:
    """Decoded text of one input; empty or binary input is refused with the input's name."""
    label = display_name(name)
    try:
        decoded = decode_bytes(data)
    except SummarizerError as error:
        raise type(error)(f"{label}: {error}") from None
    if not decoded.text.strip():
        raise EmptyArticleError(f"{label}: the input is empty")
    if decoded.replaced:
        notes: tuple[str, ...] = (
            f"the input is not valid UTF-8; {decoded.replaced} byte sequence{'s' * (decoded.replaced != 1)} "
            "could not be read and show as U+FFFD (\ufffd)",
        )
    elif decoded.guessed:
        notes = (f"the input is not valid UTF-8; read it as {decoded.encoding}",)
    else:
        notes = ()
    return Source(label, decoded.text, notes)


def read_source(name: str, limit: int) -> Source:
    """Read and decode one input; a name starting with http:// or https:// (in any case) is fetched."""
    if is_url(name):
        from summarizer.reading.fetch import fetch, page_text

        page = fetch(name, limit=limit)
        text = page_text(page)
        return decode_source(name, page.body) if text is None else Source(name, text)
    return decode_source(name, read_bytes(name, limit))
