"""Summarising a batch of inputs, one after another or over several processes, results in input order.

Each input ends as an ``Outcome``: its output, rendered where it was summarised, or the one-line
message saying why there is none. One bad input never stops the others.

Over several processes each worker reads its own files and renders its own output, so that only a
file name goes out to it and only the text to write (a JSON line, a plain-text summary) comes back:
the parent writes, it does no per-article work a worker could do.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from functools import partial

from summarizer.errors import SummarizerError
from summarizer.models import Options, Summary

from .inputs import STDIN, decode_source, display_name, read_bytes, read_source

Render = Callable[[Summary], str]


@dataclass(frozen=True)
class Outcome:
    """What became of one input: its rendered ``text`` (or its ``summary``, where no renderer was
    given), the warnings to say about it, or the ``error`` that stopped it."""

    name: str
    summary: Summary | None = None
    error: str | None = None
    text: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Task:
    """One input to summarise. In a parallel batch the parent reads stdin and passes its bytes."""

    name: str
    data: bytes | None = None
    failure: str | None = None  # the input already failed while the parent read it


def summarize_task(item: Task | str, options: Options, limit: int, render: Render | None = None) -> Outcome:
    """Read, decode and summarise one input (a file name or URL, or a ``Task``), and render it with
    ``render`` if given; every failure becomes a one-line message."""
    from summarizer.core import summarize

    task = Task(item) if isinstance(item, str) else item
    label = display_name(task.name)
    if task.failure is not None:
        return Outcome(label, error=task.failure)
    try:
        source = (
            decode_source(task.name, task.data)
            if task.data is not None
            else read_source(task.name, limit)
        )
        summary = summarize(source.text, options, source=source.name)
        if source.notes:
            summary = replace(summary, warnings=(*source.notes, *summary.warnings))
        if render is None:
            return Outcome(label, summary=summary, warnings=summary.warnings)
        return Outcome(label, text=render(summary), warnings=summary.warnings)
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


def _with_stdin_read(name: str, limit: int) -> Task | str:
    """Workers cannot read the parent's stdin: read it here and pass the bytes along."""
    if name != STDIN:
        return name
    try:
        return Task(name, data=read_bytes(STDIN, limit))
    except SummarizerError as error:
        return Task(name, failure=str(error))


def _gave_up(item: Task | str, reason: str) -> Outcome:
    label = display_name(item if isinstance(item, str) else item.name)
    return Outcome(label, error=f"{label}: {reason}")


def run_batch(
    names: list[str],
    options: Options,
    limit: int,
    jobs: int = 1,
    on_done: Callable[[], None] | None = None,
    timeout: float | None = None,
    render: Render | None = None,
) -> Generator[Outcome, None, None]:
    """Outcomes in input order, each yielded as soon as it and all before it are done.

    ``on_done`` is called whenever any input finishes, in whatever order (for a progress bar).
    With one worker everything runs in this process, reading each input only when its turn comes.
    ``timeout`` stops an input that takes longer than that many seconds; the batch goes on.
    ``render`` turns each summary into the text to write, where it was summarised (it must be
    picklable where workers are not forked); without it each outcome carries its summary.
    """
    from summarizer.batch import warm_up
    from summarizer.pool import ordered_map

    workers = worker_count(jobs, len(names))
    items: list[Task | str] = list(names) if workers == 1 else [_with_stdin_read(name, limit) for name in names]
    return ordered_map(partial(summarize_task, options=options, limit=limit, render=render), items, _gave_up,
                       jobs=workers, timeout=timeout, on_done=on_done, prepare=partial(warm_up, options))
