"""``summarize --records ARCHIVE``: every record of an archive summarised, one result per record, in order.

Reading, the pool and the results are the library's (``read_records``, ``summarize_many``); this
module only writes them. JSON Lines gives one line per record keeping its ``id``, a failed record as
``{"id", "source", "error"}``; JSON streams the same objects as one array; the text forms name each
record in their headers. Nothing is kept once written, so memory does not grow with the archive.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import Any

from summarizer.batch import Result, summarize_many
from summarizer.models import Options
from summarizer.records import Fields, read_records

from . import output, render


class _DocumentWriter:
    """Result objects as JSON Lines, or as one JSON array written element by element."""

    def __init__(self, lines: bool) -> None:
        self.lines = lines
        self.written = 0

    def write(self, document: dict[str, Any]) -> None:
        if self.lines:
            output.write_stdout(render.json_summary_dict(document, indent=None) + "\n")
        else:
            element = render.json_summary_dict(document, indent=2).replace("\n", "\n  ")
            output.write_stdout(("[\n  " if not self.written else ",\n  ") + element)
        self.written += 1

    def close(self) -> None:
        if not self.lines:
            output.write_stdout("\n]\n" if self.written else "[]\n")


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
    failed = False
    count = 0
    messages = output.Messages(0)
    with contextlib.closing(summarize_many(records, options, jobs, timeout=timeout, fields=fields)) as results:
        for result in results:
            count += 1
            failed |= not result.ok
            _say(messages, result)
            if documents is not None:
                documents.write(result.as_dict())
            elif writer is not None and result.summary is not None:
                writer.write(replace(result.summary, source=_label(result)))
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


def _say(messages: output.Messages, result: Result) -> None:
    if result.summary is None:
        messages.say(result.error or f"{_label(result)}: failed")
        return
    for warning in result.summary.warnings:
        messages.say(f"{_label(result)}: warning: {warning}")
