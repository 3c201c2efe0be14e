"""Our accelerated algorithms against sumy 0.13's originals: cold start, batches, parsing, 1k-100k words.

    python benchmarks/against_sumy.py [../shared/data/bbc.jsonl] [--quick]

Long documents are BBC bodies joined paragraph by paragraph up to the word count. Each measurement runs
in a fresh worker process: the time is ``summarize()`` on the text after a warm-up call on a short one
(so imports are not counted there; the cold-start table counts them), the memory is the worker's peak
resident set (the whole process). sumy's original of an accelerated algorithm runs in the same way with
``ranking`` pointed at the original class; originals run up to ``--original-limit`` words and are stopped
after ``--timeout`` seconds. "same picks" compares the sentences ours and sumy's choose; where they
differ, ROUGE (rouge-score, if installed) of ours against sumy's is shown.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import measured  # noqa: E402  (the benchmarks' shared runner, beside this file)

SEED = ROOT / "seeds" / "000_82a48adea5d2f2b5.txt"
FIVE_MB = 5_000_000
# Modules beyond the floor (nltk, numpy) that the plain path (default algorithm, JSON out) should not need.
HEAVY = ("sumy", "requests", "pycountry", "pydantic", "rouge_score", "rich", "lxml", "bs4", "html.parser",
         "summarizer.ranking.sumy", "trafilatura")


def paragraphs(data: Path) -> Iterator[str]:
    """BBC body paragraphs in file order, round and round (a 5 MB text needs more than one pass)."""
    while True:
        with data.open(encoding="utf-8") as handle:
            for line in handle:
                for paragraph in json.loads(line)["body"].split("\n\n"):
                    if paragraph.strip():
                        yield paragraph.strip()


def long_text(data: Path, words: int = 0, chars: int = 0) -> str:
    """Whole paragraphs joined until the text has ``words`` words or ``chars`` characters."""
    parts: list[str] = []
    count = size = 0
    for paragraph in paragraphs(data):
        parts.append(paragraph)
        count += len(paragraph.split())
        size += len(paragraph) + 2
        if (words and count >= words) or (chars and size >= chars):
            break
    return "\n\n".join(parts)


def _rss_mb() -> float:
    with Path("/proc/self/statm").open() as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def worker(algorithm: str, words: int, variant: str, data: Path) -> None:
    """Measure one run in this process and print it as JSON."""
    sys.path.insert(0, str(ROOT))
    from summarizer import ranking
    from summarizer.core import summarize
    from summarizer.models import Options

    if variant == "sumy":  # sumy as shipped: its own class, and its stemmer without our memory
        ranking.SUMY_ALGORITHMS[algorithm] = original_entry(algorithm)  # type: ignore[index]
        shared = ranking.stemmer_and_stop_words

        def plain_stemmer(language: str) -> tuple[Any, frozenset[str]]:
            stemmer, stop_words = shared(language)
            return getattr(stemmer, "_stemmer", stemmer), stop_words

        ranking.stemmer_and_stop_words = plain_stemmer
    text = long_text(data, chars=FIVE_MB) if words == 0 else long_text(data, words=words)
    summarize("The council met on Tuesday. It approved the budget. The mayor welcomed it.",
              Options(algorithm=algorithm))
    before = _rss_mb()
    start = time.perf_counter()
    summary = summarize(text, Options(algorithm=algorithm))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
    print(json.dumps({
        "seconds": seconds, "peak_mb": peak, "before_mb": before, "words": len(text.split()),
        "chars": len(text), "sentences": len(summary.article.sentences),
        "picks": [s.index for s in summary.sentences], "texts": [s.text for s in summary.sentences],
    }))


def accelerated(algorithm: str) -> bool:
    """Whether the algorithm is one of our fast subclasses of a sumy summarizer."""
    from summarizer import ranking

    entry = ranking.SUMY_ALGORITHMS.get(algorithm)
    return entry is not None and entry[0].startswith("summarizer.ranking.sumy.")


def original_entry(algorithm: str) -> tuple[str, str, str]:
    """ranking's entry for sumy's own class behind one of ours."""
    from summarizer import ranking

    module, class_name, description = ranking.SUMY_ALGORITHMS[algorithm]
    ours = getattr(importlib.import_module(module), class_name)
    parent = next(c for c in ours.__mro__ if c.__module__.startswith("sumy."))
    return parent.__module__, parent.__name__, description


def run_worker(algorithm: str, words: int, variant: str, data: Path, timeout: float) -> dict[str, Any] | None:
    script = str(Path(__file__).resolve())
    command = [sys.executable, script, "--worker", algorithm, str(words), variant, str(data)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"worker {algorithm} {words} {variant} failed:\n{error.stderr}") from None
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float, str]:
    """Wall time, peak RSS (MB) and stdout of one command."""
    done = measured.run_measured(command, cwd=cwd, name="against_sumy")
    return done.wall, done.peak_mb, done.stdout.decode("utf-8")


def summarize_command() -> list[str]:
    """The installed ``summarize`` next to this Python, else ``python -m cli``."""
    script = Path(sys.executable).with_name("summarize")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli"]


def loaded_modules(arguments: list[str]) -> list[str]:
    """Which of the ``HEAVY`` modules a CLI run with ``arguments`` imports."""
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write(' '.join(sys.modules) + '\\n'))\n"
        f"sys.argv = ['summarize', *{arguments!r}]\n"
        "from cli.app import main\nmain()\n"
    )
    command = [sys.executable, "-c", probe]
    loaded = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False).stderr.split()
    return [name for name in HEAVY if any(m == name or m.startswith(name + ".") for m in loaded)]


def cold_start(runs: int) -> list[str]:
    """The plain path (and a sumy path) against ``import nltk, numpy``, interleaved run by run."""
    seed = str(SEED.relative_to(ROOT))
    floor_label = '`python -c "import nltk, numpy"` (the floor)'
    runs_of: dict[str, list[str] | None] = {
        floor_label: None,
        f"`summarize {seed} --format json`": [seed, "--format", "json"],
        f"`summarize {seed} --format json -a textrank`": [seed, "--format", "json", "-a", "textrank"],
    }
    times: dict[str, list[float]] = {label: [] for label in runs_of}
    for _ in range(runs):  # interleaved, so every command sees the same machine load
        for label, arguments in runs_of.items():
            command = [sys.executable, "-c", "import nltk, numpy"] if arguments is None \
                else [*summarize_command(), *arguments]
            times[label].append(_wall(command))
    rows = [f"| command | median of {runs} | best | to the floor | heavy modules loaded |",
            "|---|---|---|---|---|"]
    floor = statistics.median(times[floor_label])
    for label, arguments in runs_of.items():
        median = statistics.median(times[label])
        heavy = "—" if arguments is None else ", ".join(loaded_modules(arguments)) or "none"
        best = min(times[label])
        rows.append(f"| {label} | {median:.3f} s | {best:.3f} s | {median / floor:.2f}x | {heavy} |")
    looked_for = ", ".join(HEAVY)
    rows += ["", f"Heavy modules looked for: {looked_for}. Goal for the plain path: at most 1.5x the floor."]
    return rows


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
    return time.perf_counter() - start


def _rouge(candidate: list[str], reference: list[str]) -> str:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        return "differ"
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    scores = scorer.score("\n".join(reference), "\n".join(candidate))
    figures = "/".join(f"{100 * scores[k].fmeasure:.1f}" for k in ("rouge1", "rouge2", "rougeLsum"))
    return f"no; ROUGE-1/2/Lsum F vs sumy's {figures}"


def algorithms_table(data: Path, sizes: list[int], original_limit: int, timeout: float) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from summarizer import ranking

    rows = [
        "| algorithm | words | sentences | ours | ours peak MB | sumy 0.13 | sumy peak MB | speed-up "
        "| same picks |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    others = [name for name in (*ranking.OWN_ALGORITHMS, *ranking.SUMY_ALGORITHMS)
              if name != ranking.DEFAULT_ALGORITHM]
    names = [f"default ({ranking.DEFAULT_ALGORITHM})", *others]
    for name in names:
        algorithm = "default" if name.startswith("default") else name
        fast = accelerated(ranking.resolve(algorithm))
        for words in sizes:
            ours = run_worker(algorithm, words, "ours", data, timeout)
            theirs = None
            sumy_cell = sumy_mb = speed = same = "—"
            if fast and words <= original_limit:
                theirs = run_worker(algorithm, words, "sumy", data, timeout)
                if theirs is None:
                    sumy_cell, sumy_mb, same = f"> {timeout:.0f} s (stopped)", "—", "—"
                    if ours:
                        speed = f"> {timeout / ours['seconds']:.0f}x"
                else:
                    sumy_cell, sumy_mb = f"{theirs['seconds']:.2f} s", f"{theirs['peak_mb']:.0f}"
                    if ours:
                        speed = f"{theirs['seconds'] / ours['seconds']:.0f}x"
                        same = ("yes" if ours["picks"] == theirs["picks"]
                                else _rouge(ours["texts"], theirs["texts"]))
            elif fast:
                sumy_cell = "skipped"
            if ours is None:
                rows.append(f"| {name} | {words:,} | — | > {timeout:.0f} s | — | {sumy_cell} | {sumy_mb} "
                            "| — | — |")
            else:
                rows.append(
                    f"| {name} | {ours['words']:,} | {ours['sentences']:,} | {ours['seconds']:.2f} s | "
                    f"{ours['peak_mb']:.0f} | {sumy_cell} | {sumy_mb} | {speed} | {same} |"
                )
            print(rows[-1], file=sys.stderr, flush=True)
    return rows


def parse_table(data: Path, timeout: float) -> list[str]:
    rows = ["| text | words | sentences | summarize() | peak MB |", "|---|---|---|---|---|"]
    for label, words in (("100,000 words", 100_000), ("5 MB article", 0)):
        result = run_worker("lead", words, "ours", data, timeout)
        if result is None:
            rows.append(f"| {label} | — | — | > {timeout:.0f} s | — |")
            continue
        rows.append(f"| {label} ({result['chars'] / 1e6:.1f} MB) | {result['words']:,} | "
                    f"{result['sentences']:,} | {result['seconds']:.2f} s | {result['peak_mb']:.0f} |")
    return rows


def batch_table(data: Path, count: int, runs: int) -> list[str]:
    folder = Path(tempfile.mkdtemp(prefix="summarize-batch-"))
    try:
        files: list[str] = []
        with data.open(encoding="utf-8") as handle:
            for number, line in zip(range(count), handle, strict=False):
                row = json.loads(line)
                path = folder / f"{number:04d}.txt"
                path.write_text(f"{row['title']}\n\n{row['body']}\n", encoding="utf-8")
                files.append(str(path))
        command = [*summarize_command(), *files, "--format", "jsonl"]
        help_text = subprocess.run([*summarize_command(), "--help"], capture_output=True, text=True,
                                   check=False, cwd=ROOT).stdout
        variants = [("1 process", command)]
        if "--jobs" in help_text:
            variants.append(("`-j 2`", [*command, "-j", "2"]))
        rows = [f"| run | articles | best of {runs} | articles/s | peak MB | order kept |",
                "|---|---|---|---|---|---|"]
        for label, variant in variants:
            best = float("inf")
            out, peak = "", 0.0
            for _ in range(runs):
                seconds, peak, out = timed(variant, cwd=ROOT)
                best = min(best, seconds)
            lines = [json.loads(line) for line in out.splitlines() if line.strip()]
            order = "yes" if [line.get("source") for line in lines] == files else "no"
            rows.append(f"| {label} | {len(lines)} | {best:.2f} s | {len(lines) / best:.0f} | {peak:.0f} "
                        f"| {order} |")
        if len(variants) == 1:
            rows.append("")
            rows.append("(`-j/--jobs` is not offered by this build's CLI: skipped.)")
        return rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=Path("../shared/data/bbc.jsonl"))
    parser.add_argument("--quick", action="store_true",
                        help="sizes up to 20k, originals up to 5k, 100 articles")
    parser.add_argument("--sizes", help="comma-separated word counts (default 1000,5000,20000,100000)")
    parser.add_argument("--original-limit", type=int,
                        help="largest text sumy's originals get (default 20000)")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds before a run is stopped")
    parser.add_argument("--batch", type=int, help="articles in the batch run (default 500)")
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        algorithm, words, variant, data = args.worker
        worker(algorithm, int(words), variant, Path(data))
        return
    if not args.data.exists():
        raise SystemExit(f"speed: {args.data}: no such file (give the path to bbc.jsonl)")
    data = args.data.resolve()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        [1000, 5000, 20000] if args.quick else [1000, 5000, 20000, 100000])
    original_limit = args.original_limit or (5000 if args.quick else 20000)
    batch = args.batch or (100 if args.quick else 500)

    print("## Cold start\n")
    print("\n".join(cold_start(runs=5 if args.quick else 9)), flush=True)
    print(f"\n## Batch: {batch} BBC articles as files, `--format jsonl`\n")
    print("\n".join(batch_table(data, batch, runs=1 if args.quick else 3)), flush=True)
    print("\n## Parse path (normalise, blocks, Punkt, quotes; `lead` ranker)\n")
    print("\n".join(parse_table(data, args.timeout)), flush=True)
    print(f"\n## Algorithms (sumy's originals up to {original_limit:,} words, "
          f"stopped after {args.timeout:.0f} s)\n")
    print("\n".join(algorithms_table(data, sizes, original_limit, args.timeout)), flush=True)


if __name__ == "__main__":
    main()
