"""The ``summarize`` command: options, reading inputs, calling the library, choosing a renderer, exit codes.

This is the only module that knows argv, streams, terminals and exit codes.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated, Any

import typer

from summarizer import __version__
from summarizer.errors import SummarizerError
from summarizer.models import Options
from summarizer.ranking import ALGORITHMS

from .inputs import STDIN, read_source

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

Algorithm = Enum("Algorithm", {name: name for name in ALGORITHMS}, type=str)  # type: ignore[misc]


class Format(str, Enum):
    auto = "auto"
    rich = "rich"
    text = "text"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"


EPILOG = (
    "Examples:\n\n"
    "  summarize story.txt\n\n"
    "  cat story.txt | summarize -n 2 --format markdown >> digest.md\n\n"
    "  summarize archive/*.txt --format jsonl | jq -r .headline\n\n"
    "Exit codes: 0 success, 1 an input could not be read or summarised, 2 usage error, 130 interrupted."
)

app = typer.Typer(
    add_completion=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarize {__version__}")
        raise typer.Exit()


def _error(message: str) -> None:
    sys.stderr.write(f"summarize: {message}\n")
    sys.stderr.flush()


@app.command(epilog=EPILOG)
def summarize_command(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="Article files (plain text). '-' or none with piped input reads stdin.", show_default=False),
    ] = None,
    algorithm: Annotated[Algorithm, typer.Option("--algorithm", "-a", help="Ranking algorithm.")] = "default",  # type: ignore[assignment]
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, help="Summary length in sentences [default: fits the article].",
                                 show_default=False)
    ] = None,
    ratio: Annotated[
        float | None, typer.Option("--ratio", min=0.0, max=1.0, help="Summary length as a share of the sentences.",
                                   show_default=False)
    ] = None,
    quotes: Annotated[int, typer.Option("--quotes", "-q", min=0, help="Key quotes to show; 0 hides them.")] = 3,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="auto: panels on a terminal, plain text in a pipe.")
    ] = Format.auto,
    language: Annotated[str, typer.Option("--language", "-l", help="Language of the articles.")] = "english",
    scores: Annotated[bool, typer.Option("--scores", help="Show each summary sentence's score and rank.")] = False,
    max_mb: Annotated[int, typer.Option("--max-mb", min=1, help="Refuse inputs larger than this many megabytes.")] = 10,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Summarise news articles: headline, key quotes and summary."""
    names = list(files or [])
    if not names:
        if sys.stdin is None or sys.stdin.isatty():
            raise typer.BadParameter(
                "no article given: name a file, or pipe text in (cat story.txt | summarize)", param_hint="FILES"
            )
        names = [STDIN]
    if names.count(STDIN) > 1:
        raise typer.BadParameter("'-' (stdin) can be given only once", param_hint="FILES")
    options = Options(
        algorithm=getattr(algorithm, "value", algorithm), sentences=sentences, ratio=ratio, quotes=quotes,
        language=language.lower(),
    )
    code = run(names, options, output_format, scores=scores, limit=max_mb * 1_000_000)
    raise typer.Exit(code)


def run(names: list[str], options: Options, output_format: Format, *, scores: bool, limit: int) -> int:
    """Summarise each input in turn and write it; returns the exit code."""
    from summarizer.core import summarize

    from . import render

    fmt = output_format
    console: Any = None
    if fmt in (Format.auto, Format.rich):
        from rich.console import Console

        console = Console()
        if fmt is Format.auto:
            fmt = Format.rich if console.is_terminal else Format.text
    failed = False
    collected: list[dict[str, Any]] = []
    for number, name in enumerate(names):
        try:
            source = read_source(name, limit)
            summary = summarize(source.text, options, source=source.name)
        except SummarizerError as error:
            _error(str(error) if name in str(error) or name == STDIN else f"{name}: {error}")
            failed = True
            continue
        if fmt is Format.rich:
            if number:
                console.print()
            console.print(render.rich_summary(summary, show_scores=scores))
        elif fmt is Format.json:
            collected.append(summary.as_dict())
        elif fmt is Format.jsonl:
            _write(render.json_summary(summary, indent=None) + "\n")
        else:
            renderer = render.text_summary if fmt is Format.text else render.markdown_summary
            prefix = f"==> {source.name} <==\n" if len(names) > 1 and fmt is Format.text else ""
            separator = "\n" if number and len(names) > 1 else ""
            _write(separator + prefix + renderer(summary, show_scores=scores))
    if fmt is Format.json and collected:
        _write((render.json_documents(collected) if len(names) > 1 else render.json_summary_dict(collected[0])) + "\n")
    return EXIT_FAILURE if failed else EXIT_OK


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def main() -> None:
    """Console entry point: Ctrl-C exits 130 and a closed pipe (``| head``) ends quietly."""
    try:
        app(prog_name="summarize")
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (| head): stop writing, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
