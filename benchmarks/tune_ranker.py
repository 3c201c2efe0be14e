"""Which departures from the lead earn their place: k-fold cross-validation with paired differences.

Every variant summarises every development story (CNN/DM and REALSumm, 3 sentences); each story's
stemmed ROUGE-1/2/Lsum F1 (rouge-score) is compared with the plain lead's on the same story. The
stories are shuffled once (fixed seed) and cut into k folds. A departure with a setting to choose
(the shortest sentence kept, the news ranker's weights) has it chosen on the other k-1 folds and is
scored on the fold left out, so no figure is measured on the stories that chose it. A departure
*holds* when its mean paired gain on the fold left out is positive in every fold on all three metrics and the
pooled bootstrap 95% interval lies above zero on all three; only then may the default take it.

The news ranker's default weights were themselves chosen on these CNN/DM stories, so its figures
with them are in-sample; the nested run (weights re-chosen inside each fold from a grid) is.

Printed per variant: the pooled out-of-fold paired difference (mean ± standard error, bootstrap 95%
interval), each fold's mean R-1 difference, the stories that differ from the lead, and whether it
holds. The same variants on XSum (1 sentence) follow as a check, without selection. Usage:

    python benchmarks/tune_ranker.py [--data ../shared/data] [--folds 5] [--seed 0]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score import rouge_scorer

from summarizer.article import parse_article
from summarizer.errors import SummarizerError
from summarizer.evaluation import METRICS, clean, load_jsonl, paired_difference, reference_sentences
from summarizer.models import Article
from summarizer.ranking import rank
from summarizer.ranking.faithfulness import depends_on_previous, leans_on_nothing, quotation_groups
from summarizer.ranking.lead import DEFAULT_LEDE, Lede, choose
from summarizer.ranking.news import DEFAULT_WEIGHTS, NewsScorer, Story, Weights
from summarizer.ranking.stemming import stemmer_and_stop_words
from summarizer.sentences import split_sentences, split_words

NEWS = (("cnndm-dev.jsonl", 3), ("realsumm.jsonl", 3))
CHECK = (("xsum-dev.jsonl", 1),)
Variant = Callable[[Article, int], list[int]]
RAW_LEAD = "raw lead"
LEDE = "the same, and no opening connective (the lede)|"


def lede(rules: Lede) -> Variant:
    def run(article: Article, count: int) -> list[int]:
        sentences = article.sentences
        return choose([s.text for s in sentences], [s.paragraph for s in sentences],
                      [len(s.text.split()) for s in sentences], count, rules=rules)
    return run


def registered(name: str) -> Variant:
    return lambda article, count: [r.index for r in rank(article, name, count)]


def news(weights: Weights) -> Variant:
    stemmer, stop_words = stemmer_and_stop_words("english")
    scorer = NewsScorer(stemmer, stop_words, weights)

    def run(article: Article, count: int) -> list[int]:
        sentences = article.sentences
        story = Story(words=[split_words(s.text) for s in sentences], texts=[s.text for s in sentences],
                      paragraphs=[s.paragraph for s in sentences],
                      headline=split_words(article.headline) if article.headline else ())
        return [i for i, _ in scorer.choose(story, count, lengths=[len(s.text.split()) for s in sentences])]
    return run


NEWS_GRID = [
    dataclasses.replace(DEFAULT_WEIGHTS, position_decay=decay, centrality=centrality, quotation=quotation,
                        redundancy=redundancy)
    for decay in (3.0, 6.0, 12.0) for centrality in (0.5, 1.0) for quotation in (0.0, 0.4)
    for redundancy in (0.5, 1.0)
]


# Each departure is a family: one variant per setting; families of one have nothing to choose.
FAMILIES: dict[str, dict[str, Variant]] = {
    "faithful (openers, half quotations)": {"": lede(Lede(faithful=True, opening=False, repeat=2.0, shortest=0))},
    "faithful, and no repeat": {"": lede(Lede(opening=False))},
    "the same, and no opening connective (the lede)": {"": lede(DEFAULT_LEDE)},
    "lede + shortest sentence kept": {
        f"{k} words": lede(dataclasses.replace(DEFAULT_LEDE, shortest=k)) for k in (4, 6, 8, 10, 12)
    },
    "news ranker, default weights (in-sample)": {"": registered("news")},
    "news ranker, weights chosen per fold": {
        f"decay {w.position_decay:g} centrality {w.centrality:g} quotation {w.quotation:g} "
        f"redundancy {w.redundancy:g}": news(w) for w in NEWS_GRID
    },
}


FAULTS = ("dangling opener", "opening connective", "half quotation")
FAULT_COUNTS: dict[str, dict[str, int]] = {}


def faults(article: Article, chosen: Sequence[int]) -> set[str]:
    """What a summary gets wrong: a sentence leaning on one left out, a first sentence opening on a
    connective, part of a multi-sentence quotation without the rest."""
    texts = [s.text for s in article.sentences]
    groups = quotation_groups(texts, [s.paragraph for s in article.sentences])
    found = set()
    for index in chosen:
        if index and index - 1 not in chosen and depends_on_previous(texts[index]):
            found.add("dangling opener")
        if index == 0 and leans_on_nothing(texts[0]):
            found.add("opening connective")
        group = groups[index]
        if group and not set(range(group[0], group[1] + 1)) <= set(chosen):
            found.add("half quotation")
    return found


def scored(path: Path, count: int, scorer: object) -> tuple[list[str], dict[str, np.ndarray]]:
    """Per story and variant, F1 x 100 for the three metrics; the lead is row ``lead``."""
    variants: dict[str, Variant] = {"lead": registered("lead")}
    for family, settings in FAMILIES.items():
        for setting, run in settings.items():
            variants[f"{family}|{setting}"] = run
    ids: list[str] = []
    rows: dict[str, list[list[float]]] = {}
    for example in load_jsonl(path):
        try:
            article = parse_article(clean(example.article))
        except SummarizerError:
            continue
        target = "\n".join(reference_sentences(example.reference))
        ids.append(example.id)
        picks = {name: sorted(run(article, count)) for name, run in variants.items()}
        predictions = {name: "\n".join(article.sentences[i].text for i in chosen) for name, chosen in picks.items()}
        for name in ("lead", LEDE, "news ranker, default weights (in-sample)|"):
            tally = FAULT_COUNTS.setdefault(f"{path.name}|{name}", dict.fromkeys(("stories", *FAULTS), 0))
            tally["stories"] += 1
            for fault in faults(article, picks[name]):
                tally[fault] += 1
        # The classic Lead-N: the first sentences of the raw text, with no structure parsing.
        raw = [s for line in clean(example.article).splitlines() if line.strip() for s in split_sentences(line)]
        predictions[RAW_LEAD] = "\n".join(s.strip() for s in raw[:count])
        for name, prediction in predictions.items():
            scores = scorer.score(target, prediction)  # type: ignore[attr-defined]
            rows.setdefault(name, []).append([100 * scores[m].fmeasure for m in METRICS])
    return ids, {name: np.array(values) for name, values in rows.items()}


def against_raw_lead(table: dict[str, np.ndarray]) -> None:
    """The project's lead and lede against the classic Lead-N over the raw text (paired, all stories)."""
    raw = table[RAW_LEAD]
    for name in ("lead", LEDE):
        cells = []
        for m in range(len(METRICS)):
            d = paired_difference(list(table[name][:, m]), list(raw[:, m]))
            cells.append(f"{d.mean:+.2f}±{d.standard_error:.2f} [{d.low:+.2f},{d.high:+.2f}]")
        differ = int((np.abs(table[name] - raw).sum(axis=1) > 1e-9).sum())
        print(f"{name.rstrip('|') + ' - raw Lead-N':48}{cells[0]:>26}{cells[1]:>26}{cells[2]:>26}{differ:>8}")


def cross_validate(table: dict[str, np.ndarray], folds: int, seed: int) -> None:
    lead = table["lead"]
    count = len(lead)
    order = np.random.default_rng(seed).permutation(count)
    fold_of = np.empty(count, dtype=int)
    for number, part in enumerate(np.array_split(order, folds)):
        fold_of[part] = number
    print(f"{count} stories, {folds} folds (seed {seed}); differences are variant - lead, F1 x 100")
    print(f"{'departure':48}{'R-1':>26}{'R-2':>26}{'R-L':>26}  {'R-1 per fold':36}{'differ':>8}  holds  chosen")
    for family, settings in FAMILIES.items():
        names = [f"{family}|{s}" for s in settings]
        out_of_fold = np.zeros((count, len(METRICS)))
        chosen: list[str] = []
        fold_means = np.zeros((folds, len(METRICS)))
        for fold in range(folds):
            train, test = fold_of != fold, fold_of == fold
            # The setting with the best summed mean gain on the other folds.
            gains = [float((table[n][train] - lead[train]).mean(axis=0).sum()) for n in names]
            best = names[int(np.argmax(gains))]
            chosen.append(best.split("|", 1)[1])
            out_of_fold[test] = table[best][test]
            fold_means[fold] = (table[best][test] - lead[test]).mean(axis=0)
        cells = []
        for m in range(len(METRICS)):
            d = paired_difference(list(out_of_fold[:, m]), list(lead[:, m]))
            cells.append(f"{d.mean:+.2f}±{d.standard_error:.2f} [{d.low:+.2f},{d.high:+.2f}]")
        differ = int((np.abs(out_of_fold - lead).sum(axis=1) > 1e-9).sum())
        lows = [paired_difference(list(out_of_fold[:, m]), list(lead[:, m])).low for m in range(len(METRICS))]
        holds = bool((fold_means > 0).all()) and min(lows) > 0
        per_fold = " ".join(f"{v:+.2f}" for v in fold_means[:, 0])
        settings_chosen = "; ".join(f"{c} ({chosen.count(c)}/{folds})" for c in dict.fromkeys(chosen) if c) or "-"
        print(f"{family:48}{cells[0]:>26}{cells[1]:>26}{cells[2]:>26}  {per_fold:36}{differ:>8}  "
              f"{'yes' if holds else 'no':5}  {settings_chosen}")


def check(table: dict[str, np.ndarray]) -> None:
    lead = table["lead"]
    for name, values in table.items():
        if name in ("lead", RAW_LEAD):
            continue
        cells = []
        for m in range(len(METRICS)):
            d = paired_difference(list(values[:, m]), list(lead[:, m]))
            cells.append(f"{d.mean:+.2f}±{d.standard_error:.2f} [{d.low:+.2f},{d.high:+.2f}]")
        differ = int((np.abs(values - lead).sum(axis=1) > 1e-9).sum())
        print(f"{name.replace('|', ' ').strip():48}{cells[0]:>26}{cells[1]:>26}{cells[2]:>26}{differ:>8}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    tables = [scored(Path(args.data) / name, count, scorer)[1] for name, count in NEWS]
    news = {name: np.concatenate([t[name] for t in tables]) for name in tables[0]}
    print("Development news (CNN/DM + REALSumm, 3 sentences), cross-validated:")
    cross_validate(news, args.folds, args.seed)
    print("\nAgainst the classic Lead-N over the raw text (no structure parsing), all 173 stories:")
    against_raw_lead(news)
    for name, count in CHECK:
        FAMILIES.pop("news ranker, weights chosen per fold")
        print(f"\n{name}, {count} sentence (every setting, no selection; a check, not a choice):")
        table = scored(Path(args.data) / name, count, scorer)[1]
        check(table)
        against_raw_lead(table)
    print("\nSummaries with a fault (the rules' side of the ledger), per data set and ranker:")
    for key, tally in FAULT_COUNTS.items():
        data, name = key.split("|", 1)
        cells = "  ".join(f"{fault} {tally[fault]}" for fault in FAULTS)
        print(f"{data:16} {name.rstrip('|'):48} {tally['stories']:4} stories: {cells}")


if __name__ == "__main__":
    main()
