"""The ``summarize`` command: options, choosing inputs and output, exit codes.

This is the only module that knows argv and exit codes; ``output`` knows the streams and terminals.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import sys
import warnings
from enum import Enum
from typing import Annotated

import typer

from summarizer import __version__
from summarizer.models import Options
from summarizer.ranking import ALGORITHMS

from . import output
from .inputs import MEGABYTE, STDIN

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_MAX_MB = 10.0
MIN_MAX_MB, MAX_MAX_MB = 0.001, 10_000.0

Algorithm = Enum("Algorithm", {name: name for name in ALGORITHMS}, type=str)  # type: ignore[misc]


class Format(str, Enum):
    auto = "auto"
    rich = "rich"
    text = "text"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


EPILOG = """\
Examples:

\b
  summarize story.txt
  cat story.txt | summarize
  summarize -n 2 --format markdown - < story.txt >> digest.md
  summarize archive/*.txt --format jsonl | jq -r .headline
  summarize archive/*.txt -j 2 --format json > digests.json

\b
Formats: auto is rich panels when stdout is a terminal and plain text
otherwise. NO_COLOR=1 drops colour but keeps the panels; FORCE_COLOR=1 or
TTY_COMPATIBLE=1 force the terminal form; COLUMNS sets the width.

\b
Exit codes:
  0    every input was summarised
  1    an input could not be read or summarised (the others still were)
  2    usage error
  130  interrupted (Ctrl-C)
"""

app = typer.Typer(
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _check_max_mb(value: float) -> float:
    """A size limit that is a number of megabytes a file can have: finite, above 0, at most 10 GB."""
    if not math.isfinite(value) or not MIN_MAX_MB <= value <= MAX_MAX_MB:
        raise typer.BadParameter(f"{value:g} is not a number of megabytes from {MIN_MAX_MB:g} to {MAX_MAX_MB:g}")
    return value


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarize {__version__}")
        raise typer.Exit()


@app.command(epilog=EPILOG)
def summarize_command(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FILE",
            show_default=False,
            help="Article files (plain text). '-' reads stdin, as does no FILE when input is piped.",
        ),
    ] = None,
    algorithm: Annotated[Algorithm, typer.Option("--algorithm", "-a", help="Ranking algorithm.")] = "default",  # type: ignore[assignment]
    sentences: Annotated[
        int | None,
        typer.Option(
            "--sentences",
            "-n",
            min=1,
            show_default=False,
            help="Summary length in sentences.  [default: grows with the article]",
        ),
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option(
            "--ratio",
            show_default=False,
            help="Summary length as a share of the article's sentences, above 0 up to 1.",
        ),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option(
            "--words", "-w", min=1, show_default=False, help="Word budget for the summary.  [default: none]"
        ),
    ] = None,
    quotes: Annotated[
        int, typer.Option("--quotes", "-q", min=0, help="Key quotes to show; 0 hides them.")
    ] = 3,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format (see below).")
    ] = Format.auto,
    language: Annotated[
        str, typer.Option("--language", "-l", help="Language of the articles: a name or code (german, de).")
    ] = "english",
    scores: Annotated[
        bool, typer.Option("--scores", help="Show each summary sentence's score and rank.")
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Processes for a batch of files; 0 uses every CPU.")
    ] = 1,
    max_mb: Annotated[
        float,
        typer.Option(
            "--max-mb",
            callback=_check_max_mb,
            help=f"Refuse inputs larger than this many megabytes ({MIN_MAX_MB:g} to {MAX_MAX_MB:g}).",
        ),
    ] = DEFAULT_MAX_MB,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Summarise news articles: headline, key quotes and an extractive summary."""
    names = _input_names(files or [])
    if ratio is not None and not 0 < ratio <= 1:
        raise typer.BadParameter(f"{ratio:g} is not above 0 and at most 1", param_hint="'--ratio'")
    if ratio is not None and sentences is not None:
        raise typer.BadParameter("give either --sentences or --ratio, not both", param_hint="'--ratio'")
    options = Options(
        algorithm=Algorithm(algorithm).value,
        sentences=sentences,
        ratio=ratio,
        words=words,
        quotes=quotes,
        language=language,
    )
    code = run(names, options, output_format, scores=scores, jobs=jobs, limit=int(max_mb * MEGABYTE))
    raise typer.Exit(code)


def _input_names(files: list[str]) -> list[str]:
    """The inputs to read; no FILE reads piped stdin, and on a terminal is a usage error, not a hang."""
    if not files:
        if sys.stdin is None or sys.stdin.closed or sys.stdin.isatty():
            raise typer.BadParameter(
                "no article given: name a file, or pipe text in (cat story.txt | summarize)",
                param_hint="FILE",
            )
        return [STDIN]
    if files.count(STDIN) > 1:
        raise typer.BadParameter("'-' (stdin) can be given only once", param_hint="FILE")
    return files


def run(
    names: list[str],
    options: Options,
    output_format: Format,
    *,
    scores: bool = False,
    jobs: int = 1,
    limit: int = int(DEFAULT_MAX_MB * MEGABYTE),
) -> int:
    """Summarise every input and write the results; returns the exit code."""
    from .batch import Task, run_batch

    several = len(names) > 1
    writer = _writer(output_format, several, scores)
    failed = False
    try:
        with output.Messages(len(names)) as messages:
            tasks = [Task(name, options, limit) for name in names]
            if STDIN in names and sys.stdin is not None and sys.stdin.isatty():
                messages.say("reading the article from the terminal; end it with Ctrl-D")
            outcomes = contextlib.closing(run_batch(tasks, jobs, on_done=messages.advance))
            with outcomes as results:
                for outcome in results:
                    if outcome.summary is None:
                        message = outcome.error or f"{outcome.name}: failed"
                        messages.say(message)
                        writer.fail(outcome.name, message)
                        failed = True
                        continue
                    for warning in outcome.summary.warnings:
                        messages.say(f"{outcome.name}: warning: {warning}")
                    with messages.clear_for_results():
                        writer.write(outcome.summary)
        writer.close()
    except KeyboardInterrupt:
        output.write_stderr(f"{output.PROGRAM}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, which is no failure in itself. Point stdout
        # at /dev/null so that the interpreter's final flush cannot complain either.
        _silence_stdout()
        return EXIT_FAILURE if failed else EXIT_OK
    except OSError as error:  # a full disk, a closed descriptor: one line, not a traceback
        return _write_failed(error)
    return EXIT_FAILURE if failed else EXIT_OK


def _writer(output_format: Format, several: bool, scores: bool) -> output.Writer:
    if output_format in (Format.auto, Format.rich):
        console = output.stdout_console()
        if output_format is Format.rich or console.is_terminal:
            return output.RichWriter(several, scores, console)
        return output.TextWriter(several, scores)
    writers: dict[Format, type[output.Writer]] = {
        Format.text: output.TextWriter,
        Format.markdown: output.MarkdownWriter,
        Format.json: output.JsonWriter,
        Format.jsonl: output.JsonLinesWriter,
    }
    return writers[output_format](several, scores)


def _silence(fd: int) -> None:
    """Point a descriptor at /dev/null, so that the interpreter's last flush of it cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)


def _silence_stdout() -> None:
    _silence(1)


def _write_failed(error: OSError) -> int:
    """stdout cannot take the output (ENOSPC, EBADF, EIO): say so in one line; exit code 1."""
    reason = error.strerror or os.strerror(error.errno or errno.EIO)
    output.write_stderr(f"{output.PROGRAM}: cannot write the output: {reason}")
    _silence_stdout()
    return EXIT_FAILURE


def _finish(code: int) -> int:
    """Flush what is still buffered; a write error there changes the exit code, never a traceback."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except (OSError, ValueError) as error:
        code = _write_failed(error) if isinstance(error, OSError) else EXIT_FAILURE
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        _silence(2)
        code = code or EXIT_FAILURE
    return code


def _exit_code(value: object) -> int:
    """The integer a ``SystemExit`` carries; click and typer give ints, None means success."""
    if value is None:
        return EXIT_OK
    if isinstance(value, int):
        return value
    output.write_stderr(f"{output.PROGRAM}: {value}")
    return EXIT_FAILURE


def main() -> None:
    """Console entry point: exit codes 0/1/2/130, one line and no traceback for any stream state."""
    if not sys.warnoptions:
        # Numerical warnings from the ranking libraries are not the reader's business.
        warnings.simplefilter("ignore")
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    if sys.stdout is None:  # started with descriptor 1 closed (>&-): nowhere for any output to go
        output.write_stderr(f"{output.PROGRAM}: cannot write the output: standard output is closed")
        sys.exit(EXIT_FAILURE)
    code = EXIT_OK
    try:
        app(prog_name="summarize")
    except SystemExit as done:
        code = _exit_code(done.code)
    except KeyboardInterrupt:
        output.write_stderr(f"{output.PROGRAM}: interrupted")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
    except OSError as error:  # --help or --version into a full disk, and the like
        code = _write_failed(error)
    sys.exit(_finish(code))
