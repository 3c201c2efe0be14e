"""Speed against the floor: per article, quotes alone, ``-j 2``, cold start, and how time grows with input.

    python benchmarks/speed.py DATA [--articles 1000] [--limit 30] [--only floor,stages,jobs,cold,hostile,algorithms]

DATA is ``bbc.jsonl`` (``id, topic, title, body``). Everything is measured in this one run, so every
figure is next to the floor it is compared with:

- **floor**: the cost any sentence-extractive tool pays, one process that reads every file and splits
  it with Punkt (the ``punkt`` package's English model). The CLI (``summarize FILES --format jsonl``)
  and the floor each run on 1 and on N article files; the CPU time (user + system) per extra article,
  ``(cpu(N) - cpu(1)) / (N - 1)``, leaves start-up out of both. Goal: the CLI at most 4x the floor.
- **stages**: per article, each stage in a process of its own (warmed on articles it does not measure,
  so that no stage runs on caches another stage filled with the same article), CPU time of Punkt
  alone, ``parse_article``, ``parse_article`` with the word layer (``Article.words``), ``summarize``
  with ``lead`` and no quotes, with ``lead`` and quotes, with the default and no quotes, and the
  default. Quotes alone = lead with quotes - lead without (goal: at most 1x the floor).
- **jobs**: wall time of ``-j 2`` against one process on the N files (goal: at least 1.6x), and the
  machine's own ceiling for two processes: two one-process runs started together on half the files each.
- **cold**: ``summarize SEED --format json`` against ``python -c "import nltk, numpy"`` and
  ``python -c pass`` (goal: at most 1.3x the import floor), then where the rest goes (``-X importtime``:
  modules the CLI imports that the floor does not, by package).
- **hostile**: input families built here (never from DATA) doubled from 100 KB to 400 KB through
  ``summarize``; the slope of log(CPU time) over log(size) must be at most 1.2 (1 is linear).
- **algorithms**: each algorithm on BBC bodies joined to 20k-200k words; same slope rule.

Each size is timed as the best of three runs (one run when it takes over 5 s), the same at every
size. A slope above 1.2 is measured a second time and the lower of the two is kept, since one run on a
shared machine can be bent by other work; a family that is really superlinear fails both times.
Each hostile input and each long text runs in a worker process that is stopped after ``--limit`` seconds
of wall time; the slope is then a lower bound ("> X"). The exit status is 1 when any slope is above
1.2 or could not be shown to be at most 1.2. Only the public API is imported (``summarize``,
``parse_article``, ``Options``) and the CLI is run as a command, so the benchmark works whatever the
library's module layout.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import os
import re
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import measured  # noqa: E402  (the benchmarks' shared runner, beside this file)

SEED = ROOT / "seeds" / "000_82a48adea5d2f2b5.txt"
MAX_SLOPE = 1.2
HOSTILE_SIZES = (100_000, 200_000, 400_000)
ALGORITHM_WORDS = (20_000, 50_000, 100_000, 200_000)
WARM_UP = "The council met on Tuesday. It approved the budget, the mayor said. \"We are pleased,\" she said."
BLANK_LINES = re.compile(r"\n\s*\n")


# ---------------------------------------------------------------------------------------------------------
# Inputs


def articles(data: Path, count: int) -> list[tuple[str, str]]:
    """The first ``count`` (title, body) pairs of DATA."""
    rows: list[tuple[str, str]] = []
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            if len(rows) == count:
                break
            row = json.loads(line)
            rows.append((row["title"], row["body"]))
    return rows


def as_file_text(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def long_text(data: Path, words: int) -> str:
    """BBC body paragraphs joined, round and round, until the text has ``words`` words."""
    parts: list[str] = []
    count = 0
    while count < words:
        with data.open(encoding="utf-8") as handle:
            for line in handle:
                for paragraph in json.loads(line)["body"].split("\n\n"):
                    if paragraph.strip():
                        parts.append(paragraph.strip())
                        count += len(paragraph.split())
                        if count >= words:
                            return "\n\n".join(parts)
    return "\n\n".join(parts)


def _repeat(unit: Callable[[int], str], size: int) -> str:
    """Numbered units joined until the text reaches ``size`` characters (numbers keep units distinct)."""
    parts: list[str] = []
    total = number = 0
    while total < size:
        piece = unit(number)
        parts.append(piece)
        total += len(piece)
        number += 1
    return "".join(parts)[:size]


_NAMES = ("Ada Brook", "Carl Dunmore", "Edith Fane", "Gus Holt", "Ivy Jessop", "Karl Lund", "Mona Neve")
_PROSE = ("the committee agreed to look again at the plan for the new bridge after residents raised concerns "
          "about traffic and the cost of the work, which has risen twice since the spring")


def _name(number: int) -> str:
    return _NAMES[number % len(_NAMES)]


MARKDOWN = "# Council notes\n\n"  # a heading: the text is then read as Markdown
# Each family: a name and a function from size (characters) to a text of that size. Written here, so
# they are the project's own text; each is an input shape that has made some pattern or loop rescan.
HOSTILE: dict[str, Callable[[int], str]] = {
    "unclosed HTML tags": lambda n: "<html><body>" + _repeat(
        lambda i: f"<div class=\"c{i % 9}\"><p>Item {i} of the list <b>is <i>open ", n),
    "unterminated tags": lambda n: "<html><body>" + _repeat(lambda i: f"<a href=\"/x/{i}\" title=\"x {i} ", n),
    "Markdown emphasis characters": lambda n: MARKDOWN + _repeat(
        lambda i: f"*word{i % 50} _term **bold __under ", n),
    "runs of emphasis characters": lambda n: MARKDOWN + _repeat(lambda i: "**__*_" * 8 + " ", n),
    "Markdown brackets": lambda n: MARKDOWN + _repeat(lambda i: f"[link {i % 40} [note](see ", n),
    "many short lines": lambda n: _repeat(lambda i: ("Yes\n", "No way\n", "Then\n", "Item 4\n")[i % 4], n),
    "lines of one word": lambda n: _repeat(lambda i: f"word{i % 97}\n", n),
    "hard-wrapped prose": lambda n: _repeat(
        lambda i: "\n".join(re.findall(r".{1,68}(?:\s|$)", f"{_name(i)} said {_PROSE} on day {i}. ")) + "\n", n),
    "lower-case questions": lambda n: _repeat(
        lambda i: f"why would the council do that? asked {_name(i).split()[0].lower()} on day {i}. ", n),
    "runs of U.S.U.S.": lambda n: _repeat(lambda i: "U.S." * 20 + (" " if i % 5 == 4 else ""), n),
    "em-dash speech tags": lambda n: _repeat(
        lambda i: f"\u201cWe will build it\u201d \u2014 said {_name(i)} \u2014 \u201cand soon.\u201d ", n),
    "unbalanced opening quotes": lambda n: _repeat(lambda i: f"\u201cThe plan for day {i} is open, and ", n),
    "unbalanced straight quotes": lambda n: _repeat(lambda i: f"\"The plan {i} is fine, ", n),
    "chains of reported speech": lambda n: _repeat(
        lambda i: f"{_name(i)} said that {_name(i + 1)} told {_name(i + 2)} that ", n),
    "runs of capitalised words": lambda n: _repeat(lambda i: f"The {_name(i)} North River Town Council Board ", n),
    "one sentence, no full stop": lambda n: _repeat(lambda i: f"and the plan for day {i} went on ", n),
    "one long line of prose": lambda n: _repeat(lambda i: f"{_name(i)} said {_PROSE} on day {i}. ", n),
    "one-sentence paragraphs": lambda n: _repeat(lambda i: f"{_name(i)} said the plan {i} was fine.\n\n", n),
    "byline-like lines": lambda n: _repeat(lambda i: f"By {_name(i)}\nStaff reporter\n", n),
    "headline-like capital lines": lambda n: _repeat(lambda i: f"COUNCIL VOTES ON BRIDGE PLAN {i}\n", n),
    "balanced short quotes": lambda n: _repeat(lambda i: f"\u201cyes\u201d \u201cno {i}\u201d ", n),
    "nested parentheses": lambda n: _repeat(lambda i: f"(note {i % 30} (", n),
    "punctuation runs": lambda n: _repeat(lambda i: "!?." * 10 + ("\n" if i % 7 == 6 else " "), n),
    "one long token": lambda n: "Start. " + "abc" * (n // 3),
    "whitespace runs": lambda n: _repeat(lambda i: f"word{i % 20}" + " \t" * 40, n),
    "dotted numbers": lambda n: _repeat(lambda i: f"{i}.{i % 7}.{i % 3}.", n),
    "ellipses": lambda n: _repeat(lambda i: f"and then ... word{i % 40} ... ", n),
    "title abbreviations": lambda n: _repeat(lambda i: f"Mr. Dr. Gen. Sen. {_name(i)} ", n),
    "CJK without spaces": lambda n: _repeat(lambda i: "\u5e02\u8bae\u4f1a\u8ba8\u8bba\u4e86\u65b0\u6865\u3002", n),
    "URLs": lambda n: _repeat(lambda i: f"https://example.org/news/{i}/story.html?a=1&b=2 ", n),
    "CRLF prose": lambda n: _repeat(lambda i: f"{_name(i)} said the plan {i} was fine.\r\n", n),
}


# ---------------------------------------------------------------------------------------------------------
# Workers: run in their own process, print one JSON line per measurement


def _emit(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


GROW_RUNS = 3
LONG_RUN = 5.0


def _cpu_of(run: Callable[[], object]) -> tuple[float, str | None]:
    """CPU seconds of ``run()``, the best of ``GROW_RUNS`` runs, and its error.

    Every size gets the same number of runs, each after a full collection: a best of many runs at the
    small sizes against one run at the large ones would tilt the slope upwards by itself. A run of over
    ``LONG_RUN`` seconds is not repeated (the worker's time limit is per measurement, and noise is small
    against it).
    """
    best = math.inf
    error = None
    for _ in range(GROW_RUNS):
        gc.collect()
        start = time.process_time()
        try:
            run()
        except Exception as exc:  # a refusal (too many sentences, no text) is a result to report
            error = f"{type(exc).__name__}: {exc}"
        seconds = time.process_time() - start
        best = min(best, seconds)
        if error or seconds > LONG_RUN:
            break
    return best, error


def worker_grow(kind: str, name: str, data: Path, sizes: list[int]) -> None:
    """Time ``summarize`` on inputs of growing size of one hostile family or one algorithm.

    For an algorithm the time is without key quotes, and ``base`` is the same text with ``lead`` (reading
    and splitting only), so that the algorithm's own share is ``cpu - base``.
    """
    from summarizer import Options, summarize

    options = Options() if kind == "hostile" else Options(algorithm=name, quotes=0)
    lead = Options(algorithm="lead", quotes=0)
    summarize(WARM_UP, options)
    _emit(ready=True)
    for size in sizes:
        text = HOSTILE[name](size) if kind == "hostile" else long_text(data, size)
        seconds, error = _cpu_of(lambda text=text: summarize(text, options))  # type: ignore[misc]
        base = 0.0
        if kind == "algorithms" and not error:
            base, _ = _cpu_of(lambda text=text: summarize(text, lead))  # type: ignore[misc]
        _emit(size=size, chars=len(text), cpu=seconds, base=base, error=error)
        if error and kind == "algorithms":
            return


STAGES = ("read+Punkt floor", "parse_article", "parse_article + word layer", "lead, no quotes", "lead with quotes",
          "default, no quotes", "default")


def worker_stages(data: Path, count: int, label: str) -> None:
    """Per-article CPU time of one stage over ``count`` articles, in a process of its own.

    One stage a process, so that no stage runs on caches another stage warmed on the same article (the
    library keeps per-sentence caches), and the floor does not run on processor caches another stage
    has just emptied; the warm-up uses articles that are not measured.
    """
    import punkt

    from summarizer import Options, parse_article, summarize

    splitter = punkt.tokenizer_for("english")
    stages: dict[str, Callable[[str], object]] = {
        "read+Punkt floor": lambda text: [list(splitter.span_tokenize(p)) for p in BLANK_LINES.split(text)],
        "parse_article": parse_article,
        "parse_article + word layer": lambda text: parse_article(text).words,
        "lead, no quotes": lambda text: summarize(text, Options(algorithm="lead", quotes=0)),
        "lead with quotes": lambda text: summarize(text, Options(algorithm="lead")),
        "default, no quotes": lambda text: summarize(text, Options(quotes=0)),
        "default": summarize,
    }
    stage = stages[label]
    rows = articles(data, count + 20)
    texts = [as_file_text(title, body) for title, body in rows[:count]]
    for title, body in rows[count:]:
        stage(as_file_text(title, body))
    start = time.process_time()
    for text in texts:
        stage(text)
    _emit(articles=len(texts), stage=label, seconds=(time.process_time() - start) / len(texts))


def worker_floor(files: list[str]) -> None:
    """The floor as a command: read every file and split each paragraph with Punkt."""
    import punkt

    splitter = punkt.tokenizer_for("english")
    sentences = 0
    for name in files:
        text = Path(name).read_bytes().decode("utf-8")
        for paragraph in BLANK_LINES.split(text):
            sentences += len(list(splitter.span_tokenize(paragraph)))
    print(sentences)


def worker_library(files: list[str]) -> None:
    """The library's path over the same files, as a command: read each file, decode it, ``summarize`` it
    and make its JSON line (the CLI's product), in one process; no checks of the input, nothing written."""
    from summarizer import summarize

    size = 0
    for name in files:
        text = Path(name).read_bytes().decode("utf-8")
        size += len(json.dumps(summarize(text, source=name).as_dict(), ensure_ascii=False))
    print(size)


def worker_split(report: str, arguments: list[str]) -> None:
    """The installed ``summarize`` entry point run in this process: CPU of this process (the parent) and of
    its workers, and the messages and bytes the parent sent and received through the pool's pipes."""
    import resource
    from importlib.metadata import entry_points
    from multiprocessing.connection import Connection

    counts = {"sent": 0, "sent_bytes": 0, "received": 0, "received_bytes": 0}
    send_bytes, recv_bytes = Connection._send_bytes, Connection._recv_bytes  # type: ignore[attr-defined]

    def counted_send(self: Connection, data: Any) -> None:
        counts["sent"] += 1
        counts["sent_bytes"] += len(data)
        send_bytes(self, data)

    def counted_recv(self: Connection, maxsize: int | None = None) -> Any:
        buffer = recv_bytes(self, maxsize)
        counts["received"] += 1
        counts["received_bytes"] += buffer.getbuffer().nbytes
        return buffer

    Connection._send_bytes = counted_send  # type: ignore[attr-defined]
    Connection._recv_bytes = counted_recv  # type: ignore[attr-defined]
    (main,) = (point for point in entry_points(group="console_scripts") if point.name == "summarize")
    sys.argv = ["summarize", *arguments]
    with contextlib.suppress(SystemExit):
        main.load()()
    sys.stdout.flush()
    parent = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(report).write_text(json.dumps({"parent": parent.ru_utime + parent.ru_stime,
                                        "workers": workers.ru_utime + workers.ru_stime, **counts}))


# ---------------------------------------------------------------------------------------------------------
# Running commands


def summarize_command() -> list[str]:
    """The installed ``summarize`` next to this Python, else ``python -m cli``."""
    script = Path(sys.executable).with_name("summarize")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli"]


def cached_bytecode_env() -> dict[str, str]:
    """This environment, with Python free to write bytecode: an installed package has its .pyc files,
    while PYTHONDONTWRITEBYTECODE would make every run compile the project's modules again."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_measured(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (user + system) and stdout of one command that must succeed."""
    done = measured.run_measured(command, cwd=ROOT, env=env, name="speed")
    return done.wall, done.cpu, done.stdout


def run_side_by_side(commands: list[list[str]]) -> tuple[float, float]:
    """Wall seconds until every command has finished, started together, and their CPU seconds summed."""
    start = time.perf_counter()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
                 for command in commands]
    cpu = 0.0
    for command, process in zip(commands, processes, strict=True):
        _, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"speed: failed: {' '.join(command[:5])} ...")
        cpu += usage.ru_utime + usage.ru_stime
    return time.perf_counter() - start, cpu


def watch_worker(arguments: list[str], limit: float) -> tuple[list[dict[str, Any]], str | None]:
    """Run a worker, collecting its JSON lines; stop it when one measurement takes over ``limit`` s.

    Returns the lines and, if the worker was stopped or failed, why.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    assert process.stdout is not None and process.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    lines: list[dict[str, Any]] = []
    problem: str | None = None
    deadline = time.monotonic() + limit + 60  # imports and warm-up get a minute more
    while True:
        if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
            process.kill()
            problem = "stopped"
            break
        line = process.stdout.readline()
        if not line:
            break
        record = json.loads(line)
        if "ready" not in record:
            lines.append(record)
        deadline = time.monotonic() + limit
    process.wait()
    selector.close()
    if problem is None and process.returncode:
        problem = "failed: " + (process.stderr.read().strip().splitlines() or ["?"])[-1]
    return lines, problem


# ---------------------------------------------------------------------------------------------------------
# Sections


def write_files(data: Path, count: int, folder: Path) -> list[str]:
    files = []
    for number, (title, body) in enumerate(articles(data, count)):
        path = folder / f"{number:04d}.txt"
        path.write_text(as_file_text(title, body), encoding="utf-8")
        files.append(str(path))
    return files


def split_run(arguments: list[str]) -> dict[str, float]:
    """``worker_split`` over ``arguments``: parent and worker CPU, messages and bytes through the pipes."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        run_measured([sys.executable, str(Path(__file__).resolve()), "--split", report.name, *arguments])
        figures: dict[str, float] = json.loads(Path(report.name).read_text())
    return figures


def floor_section(files: list[str], runs: int) -> tuple[list[str], dict[str, float]]:
    """Marginal CPU per article of the floor command, the library's path and the CLI; ``-j 2`` against one process.

    Each is a command over the same files, timed the same way (CPU of the whole process tree, the
    one-file run subtracted), so the three compare like with like.
    """
    script = str(Path(__file__).resolve())
    floor = [sys.executable, script, "--floor"]
    library = [sys.executable, script, "--library"]
    cli = [*summarize_command(), "--format", "jsonl"]
    best: dict[str, float] = defaultdict(lambda: math.inf)
    walls: dict[str, float] = defaultdict(lambda: math.inf)
    outputs: dict[str, bytes] = {}
    for _ in range(runs):  # interleaved, so each command sees the same load
        for label, command in (("floor", floor), ("library", library), ("cli", cli)):
            for count in (1, len(files)):
                wall, cpu, out = run_measured([*command, *files[:count]])
                best[f"{label} {count}"] = min(best[f"{label} {count}"], cpu)
                walls[f"{label} {count}"] = min(walls[f"{label} {count}"], wall)
                outputs[label] = out
        wall, cpu, out = run_measured([*cli, *files, "-j", "2"])
        walls["j2"] = min(walls["j2"], wall)
        best["j2"] = min(best["j2"], cpu)
        outputs["j2"] = out
        # the machine's own ceiling for two processes: two one-process runs at once, each on half the files
        half = len(files) // 2
        wall, cpu = run_side_by_side([[*cli, *files[:half]], [*cli, *files[half:]]])
        walls["pair"] = min(walls["pair"], wall)
        best["pair"] = min(best["pair"], cpu)
    n = len(files)
    per = {label: 1000 * (best[f"{label} {n}"] - best[f"{label} 1"]) / (n - 1) for label in ("floor", "library", "cli")}
    floor_ms = per["floor"]
    speed_up = walls[f"cli {n}"] / walls["j2"]
    same = "yes" if outputs["j2"] == outputs["cli"] else "no"
    rows = [
        f"| command ({n:,} BBC articles as files) | CPU, 1 file | CPU, {n:,} files | CPU per extra article "
        "| to the floor | goal |",
        "|---|---|---|---|---|---|",
        f"| floor: read + Punkt | {best['floor 1']:.2f} s | {best[f'floor {n}']:.2f} s | {floor_ms:.2f} ms "
        "| 1x | |",
        f"| library: read, `summarize()`, JSON of the result | {best['library 1']:.2f} s "
        f"| {best[f'library {n}']:.2f} s | {per['library']:.2f} ms | {per['library'] / floor_ms:.1f}x | |",
        f"| `summarize FILES --format jsonl` | {best['cli 1']:.2f} s | {best[f'cli {n}']:.2f} s | {per['cli']:.2f} ms "
        f"| {per['cli'] / floor_ms:.1f}x | ≤ 4x: {_yes(per['cli'] / floor_ms <= 4)} |",
        "",
        f"The command's own cost beyond the library's path (checking and decoding each input, the pool's loop, "
        f"writing): {per['cli'] - per['library']:.2f} ms an article ({(per['cli'] - per['library']) / floor_ms:.2f}x "
        "the floor).",
        "",
        f"| run ({n:,} files, wall, best of {runs}) | seconds | articles/s | against one process | goal |",
        "|---|---|---|---|---|",
        f"| one process | {walls[f'cli {n}']:.2f} s | {n / walls[f'cli {n}']:.0f} | 1x | |",
        f"| `-j 2` (output identical: {same}) | {walls['j2']:.2f} s | {n / walls['j2']:.0f} | {speed_up:.2f}x "
        f"| ≥ 1.6x: {_yes(speed_up >= 1.6)} |",
        "",
        f"(`os.cpu_count()` = {os.cpu_count()}; the load average when this ran: "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}.)",
        "",
        f"CPU of the `-j 2` run (parent and workers) against one process: {best['j2'] / best[f'cli {n}']:.2f}x, "
        f"so at most {2 * best[f'cli {n}'] / best['j2']:.2f}x on two free cores.",
        "",
        f"The machine's ceiling for two processes: two one-process runs started together, each on half the "
        f"files, took {walls['pair']:.2f} s, {walls[f'cli {n}'] / walls['pair']:.2f}x one process on all of them "
        f"(their CPU {best['pair'] / best[f'cli {n}']:.2f}x one process's: what the same work costs with both "
        f"cores busy); `-j 2` reached {walls['pair'] / walls['j2']:.0%} of that ceiling.",
    ]
    return [*rows, "", *jobs_split_rows(files)], {"floor_ms": floor_ms}


def jobs_split_rows(files: list[str]) -> list[str]:
    """Where the CPU of ``-j 2`` goes: the parent's and the workers' per article, and what the pipes carry.

    Two runs (a tenth of the files, and all of them), so that start-up, imports and the warm-up drop out
    of the per-article figures.
    """
    n, small = len(files), max(2, len(files) // 10)
    few = split_run([*files[:small], "--format", "jsonl", "-j", "2"])
    many = split_run([*files, "--format", "jsonl", "-j", "2"])
    extra = n - small

    def per(key: str) -> float:
        return (many[key] - few[key]) / extra

    return [
        f"| `-j 2`, per extra article ({small:,} to {n:,} files) | parent | workers |",
        "|---|---|---|",
        f"| CPU | {1000 * per('parent'):.3f} ms | {1000 * per('workers'):.2f} ms |",
        f"| messages | {per('sent'):.2f} sent | {per('received'):.2f} received |",
        f"| bytes through the pipes | {per('sent_bytes'):.0f} sent | {per('received_bytes'):.0f} received |",
    ]


def stages_section(data: Path, count: int, limit: float) -> list[str]:
    per: dict[str, float] = {}
    for label in STAGES:
        lines, problem = watch_worker(["stages", str(data), str(count), label], limit=limit * 20)
        if not lines:
            return [f"(stages: {label}: {problem})"]
        per[label] = lines[0]["seconds"]
    result = {"articles": lines[0]["articles"]}
    floor = per["read+Punkt floor"]
    quotes = per["lead with quotes"] - per["lead, no quotes"]
    ranking = per["default, no quotes"] - per["lead, no quotes"]
    layer = per.get("parse_article + word layer", math.nan) - per["parse_article"]
    rows = [f"| stage (each in a process of its own, {result['articles']:,} articles) | CPU per article "
            "| to the floor | goal |",
            "|---|---|---|---|"]
    for label, seconds in per.items():
        goal = f"≤ 4x: {_yes(seconds / floor <= 4)}" if label == "default" else ""
        rows.append(f"| {label} | {1000 * seconds:.2f} ms | {seconds / floor:.1f}x | {goal} |")
    rows += [
        f"| quotes alone (lead with quotes - lead) | {1000 * quotes:.2f} ms | {quotes / floor:.1f}x "
        f"| ≤ 1x: {_yes(quotes / floor <= 1)} |",
        f"| default ranking alone (default - lead, no quotes) | {1000 * ranking:.2f} ms | {ranking / floor:.1f}x | |",
        f"| word layer alone (`Article.words`, built on first use) | {1000 * layer:.2f} ms | {layer / floor:.1f}x | |",
    ]
    return rows


def _yes(met: bool) -> str:
    return "met" if met else "**not met**"


def cold_section(runs: int) -> list[str]:
    seed = str(SEED.relative_to(ROOT))
    commands = {
        "`python -c pass`": [sys.executable, "-c", "pass"],
        '`python -c "import nltk, numpy"` (the import floor)': [sys.executable, "-c", "import nltk, numpy"],
        f"`summarize {seed} --format json`": [*summarize_command(), seed, "--format", "json"],
        "`summarize --version`": [*summarize_command(), "--version"],
    }
    env = cached_bytecode_env()
    for command in commands.values():  # writes the bytecode; not timed
        run_measured(command, env)
    walls: dict[str, list[float]] = defaultdict(list)
    cpus: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        for label, command in commands.items():
            wall, cpu, _ = run_measured(command, env)
            walls[label].append(wall)
            cpus[label].append(cpu)
    labels = list(commands)
    floor_wall = statistics.median(walls[labels[1]])
    floor_cpu = statistics.median(cpus[labels[1]])
    rows = ["Bytecode cached (PYTHONDONTWRITEBYTECODE unset for these runs, as for an installed package).", "",
            f"| command | wall, median of {runs} | CPU, median | wall to the import floor "
            "| CPU to the import floor |", "|---|---|---|---|---|"]
    for label in labels:
        wall, cpu = statistics.median(walls[label]), statistics.median(cpus[label])
        rows.append(f"| {label} | {wall:.3f} s | {cpu:.3f} s | {wall / floor_wall:.2f}x | {cpu / floor_cpu:.2f}x |")
    cli_cpu = statistics.median(cpus[labels[2]])
    rows += ["", f"Goal: at most 1.3x the import floor (CPU): {_yes(cli_cpu / floor_cpu <= 1.3)}.", ""]
    rows += where_start_up_goes(commands[labels[2]], commands[labels[1]])
    return rows


def _import_times(command: list[str], runs: int = 3) -> dict[str, int]:
    """Self time (µs) of every module a command imports, from ``-X importtime``, the least of ``runs``."""
    if command[0] == sys.executable:
        full = [sys.executable, "-X", "importtime", *command[1:]]
    else:  # the installed script: run its module the same way
        full = [sys.executable, "-X", "importtime", "-m", "cli", *command[1:]]
    times: dict[str, int] = {}
    for _ in range(runs):
        done = subprocess.run(full, capture_output=True, text=True, cwd=ROOT, check=False,
                              env=cached_bytecode_env())
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|(\s*)(\S+)", line)
            if match:
                name, self_time = match.group(3), int(match.group(1))
                times[name] = min(times.get(name, self_time), self_time)
    return times


def where_start_up_goes(cli: list[str], floor: list[str]) -> list[str]:
    """Modules the CLI imports beyond the floor's, their self time summed by package (one run each)."""
    ours, floors = _import_times(cli), _import_times(floor)
    extra = {name: us for name, us in ours.items() if name not in floors}
    groups: dict[str, int] = defaultdict(int)
    for name, us in extra.items():
        parts = name.split(".")
        key = ".".join(parts[:2]) if parts[0] in ("summarizer", "cli") else parts[0]
        groups[key] += us
    total = sum(extra.values())
    rows = [f"Where the rest goes (`-X importtime`, least of 3 runs; {len(extra)} modules beyond the floor's, "
            f"{total / 1000:.0f} ms of self time, which the import clock itself inflates):", "",
            "| package (imported beyond the floor) | self time |", "|---|---|"]
    for key, us in sorted(groups.items(), key=lambda item: -item[1])[:15]:
        rows.append(f"| {key} | {us / 1000:.1f} ms |")
    return rows


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(time) over log(size)."""
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(max(seconds, 1e-6)) for _, seconds in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def grow_section(kind: str, names: list[str], sizes: tuple[int, ...], data: Path, limit: float,
                 unit: str) -> tuple[list[str], list[str]]:
    """One row per family or algorithm: time at each size and the slope. Returns rows and failures."""
    header = " | ".join(f"{_size_label(s, unit)}" for s in sizes)
    rows = [f"| {'input family' if kind == 'hostile' else 'algorithm'} | {header} | slope | ≤ {MAX_SLOPE} |",
            "|---|" + "---|" * (len(sizes) + 2)]
    failures: list[str] = []
    for name in names:
        lines, problem = watch_worker([kind, name, str(data), ",".join(map(str, sizes))], limit)
        if problem is None and _over(lines, kind, name):  # a shared machine's noise can bend one run: measure again
            again, second_problem = watch_worker([kind, name, str(data), ",".join(map(str, sizes))], limit)
            if second_problem is None and not _over(again, kind, name):
                lines = again
        measured = _points(lines, kind, name)
        cells: list[str] = []
        for size in sizes:
            record = next((r for r in lines if r["size"] == size), None)
            if record is None:
                cells.append(f"> {limit:.0f} s" if problem == "stopped" and len(cells) == len(lines) else "—")
            elif record["error"] and kind == "hostile":
                cells.append(f"{record['cpu']:.2f} s (refused)")
            elif record["error"]:
                cells.append("refused" if "InputTooLarge" in record["error"] else "error")
            elif kind == "algorithms" and name != "lead":
                cells.append(f"{_own_time(record, name):.2f} s ({record['cpu']:.2f} s)")
            else:
                cells.append(f"{record['cpu']:.2f} s")
        slope_cell, bad = _slope_cell(measured, sizes, problem, limit)
        if problem == "stopped" and not measured:  # how it grows where it still finishes
            smaller = [sizes[0] // 8, sizes[0] // 4, sizes[0] // 2]
            probe, _ = watch_worker([kind, name, str(data), ",".join(map(str, smaller))], limit)
            points = [(float(r["size"]), float(r["cpu"])) for r in probe]
            if len(points) >= 2:
                slope_cell = (f"{_slope(points):.2f} from {_size_label(smaller[0], unit)} to "
                              f"{_size_label(int(points[-1][0]), unit)} ({', '.join(f'{t:.2f}' for _, t in points)} s)")
        if problem and problem != "stopped":
            slope_cell += f" ({problem})"
        refused = [r["error"] for r in lines if r["error"]]
        if refused and kind == "algorithms":
            slope_cell += f" ({refused[0][:70]})"
        rows.append(f"| {name} | {' | '.join(cells)} | {slope_cell} | {'**no**' if bad else 'yes'} |")
        print(rows[-1], file=sys.stderr, flush=True)
        if bad:
            failures.append(f"{name}: {slope_cell}")
    return rows, failures


def _points(lines: list[dict[str, Any]], kind: str, name: str) -> list[tuple[float, float]]:
    """(size, seconds) of a run; a hostile input may be refused (no sentences in it): that time counts too.

    An algorithm's own time under 50 ms (the difference of two runs) is left out while two points remain.
    """
    points = [(float(r["size"]), _own_time(r, name)) for r in lines if kind == "hostile" or not r["error"]]
    if kind == "algorithms":
        clear = [(size, seconds) for size, seconds in points if seconds >= 0.05]
        return clear if len(clear) >= 2 else points
    return points


def _over(lines: list[dict[str, Any]], kind: str, name: str) -> bool:
    """Whether a finished run's slope is above the limit."""
    points = _points(lines, kind, name)
    return len(points) >= 2 and _slope(points) > MAX_SLOPE


def _own_time(record: dict[str, Any], name: str) -> float:
    """An algorithm's own share of the time (beyond reading the text with ``lead``), else the whole time."""
    if name == "lead" or not record.get("base"):
        return float(record["cpu"])
    return max(float(record["cpu"]) - float(record["base"]), 0.01)


def _slope_cell(measured: list[tuple[float, float]], sizes: tuple[int, ...], problem: str | None,
                limit: float) -> tuple[str, bool]:
    """The slope as text and whether it fails the rule (above the limit, or not shown to be within it)."""
    if problem == "stopped":
        if not measured:
            return f"? (the first input takes over {limit:.0f} s)", True
        last_size, last_time = measured[-1]
        next_size = sizes[len(measured)]
        bound = math.log(limit / last_time) / math.log(next_size / last_size)
        if len(measured) >= 2:
            bound = max(bound, _slope(measured))
        return f"> {bound:.2f}", True
    if len(measured) < 2:
        return "—", False
    slope = _slope(measured)
    return f"{slope:.2f}", slope > MAX_SLOPE


def _size_label(size: int, unit: str) -> str:
    return f"{size / 1000:g} KB" if unit == "chars" else f"{size / 1000:g}k words"


def algorithm_names() -> list[str]:
    import summarizer

    names = getattr(summarizer, "ALGORITHMS", None) or (
        "default", "lead", "luhn", "edmundson", "lsa", "lexrank", "textrank", "sumbasic", "kl", "reduction")
    default = getattr(summarizer, "DEFAULT_ALGORITHM", None)
    return ["default", *(n for n in names if n not in ("default", default))]


# ---------------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="bbc.jsonl")
    parser.add_argument("--articles", type=int, default=1000, help="articles for the floor, stages and -j 2")
    parser.add_argument("--runs", type=int, default=2, help="repeats of the batch commands (best is kept)")
    parser.add_argument("--cold-runs", type=int, default=9, help="repeats of each cold-start command")
    parser.add_argument("--limit", type=float, default=30.0, help="wall seconds one input may take")
    parser.add_argument("--only", help="comma-separated sections: floor,stages,cold,hostile,algorithms")
    parser.add_argument("--families", help="comma-separated hostile families (default: all)")
    parser.add_argument("--algorithms", help="comma-separated algorithms (default: all)")
    parser.add_argument("--quick", action="store_true", help="hostile inputs and long texts a tenth the size")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    if "--floor" in sys.argv[1:2]:
        worker_floor(sys.argv[2:])
        return 0
    if "--library" in sys.argv[1:2]:
        worker_library(sys.argv[2:])
        return 0
    if "--split" in sys.argv[1:2]:
        worker_split(sys.argv[2], sys.argv[3:])
        return 0
    if "--worker" in sys.argv[1:2]:
        sys.path.insert(0, str(ROOT))
        kind, *rest = sys.argv[2:]
        if kind == "stages":
            worker_stages(Path(rest[0]), int(rest[1]), rest[2])
        else:
            worker_grow(kind, rest[0], Path(rest[1]), [int(s) for s in rest[2].split(",")])
        return 0
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"speed: {args.data}: no such file (give the path to bbc.jsonl)", file=sys.stderr)
        return 2
    print(f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; Python {sys.version.split()[0]}; "
          f"`{' '.join(['python', 'benchmarks/speed.py', *sys.argv[1:]])}`\n")
    failures = run_sections(args, args.data.resolve())
    if failures:
        print(f"{len(failures)} slope(s) above {MAX_SLOPE} or not shown within it:")
        print("\n".join(f"- {failure}" for failure in failures))
        return 1
    return 0


def run_sections(args: argparse.Namespace, data: Path) -> list[str]:
    """Print the chosen sections; return the slopes that fail."""
    sections = set(args.only.split(",")) if args.only else {"floor", "stages", "cold", "hostile", "algorithms"}
    if "jobs" in sections:  # -j 2 is measured with the floor, on the same files
        sections.add("floor")
    scale = 10 if args.quick else 1
    failures: list[str] = []
    if "floor" in sections:
        folder = Path(tempfile.mkdtemp(prefix="summarize-speed-"))
        try:
            files = write_files(data, args.articles, folder)
            rows, _ = floor_section(files, args.runs)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        print("## Per article against the floor, and `-j 2`\n")
        print("\n".join(rows) + "\n", flush=True)
    if "stages" in sections:
        print("## Stages, per article\n")
        print("\n".join(stages_section(data, args.articles, args.limit)) + "\n", flush=True)
    if "cold" in sections:
        print("## Cold start\n")
        print("\n".join(cold_section(args.cold_runs)) + "\n", flush=True)
    if "hostile" in sections:
        names = args.families.split(",") if args.families else list(HOSTILE)
        print(f"## Hostile inputs through `summarize` (CPU; stopped after {args.limit:.0f} s)\n")
        sizes = tuple(s // scale for s in HOSTILE_SIZES)
        rows, failed = grow_section("hostile", names, sizes, data, args.limit, "chars")
        failures += failed
        print("\n".join(rows) + "\n", flush=True)
    if "algorithms" in sections:
        names = args.algorithms.split(",") if args.algorithms else algorithm_names()
        print(f"## Each algorithm on BBC bodies joined (CPU; stopped after {args.limit:.0f} s)\n")
        print("Each cell: the algorithm's own time (the run without quotes minus the same text with `lead`),\n"
              "then the whole run without quotes in brackets; the slope is of the algorithm's own time\n"
              "(own times under 50 ms are left out of it while two points remain).\n")
        sizes = tuple(s // scale for s in ALGORITHM_WORDS)
        rows, failed = grow_section("algorithms", names, sizes, data, args.limit, "words")
        failures += failed
        print("\n".join(rows) + "\n", flush=True)
    return failures

if __name__ == "__main__":
    sys.exit(main())
