"""The command in real processes, as shells run it: terminals, pipes, head, signals, start-up cost."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import HARBOUR_STORY, ROOT, SCHOOL_STORY, clean_env, descendants, run_cli, running

BOX = re.compile("[\u2500-\u257f]")
ANSI = re.compile(r"\x1b\[")
COLOUR = re.compile(r"\x1b\[[0-9;]*?(?:3[0-8]|9[0-7])[;m]")


def test_piped_output_is_plain_text(harbour_file: Path) -> None:
    """stdout not a terminal: plain text, no ANSI codes, no box drawing, nothing on stderr."""
    result = run_cli(str(harbour_file))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("Harbour town votes to rebuild storm-hit sea wall\n")
    assert not ANSI.search(out)
    assert not BOX.search(out)
    assert result.stderr == b""


@pytest.mark.parametrize(
    ("env", "colour"),
    [
        ({"TTY_COMPATIBLE": "1"}, True),
        ({"TTY_COMPATIBLE": "1", "NO_COLOR": "1"}, False),
        ({"FORCE_COLOR": "1"}, True),
    ],
    ids=["tty-compatible", "tty-compatible-no-color", "force-color"],
)
def test_terminal_forms(harbour_file: Path, env: dict[str, str], colour: bool) -> None:
    """TTY_COMPATIBLE/FORCE_COLOR give the panels; NO_COLOR removes the colour and keeps the panels."""
    result = run_cli(str(harbour_file), env=clean_env(**env))
    out = result.stdout.decode()
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "╭─ Headline" in plain
    assert "╭─ Summary" in plain
    assert bool(COLOUR.search(out)) is colour
    assert result.stderr == b""


@pytest.mark.parametrize("columns", [60, 90, 200])
def test_columns_is_respected(harbour_file: Path, columns: int) -> None:
    result = run_cli(str(harbour_file), "-f", "rich", env=clean_env(COLUMNS=str(columns)))
    widths = {len(line) for line in result.stdout.decode().splitlines()}
    assert max(widths) == min(columns, 110)


def test_stdin_both_ways(harbour_file: Path) -> None:
    """`cat story | summarize` and `summarize - < story` give the same result."""
    bare = run_cli("-f", "json", stdin=HARBOUR_STORY.encode())
    dash = run_cli("-", "-f", "json", stdin=HARBOUR_STORY.encode())
    assert bare.returncode == dash.returncode == 0
    assert json.loads(bare.stdout) == json.loads(dash.stdout)
    assert json.loads(bare.stdout)[0]["source"] == "stdin"


def test_crlf_and_lf_give_the_same_summary(tmp_path: Path) -> None:
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf.write_bytes(HARBOUR_STORY.encode())
    crlf.write_bytes(HARBOUR_STORY.replace("\n", "\r\n").encode())
    documents = [json.loads(run_cli(str(p), "-f", "json").stdout)[0] for p in (lf, crlf)]
    for document in documents:
        document.pop("source")
    assert documents[0] == documents[1]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8-bom.txt", b"\xef\xbb\xbf" + HARBOUR_STORY.encode()),
        ("utf16.txt", HARBOUR_STORY.encode("utf-16")),
        ("latin1.txt", HARBOUR_STORY.replace("“", '"').replace("”", '"').replace("—", "-").encode("latin-1")),
        ("cp1252.txt", HARBOUR_STORY.encode("cp1252")),
    ],
)
def test_encodings_through_the_command(tmp_path: Path, name: str, data: bytes) -> None:
    """Each encoding gives the same headline and keeps the '£' of the story."""
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli(str(path), "-f", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)[0]
    assert document["headline"] == "Harbour town votes to rebuild storm-hit sea wall"
    assert "£4 million" in document["summary"][0]["text"]


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "jsonl", "json"])
def test_head_ends_quietly(tmp_path: Path, fmt: str) -> None:
    """`summarize many | head -1` prints one line, no traceback, no BrokenPipeError, empty stderr."""
    paths = []
    for number in range(40):
        path = tmp_path / f"story{number:02}.txt"
        path.write_text(HARBOUR_STORY * 3)
        paths.append(str(path))
    command = " ".join([sys.executable, "-m", "cli", "-f", fmt, *paths]) + " | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        check=False,
        capture_output=True,
        env=clean_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert result.stderr == b""
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1


def test_head_keeps_the_failure_of_an_earlier_input(tmp_path: Path) -> None:
    """A closed pipe is no failure, but an input that failed before it still sets exit code 1."""
    missing = tmp_path / "missing.txt"
    paths = []
    for number in range(40):
        path = tmp_path / f"story{number:02}.txt"
        path.write_text(HARBOUR_STORY * 3)
        paths.append(str(path))
    command = " ".join([sys.executable, "-m", "cli", "-f", "jsonl", str(missing), *paths]) + " | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        check=False,
        capture_output=True,
        env=clean_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr == f"summarize: {missing}: no such file\n".encode()
    assert json.loads(result.stdout) == {"schema_version": 1, "source": str(missing), "error": "no such file"}


def test_head_on_one_big_article_is_quiet(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(
        "Council budget talks drag on\n\n" + "The council met on Monday to talk about money again. " * 20_000
    )
    command = f"{sys.executable} -m cli -n 5000 -f text {big} | head -1"
    result = subprocess.run(
        ["bash", "-c", command], check=False, capture_output=True, env=clean_env(), cwd=ROOT, timeout=120
    )
    assert result.stderr == b""
    assert result.stdout == b"Council budget talks drag on\n"


def _start_cli(*args: str, stdin: bool = False, live_sigint: bool = False) -> subprocess.Popen[bytes]:
    """Start ``python -m cli`` with piped output (and stdin when asked), for tests that watch it run."""
    return subprocess.Popen(
        [sys.executable, "-m", "cli", *args],
        stdin=subprocess.PIPE if stdin else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        cwd=ROOT,
        preexec_fn=_default_sigint if live_sigint else None,  # noqa: PLW1509 (single-threaded test process)
    )


def test_jsonl_streams_each_result_as_it_is_done(harbour_file: Path) -> None:
    """The first input's line arrives while the second (stdin, still open) has not even been read."""
    process = _start_cli("-f", "jsonl", str(harbour_file), "-", stdin=True)
    assert process.stdout is not None and process.stdin is not None
    first = process.stdout.readline()
    assert json.loads(first)["source"] == str(harbour_file)
    assert process.poll() is None  # still waiting for stdin
    process.stdin.write(SCHOOL_STORY.encode())
    process.stdin.close()
    second = process.stdout.readline()
    assert json.loads(second)["source"] == "stdin"
    assert process.wait(timeout=60) == 0


def _default_sigint() -> None:
    """A shell without job control starts background jobs with SIGINT ignored; these tests need it live."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_with_one_line(harbour_file: Path) -> None:
    """SIGINT while the command waits on input: exit 130, 'summarize: interrupted', no traceback."""
    process = _start_cli("-f", "jsonl", str(harbour_file), "-", stdin=True, live_sigint=True)
    assert process.stdout is not None
    process.stdout.readline()  # the first result is out: the command is running, not starting up
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr == b"summarize: interrupted\n"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to find the worker processes")
def test_ctrl_c_stops_a_parallel_batch_and_its_workers(tmp_path: Path, harbour_file: Path) -> None:
    """With -j 2, Ctrl-C ends the batch at once: exit 130, one line, no worker left running."""
    slow = tmp_path / "slow.txt"
    # Thousands of sentences make LexRank's sentence graph take far longer than this test waits.
    slow.write_text(
        "Council budget talks drag on\n\n"
        + "".join(
            f"The council met on day {n} to discuss budget item {n * 7 % 101} with the mayor. "
            for n in range(6000)
        )
    )
    process = _start_cli(
        "-a", "lexrank", "-f", "jsonl", "-j", "2", str(harbour_file), str(slow), str(slow), live_sigint=True
    )
    assert process.stdout is not None
    assert json.loads(process.stdout.readline())["source"] == str(harbour_file)
    workers = descendants(process.pid)
    assert workers
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert stderr == b"summarize: interrupted\n"
    time.sleep(0.5)
    assert not [pid for pid in workers if running(pid)]


def _run_with_pty(
    args: list[str], *, stdin_tty: bool = False, stderr_tty: bool = False, timeout: float = 60,
    env: dict[str, str] | None = None,
) -> tuple[int, bytes, bytes]:
    """Run the command with stdin and/or stderr on a pseudo-terminal; returns (code, stdout, terminal)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", *args],
        stdin=slave if stdin_tty else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave if stderr_tty else subprocess.PIPE,
        env=clean_env(TERM="xterm-256color", COLUMNS="100", **(env or {})),
        cwd=ROOT,
    )
    os.close(slave)
    stdout, stderr = process.communicate(timeout=timeout)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        terminal += chunk
    os.close(master)
    return process.returncode, stdout, terminal if stderr_tty else stderr


def test_no_file_on_a_terminal_is_a_usage_error_not_a_hang() -> None:
    code, stdout, stderr = _run_with_pty(["-f", "text"], stdin_tty=True, timeout=30)
    assert code == 2
    assert stdout == b""
    assert b"no article given" in stderr


@pytest.mark.parametrize(("delay", "bar"), [("0", True), ("3600", False)])
def test_progress_bar_on_a_terminal_once_the_delay_has_passed(
    harbour_file: Path, school_file: Path, delay: str, bar: bool
) -> None:
    """Several inputs, stderr on a terminal: a bar once the delay has passed, none for a batch done before it;
    stdout keeps only the results either way."""
    code, stdout, terminal = _run_with_pty(
        ["-f", "jsonl", str(harbour_file), str(school_file)], stderr_tty=True,
        env={"SUMMARIZE_PROGRESS_DELAY": delay},
    )
    assert code == 0
    assert [json.loads(line)["source"] for line in stdout.splitlines()] == [str(harbour_file), str(school_file)]
    assert (b"summarising" in terminal) is bar
    if not bar:
        assert terminal == b""


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, harbour_file: Path, school_file: Path
) -> None:
    result = run_cli("-f", "jsonl", str(harbour_file), str(school_file))
    assert result.returncode == 0
    assert result.stderr == b""


def test_closed_stdin(harbour_file: Path) -> None:
    """`summarize - <&-` is a clear runtime error; no FILE with stdin closed is a usage error."""
    dash = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m cli - <&-"],
        check=False,
        capture_output=True,
        env=clean_env(),
        cwd=ROOT,
        timeout=60,
    )
    assert dash.returncode == 1
    assert dash.stderr == b"summarize: stdin: standard input is closed\n"
    bare = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m cli <&-"],
        check=False,
        capture_output=True,
        env=clean_env(),
        cwd=ROOT,
        timeout=60,
    )
    assert bare.returncode == 2
    assert b"no article given" in bare.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text", "markdown"])
def test_plain_formats_do_not_import_rich(harbour_file: Path, fmt: str) -> None:
    """Start-up stays small: rich is loaded only to draw panels (or to ask if stdout is a terminal)."""
    code = (
        "import sys\n"
        "from cli.app import main\n"
        f"sys.argv = ['summarize', {str(harbour_file)!r}, '-f', {fmt!r}]\n"
        "try:\n    main()\n"
        "finally:\n"
        "    sys.stderr.write(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'rich')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, env=clean_env(), cwd=ROOT, timeout=60
    )
    assert result.returncode == 0
    assert result.stderr == b""


def test_library_does_not_import_the_cli_stack() -> None:
    code = "import summarizer, sys; print(sorted({'typer', 'rich', 'click'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, env=clean_env(), cwd=ROOT, timeout=60
    )
    assert result.stdout == b"[]\n"
