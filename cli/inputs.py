"""Reading the articles named on the command line: files, ``-`` for stdin, with a size limit."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from summarizer.decoding import decode
from summarizer.errors import EmptyArticleError, InputTooLargeError, SummarizerError

STDIN = "-"


class InputError(SummarizerError):
    """A source that cannot be read: missing, a directory, unreadable."""


@dataclass(frozen=True)
class Source:
    """One input: the name the user gave, and its decoded text."""

    name: str
    text: str


def _read_limited(stream_name: str, handle: object, limit: int) -> bytes:
    data: bytes = handle.read(limit + 1)  # type: ignore[attr-defined]
    if len(data) > limit:
        raise InputTooLargeError(
            f"{stream_name}: larger than the {limit // 1_000_000} MB limit (raise it with --max-mb)"
        )
    return data


def read_source(name: str, limit: int) -> Source:
    """Read and decode one input. Raises ``SummarizerError`` subclasses with a one-line message."""
    if name == STDIN:
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("stdin: standard input is closed")
        data = _read_limited("stdin", sys.stdin.buffer, limit)
        label = "stdin"
    else:
        path = Path(name)
        try:
            with path.open("rb") as handle:
                data = _read_limited(name, handle, limit)
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{name}: is a directory, not a file") from None
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as error:
            raise InputError(f"{name}: cannot be read ({error.strerror or error})") from None
        label = name
    try:
        text = decode(data)
    except SummarizerError as error:
        raise type(error)(f"{label}: {error}") from None
    if not text.strip():
        raise EmptyArticleError(f"{label}: the input is empty")
    return Source(label, text)
