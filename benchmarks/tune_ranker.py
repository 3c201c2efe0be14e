"""Measure the news ranker's weights on development data, with the data split in halves.

Prints stemmed ROUGE-1/2/Lsum F1 (rouge-score) for Lead-N and for each weight setting given, on
the even-numbered and odd-numbered stories separately, so a setting chosen on one half can be
confirmed on the other. Usage:

    python benchmarks/tune_ranker.py [--data ../shared/data] position_decay=4 redundancy=0.3 ...

Each extra argument is one setting: comma-separated name=value pairs overriding ``Weights``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score import rouge_scorer

from summarizer import news_summarizer as ranker_module
from summarizer.article import parse_article
from summarizer.errors import SummarizerError
from summarizer.evaluation import METRICS, clean, load_jsonl, reference_sentences
from summarizer.ranking import build_document, rank, stemmer_and_stop_words

SETS = (("cnndm-dev.jsonl", 3), ("realsumm.jsonl", 3), ("xsum-dev.jsonl", 1))


def parse_setting(text: str) -> ranker_module.Weights:
    values = {}
    for pair in filter(None, text.split(",")):
        key, value = pair.split("=")
        field_type = {f.name: f.type for f in dataclasses.fields(ranker_module.Weights)}[key]
        values[key] = int(value) if field_type in ("int", int) else float(value)
    return dataclasses.replace(ranker_module.DEFAULT_WEIGHTS, **values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("settings", nargs="*", default=[""])
    args = parser.parse_args()
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    stemmer, stop_words = stemmer_and_stop_words("english")
    for file_name, count in SETS:
        prepared = []
        for example in load_jsonl(Path(args.data) / file_name):
            try:
                article = parse_article(clean(example.article))
            except SummarizerError:
                continue
            prepared.append((article, build_document(article), "\n".join(reference_sentences(example.reference))))
        rows = {"lead": lambda a, d, count=count: [r.index for r in rank(a, "lead", count)]}
        for setting in args.settings:
            weights = parse_setting(setting)

            def run(article, document, weights=weights, count=count):
                summarizer = ranker_module.NewsRanker(stemmer, weights)
                summarizer.stop_words = stop_words
                lengths = [len(s.text.split()) for s in article.sentences]
                return sorted(i for i, _ in summarizer.choose(document, count, lengths=lengths))

            rows[setting or "defaults"] = run
        for label, run in rows.items():
            halves = [[0.0] * 3, [0.0] * 3]
            sizes = [0, 0]
            for number, (article, document, target) in enumerate(prepared):
                chosen = run(article, document)
                prediction = "\n".join(article.sentences[i].text for i in chosen)
                scores = scorer.score(target, prediction)
                for m, metric in enumerate(METRICS):
                    halves[number % 2][m] += scores[metric].fmeasure
                sizes[number % 2] += 1
            cells = [" ".join(f"{100 * v / max(1, sizes[h]):5.2f}" for v in halves[h]) for h in (0, 1)]
            print(f"{file_name:16} {label:40} even {cells[0]} | odd {cells[1]}")


if __name__ == "__main__":
    main()
