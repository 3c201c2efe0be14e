"""The command line through Typer's test runner: options, formats, stdin, several inputs, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import summarizer.core
from cli.app import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, app
from summarizer import __version__
from summarizer.models import SCHEMA_VERSION, Options, Summary

from .conftest import HARBOUR_STORY, SCHOOL_STORY

BOX = re.compile("[\u2500-\u257f]")
ANSI = re.compile(r"\x1b\[")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(
    runner: CliRunner,
    *args: str,
    stdin: str | bytes | None = None,
    ok: bool = True,
    env: dict[str, str] | None = None,
):  # type: ignore[no-untyped-def]
    """Run the app in-process; successful runs re-raise any exception so a defect shows as itself."""
    base = {"NO_COLOR": "", "FORCE_COLOR": "", "TTY_COMPATIBLE": "", "COLUMNS": "100"}
    return runner.invoke(app, list(args), input=stdin, catch_exceptions=not ok, env={**base, **(env or {})})


def test_file_argument_plain_text_when_piped(runner: CliRunner, harbour_file: Path) -> None:
    """auto format in a pipe is plain text: headline first, no colour codes, no boxes."""
    result = invoke(runner, str(harbour_file))
    assert result.exit_code == EXIT_OK
    assert result.stdout.splitlines()[0] == "Harbour town votes to rebuild storm-hit sea wall"
    assert not BOX.search(result.stdout)
    assert not ANSI.search(result.stdout)
    assert result.stderr == ""


def test_stdin_with_dash_and_without_argument_agree(runner: CliRunner, harbour_file: Path) -> None:
    """'-' and no FILE with piped input both read stdin, and give what the file gives."""
    from_file = invoke(runner, str(harbour_file), "-f", "json")
    dash = invoke(runner, "-", "-f", "json", stdin=HARBOUR_STORY)
    bare = invoke(runner, "-f", "json", stdin=HARBOUR_STORY)
    for result in (from_file, dash, bare):
        assert result.exit_code == EXIT_OK, result.stderr
    documents = [json.loads(r.stdout)[0] for r in (from_file, dash, bare)]
    assert documents[1]["source"] == documents[2]["source"] == "stdin"
    for document in documents:
        document.pop("source")
    assert documents[0] == documents[1] == documents[2]


def test_stdin_given_twice_is_a_usage_error(runner: CliRunner) -> None:
    result = invoke(runner, "-", "-", stdin=HARBOUR_STORY, ok=False)
    assert result.exit_code == EXIT_USAGE
    assert "only once" in result.stderr


def test_json_one_input_is_an_array_of_one_record(runner: CliRunner, harbour_file: Path) -> None:
    """One input or many, --format json is an array: `jq '.[]'` works on a folder of one file."""
    result = invoke(runner, str(harbour_file), "-f", "json")
    documents = json.loads(result.stdout)
    assert isinstance(documents, list) and len(documents) == 1
    document = documents[0]
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["headline"] == "Harbour town votes to rebuild storm-hit sea wall"
    assert document["source"] == str(harbour_file)
    assert {"summary", "quotes", "stats", "warnings"} <= set(document)


def test_json_several_inputs_is_one_array_in_order(
    runner: CliRunner, harbour_file: Path, school_file: Path
) -> None:
    """Several inputs still make one valid JSON document: an array in the order given."""
    result = invoke(runner, str(school_file), str(harbour_file), "-f", "json")
    documents = json.loads(result.stdout)
    assert [d["source"] for d in documents] == [str(school_file), str(harbour_file)]


def test_jsonl_one_object_per_line(runner: CliRunner, harbour_file: Path, school_file: Path) -> None:
    result = invoke(runner, str(harbour_file), str(school_file), "-f", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"] for line in lines] == [str(harbour_file), str(school_file)]


def test_markdown_structure(runner: CliRunner, harbour_file: Path) -> None:
    result = invoke(runner, str(harbour_file), "-f", "markdown")
    lines = result.stdout.splitlines()
    assert lines[0] == "# Harbour town votes to rebuild storm-hit sea wall"
    assert any(line.startswith("> “") and "— " in line for line in lines)
    assert sum(line.startswith("- ") for line in lines) >= 1


def test_text_several_inputs_are_named(runner: CliRunner, harbour_file: Path, school_file: Path) -> None:
    """Plain text for several inputs marks each with '==> name <==', as head(1) does."""
    result = invoke(runner, str(harbour_file), str(school_file), "-f", "text")
    assert f"==> {harbour_file} <==" in result.stdout
    assert f"==> {school_file} <==" in result.stdout
    assert result.stdout.index(str(harbour_file)) < result.stdout.index(str(school_file))


def test_rich_format_forced_into_a_pipe_draws_panels(runner: CliRunner, harbour_file: Path) -> None:
    result = invoke(runner, str(harbour_file), "-f", "rich")
    assert "╭─ Headline" in result.stdout
    assert "Harbour town votes" in result.stdout


def test_one_missing_input_does_not_stop_the_others(
    runner: CliRunner, harbour_file: Path, school_file: Path, tmp_path: Path
) -> None:
    """The missing file's error goes to stderr and into its own JSON line; the others are summarised."""
    missing = tmp_path / "missing.txt"
    result = invoke(runner, str(harbour_file), str(missing), str(school_file), "-f", "jsonl", ok=False)
    assert result.exit_code == EXIT_FAILURE
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(harbour_file), str(missing), str(school_file)]
    assert records[1] == {"schema_version": SCHEMA_VERSION, "source": str(missing), "error": "no such file"}
    assert "error" not in records[0] and "error" not in records[2]
    assert result.stderr == f"summarize: {missing}: no such file\n"


def test_json_array_stays_valid_when_an_input_fails(
    runner: CliRunner, harbour_file: Path, tmp_path: Path
) -> None:
    """A failed input keeps its place in the array, as a record with its error."""
    gone = tmp_path / "gone.txt"
    result = invoke(runner, str(gone), str(harbour_file), "-f", "json", ok=False)
    assert result.exit_code == EXIT_FAILURE
    documents = json.loads(result.stdout)
    assert [d["source"] for d in documents] == [str(gone), str(harbour_file)]
    assert documents[0]["error"] == "no such file"
    assert documents[1]["headline"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich"])
def test_a_failed_single_input_writes_nothing_to_stdout(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke(runner, str(empty), "-f", fmt, ok=False)
    assert result.exit_code == EXIT_FAILURE
    assert result.stdout == ""
    assert result.stderr == f"summarize: {empty}: the input is empty\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_failed_single_input_is_a_json_error_record(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    """JSON output says which input failed and why, besides the line on stderr."""
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke(runner, str(empty), "-f", fmt, ok=False)
    assert result.exit_code == EXIT_FAILURE
    document = json.loads(result.stdout)
    record = document[0] if fmt == "json" else document
    assert record == {"schema_version": SCHEMA_VERSION, "source": str(empty), "error": "the input is empty"}
    assert result.stderr == f"summarize: {empty}: the input is empty\n"


def test_jobs_keep_the_input_order(runner: CliRunner, tmp_path: Path) -> None:
    """-j 2 spreads the batch over processes and gives the same output, in input order, as -j 1."""
    paths = []
    for number in range(5):
        path = tmp_path / f"story{number}.txt"
        path.write_text((HARBOUR_STORY, SCHOOL_STORY)[number % 2])
        paths.append(str(path))
    paths.insert(2, str(tmp_path / "missing.txt"))
    serial = invoke(runner, *paths, "-f", "jsonl", "-j", "1", ok=False)
    parallel = invoke(runner, *paths, "-f", "jsonl", "-j", "2", ok=False)
    assert serial.exit_code == parallel.exit_code == EXIT_FAILURE
    assert parallel.stdout == serial.stdout
    assert [json.loads(line)["source"] for line in parallel.stdout.splitlines()] == paths
    assert parallel.stderr == serial.stderr


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_jobs_render_every_format_as_one_process_does(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    """Workers render the output themselves; each format comes out as -j 1 writes it, failures included."""
    paths = []
    for number in range(6):
        path = tmp_path / f"story{number}.txt"
        path.write_text((HARBOUR_STORY, SCHOOL_STORY, "")[number % 3])
        paths.append(str(path))
    paths.insert(1, str(tmp_path / "missing.txt"))
    serial = invoke(runner, *paths, "-f", fmt, "-j", "1", ok=False)
    parallel = invoke(runner, *paths, "-f", fmt, "-j", "2", ok=False)
    assert serial.exit_code == parallel.exit_code == EXIT_FAILURE
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr
    if fmt == "json":
        assert [d["source"] for d in json.loads(parallel.stdout)] == paths


@pytest.mark.parametrize("documents", [
    [],
    [{"a": 1}],
    [{"text": "line one\nline two", "list": [1, [2, {}], []], "empty": {}}, {"b": None}],
    [{"odd": "\u2028 \u2029 \x1b[2J \"quoted\" \\ tab\t", "nested": {"deep": {"deeper": ["x"]}}}],
])
def test_json_elements_joined_are_the_one_document(documents: list[dict[str, object]]) -> None:
    """The array built from elements rendered one by one (in workers) is the text of one dump of them all."""
    from cli import output, render

    assert output.json_array([output.json_element(d) for d in documents]) == render.json_documents(documents)


def test_jobs_read_stdin_once_in_the_parent(runner: CliRunner, harbour_file: Path) -> None:
    result = invoke(runner, str(harbour_file), "-", "-f", "jsonl", "-j", "2", stdin=SCHOOL_STORY)
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(harbour_file), "stdin"]


def test_options_reach_the_library(
    runner: CliRunner, harbour_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--sentences, --words, --quotes, --algorithm and --language arrive in Options unchanged."""
    seen: list[Options] = []
    real = summarizer.core.summarize

    def spy(text: str, options: Options | None = None, source: str | None = None) -> Summary:
        assert options is not None
        seen.append(options)
        return real(text, options, source)

    monkeypatch.setattr(summarizer.core, "summarize", spy)
    invoke(runner, str(harbour_file), "-n", "2", "--words", "40", "-q", "1", "-a", "luhn", "-l", "German")
    assert seen == [Options(algorithm="luhn", sentences=2, words=40, quotes=1, language="German")]
    seen.clear()
    invoke(runner, str(harbour_file), "--ratio", "0.5")
    assert seen[0].ratio == 0.5


def test_sentences_option_limits_the_summary(runner: CliRunner, harbour_file: Path) -> None:
    result = invoke(runner, str(harbour_file), "-n", "2", "-f", "json")
    assert len(json.loads(result.stdout)[0]["summary"]) == 2


def test_scores_in_text_output(runner: CliRunner, harbour_file: Path) -> None:
    result = invoke(runner, str(harbour_file), "--scores", "-f", "text")
    assert re.search(r"\[#1 \d\.\d{3}\]", result.stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "0"], "--sentences"),
        (["-n", "-3"], "--sentences"),
        (["--ratio", "0"], "--ratio"),
        (["--ratio", "1.5"], "--ratio"),
        (["--ratio", "0.5", "-n", "2"], "not both"),
        (["--words", "0"], "--words"),
        (["-q", "-1"], "--quotes"),
        (["-j", "-1"], "--jobs"),
        (["--max-mb", "0"], "--max-mb"),
        (["-f", "yaml"], "--format"),
        (["-a", "magic"], "--algorithm"),
        (["--no-such-option"], "No such option"),
    ],
)
def test_absurd_options_are_usage_errors(
    runner: CliRunner, harbour_file: Path, args: list[str], message: str
) -> None:
    """Bad option values exit 2 with a message naming the option, and write nothing to stdout."""
    result = invoke(runner, str(harbour_file), *args, ok=False)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_huge_sentence_count_gives_the_whole_article(runner: CliRunner, harbour_file: Path) -> None:
    """--sentences 100000 is not an error: the summary is every body sentence."""
    result = invoke(runner, str(harbour_file), "-n", "100000", "-f", "json")
    document = json.loads(result.stdout)[0]
    assert len(document["summary"]) == document["stats"]["sentences"]


def test_help_shows_defaults_examples_and_exit_codes(runner: CliRunner) -> None:
    result = invoke(runner, "--help")
    assert result.exit_code == EXIT_OK
    text = " ".join(result.stdout.split())
    for expected in (
        "[default: auto]",
        "[default: english]",
        "[default: 1; x>=0]",
        "[default: 10.0]",
        "0.001 to 10000",
        "| jq -r .headline",
        "cat story.txt | summarize",
        "130 interrupted",
        "2 usage error",
        "NO_COLOR",
        "--install-completion",
    ):
        assert expected in text, expected


def test_version(runner: CliRunner) -> None:
    result = invoke(runner, "--version")
    assert result.stdout == f"summarize {__version__}\n"


def test_size_limit_is_enforced_and_can_be_raised(runner: CliRunner, tmp_path: Path) -> None:
    """Input above --max-mb fails with a clear message; raising the limit lets it through."""
    big = tmp_path / "big.txt"
    big.write_text(
        "Council budget talks drag on\n\n" + "The council met on Monday to talk about money. " * 50_000
    )
    refused = invoke(runner, str(big), "--max-mb", "1", ok=False)
    assert refused.exit_code == EXIT_FAILURE
    assert refused.stderr == f"summarize: {big}: larger than the 1 MB limit (raise it with --max-mb)\n"
    accepted = invoke(runner, str(big), "--max-mb", "3", "-f", "json")
    assert accepted.exit_code == EXIT_OK


def test_stdin_size_limit(runner: CliRunner) -> None:
    result = invoke(runner, "--max-mb", "0.01", stdin="word " * 5000, ok=False)
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == "summarize: stdin: larger than the 0.01 MB limit (raise it with --max-mb)\n"


def test_language_fallback_warns_on_stderr_and_in_json(runner: CliRunner, harbour_file: Path) -> None:
    """An unknown language falls back to English with a warning on stderr and in the JSON warnings."""
    result = invoke(runner, str(harbour_file), "-l", "klingon", "-f", "json")
    assert result.exit_code == EXIT_OK
    document = json.loads(result.stdout)[0]
    assert document["language"] == "english"
    assert any("klingon" in warning for warning in document["warnings"])
    assert f"summarize: {harbour_file}: warning: language 'klingon' is not supported" in result.stderr


def test_legacy_encoding_is_read_and_named(runner: CliRunner, tmp_path: Path) -> None:
    """A Windows-1252 file is read correctly and the guess is reported as a warning."""
    path = tmp_path / "old.txt"
    path.write_bytes(HARBOUR_STORY.encode("cp1252"))
    result = invoke(runner, str(path), "-f", "json")
    assert "£4 million" in result.stdout
    assert "read it as cp1252" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "-1"], "Invalid value for '--sentences' / '-n': -1 is not in the range x>=1."),
        (["-n", "abc"], "'abc' is not a valid int range."),
        (["--ratio", "2"], "Invalid value for '--ratio': 2 is not above 0 and at most 1"),
        (["-a", "magic"], "Invalid value for '--algorithm' / '-a': 'magic' is not one of"),
        (["--no-such-option"], "No such option: --no-such-option"),
        (["--ratio"], "Option '--ratio' requires an argument."),
    ],
)
def test_usage_errors_from_the_command_are_one_line(harbour_file: Path, args: list[str], message: str) -> None:
    """The installed command says a usage error in one line on stderr (click's usage block was four)."""
    import subprocess
    import sys

    from .conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "cli", str(harbour_file), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )
    assert result.returncode == EXIT_USAGE and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("summarize: ")
    assert message in result.stderr and result.stderr.endswith("(see 'summarize --help')\n")


def test_usage_line_for_an_error_that_is_not_a_usage_error() -> None:
    from cli.app import usage_line

    assert usage_line(ValueError("two\nlines")) == "summarize: two lines (see 'summarize --help')"
    failure = typer.BadParameter("bad")
    failure.exit_code = 1
    assert usage_line(failure).endswith("bad")
