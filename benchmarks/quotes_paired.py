"""Key quotes of this tree against those of another checkout, timed in one process on the same articles.

The other tree's ``summarizer`` package is copied under another name (``summarizer_then``) and imported
beside this one; both read the same parsed articles (parsed by this tree), in alternating order, for
several rounds. Prints each side's mean ms/article for ``find_quotes``, the mean of the per-article
differences with its standard error, and how many articles' quotes differ (text, speaker, offsets and
score). Usage:

    python benchmarks/quotes_paired.py ../shared/data/bbc.jsonl --then ../old-checkout [--articles 500]
        [--rounds 5] [--fresh | --layer]

``--fresh`` hands each call a fresh copy of the article, so that nothing either side keeps on the article
is there for the next call; ``--layer`` builds each article's word layer (``Article.words``) before the
rounds, as the news ranker and sumy's rankers do before the quotes are read (the default ``lede`` does not).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.article import parse_article
from summarizer.errors import SummarizerError
from summarizer.models import Article
from summarizer.quotes import find_quotes


def _articles(path: Path, count: int) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            body = row.get("body") or row.get("text") or row.get("article") or ""
            try:
                articles.append(parse_article(body, title=row.get("title") or None))
            except SummarizerError:
                continue
            if len(articles) >= count:
                break
    return articles


def _then(tree: Path) -> Callable[[Article], list]:
    folder = Path(tempfile.mkdtemp(prefix="quotes-paired-"))
    shutil.copytree(tree / "summarizer", folder / "summarizer_then", ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(folder))
    from summarizer_then.quotes import find_quotes as then  # type: ignore[import-not-found]

    return then  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--then", type=Path, required=True, help="the other checkout (holds summarizer/)")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--warm", type=int, default=100, help="articles read first by both sides, not timed")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="a fresh copy of each article for each call")
    parser.add_argument("--layer", action="store_true", help="build each article's word layer first")
    args = parser.parse_args()
    then, now = _then(args.then), find_quotes
    articles = _articles(args.path, args.warm + args.articles)
    warm, articles = articles[: args.warm], articles[args.warm:]
    for article in warm:
        then(dataclasses.replace(article))
        now(dataclasses.replace(article))
    if args.layer:
        for article in articles:
            article.words  # noqa: B018 - built and kept on the article
    differ = sum(1 for a in articles if [dataclasses.astuple(q) for q in then(dataclasses.replace(a))]
                 != [dataclasses.astuple(q) for q in now(dataclasses.replace(a))])
    count = len(articles)
    spent = {then: [0.0] * count, now: [0.0] * count}
    clock = time.perf_counter
    gc.disable()
    try:
        for round_ in range(args.rounds):
            for index, article in enumerate(articles):
                order = (then, now) if (index + round_) % 2 == 0 else (now, then)
                for side in order:
                    given = dataclasses.replace(article) if args.fresh else article
                    started = clock()
                    side(given)
                    spent[side][index] += clock() - started
            gc.collect()
    finally:
        gc.enable()
    before = [t / args.rounds * 1000 for t in spent[then]]
    after = [t / args.rounds * 1000 for t in spent[now]]
    diffs = [b - a for b, a in zip(before, after, strict=True)]
    mean = sum(diffs) / count
    se = math.sqrt(sum((d - mean) ** 2 for d in diffs) / max(1, count - 1) / count)
    setting = (", fresh copies" if args.fresh else "") + (", word layer built" if args.layer else "")
    print(f"{count} articles, {args.rounds} rounds{setting}; quotes differ in {differ}")
    print(f"find_quotes: then {sum(before) / count:.3f} ms/article, now {sum(after) / count:.3f} ms/article; "
          f"then - now {mean:.3f} ± {se:.3f} (SE) ms/article ({sum(before) / max(sum(after), 1e-12):.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
