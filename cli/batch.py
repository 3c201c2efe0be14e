"""Summarising a batch of inputs, one after another or over several processes, results in input order.

Each input ends as an ``Outcome``: a summary, or the one-line message saying why there is none.
One bad input never stops the others.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from functools import partial

from summarizer.errors import SummarizerError
from summarizer.models import Options, Summary

from .inputs import STDIN, decode_source, display_name, read_bytes, read_source


@dataclass(frozen=True)
class Outcome:
    """What became of one input."""

    name: str
    summary: Summary | None = None
    error: str | None = None


@dataclass(frozen=True)
class Task:
    """One input to summarise. In a parallel batch the parent reads stdin and passes its bytes."""

    name: str
    options: Options
    limit: int
    data: bytes | None = None
    failure: str | None = None  # the input already failed while the parent read it


def summarize_task(task: Task) -> Outcome:
    """Read, decode and summarise one input; every failure becomes a one-line message."""
    from summarizer.core import summarize

    label = display_name(task.name)
    if task.failure is not None:
        return Outcome(label, error=task.failure)
    try:
        source = (
            decode_source(task.name, task.data)
            if task.data is not None
            else read_source(task.name, task.limit)
        )
        summary = summarize(source.text, task.options, source=source.name)
        if source.notes:
            summary = replace(summary, warnings=(*source.notes, *summary.warnings))
        return Outcome(label, summary=summary)
    except SummarizerError as error:
        message = str(error)
        return Outcome(label, error=message if message.startswith(label) else f"{label}: {message}")
    except MemoryError:
        return Outcome(label, error=f"{label}: not enough memory to summarise this input")
    except Exception as error:  # a defect, not bad input: one line instead of a traceback
        return Outcome(
            label, error=f"{label}: internal error ({type(error).__name__}: {error}); please report it"
        )


def worker_count(jobs: int, inputs: int) -> int:
    """``jobs`` processes (0 means one per CPU), never more than there are inputs."""
    wanted = jobs or os.cpu_count() or 1
    return max(1, min(wanted, inputs))


def _with_stdin_read(task: Task) -> Task:
    """Workers cannot read the parent's stdin: read it here and pass the bytes along."""
    if task.name != STDIN:
        return task
    try:
        return replace(task, data=read_bytes(STDIN, task.limit))
    except SummarizerError as error:
        return replace(task, failure=str(error))


def _gave_up(task: Task, reason: str) -> Outcome:
    label = display_name(task.name)
    return Outcome(label, error=f"{label}: {reason}")


def run_batch(
    tasks: list[Task],
    jobs: int = 1,
    on_done: Callable[[], None] | None = None,
    timeout: float | None = None,
) -> Generator[Outcome, None, None]:
    """Outcomes in input order, each yielded as soon as it and all before it are done.

    ``on_done`` is called whenever any input finishes, in whatever order (for a progress bar).
    With one worker everything runs in this process, reading each input only when its turn comes.
    ``timeout`` stops an input that takes longer than that many seconds; the batch goes on.
    """
    from summarizer.batch import warm_up
    from summarizer.pool import ordered_map

    workers = worker_count(jobs, len(tasks))
    prepared = tasks if workers == 1 else [_with_stdin_read(task) for task in tasks]
    options = tasks[0].options if tasks else None
    return ordered_map(summarize_task, prepared, _gave_up, jobs=workers, timeout=timeout, on_done=on_done,
                       prepare=partial(warm_up, options))
