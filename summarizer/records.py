"""Archives of articles as records: JSON Lines (also gzipped), CSV with a header, or standard input.

Reading streams: one line or row at a time, so memory does not grow with the archive. A line that
cannot be read becomes a ``Record`` carrying an ``error`` that names its line number, and reading goes
on with the next one; nothing here raises for bad content, only for an archive that cannot be opened.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import sys
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import SummarizerError
from .reading.files import open_file

STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
DEFAULT_LIMIT = 10_000_000  # bytes in one line or field, as for a single input

RecordId = str | int | None


class RecordsError(SummarizerError):
    """An archive that cannot be opened or read at all."""


@dataclass(frozen=True)
class Fields:
    """Which field of a record holds what. A record needs a text or an HTML field; the rest is optional."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    id: str = "id"
    title: str = "title"


DEFAULT_FIELDS = Fields()


@dataclass(frozen=True)
class Record:
    """One article of an archive: its text (or page HTML) and what the archive says about it.

    ``origin`` says where it was read ("archive.jsonl:12"). A record that could not be read has
    ``error`` set and is passed through as a failed result, keeping its place in the output.
    """

    text: str | None = None
    html: str | None = None
    id: RecordId = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None
    error: str | None = None

    @property
    def label(self) -> str:
        """How messages name the record: where it was read and its id."""
        where = self.origin or (self.url or "record")
        return where if self.id is None else f"{where} (id {self.id})"

    @property
    def source(self) -> str | None:
        """What a result gives as its source: the record's URL, else where it was read."""
        return self.url or self.origin


def _identifier(value: object) -> RecordId:
    """An id as the archive wrote it: strings and integers stay as they are, anything else as its JSON."""
    if value is None or isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return json.dumps(value, ensure_ascii=False)


def _optional_text(mapping: Mapping[str, Any], name: str) -> str | None:
    value = mapping.get(name)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"the '{name}' field is not text")


def record_from_mapping(
    mapping: Mapping[str, Any], fields: Fields = DEFAULT_FIELDS, origin: str | None = None
) -> Record:
    """A ``Record`` from one parsed line or row (a dict from JSON, CSV, a DataFrame, a Spark row)."""
    identifier = _identifier(mapping.get(fields.id))
    try:
        text = _optional_text(mapping, fields.text)
        html = _optional_text(mapping, fields.html)
        url = _optional_text(mapping, fields.url)
        title = _optional_text(mapping, fields.title)
    except TypeError as error:
        return Record(id=identifier, origin=origin, error=str(error))
    if text is None and html is None:
        return Record(id=identifier, origin=origin, url=url,
                      error=f"the record has no '{fields.text}' or '{fields.html}' field")
    return Record(text=text, html=html, id=identifier, url=url, title=title or None, origin=origin)


def _where(name: str | None, line: int) -> str:
    return f"{name}:{line}" if name else f"line {line}"


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; ``None`` for a line over ``limit`` bytes, which is skipped unread."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # the rest of the long line, in bounded pieces
                line = handle.readline(limit + 1)
            yield number, None
            continue
        yield number, line


def parse_json_lines(
    lines: Iterable[str | bytes], fields: Fields = DEFAULT_FIELDS, name: str | None = None, *, first_line: int = 1
) -> Iterator[Record]:
    """Records from JSON Lines, one per non-blank line; a line that is not a JSON object is an error record.

    ``lines`` may be any iterable of lines: an open file, ``dask.bag.read_text``'s partition, a list.
    """
    for number, line in enumerate(lines, start=first_line):
        record = _json_record(number, line, fields, name)
        if record is not _BLANK:
            yield record


def _json_record(number: int, line: str | bytes | None, fields: Fields, name: str | None,
                 limit: int = DEFAULT_LIMIT) -> Record:
    where = _where(name, number)
    if line is None:
        return Record(origin=where, error=f"the line is longer than the {limit / 1e6:g} MB limit")
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            return Record(origin=where, error="the line is not valid UTF-8")
    if not line.strip():
        return _BLANK
    try:
        value = json.loads(line.rstrip("\r\n"))
    except (json.JSONDecodeError, RecursionError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
        return Record(origin=where, error=f"not valid JSON ({reason})")
    if not isinstance(value, dict):
        return Record(origin=where, error="not a JSON object")
    return record_from_mapping(value, fields, where)


_BLANK = Record(error="")  # a blank line: skipped, not an error


def _open(name: str | Path) -> IO[bytes]:
    if str(name) == STDIN:
        stream = sys.stdin
        if stream is None or stream.closed:
            raise RecordsError("stdin: standard input is closed")
        return stream.buffer
    return open_file(str(name), RecordsError)


def _peek(handle: IO[bytes], size: int) -> tuple[bytes, IO[bytes]]:
    """The first bytes of a stream that may not seek, and a stream that still starts with them."""
    buffered = handle if isinstance(handle, io.BufferedReader) else io.BufferedReader(handle)  # type: ignore[type-var]
    return buffered.peek(size)[:size], buffered


def read_records(
    name: str | Path,
    fields: Fields = DEFAULT_FIELDS,
    *,
    kind: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Generator[Record, None, None]:
    """Stream the records of an archive file, or of standard input for ``-``.

    ``kind`` is ``"jsonl"`` or ``"csv"``; by default the name decides (``.csv``, ``.csv.gz`` are CSV,
    anything else JSON Lines), and for stdin the first character (``{`` is JSON Lines). Gzip is
    recognised by its first bytes, whatever the name. ``limit`` bounds one line (JSON Lines) or one
    field (CSV) in bytes. Opening errors raise ``RecordsError`` at once; bad lines are error records.
    """
    label = "stdin" if str(name) == STDIN else str(name)
    handle = _open(name)
    try:
        start, handle = _peek(handle, 2)
        if start == GZIP_MAGIC:
            handle = gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[assignment]
        if kind is None:
            kind = _guess_kind(label, handle)
    except OSError as error:
        handle.close()
        raise RecordsError(f"{label}: cannot be read ({error})") from None
    if kind not in ("jsonl", "csv"):
        handle.close()
        raise ValueError(f"kind must be 'jsonl' or 'csv', not {kind!r}")
    return _stream(handle, label, fields, kind, limit, close=str(name) != STDIN)


def _guess_kind(label: str, handle: IO[bytes]) -> str:
    lowered = label.lower().removesuffix(".gz")
    if lowered.endswith((".csv", ".tsv")):
        return "csv"
    if label != "stdin":
        return "jsonl"
    head = handle.peek(256)[:256].lstrip(codecs.BOM_UTF8).lstrip()  # type: ignore[attr-defined]
    return "csv" if head and not head.startswith(b"{") else "jsonl"


def _stream(
    handle: IO[bytes], label: str, fields: Fields, kind: str, limit: int, *, close: bool
) -> Generator[Record, None, None]:
    try:
        if kind == "csv":
            yield from _csv_records(handle, label, fields, limit)
        else:
            number = 0
            try:
                for number, line in _lines(handle, limit):
                    record = _json_record(number, line, fields, label, limit)
                    if record is not _BLANK:
                        yield record
            except (OSError, EOFError) as error:  # a damaged or truncated gzip stream
                where = _where(label, number + 1)
                yield Record(origin=where, error=f"the archive cannot be read further ({_reason(error)})")
    finally:
        if close:
            handle.close()


def _reason(error: BaseException) -> str:
    if isinstance(error, EOFError):
        return "it ends too early"
    return str(error) or type(error).__name__


def _csv_records(handle: IO[bytes], label: str, fields: Fields, limit: int) -> Iterator[Record]:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="strict", newline="")
    # A field may hold a whole article, far beyond csv's default of 128 KB.
    csv.field_size_limit(max(csv.field_size_limit(), limit))
    delimiter = "\t" if label.lower().removesuffix(".gz").endswith(".tsv") else ","
    # strict: a quoted field left open at the end, or a quotation mark followed by more text, is an error
    # for that row, not a field read on to the end of the archive.
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    previous = 0  # physical line where the last row ended
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as error:
        yield Record(origin=_where(label, 1), error=f"the header cannot be read ({error})")
        return
    if header is None:
        return
    columns = [column.strip() for column in header]
    if fields.text not in columns and fields.html not in columns:
        where = _where(label, 1)
        yield Record(origin=where,
                     error=f"the header has no '{fields.text}' or '{fields.html}' column")
        return
    previous = reader.line_num
    while True:
        start = previous + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError, OSError, EOFError) as error:
            where = _where(label, start)
            yield Record(origin=where, error=f"{_csv_reason(error)}")
            if isinstance(error, (UnicodeDecodeError, OSError, EOFError)):
                return  # the decoder's or the decompressor's position is lost
            previous = reader.line_num
            continue
        previous = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        where = _where(label, start)
        if len(row) > len(columns):
            yield Record(origin=where, error=f"{len(row)} fields where the header has {len(columns)}")
            continue
        record = record_from_mapping(dict(zip(columns, row, strict=False)), fields, where)
        if not record.error and any(value is not None and len(value) > limit for value in (record.text, record.html)):
            record = Record(id=record.id, origin=where, error="the text is longer than the limit")
        yield record


def _csv_reason(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "not valid UTF-8; the rest of the archive cannot be read"
    if isinstance(error, (OSError, EOFError)):
        return f"the archive cannot be read further ({_reason(error)})"
    return f"not valid CSV ({error})"
