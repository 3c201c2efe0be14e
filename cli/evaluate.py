"""The ``summarize-eval`` command: ROUGE scores of the algorithms against reference summaries.

Reads a JSON Lines file (or several) of articles with references, or two folders of files with
matching names, and prints ROUGE-1, ROUGE-2 and ROUGE-Lsum (precision, recall, F1) for each
algorithm side by side, Lead-N always included, as a table or as JSON, then each algorithm's paired
difference from Lead-N per metric (mean, standard error, bootstrap 95% interval) and how many
articles it summarises differently from the lead. ``--per-article FILE`` writes every article's
scores as JSON Lines (or CSV for a ``.csv`` name); an existing file is replaced only with ``--force``.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from summarizer.errors import SummarizerError
from summarizer.models import Options
from summarizer.ranking import ALGORITHMS

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Format(str, Enum):
    auto = "auto"
    rich = "rich"
    text = "text"
    json = "json"


EPILOG = (
    "Examples:\n\n"
    "  summarize-eval stories.jsonl\n\n"
    "  summarize-eval stories.jsonl -a default -a lexrank -n 3 --format json\n\n"
    "  summarize-eval articles/ references/ --sentences 1\n\n"
    "  summarize-eval bbc.jsonl --article-field body --reference-field reference\n\n"
    "  summarize-eval stories.jsonl --per-article scores.csv\n\n"
    "ROUGE is Google's rouge-score (pip install 'summarize[eval]'), stemmed; ROUGE-L is ROUGE-Lsum "
    "over newline-separated sentences. Penn Treebank tokenised text (-LRB-, `` '', \"John 's\") is "
    "detokenised before summarising and scoring. Differences from Lead-N are per article, F1 x 100: "
    "mean +- standard error [bootstrap 95% interval, BCa, 9,999 resamples, seed 0]."
)

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _error(message: str) -> None:
    sys.stderr.write(f"summarize-eval: {message}\n")
    sys.stderr.flush()


@app.command(epilog=EPILOG)
def evaluate_command(
    sources: Annotated[
        list[Path],
        typer.Argument(help="JSON Lines files of articles with references, or two folders: ARTICLES REFERENCES.",
                       show_default=False),
    ],
    algorithms: Annotated[
        list[str] | None,
        typer.Option("--algorithm", "-a", help=f"Algorithm to score (repeat for several; 'all' for every one: "
                                               f"{', '.join(ALGORITHMS)}). Lead is always scored.",
                     show_default=False),
    ] = None,
    sentences: Annotated[int | None, typer.Option("--sentences", "-n", min=1,
                                                  help="Summary length in sentences [default: 3].",
                                                  show_default=False)] = None,
    ratio: Annotated[float | None, typer.Option("--ratio", min=0.0, max=1.0,
                                                help="Summary length as a share of the sentences.",
                                                show_default=False)] = None,
    words: Annotated[int | None, typer.Option("--words", min=1, help="Word budget for each summary.",
                                              show_default=False)] = None,
    article_field: Annotated[str | None, typer.Option("--article-field", help="JSON field holding the article "
                                                      "[default: article, body, text, ...].",
                                                      show_default=False)] = None,
    reference_field: Annotated[str | None, typer.Option("--reference-field", help="JSON field holding the "
                                                        "reference [default: reference, summary, ...].",
                                                        show_default=False)] = None,
    title_field: Annotated[str | None, typer.Option("--title-field", help="JSON field holding the headline, put "
                                                    "above the article [default: title or headline if present].",
                                                    show_default=False)] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N examples.",
                                              show_default=False)] = None,
    output_format: Annotated[Format, typer.Option("--format", "-f",
                                                  help="auto: a table on a terminal, plain text in a pipe.")
                             ] = Format.auto,
    language: Annotated[str, typer.Option("--language", "-l", help="Language of the articles.")] = "english",
    per_article: Annotated[Path | None, typer.Option("--per-article", metavar="FILE",
                                                     help="Also write every article's F1 per metric and algorithm: "
                                                          "CSV if FILE ends in .csv, else JSON Lines. An existing "
                                                          "FILE is kept unless --force is given.",
                                                     show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --per-article FILE.")] = False,
) -> None:
    """Score summaries against reference summaries with ROUGE-1, ROUGE-2 and ROUGE-L."""
    from summarizer.evaluation import EvaluationError, load_folders, load_jsonl, write_per_article

    requested = list(algorithms or ["all"])
    if any(name.strip().lower() == "all" for name in requested):
        requested = list(ALGORITHMS)
    if sentences is None and ratio is None and words is None:
        sentences = 3
    options = Options(sentences=sentences, ratio=ratio, words=words, quotes=0, language=language.lower())
    try:
        # Checked before scoring starts: a long run must not end in a refusal.
        if per_article is not None and per_article.exists() and not force:
            raise EvaluationError(f"{per_article}: already exists; use --force to replace it")
        if per_article is not None and not per_article.absolute().parent.is_dir():
            raise EvaluationError(f"{per_article}: cannot write (no folder {per_article.parent})")
        if len(sources) == 2 and all(p.is_dir() for p in sources):
            datasets = [(f"{sources[0]} + {sources[1]}", load_folders(sources[0], sources[1]))]
        else:
            for path in sources:
                if path.is_dir():
                    raise EvaluationError(f"{path}: a folder; give two folders (articles, references) or JSONL files")
            datasets = [(str(p), load_jsonl(p, article_field, reference_field, title_field)) for p in sources]
        if limit is not None:
            datasets = [(name, examples[:limit]) for name, examples in datasets]
        reports = [_run(name, examples, requested, options) for name, examples in datasets]
        if per_article is not None:
            write_per_article(reports, per_article, force=force)
    except EvaluationError as error:
        _error(str(error))
        raise typer.Exit(EXIT_FAILURE) from None
    except SummarizerError as error:
        _error(str(error))
        raise typer.Exit(EXIT_USAGE) from None
    _print(reports, output_format)


def _run(name: str, examples: list[Any], requested: list[str], options: Options) -> Any:
    """One data set, with a progress bar on stderr (shown only when stderr is a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from summarizer.evaluation import evaluate

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task(Path(name).name, total=len(examples))
        return evaluate(examples, requested, options, name=name,
                        progress=lambda step: progress.advance(task, step))


def _print(reports: list[Any], output_format: Format) -> None:
    if output_format is Format.json:
        documents = [r.as_dict() for r in reports]
        sys.stdout.write(json.dumps(documents[0] if len(documents) == 1 else documents, indent=2) + "\n")
        return
    from rich.console import Console

    console = Console()
    rich = output_format is Format.rich or (output_format is Format.auto and console.is_terminal)
    for number, report in enumerate(reports):
        if rich:
            if number:
                console.print()
            console.print(rich_table(report))
            if any(r.vs_lead for r in report.results):
                console.print(rich_differences(report))
        else:
            sys.stdout.write(("\n" if number else "") + text_table(report))
            if any(r.vs_lead for r in report.results):
                sys.stdout.write("\n" + differences_table(report))
    sys.stdout.flush()


def _length(report: Any) -> str:
    parts = []
    if report.sentences is not None:
        parts.append(f"{report.sentences} sentence{'s' if report.sentences != 1 else ''}")
    if report.words is not None:
        parts.append(f"at most {report.words} words")
    return ", ".join(parts) or "ratio"


def _lead_label(algorithm: str, report: Any) -> str:
    return f"lead (Lead-{report.sentences})" if algorithm == "lead" and report.sentences else algorithm


def rich_table(report: Any) -> Any:
    """The report as a rich table: one row per algorithm, P/R/F1 per metric, best F1 in bold."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"{report.name}: {report.examples} articles, {_length(report)}"),
                  caption=Text("rouge-score, stemmed; R-L is ROUGE-Lsum; P/R/F1 in percent"))
    table.add_column("algorithm")
    for metric in ("R-1", "R-2", "R-L"):
        for part in ("P", "R", "F1"):
            table.add_column(f"{metric} {part}", justify="right")
    table.add_column("s", justify="right")
    best = {m: max(r.scores[m].f1 for r in report.results) for m in report.results[0].scores}
    for result in report.results:
        cells: list[Text] = [Text(_lead_label(result.algorithm, report))]
        for metric, score in result.scores.items():
            cells += [Text(f"{score.precision:.2f}"), Text(f"{score.recall:.2f}"),
                      Text(f"{score.f1:.2f}", style="bold" if score.f1 == best[metric] else "")]
        cells.append(Text(f"{result.seconds:.1f}"))
        table.add_row(*cells)
    return table


def _difference(difference: Any) -> str:
    """ "+0.40 ± 0.57 [-0.71, +1.52]": mean paired difference, standard error, bootstrap interval."""
    return f"{difference.mean:+.2f} ± {difference.standard_error:.2f} [{difference.low:+.2f}, {difference.high:+.2f}]"


def differences_table(report: Any) -> str:
    """Each algorithm's paired difference from Lead-N per metric, and how many articles differ."""
    lead = _lead_label("lead", report)
    lines = [f"difference from {lead}, per article (F1 x 100: mean ± standard error [bootstrap 95% interval])",
             f"{'algorithm':22}{'R-1':>30}{'R-2':>30}{'R-L':>30}{'differ':>10}"]
    for result in report.results:
        if not result.vs_lead:
            continue
        cells = "".join(f"{_difference(d):>30}" for d in result.vs_lead.values())
        lines.append(f"{result.algorithm:22}{cells}{f'{result.differs}/{report.examples}':>10}")
    return "\n".join(lines) + "\n"


def rich_differences(report: Any) -> Any:
    """The paired differences as a rich table; an interval above zero in bold."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"difference from {_lead_label('lead', report)}, per article"),
                  caption=Text("F1 x 100: mean ± standard error [bootstrap 95% interval]"))
    table.add_column("algorithm")
    for metric in ("R-1", "R-2", "R-L"):
        table.add_column(metric, justify="right")
    table.add_column("differ", justify="right")
    for result in report.results:
        if not result.vs_lead:
            continue
        cells = [Text(_difference(d), style="bold" if d.low > 0 else "") for d in result.vs_lead.values()]
        table.add_row(Text(result.algorithm), *cells, Text(f"{result.differs}/{report.examples}"))
    return table


def text_table(report: Any) -> str:
    """The report as a plain-text table for pipes and files."""
    header = f"{'algorithm':22}" + "".join(f"{m + ' ' + p:>9}" for m in ("R-1", "R-2", "R-L") for p in ("P", "R", "F1"))
    lines = [f"{report.name}: {report.examples} articles, {_length(report)} "
             f"(rouge-score, stemmed; R-L is ROUGE-Lsum)", header + f"{'s':>7}"]
    for result in report.results:
        row = f"{_lead_label(result.algorithm, report):22}"
        for score in result.scores.values():
            row += f"{score.precision:9.2f}{score.recall:9.2f}{score.f1:9.2f}"
        lines.append(row + f"{result.seconds:7.1f}")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Console entry point: Ctrl-C exits 130 and a closed pipe ends quietly."""
    try:
        app(prog_name="summarize-eval")
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
