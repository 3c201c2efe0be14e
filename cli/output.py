"""Where results and messages go: results to stdout in the chosen format, everything else to stderr.

A ``Writer`` turns each summary into output the moment it is ready (JSON, which must be one
document, waits for the last). ``Messages`` writes errors and warnings to stderr and, on a
terminal with several inputs, keeps a progress bar below them.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from summarizer.models import SCHEMA_VERSION, Summary

from . import render
from .escaping import escaped, for_line

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

PROGRAM = "summarize"
# The version of the JSON and JSON Lines records (README, "JSON schema"); raised when a field
# changes meaning or goes away, not when one is added.
PROGRESS_DELAY_VARIABLE = "SUMMARIZE_PROGRESS_DELAY"
MAX_PROGRESS_DELAY = 3600.0


def write_stderr(line: str) -> None:
    """One line on stderr, made safe for a terminal; a closed or full stderr is no reason to fail."""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(for_line(line) + "\n")
        stream.flush()


def progress_delay(default: float) -> tuple[float, str | None]:
    """Seconds before the progress bar shows, from ``SUMMARIZE_PROGRESS_DELAY``; a bad value warns."""
    raw = os.environ.get(PROGRESS_DELAY_VARIABLE)
    if raw is None:
        return default, None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if math.isfinite(value) and 0 <= value <= MAX_PROGRESS_DELAY:
        return value, None
    return default, (
        f"warning: {PROGRESS_DELAY_VARIABLE}={raw!r} is not a number of seconds from 0 to "
        f"{MAX_PROGRESS_DELAY:g}; using {default:g}"
    )


def write_stdout(text: str) -> None:
    """Write and flush at once, so that ``| head`` and ``jq`` see each result as it is done."""
    sys.stdout.write(text)
    sys.stdout.flush()


def stdout_console() -> Console:
    """Rich's console for stdout; a closed pipe raises ``BrokenPipeError`` like any other write."""
    from rich.console import Console

    class _StdoutConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return _StdoutConsole()


def shares_terminal() -> bool:
    """stdout and stderr are the same terminal, so a progress bar and results share its lines."""
    try:
        return os.isatty(1) and os.isatty(2) and os.ttyname(1) == os.ttyname(2)
    except OSError:
        return False


class Messages:
    """Errors, warnings and the progress bar, all on stderr.

    The bar appears only on a terminal, for several inputs, and once the batch has run for
    ``PROGRESS_DELAY`` seconds: a quick batch (or one cut short by ``| head``) never flashes one,
    and a long one shows it even while its first input is still being read.
    """

    PROGRESS_DELAY = 0.5

    @classmethod
    def delay(cls) -> float:
        """Seconds before the bar appears; ``SUMMARIZE_PROGRESS_DELAY`` overrides the default."""
        return progress_delay(cls.PROGRESS_DELAY)[0]

    def __init__(self, total: int) -> None:
        self.progress: Progress | None = None
        self.showing = False
        self._shared = False
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._delay, warning = progress_delay(self.PROGRESS_DELAY)
        if warning and total:
            self.say(warning)
        if total > 1 and _stderr_is_terminal():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("summarising"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
                # Results are written to stdout directly; Rich must not capture them into stderr.
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._task = self.progress.add_task("summarising", total=total)
            self._shared = shares_terminal()

    def __enter__(self) -> Messages:
        if self.progress is not None:
            self._timer = threading.Timer(self._delay, self._show)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            self._closed = True
            if self.progress is not None and self.showing:
                self.progress.stop()
                self.showing = False

    def _show(self) -> None:
        with self._lock:
            if self.progress is not None and not self._closed and not self.showing:
                self.progress.start()
                self.showing = True

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self._task)

    def say(self, message: str) -> None:
        """One line on stderr, above the progress bar if there is one."""
        line = f"{PROGRAM}: {message}"
        with self._lock:
            if self.progress is not None and self.showing:
                from rich.text import Text

                with contextlib.suppress(OSError):
                    self.progress.console.print(Text(for_line(line)), soft_wrap=True)
            else:
                write_stderr(line)

    @contextlib.contextmanager
    def clear_for_results(self) -> Iterator[None]:
        """Take the bar off the screen while results are written to the same terminal."""
        with self._lock:
            if self.progress is None or not self.showing or not self._shared:
                yield
                return
            self.progress.stop()
            try:
                yield
            finally:
                self.progress.start()


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"
    except ValueError:  # stderr closed
        return False


class Writer:
    """Writes each summary to stdout as soon as it is ready.

    A writer whose output for one summary is a string renders it with ``renderer()``, a picklable
    function that may run where the summary was made (a worker); the parent then writes the text
    with ``write_rendered``, in input order. ``write(summary)`` is both steps in one.
    """

    def __init__(self, several: bool, show_scores: bool) -> None:
        self.several = several
        self.show_scores = show_scores
        self.written = 0

    def renderer(self) -> Callable[[Summary], str] | None:
        """The function from a summary to its text; ``None`` where the writer needs the summary itself."""
        return None

    def write(self, summary: Summary) -> None:
        render_one = self.renderer()
        if render_one is not None:
            self.write_rendered(render_one(summary))
            return
        self._write(summary)
        self.written += 1

    def write_rendered(self, text: str) -> None:
        """Write what ``renderer()`` made of the next summary."""
        self._put(text)
        self.written += 1

    def fail(self, source: str, message: str) -> None:
        """An input that gave no summary; the message already went to stderr. JSON records it too."""

    def _write(self, summary: Summary) -> None:
        raise NotImplementedError

    def _put(self, text: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (JSON writes its one document here)."""


class RichWriter(Writer):
    def __init__(self, several: bool, show_scores: bool, console: Console) -> None:
        super().__init__(several, show_scores)
        self.console = console

    def _write(self, summary: Summary) -> None:
        if self.written:
            self.console.print()
        self.console.print(render.rich_summary(escaped(summary), show_scores=self.show_scores))


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except ValueError:
        return False


class TextWriter(Writer):
    """Plain text; with several inputs each starts with a ``==> name <==`` line, as ``head`` does.

    On a terminal the input's control and bidi characters are shown as escapes; into a pipe or a
    file the text goes as it is.
    """

    def __init__(self, several: bool, show_scores: bool) -> None:
        super().__init__(several, show_scores)
        self.terminal = _stdout_is_terminal()

    def renderer(self) -> Callable[[Summary], str]:
        return partial(plain_text, several=self.several, show_scores=self.show_scores, terminal=self.terminal)

    def _put(self, text: str) -> None:
        write_stdout(("\n" if self.written else "") + text)


class MarkdownWriter(TextWriter):
    def renderer(self) -> Callable[[Summary], str]:
        return partial(markdown_text, show_scores=self.show_scores, terminal=self.terminal)


def plain_text(summary: Summary, *, several: bool, show_scores: bool, terminal: bool) -> str:
    """One summary as ``TextWriter`` writes it, the blank line between summaries aside."""
    if terminal:
        summary = escaped(summary)
    header = f"==> {summary.source} <==\n" if several else ""
    return header + render.text_summary(summary, show_scores=show_scores)


def markdown_text(summary: Summary, *, show_scores: bool, terminal: bool) -> str:
    """One summary as ``MarkdownWriter`` writes it, the blank line between summaries aside."""
    if terminal:
        summary = escaped(summary)
    return render.markdown_summary(summary, show_scores=show_scores)


def record(summary: Summary) -> dict[str, Any]:
    """One input's JSON record: the schema version, then the summary's fields."""
    return summary.as_dict()


def failure_record(source: str, message: str) -> dict[str, Any]:
    """The record of an input that failed: its name and the one-line reason."""
    prefix = f"{source}: "
    reason = message[len(prefix) :] if message.startswith(prefix) else message
    return {"schema_version": SCHEMA_VERSION, "source": source, "error": reason}


def json_element(document: dict[str, Any]) -> str:
    """One object as an element of the array ``render.json_documents`` writes, indented to match."""
    return render.json_summary_dict(document, indent=2).replace("\n", "\n  ")


def json_array(elements: list[str]) -> str:
    """The array of ``json_element`` strings: the same text as ``render.json_documents`` of the objects.

    JSON escapes every newline inside a string, so each newline of an element is its indentation.
    """
    return "[\n  " + ",\n  ".join(elements) + "\n]" if elements else "[]"


def json_record_element(summary: Summary) -> str:
    return json_element(record(summary))


def json_document_line(document: dict[str, Any]) -> str:
    """One object as a line of JSON Lines."""
    return render.json_summary_dict(document, indent=None) + "\n"


def json_line(summary: Summary) -> str:
    return json_document_line(record(summary))


class JsonWriter(Writer):
    """One JSON document: always an array, one record per input in input order, failures included."""

    def __init__(self, several: bool, show_scores: bool) -> None:
        super().__init__(several, show_scores)
        self.elements: list[str] = []

    def renderer(self) -> Callable[[Summary], str]:
        return json_record_element

    def _put(self, text: str) -> None:
        self.elements.append(text)

    def fail(self, source: str, message: str) -> None:
        self.elements.append(json_element(failure_record(source, message)))

    def close(self) -> None:
        write_stdout(json_array(self.elements) + "\n")


class JsonLinesWriter(Writer):
    """One record per line, written and flushed as each input is done, failures included."""

    def renderer(self) -> Callable[[Summary], str]:
        return json_line

    def _put(self, text: str) -> None:
        write_stdout(text)

    def fail(self, source: str, message: str) -> None:
        write_stdout(json_document_line(failure_record(source, message)))
