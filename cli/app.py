"""The ``summarize`` command: options, choosing inputs and output, exit codes.

This is the only module that knows argv and exit codes; ``output`` knows the streams and terminals.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import signal
import sys
import warnings
from enum import Enum
from typing import Annotated

import typer

from summarizer import __version__
from summarizer.errors import SummarizerError
from summarizer.models import Options
from summarizer.ranking import ALGORITHMS, GUIDE
from summarizer.records import Fields

from . import output
from .inputs import MEGABYTE, STDIN

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_TERMINATED = 128 + signal.SIGTERM
DEFAULT_MAX_MB = 10.0
DEFAULT_TIMEOUT = 60.0
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
  summarize --records archive.jsonl.gz -j 2 --format jsonl > summaries.jsonl

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
  143  stopped by SIGTERM
"""

app = typer.Typer(
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _seconds(value: float) -> float:
    if not (math.isfinite(value) and value > 0):
        raise typer.BadParameter(f"{value:g} is not a positive number of seconds")
    return value


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
            help="Article files (plain text, Markdown, saved HTML pages) or http(s) URLs. "
            "'-' reads stdin, as does no FILE when input is piped.",
        ),
    ] = None,
    algorithm: Annotated[Algorithm, typer.Option("--algorithm", "-a", help=f"Ranking algorithm. {GUIDE}")] = "default",  # type: ignore[assignment]
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
            "--words", "-w", min=1, show_default=False,
            help="Word budget (at least one whole sentence).  [default: none]",
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
        int,
        typer.Option("--jobs", "-j", min=0, help="Processes for a batch of files or records; 0 uses every CPU."),
    ] = 1,
    max_mb: Annotated[
        float,
        typer.Option(
            "--max-mb",
            callback=_check_max_mb,
            help=f"Refuse inputs larger than this many megabytes ({MIN_MAX_MB:g} to {MAX_MAX_MB:g}).",
        ),
    ] = DEFAULT_MAX_MB,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            callback=_seconds,
            help="Stop an input that takes longer than this many seconds; go on with the next.",
        ),
    ] = DEFAULT_TIMEOUT,
    records: Annotated[
        str | None,
        typer.Option(
            "--records",
            metavar="ARCHIVE",
            show_default=False,
            help="Summarise every record of a JSON Lines (.jsonl, .jsonl.gz) or CSV archive; '-' reads stdin.",
        ),
    ] = None,
    text_field: Annotated[str, typer.Option("--text-field", help="Record field with the article text.")] = "text",
    html_field: Annotated[str, typer.Option("--html-field", help="Record field with the page's HTML.")] = "html",
    url_field: Annotated[str, typer.Option("--url-field", help="Record field with the URL.")] = "url",
    id_field: Annotated[str, typer.Option("--id-field", help="Record field with the id.")] = "id",
    title_field: Annotated[
        str, typer.Option("--title-field", help="Record field with the headline.")
    ] = "title",
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Summarise news articles: headline, key quotes and an extractive summary."""
    if records is not None and files:
        raise typer.BadParameter("give either FILE arguments or --records, not both", param_hint="'--records'")
    names = _input_names(files or []) if records is None else []
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
    limit = int(max_mb * MEGABYTE)
    if records is not None:
        fields = Fields(text=text_field, html=html_field, url=url_field, id=id_field, title=title_field)
        code = run_records(records, fields, options, output_format, scores=scores, jobs=jobs, timeout=timeout,
                           limit=limit)
    else:
        code = run(names, options, output_format, scores=scores, jobs=jobs, limit=limit, timeout=timeout)
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
    timeout: float | None = DEFAULT_TIMEOUT,
) -> int:
    """Summarise every input and write the results; returns the exit code."""
    from .batch import run_batch

    several = len(names) > 1
    writer = _writer(output_format, several, scores)
    failed = False
    try:
        with output.Messages(len(names)) as messages:
            if STDIN in names and sys.stdin is not None and sys.stdin.isatty():
                messages.say("reading the article from the terminal; end it with Ctrl-D")
            outcomes = contextlib.closing(run_batch(names, options, limit, jobs, on_done=messages.advance,
                                                    timeout=timeout, render=writer.renderer()))
            with outcomes as results:
                for outcome in results:
                    if not outcome.ok:
                        message = outcome.error or f"{outcome.name}: failed"
                        messages.say(message)
                        writer.fail(outcome.name, message)
                        failed = True
                        continue
                    for warning in outcome.warnings:
                        messages.say(f"{outcome.name}: warning: {warning}")
                    with messages.clear_for_results():
                        if outcome.text is not None:
                            writer.write_rendered(outcome.text)
                        elif outcome.summary is not None:
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


def run_records(
    archive: str,
    fields: Fields,
    options: Options,
    output_format: Format,
    *,
    scores: bool,
    jobs: int,
    timeout: float | None,
    limit: int,
) -> int:
    """Summarise every record of an archive; returns the exit code (1 if any record failed)."""
    from .records import write_records

    json_form = output_format in (Format.json, Format.jsonl)
    writer = None if json_form else _writer(output_format, True, scores)
    try:
        all_done = write_records(archive, fields, options, writer, jobs=jobs, timeout=timeout, limit=limit,
                                 lines=output_format is Format.jsonl)
    except SummarizerError as error:
        output.Messages(0).say(str(error))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        output.Messages(0).say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    return EXIT_OK if all_done else EXIT_FAILURE


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


def usage_line(error: Exception) -> str:
    """A usage error as one line: what was wrong, and where to read how it is done."""
    describe = getattr(error, "format_message", None)
    message = " ".join(str(describe() if callable(describe) else error).split())
    if getattr(error, "exit_code", EXIT_USAGE) != EXIT_USAGE:
        return f"{output.PROGRAM}: {message}"
    return f"{output.PROGRAM}: {message} (see '{output.PROGRAM} --help')"


def _exit_code(value: object) -> int:
    """The integer a ``SystemExit`` carries; click and typer give ints, None means success."""
    if value is None:
        return EXIT_OK
    if isinstance(value, int):
        return value
    output.write_stderr(f"{output.PROGRAM}: {value}")
    return EXIT_FAILURE


class Terminated(BaseException):
    """SIGTERM, raised where the program is, so that running workers are stopped on the way out."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main() -> None:
    """Console entry point: exit codes 0/1/2/130/143, one line and no traceback for any stream state."""
    if not sys.warnoptions:
        # Numerical warnings from the ranking libraries are not the reader's business.
        warnings.simplefilter("ignore")
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    if sys.stdout is None:  # started with descriptor 1 closed (>&-): nowhere for any output to go
        output.write_stderr(f"{output.PROGRAM}: cannot write the output: standard output is closed")
        sys.exit(EXIT_FAILURE)
    signal.signal(signal.SIGTERM, _terminate)
    code = EXIT_OK
    try:
        # not standalone: click's usage errors come here, to be said in one line like every other error
        code = _exit_code(app(prog_name="summarize", standalone_mode=False))
    except SystemExit as done:
        code = _exit_code(done.code)
    except typer.TyperException as error:  # a usage error (exit 2), or another of the parser's
        output.write_stderr(usage_line(error))
        code = _exit_code(getattr(error, "exit_code", EXIT_USAGE))
    except typer.Abort:
        output.write_stderr(f"{output.PROGRAM}: aborted")
        code = EXIT_FAILURE
    except Terminated:
        output.write_stderr(f"{output.PROGRAM}: terminated")
        code = EXIT_TERMINATED
    except KeyboardInterrupt:
        output.write_stderr(f"{output.PROGRAM}: interrupted")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
    except OSError as error:  # --help or --version into a full disk, and the like
        code = _write_failed(error)
    sys.exit(_finish(code))
