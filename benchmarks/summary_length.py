"""How long the default summary is, against how long people's summaries are.

For each development set: the stories' length in body sentences, the reference length in sentences and
words, the default summary's length (``default_length``) and, for 1 to 6 sentences of the default
ranking, the mean stemmed ROUGE-1 F1 and words, so the length where F1 peaks can be read off. For long
documents (BBC bodies joined to 1,000 - 100,000 words; no reference exists at that length) it prints the
default length in sentences, words and reading time. Usage:

    python benchmarks/summary_length.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score import rouge_scorer

from summarizer.article import parse_article
from summarizer.core import default_length
from summarizer.errors import SummarizerError
from summarizer.evaluation import clean, load_jsonl, reference_sentences
from summarizer.ranking import rank

SETS = ("cnndm-dev.jsonl", "realsumm.jsonl", "xsum-dev.jsonl")
LONG = (1_000, 5_000, 20_000, 100_000)


def quartiles(values: list[float]) -> str:
    q = statistics.quantiles(values, n=4)
    return f"{statistics.median(values):.0f} ({q[0]:.0f}-{q[2]:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data")
    args = parser.parse_args()
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    print("data             stories  body sentences  reference sent.  reference words  default sent.  default words"
          "  default R-1")
    curves: dict[str, list[tuple[float, float]]] = {}
    for name in SETS:
        body, ref_sentences, ref_words, length, words, f1 = [], [], [], [], [], []
        curve = [[0.0, 0.0] for _ in range(6)]
        count = 0
        for example in load_jsonl(Path(args.data) / name):
            try:
                article = parse_article(clean(example.article))
            except SummarizerError:
                continue
            reference = reference_sentences(example.reference)
            target = "\n".join(reference)
            count += 1
            body.append(len(article.sentences))
            ref_sentences.append(len(reference))
            ref_words.append(sum(len(s.split()) for s in reference))
            n = default_length(len(article.sentences))
            length.append(n)
            summary = [article.sentences[r.index].text for r in rank(article, "default", n)]
            words.append(sum(len(s.split()) for s in summary))
            f1.append(100 * scorer.score(target, "\n".join(summary))["rouge1"].fmeasure)
            for k in range(1, 7):
                chosen = [article.sentences[r.index].text for r in rank(article, "default", k)]
                curve[k - 1][0] += 100 * scorer.score(target, "\n".join(chosen))["rouge1"].fmeasure
                curve[k - 1][1] += sum(len(s.split()) for s in chosen)
        curves[name] = [(f / count, w / count) for f, w in curve]
        print(f"{name:16} {count:7}  {quartiles(body):>14}  {quartiles(ref_sentences):>15}  "
              f"{quartiles(ref_words):>15}  {quartiles(length):>13}  {quartiles(words):>13}  "
              f"{statistics.mean(f1):11.2f}")
    print("\nmedian (quartiles); default R-1 is the mean stemmed ROUGE-1 F1 at the default length.")
    print("Mean ROUGE-1 F1 / mean words of the default ranking at 1-6 sentences:")
    for name, curve in curves.items():
        best = max(range(6), key=lambda k: curve[k][0]) + 1
        cells = "  ".join(f"{k + 1}: {f:.2f}/{w:.0f}" for k, (f, w) in enumerate(curve))
        print(f"{name:16} {cells}   peak at {best}")
    print("\nlong documents (BBC bodies joined):")
    bodies = [json.loads(line)["body"] for line in (Path(args.data) / "bbc.jsonl").open(encoding="utf-8")]
    for target_words in LONG:
        parts, total = [], 0
        for text in bodies:
            parts.append(text)
            total += len(text.split())
            if total >= target_words:
                break
        article = parse_article("\n\n".join(parts))
        n = default_length(len(article.sentences))
        words = sum(len(article.sentences[r.index].text.split()) for r in rank(article, "default", n))
        print(f"{total:8,} words {len(article.sentences):6,} sentences: "
              f"default {n:2} sentences, {words:4} words "
              f"({words / 230:.1f} min to read at 230 words a minute, {100 * words / total:.2f}% of the text)")


if __name__ == "__main__":
    main()
