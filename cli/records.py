"""``summarize --records ARCHIVE``: every record of an archive summarised, one result per record, in order.

Reading, the pool and the results are the library's (``read_records``, ``summarize_many``); this
module only writes them. JSON Lines gives one line per record keeping its ``id``, a failed record as
``{"id", "source", "error"}``; JSON streams the same objects as one array; the text forms name each
record in their headers. Nothing is kept once written, so memory does not grow with the archive.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from summarizer.batch import Result, summarize_many
from summarizer.models import Options, Summary
from summarizer.records import Fields, read_records

from . import output


class _DocumentWriter:
    """Result objects as JSON Lines, or as one JSON array written element by element."""

    def __init__(self, lines: bool) -> None:
        self.lines = lines
        self.written = 0

    def renderer(self) -> Callable[[dict[str, Any]], str]:
        """One result object as the text ``write`` takes: a JSON line, or an element of the array."""
        return output.json_document_line if self.lines else output.json_element

    def write(self, text: str) -> None:
        if self.lines:
            output.write_stdout(text)
        else:
            output.write_stdout(("[\n  " if not self.written else ",\n  ") + text)
        self.written += 1

    def close(self) -> None:
        if not self.lines:
            output.write_stdout("\n]\n" if self.written else "[]\n")


@dataclass(frozen=True)
class Written:
    """What the parent needs of one result: whether it failed, the lines to say on stderr, and the
    output rendered where the record was summarised (or the summary, for a writer that needs it)."""

    ok: bool
    messages: tuple[str, ...]
    text: str | None = None
    summary: Summary | None = None


def prepared(
    result: Result,
    document: Callable[[dict[str, Any]], str] | None,
    summary_text: Callable[[Summary], str] | None,
) -> Written:
    """A result made ready to write, in the worker that made it: ``document`` renders its JSON object,
    ``summary_text`` its summary (named by the record), and without either the summary is kept."""
    if result.summary is None:
        said: tuple[str, ...] = (result.error or f"{_label(result)}: failed",)
    else:
        said = tuple(f"{_label(result)}: warning: {warning}" for warning in result.summary.warnings)
    if document is not None:
        return Written(result.ok, said, text=document(result.as_dict()))
    if result.summary is None:
        return Written(False, said)
    named = replace(result.summary, source=_label(result))
    if summary_text is None:
        return Written(True, said, summary=named)
    return Written(True, said, text=summary_text(named))


def write_records(
    archive: str,
    fields: Fields,
    options: Options,
    writer: output.Writer | None,
    *,
    jobs: int,
    timeout: float | None,
    limit: int,
    lines: bool = True,
) -> bool:
    """Summarise and write every record; returns whether all of them were summarised.

    ``writer`` is the text, Markdown or panel writer; ``None`` writes JSON (Lines when ``lines``).
    Raises ``SummarizerError`` when the archive cannot be opened.
    """
    records = read_records(archive, fields, limit=limit)
    documents = None if writer is not None else _DocumentWriter(lines)
    ready = partial(prepared, document=documents.renderer() if documents is not None else None,
                    summary_text=writer.renderer() if writer is not None else None)
    failed = False
    count = 0
    messages = output.Messages(0)
    with contextlib.closing(summarize_many(records, options, jobs, timeout=timeout, fields=fields,
                                           then=ready)) as results:
        for result in results:
            count += 1
            failed |= not result.ok
            for line in result.messages:
                messages.say(line)
            if documents is not None and result.text is not None:
                documents.write(result.text)
            elif writer is not None and result.text is not None:
                writer.write_rendered(result.text)
            elif writer is not None and result.summary is not None:
                writer.write(result.summary)
    if documents is not None:
        documents.close()
    elif writer is not None:
        writer.close()
    if not count:  # an empty file, or a header alone: nothing was summarised, which a script must hear
        messages.say(f"{'stdin' if archive == '-' else archive}: the archive holds no records")
        return False
    return not failed


def _label(result: Result) -> str:
    return f"{result.source} (id {result.id})" if result.id is not None else str(result.source)
