"""Archives at scale: records per second and peak memory for one process, ``-j 2`` and the Dask recipe.

    python benchmarks/archive.py ../shared/data/bbc.jsonl            # 2,000 and 20,000 records, then 10,000 mixed
    python benchmarks/archive.py DATA --sizes 200,2000 --mixed 1000  # a quick look

Records are the BBC articles (title and body) repeated with fresh ids up to each size. Every run is a
fresh process tree (the command line, or the README's Dask recipe with a local cluster of two
workers), writing JSON Lines to a file; memory is the sum over the tree's processes of their
proportional set size (shared pages split between the processes sharing them), sampled every 0.1 s,
in all and its heap alone (anonymous pages). The file-backed rest is mostly shared libraries, whose
share moves when other processes on the machine map or unmap the same files.
CPU is user + system time of the whole tree. The mixed archive has broken lines, empty texts, records
without a text field and HTML records, and is checked record by record: ids in order, one error
line per bad record and nothing else.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def load_articles(data: Path) -> list[dict[str, str]]:
    with data.open(encoding="utf-8") as handle:
        return [{"title": row["title"], "text": row["body"]} for row in map(json.loads, handle)]


def write_archive(path: Path, articles: list[dict[str, str]], count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            article = articles[number % len(articles)]
            handle.write(json.dumps({"id": f"bbc-{number:05d}", **article}, ensure_ascii=False) + "\n")


def split_archive(path: Path, folder: Path, parts: int) -> None:
    """The archive as ``parts`` files of consecutive lines, for the Dask recipe (one partition per file)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // parts)
    for part in range(parts):
        (folder / f"archive-{part}.jsonl").write_text("".join(lines[part * size:(part + 1) * size]),
                                                      encoding="utf-8")


def _tree(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                fields = Path(f"/proc/{entry.name}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    family = {pid}
    grew = True
    while grew:
        more = {child for child, parent in parents.items() if parent in family} - family
        family |= more
        grew = bool(more)
    return sorted(family)


def _pss_kb(pid: int) -> tuple[int, int]:
    """A process's proportional set size in kB: all of it, and its anonymous part (the heap and stacks,
    shared only with the processes it forked or was forked from)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="utf-8")
    except OSError:
        return 0, 0
    sizes = dict(re.findall(r"^(Pss|Pss_Anon):\s+(\d+) kB", rollup, re.MULTILINE))
    return int(sizes.get("Pss", 0)), int(sizes.get("Pss_Anon", 0))


def measure(command: list[str], cwd: Path, stdout: Path) -> dict[str, Any]:
    """Wall seconds, CPU seconds of the whole tree, and its peak summed PSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with stdout.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.PIPE,
                                   env={**os.environ, "PYTHONPATH": str(ROOT)})
        peak = peak_anon = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_anon
            while not stop.is_set():
                sizes = [_pss_kb(pid) for pid in _tree(process.pid)]
                peak = max(peak, sum(size for size, _ in sizes))
                peak_anon = max(peak_anon, sum(anon for _, anon in sizes))
                stop.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, stderr = process.communicate()
        stop.set()
        sampler.join()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak / 1024, "anon_mb": peak_anon / 1024,
            "code": process.returncode,
            "stderr_lines": len(stderr.decode(errors="replace").splitlines()), "stderr": stderr.decode()[-500:]}


def recipe(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- recipe: {name} -->\n```python\n(.*?)\n```\n", readme, re.DOTALL)
    if not found:
        raise SystemExit(f"README has no '{name}' recipe")
    return found.group(1) + "\n"


def summarize_command() -> list[str]:
    return [sys.executable, "-m", "cli"]


def ids_of(path: Path) -> list[object]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line).get("id") for line in handle]


def throughput(articles: list[dict[str, str]], sizes: list[int], folder: Path, dask_parts: int) -> list[str]:
    rows = ["| run | records | seconds | records/s | CPU s | peak MB | of it heap | ids in order |",
            "|---|---|---|---|---|---|---|---|"]
    peaks: dict[str, dict[int, float]] = {}
    heaps: dict[str, dict[int, float]] = {}
    rates: dict[str, dict[int, float]] = {}
    cpus: dict[str, dict[int, float]] = {}
    for size in sizes:
        archive = folder / f"archive-{size}.jsonl"
        write_archive(archive, articles, size)
        expected = [f"bbc-{n:05d}" for n in range(size)]
        dask_folder = folder / f"dask-{size}"
        dask_folder.mkdir()
        split_archive(archive, dask_folder, dask_parts)
        (dask_folder / "recipe.py").write_text(recipe("dask"), encoding="utf-8")
        runs = [
            ("1 process", [*summarize_command(), "--records", str(archive), "-n", "3", "-f", "jsonl"], folder),
            ("`-j 2`", [*summarize_command(), "--records", str(archive), "-n", "3", "-f", "jsonl", "-j", "2"],
             folder),
            ("Dask recipe, 2 workers", [sys.executable, "recipe.py"], dask_folder),
        ]
        for label, command, cwd in runs:
            out = folder / "out.jsonl"
            result = measure(command, cwd, out)
            if label.startswith("Dask"):
                got: list[object] = []
                for part in range(dask_parts):
                    got += ids_of(dask_folder / f"summaries-{part}.jsonl")
            else:
                got = ids_of(out)
            order = "yes" if got == expected else f"no ({len(got)} lines)"
            if result["code"] != 0:
                order += f"; exit {result['code']:.0f}: {result['stderr']!r}"
            rate = size / result["seconds"]
            peaks.setdefault(label, {})[size] = result["peak_mb"]
            heaps.setdefault(label, {})[size] = result["anon_mb"]
            rates.setdefault(label, {})[size] = rate
            cpus.setdefault(label, {})[size] = result["cpu"]
            rows.append(f"| {label} | {size:,} | {result['seconds']:.1f} | {rate:.0f} | {result['cpu']:.1f} | "
                        f"{result['peak_mb']:.0f} | {result['anon_mb']:.0f} | {order} |")
            print(rows[-1], file=sys.stderr, flush=True)
    rows += ["", "| run | memory | " + " | ".join(f"peak MB at {s:,}" for s in sizes) + " | growth |",
             "|---|---|" + "---|" * len(sizes) + "---|"]
    for label in peaks:
        for kind, table in (("all", peaks), ("heap", heaps)):
            by_size = table[label]
            growth = by_size[sizes[-1]] / by_size[sizes[0]] if by_size[sizes[0]] else float("nan")
            rows.append(f"| {label} | {kind} | " + " | ".join(f"{by_size[s]:.1f}" for s in sizes)
                        + f" | {growth:.2f}x |")
    largest = sizes[-1]
    speedup = rates["`-j 2`"][largest] / rates["1 process"][largest]
    dask = rates["Dask recipe, 2 workers"][largest] / rates["1 process"][largest]
    rows += ["", f"At {largest:,} records: `-j 2` gives {speedup:.2f}x the records per second of one process, "
             f"the Dask recipe {dask:.2f}x (load average before the runs: {os.getloadavg()[0]:.2f})."]
    # CPU of the whole tree against one process: what the parallel run costs in all, which bounds its
    # speed-up on N free cores at N / ratio, and which other work on the machine bends far less than wall time.
    ratios = ", ".join(f"{cpus['`-j 2`'][s] / cpus['1 process'][s]:.2f}x at {s:,}" for s in sizes)
    rows += ["", f"CPU of the `-j 2` tree against one process: {ratios} (so at most "
             f"{2 * cpus['1 process'][largest] / cpus['`-j 2`'][largest]:.2f}x on two free cores at {largest:,})."]
    return rows


def mixed_archive(path: Path, articles: list[dict[str, str]], count: int) -> list[tuple[object, bool]]:
    """(id expected in the output, whether the line must be an error) for every line written."""
    expected: list[tuple[object, bool]] = []
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            article = articles[number % len(articles)]
            record_id = f"m-{number:05d}"
            if number % 50 == 7:  # a broken line: cut off mid-way
                handle.write(json.dumps({"id": record_id, **article})[:60] + "\n")
                expected.append((None, True))
                continue
            if number % 40 == 3:
                record: dict[str, object] = {"id": record_id, "title": article["title"], "text": ""}
                bad = True
            elif number % 100 == 11:
                record = {"id": record_id, "url": f"https://example.org/{number}"}
                bad = True
            elif number % 10 == 5:
                paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
                record = {"id": record_id, "html": f"<html><head><title>{html.escape(article['title'])}</title>"
                          f"</head><body><h1>{html.escape(article['title'])}</h1>{paragraphs}</body></html>"}
                bad = False
            else:
                record = {"id": record_id, **article}
                bad = False
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            expected.append((record_id, bad))
    return expected


def mixed(articles: list[dict[str, str]], count: int, folder: Path) -> list[str]:
    archive = folder / "mixed.jsonl"
    expected = mixed_archive(archive, articles, count)
    out = folder / "mixed-out.jsonl"
    result = measure([*summarize_command(), "--records", str(archive), "-f", "jsonl", "-j", "2"], folder, out)
    with out.open(encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle]
    got = [(line.get("id"), "error" in line) for line in lines]
    bad = sum(flag for _, flag in expected)
    html_records = sum(1 for n in range(count) if n % 10 == 5 and n % 50 != 7 and n % 40 != 3 and n % 100 != 11)
    sources_ok = all(line["source"] in (f"{archive}:{n + 1}", f"https://example.org/{n}")
                     for n, line in enumerate(lines))
    return [
        "| records | HTML | broken lines | empty texts | no text field | output lines | ids and errors as expected "
        "| error lines on stderr | exit | seconds |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {count:,} | {html_records} | {sum(1 for n in range(count) if n % 50 == 7)} | "
        f"{sum(1 for n in range(count) if n % 40 == 3 and n % 50 != 7)} | "
        f"{sum(1 for n in range(count) if n % 100 == 11 and n % 50 != 7 and n % 40 != 3)} | {len(lines):,} | "
        f"{'yes' if got == expected and sources_ok else 'NO'} | {result['stderr_lines']:.0f} of {bad} | "
        f"{result['code']:.0f} | {result['seconds']:.1f} |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=Path("../shared/data/bbc.jsonl"))
    parser.add_argument("--sizes", default="2000,20000", help="record counts, smallest first (default 2000,20000)")
    parser.add_argument("--mixed", type=int, default=10_000, help="records in the mixed archive (0 skips it)")
    parser.add_argument("--dask-parts", type=int, default=8, help="files the Dask recipe reads (default 8)")
    args = parser.parse_args()
    articles = load_articles(args.data)
    sizes = [int(size) for size in args.sizes.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="summarize-archive-"))
    try:
        print(f"## Records from {len(articles):,} BBC articles, `-n 3 -f jsonl`, on {os.cpu_count()} CPUs\n")
        print("\n".join(throughput(articles, sizes, folder, args.dask_parts)), flush=True)
        if args.mixed:
            print(f"\n## A mixed archive of {args.mixed:,} records, `--records mixed.jsonl -f jsonl -j 2`\n")
            print("\n".join(mixed(articles, args.mixed, folder)), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
