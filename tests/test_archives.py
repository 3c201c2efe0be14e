"""``summarize --records``, ``--timeout`` and stopping a batch with SIGTERM, through the command line."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarizer.core
from cli.app import EXIT_FAILURE, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, app
from summarizer.models import Summary

from .conftest import HARBOUR_STORY, ROOT, SCHOOL_STORY, clean_env, descendants, running

FORK = multiprocessing.get_start_method() == "fork"
BODY = SCHOOL_STORY.split("\n", 2)[2]  # the school story without its headline


def invoke(*args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    env = {"NO_COLOR": "", "FORCE_COLOR": "", "TTY_COMPATIBLE": "", "COLUMNS": "100"}
    return CliRunner().invoke(app, list(args), input=stdin, env=env)


def page(headline: str, story: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in story.splitlines()[1:] if line.strip())
    return f"<html><head><title>{headline} - Example</title></head><body><h1>{headline}</h1>{paragraphs}</body></html>"


def mixed_archive(path: Path, count: int) -> dict[int, str]:
    """Good texts, HTML pages, empty texts, broken lines and records without text; the kind of each line."""
    kinds: dict[int, str] = {}
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            kind = ("text", "text", "html", "empty", "broken", "text", "missing")[number % 7]
            kinds[number] = kind
            record: dict[str, object] = {"id": f"r{number}"}
            if kind == "text":
                record.update(title=f"Story {number}", text=(BODY, HARBOUR_STORY)[number % 2])
            elif kind == "html":
                record["html"] = page("City opens three new schools", SCHOOL_STORY)
            elif kind == "empty":
                record["text"] = ""
            line = json.dumps(record, ensure_ascii=False)
            handle.write((line[:-5] if kind == "broken" else line) + "\n")
    return kinds


@pytest.mark.parametrize(
    ("name", "content", "fmt", "stdout"),
    [
        ("empty.jsonl", "", "jsonl", ""),
        ("blank.jsonl", "\n   \n", "json", "[]\n"),
        ("header.csv", "id,text\n", "jsonl", ""),
    ],
)
def test_an_archive_without_records_is_a_failure(tmp_path: Path, name: str, content: str, fmt: str,
                                                 stdout: str) -> None:
    """Nothing summarised must not look like success to a script: one line on stderr and exit 1."""
    archive = tmp_path / name
    archive.write_text(content, encoding="utf-8")
    result = invoke("--records", str(archive), "-f", fmt)
    assert result.exit_code == EXIT_FAILURE
    assert result.stdout == stdout
    assert result.stderr.strip().splitlines() == [f"summarize: {archive}: the archive holds no records"]


def test_an_empty_archive_on_stdin_is_named_stdin() -> None:
    result = invoke("--records", "-", "-f", "jsonl", stdin="")
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr.strip() == "summarize: stdin: the archive holds no records"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_archive_gives_one_line_per_record_in_order(tmp_path: Path, jobs: str) -> None:
    """Ids kept in order, one error line per bad record, exit 1 at the end."""
    archive = tmp_path / "archive.jsonl"
    kinds = mixed_archive(archive, 70)
    result = invoke("--records", str(archive), "-f", "jsonl", "-j", jobs)
    assert result.exit_code == EXIT_FAILURE
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(kinds)
    for number, line in enumerate(lines):
        kind = kinds[number]
        assert line["source"] == f"{archive}:{number + 1}"
        if kind == "broken":
            assert set(line) == {"schema_version", "id", "source", "error"}
            assert line["id"] is None
            assert line["error"].startswith(f"{archive}:{number + 1}: not valid JSON (")
            continue
        assert line["id"] == f"r{number}"
        assert line["schema_version"] == 1  # the same contract as for files
        if kind in ("empty", "missing"):
            assert set(line) == {"schema_version", "id", "source", "error"}
        else:
            assert "error" not in line
            assert line["summary"]
            assert line["headline"] == (f"Story {number}" if kind == "text" else "City opens three new schools")
    errors = result.stderr.splitlines()
    assert len(errors) == sum(kind in ("empty", "broken", "missing") for kind in kinds.values())
    assert errors[0] == f"summarize: {archive}:4 (id r3): the text is empty"


def test_several_processes_write_what_one_writes(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    mixed_archive(archive, 40)
    one = invoke("--records", str(archive), "-f", "jsonl")
    two = invoke("--records", str(archive), "-f", "jsonl", "-j", "2")
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_an_archive_with_no_bad_record_exits_0(tmp_path: Path) -> None:
    archive = tmp_path / "good.jsonl.gz"
    archive.write_bytes(gzip.compress(b"".join(
        json.dumps({"id": n, "text": HARBOUR_STORY}).encode() + b"\n" for n in range(3))))
    result = invoke("--records", str(archive), "-f", "jsonl")
    assert result.exit_code == EXIT_OK, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [0, 1, 2]


def test_csv_from_stdin_with_named_fields() -> None:
    rows = 'key,headline,body\n1,Sea wall to be rebuilt,"' + HARBOUR_STORY.split("\n", 2)[2].replace('"', '""') + '"\n'
    result = invoke("--records", "-", "--id-field", "key", "--text-field", "body", "--title-field", "headline",
                    "-f", "jsonl", stdin=rows)
    assert result.exit_code == EXIT_OK, result.stderr
    (line,) = (json.loads(text) for text in result.stdout.splitlines())
    assert (line["id"], line["source"], line["headline"]) == ("1", "stdin:2", "Sea wall to be rebuilt")


def test_json_is_one_array_with_the_errors_in_place(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": 1, "text": SCHOOL_STORY}) + "\n{oops\n"
                       + json.dumps({"id": 3, "text": HARBOUR_STORY}) + "\n")
    result = invoke("--records", str(archive), "-f", "json")
    assert result.exit_code == EXIT_FAILURE
    documents = json.loads(result.stdout)
    assert [d["id"] for d in documents] == [1, None, 3]
    assert documents[1]["error"].startswith(f"{archive}:2: not valid JSON")


def test_text_output_names_each_record(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "s1", "text": SCHOOL_STORY}) + "\n")
    result = invoke("--records", str(archive), "-f", "text")
    assert result.stdout.startswith(f"==> {archive}:1 (id s1) <==\n{SCHOOL_STORY.splitlines()[0]}\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["story.txt", "--records", "a.jsonl"], "give either FILE arguments or --records"),
        (["--records", "a.jsonl", "--timeout", "nan"], "nan is not a positive number of seconds"),
        (["--records", "a.jsonl", "--timeout", "inf"], "inf is not a positive number of seconds"),
        (["--records", "a.jsonl", "--timeout", "0"], "0 is not a positive number of seconds"),
        (["--records", "a.jsonl", "--timeout", "-3"], "-3 is not a positive number of seconds"),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_archive_is_one_line(tmp_path: Path) -> None:
    result = invoke("--records", str(tmp_path / "none.jsonl"))
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {tmp_path / 'none.jsonl'}: no such file\n"


def _slow_on_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    real = summarizer.core.summarize

    def summarize(text: str, *args: object, **kwargs: object) -> Summary:
        if "SLOW MARKER" in text:
            time.sleep(60)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(summarizer.core, "summarize", summarize)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeout_stops_a_runaway_input_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    if jobs == "2" and not FORK:
        pytest.skip("the slow stand-in is patched in; workers must be forked to see it")
    _slow_on_marker(monkeypatch)
    paths = []
    for number, text in enumerate((HARBOUR_STORY, "SLOW MARKER. " + SCHOOL_STORY, SCHOOL_STORY)):
        path = tmp_path / f"{number}.txt"
        path.write_text(text)
        paths.append(path)
    result = invoke(*map(str, paths), "-f", "jsonl", "-j", jobs, "--timeout", "0.5")
    assert result.exit_code == EXIT_FAILURE
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(path) for path in paths]
    assert lines[1]["error"] == "stopped after 0.5 s, the time limit for one input"
    assert "error" not in lines[0] and "error" not in lines[2]
    assert result.stderr == f"summarize: {paths[1]}: stopped after 0.5 s, the time limit for one input\n"


def test_timeout_applies_to_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _slow_on_marker(monkeypatch)
    archive = tmp_path / "a.jsonl"
    archive.write_text("".join(json.dumps({"id": n, "text": t}) + "\n"
                               for n, t in enumerate((SCHOOL_STORY, "SLOW MARKER. " + HARBOUR_STORY))))
    result = invoke("--records", str(archive), "-f", "jsonl", "--timeout", "0.5")
    assert result.exit_code == EXIT_FAILURE
    last = json.loads(result.stdout.splitlines()[1])
    assert last == {"schema_version": 1, "id": 1, "source": f"{archive}:2",
                    "error": f"{archive}:2 (id 1): stopped after 0.5 s, the time limit for one input"}


# SIGTERM in a real process: a batch of slow inputs over two workers, then the signal to the main process.

DRIVER = """
import sys, time
import summarizer.core
from summarizer.models import Summary
real = summarizer.core.summarize
def slow(text, *args, **kwargs):
    if "SLOW MARKER" in text:
        time.sleep(120)
    return real(text, *args, **kwargs)
summarizer.core.summarize = slow
from cli.app import main
sys.argv[0] = "summarize"
main()
"""


@pytest.mark.skipif(not Path("/proc").is_dir() or not FORK, reason="reads /proc; the slow stand-in needs fork")
@pytest.mark.parametrize("records", [False, True], ids=["files", "records"])
def test_sigterm_stops_the_batch_and_every_worker(tmp_path: Path, records: bool) -> None:
    """SIGTERM to the main process during -j 2: one line, exit 143, no worker left running."""
    fast = tmp_path / "fast.txt"
    fast.write_text(HARBOUR_STORY)
    slow = tmp_path / "slow.txt"
    slow.write_text("SLOW MARKER. " + SCHOOL_STORY)
    if records:
        archive = tmp_path / "a.jsonl"
        archive.write_text("".join(json.dumps({"id": n, "text": path.read_text()}) + "\n"
                                   for n, path in enumerate((fast, slow, slow, slow))))
        inputs = ["--records", str(archive)]
    else:
        inputs = [str(fast), str(slow), str(slow), str(slow)]
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER, *inputs, "-f", "jsonl", "-j", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env(), cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        assert json.loads(process.stdout.readline())["headline"]  # the fast one is out: both workers are busy
        workers = descendants(process.pid)
        assert len(workers) >= 2
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == EXIT_TERMINATED
    assert stderr == b"summarize: terminated\n"
    deadline = time.monotonic() + 5
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if running(pid)]
