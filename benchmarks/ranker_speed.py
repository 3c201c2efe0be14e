"""Time and peak memory of the project's rankers on one long text built from real articles.

Joins BBC article bodies until the text reaches the wanted number of words, then times parsing and
ranking separately (the ranker's own share is what the ranking package is responsible for), for the
default (``lede``) and the news ranker unless ``--algorithm`` names others. Usage:

    python benchmarks/ranker_speed.py [--data ../shared/data/bbc.jsonl] [--words 100000] [--algorithm news]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.article import parse_article
from summarizer.core import summary_sentences
from summarizer.models import Options


def long_text(path: Path, words: int) -> str:
    bodies: list[str] = []
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            body = json.loads(line)["body"]
            bodies.append(body)
            total += len(body.split())
            if total >= words:
                break
    return "\n\n".join(bodies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data/bbc.jsonl")
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--algorithm", action="append", help="algorithm to time (repeat; default: default, news)")
    args = parser.parse_args()
    text = long_text(Path(args.data), args.words)
    started = time.perf_counter()
    article = parse_article(text)
    parsed = time.perf_counter()
    print(f"{len(text.split())} words, {len(article.sentences)} sentences; parse {parsed - started:.2f} s")
    for algorithm in args.algorithm or ["default", "news"]:
        begun = time.perf_counter()
        chosen = summary_sentences(article, Options(algorithm=algorithm))
        ranked = time.perf_counter()
        chosen_ratio = summary_sentences(article, Options(algorithm=algorithm, ratio=0.05))
        ratio_done = time.perf_counter()
        print(f"{algorithm}: rank ({len(chosen)} sentences) {ranked - begun:.2f} s; "
              f"rank with --ratio 0.05 ({len(chosen_ratio)} sentences) {ratio_done - ranked:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
