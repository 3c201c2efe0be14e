"""Headline detection on real news: is the real title found, and is a bare body never given one?

    python benchmarks/structure.py [--bbc ../shared/data/bbc.jsonl] [--polnear ../shared/data/polnear-train.jsonl]

BBC rows give a title and a body apart: "title + blank line + body" must yield the title, and the body
alone must yield no headline (its lede is running prose). PolNeAR texts open with their title line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from summarizer.article import parse_article
from summarizer.errors import SummarizerError


def _rows(path: Path, limit: int) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bbc", type=Path, default=Path("../shared/data/bbc.jsonl"))
    parser.add_argument("--polnear", type=Path, default=Path("../shared/data/polnear-train.jsonl"))
    parser.add_argument("--limit", type=int, default=100_000)
    parser.add_argument("--show", type=int, default=5, help="print this many misses of each kind")
    args = parser.parse_args()

    found = false_headline = total = 0
    misses: list[str] = []
    false: list[str] = []
    for row in _rows(args.bbc, args.limit):
        title, body = str(row["title"]).strip(), str(row["body"]).strip()
        total += 1
        try:
            with_title = parse_article(f"{title}\n\n{body}")
            bare = parse_article(body)
        except SummarizerError:
            continue
        if with_title.headline == title:
            found += 1
        else:
            misses.append(f"{title!r} -> {with_title.headline!r}")
        if bare.headline is not None:
            false_headline += 1
            false.append(repr(bare.headline))
    print(f"bbc: title found {found}/{total} ({100 * found / total:.1f}%), "
          f"headline invented for a bare body {false_headline}/{total} ({100 * false_headline / total:.1f}%)")
    for line in misses[: args.show]:
        print("  miss:", line)
    for line in false[: args.show]:
        print("  invented:", line)

    found = total = 0
    misses = []
    for row in _rows(args.polnear, args.limit):
        text = str(row["text"])
        # A title may carry a deck on a second line ("Headline; \nDeck."): the first line is the headline.
        title = text.split("\n\n", 1)[0].strip().split("\n")[0].strip()
        total += 1
        try:
            article = parse_article(text)
        except SummarizerError:
            continue
        if article.headline == title:
            found += 1
        else:
            misses.append(f"{title!r} -> {article.headline!r}")
    print(f"polnear: title found {found}/{total} ({100 * found / total:.1f}%)")
    for line in misses[: args.show]:
        print("  miss:", line)


if __name__ == "__main__":
    main()
