"""Many articles at once: ``summarize_many`` yields one ``Result`` per record, in input order.

Errors are values: a record that cannot be summarised gives a result with ``error`` set, and the
stream goes on. The same function runs in one process, over several (``jobs``), or inside an engine
such as Dask or Spark, which calls it on each partition.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar, overload

from .errors import SummarizerError
from .models import SCHEMA_VERSION, Options, Summary
from .pool import ordered_map
from .records import DEFAULT_FIELDS, Fields, Record, RecordId, record_from_mapping

RecordLike = Record | str | Mapping[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class Result:
    """What became of one record: its summary, or the one-line reason there is none."""

    id: RecordId
    source: str | None
    summary: Summary | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.summary is not None

    def as_dict(self) -> dict[str, Any]:
        """The JSON Lines object: ``id`` and the summary's fields, or ``id``, ``source`` and ``error``."""
        if self.summary is None:
            return {"schema_version": SCHEMA_VERSION, "id": self.id, "source": self.source, "error": self.error}
        return {"schema_version": SCHEMA_VERSION, "id": self.id, **self.summary.as_dict()}


def as_record(value: RecordLike, fields: Fields = DEFAULT_FIELDS) -> Record:
    """A ``Record`` from a record, a plain text, or a mapping of field names (a parsed JSON line, a row)."""
    if isinstance(value, Record):
        return value
    if isinstance(value, str):
        return Record(text=value)
    return record_from_mapping(value, fields)


def summarize_record(record: Record, options: Options | None = None) -> Result:
    """Summarise one record; every failure becomes the result's one-line ``error``."""
    from .core import summarize

    if record.error is not None:
        return _failed(record, record.error)
    text = record.text if record.text and record.text.strip() else record.html
    if text is None or not text.strip():
        return _failed(record, "the text is empty")
    try:
        summary = summarize(text, options, source=record.source, title=record.title)
    except SummarizerError as error:
        return _failed(record, str(error))
    except RecursionError:
        return _failed(record, "the text is nested too deeply to read")
    except MemoryError:
        return _failed(record, "not enough memory to summarise this record")
    except Exception as error:  # a defect, not bad input: one line instead of a traceback
        return _failed(record, f"internal error ({type(error).__name__}: {error}); please report it")
    return Result(record.id, record.source, summary=summary)


def _failed(record: Record, reason: str) -> Result:
    label = record.label
    message = reason if reason.startswith(label) else f"{label}: {reason}"
    return Result(record.id, record.source, error=message)


WARM_UP_TEXT = "Council meets\n\nThe council met on Tuesday. \"We agree,\" the mayor said after the vote."


def warm_up(options: Options | None = None) -> None:
    """Load what summarising with ``options`` needs (the ranker, the language's models) by summarising
    a short text; a pool does this once before forking its workers, which then share it."""
    from .core import summarize

    with contextlib.suppress(Exception):  # each real input reports its own errors
        summarize(WARM_UP_TEXT, options)


def _as_is(result: Result) -> Result:
    return result


def _summarize_then(value: RecordLike, options: Options | None, fields: Fields, then: Callable[[Result], T]) -> T:
    return then(summarize_record(as_record(value, fields), options))


def _give_up_then(fields: Fields, then: Callable[[Result], T], value: RecordLike, reason: str) -> T:
    return then(_failed(as_record(value, fields), reason))


@overload
def summarize_many(
    records: Iterable[RecordLike],
    options: Options | None = None,
    jobs: int = 1,
    *,
    timeout: float | None = None,
    fields: Fields = DEFAULT_FIELDS,
    then: None = None,
) -> Generator[Result, None, None]: ...


@overload
def summarize_many(
    records: Iterable[RecordLike],
    options: Options | None = None,
    jobs: int = 1,
    *,
    timeout: float | None = None,
    fields: Fields = DEFAULT_FIELDS,
    then: Callable[[Result], T],
) -> Generator[T, None, None]: ...


def summarize_many(
    records: Iterable[RecordLike],
    options: Options | None = None,
    jobs: int = 1,
    *,
    timeout: float | None = None,
    fields: Fields = DEFAULT_FIELDS,
    then: Callable[[Result], Any] | None = None,
) -> Generator[Any, None, None]:
    """Summarise every record, yielding ``Result`` values in input order, as a generator.

    ``records`` may hold ``Record`` values, plain texts, or mappings (parsed JSON lines, CSV rows,
    Spark rows as dicts) read with ``fields``. ``jobs`` processes share the work (0: one per CPU).
    ``timeout`` stops a record that runs longer than that many seconds; it becomes an error result.
    Memory stays bounded however long ``records`` is: only a few chunks are read ahead.
    ``then``, if given, is applied to each result where it was made (in the worker process), and the
    generator yields what it returns: a JSON line, say, so that only that text travels back, not the
    summary (with several processes it must be picklable: a module-level function or a partial of one).
    """
    after = _as_is if then is None else then
    return ordered_map(
        partial(_summarize_then, options=options, fields=fields, then=after),
        records,
        partial(_give_up_then, fields, after),
        jobs=jobs,
        timeout=timeout,
        prepare=partial(warm_up, options),
    )
