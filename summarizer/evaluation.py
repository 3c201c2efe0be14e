"""Scoring summaries against reference summaries with ROUGE: the library side of ``summarize-eval``.

Articles with reference summaries come from a JSON Lines file (one object per line with an article
field and a reference field) or from two folders of files with matching names. Each algorithm
summarises every article and is scored with ``rouge-score`` (Google's re-implementation of
ROUGE-1.5.5: stemmed ROUGE-1, ROUGE-2 and ROUGE-Lsum over newline-separated sentences). Lead-N is
always scored too: it is the baseline a news summariser has to beat.

Means alone cannot say whether one method beats another on a few hundred stories (the per-article
standard deviation of a difference is several ROUGE points), so every algorithm is also compared with
Lead-N article by article: the mean paired difference per metric, its standard error, a bootstrap
95% interval (``scipy.stats.bootstrap``, BCa, fixed seed) and how many articles get a summary other
than the lead's. The per-article scores can be written out for tests of one's own.

``rouge-score`` and ``scipy`` are optional dependencies (the ``eval`` extra); they are imported only
here, and only when scoring starts.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .article import parse_article
from .core import check_options, summary_sentences
from .errors import SummarizerError
from .models import Options
from .ranking import resolve
from .sentences import split_sentences

ARTICLE_FIELDS = ("article", "body", "text", "document", "story")
REFERENCE_FIELDS = ("reference", "summary", "highlights", "abstract", "target")
TITLE_FIELDS = ("title", "headline")
METRICS = ("rouge1", "rouge2", "rougeLsum")
BASELINE = "lead"
CONFIDENCE = 0.95
RESAMPLES = 9999
SEED = 0  # the bootstrap is random: a fixed seed makes every interval reproducible


class EvaluationError(SummarizerError):
    """The evaluation data or set-up is unusable: a missing file, field or package."""


@dataclass(frozen=True)
class Example:
    """One article with the summary a person (or a data set) wrote for it."""

    id: str
    article: str
    reference: str


@dataclass(frozen=True)
class Score:
    """Mean precision, recall and F1 of one ROUGE variant, in percent."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Difference:
    """The paired per-article difference of one metric's F1 against Lead-N, in points (F1 x 100)."""

    mean: float
    standard_error: float
    low: float  # bootstrap 95% interval of the mean difference
    high: float


@dataclass(frozen=True)
class AlgorithmResult:
    """How one algorithm did over a set of examples."""

    algorithm: str
    scores: dict[str, Score]
    seconds: float
    failed: int = 0  # articles the algorithm could not summarise (scored as empty summaries)
    vs_lead: dict[str, Difference] = field(default_factory=dict)  # empty for the lead itself
    differs: int = 0  # articles whose summary is not the lead's


@dataclass(frozen=True)
class ArticleScore:
    """One algorithm's F1 (x 100) per metric on one article, and whether its summary is the lead's."""

    id: str
    algorithm: str
    f1: dict[str, float]
    same_as_lead: bool


@dataclass(frozen=True)
class Report:
    """The results of every algorithm on one data set."""

    name: str
    examples: int
    sentences: int | None
    words: int | None
    results: tuple[AlgorithmResult, ...]
    notes: tuple[str, ...] = field(default=())
    articles: tuple[ArticleScore, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: per algorithm, per metric, precision/recall/F1 in percent."""
        return {
            "data": self.name,
            "examples": self.examples,
            "sentences": self.sentences,
            "words": self.words,
            "rouge_l": "rougeLsum (summary-level LCS over newline-separated sentences)",
            "results": [
                {
                    "algorithm": r.algorithm,
                    "failed": r.failed,
                    "seconds": round(r.seconds, 3),
                    **{m: {"precision": round(s.precision, 2), "recall": round(s.recall, 2), "f1": round(s.f1, 2)}
                       for m, s in r.scores.items()},
                    **({"vs_lead": {
                        "differs": r.differs,
                        **{m: {"mean": round(d.mean, 2), "standard_error": round(d.standard_error, 2),
                               "ci95": [round(d.low, 2), round(d.high, 2)]} for m, d in r.vs_lead.items()},
                    }} if r.vs_lead else {}),
                }
                for r in self.results
            ],
            "notes": list(self.notes),
        }


# Penn Treebank tokenisation as found in CNN/Daily Mail references and REALSumm articles.
_PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_PTB_SIGNS = re.compile(r"\s+(?:-[LR][RSC]B-)\s*|\s*(?:-[LR][RSC]B-)\s+|-[LR][RSC]B-", re.IGNORECASE)
_PTB_MARKERS = re.compile(r"(?:\s(?:'s|n't|'re|'ve|'ll|'d|'m)\b|\s[,.;:?!](?:\s|$)|``|''|-[LR]RB-)", re.IGNORECASE)


def is_tokenised(text: str) -> bool:
    """True when text carries Penn Treebank tokenisation (``word ,``, ``John 's``, ``-LRB-``, ````)."""
    words = max(1, len(text.split()))
    return len(_PTB_MARKERS.findall(text)) / words > 0.02


def detokenise(text: str) -> str:
    """Undo Penn Treebank tokenisation: brackets, quote pairs, split-off clitics and punctuation."""
    for token, sign in _PTB_BRACKETS.items():
        text = re.sub(re.escape(token), sign, text, flags=re.IGNORECASE)
    text = re.sub(r"``\s*", "\u201c", text)
    text = re.sub(r"\s*''", "\u201d", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"([(\[{])\s+", r"\1", text)
    text = re.sub(r"\s+([)\]}])", r"\1", text)
    text = re.sub(r"\s+([,.;:?!%])", r"\1", text)
    text = re.sub(r"\$\s+(?=\d)", "$", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def clean(text: str) -> str:
    """Text as a reader would see it: detokenised when it carries PTB tokens, else as given."""
    return detokenise(text) if is_tokenised(text) else text.strip()


def reference_sentences(reference: str) -> list[str]:
    """A reference summary split into sentences, one per line (highlights are sentences of their own)."""
    lines = [line.strip() for line in clean(reference).splitlines() if line.strip()]
    return [s.strip() for line in lines for s in split_sentences(line) if s.strip()]


def _pick_field(row: dict[str, Any], wanted: str | None, candidates: Sequence[str], kind: str, where: str) -> str:
    if wanted is not None:
        if wanted not in row:
            raise EvaluationError(f"{where}: no field {wanted!r} (fields: {', '.join(row)})")
        return wanted
    for name in candidates:
        if name in row:
            return name
    raise EvaluationError(f"{where}: no {kind} field (looked for {', '.join(candidates)}; name it with --{kind}-field)")


def load_jsonl(path: str | Path, article_field: str | None = None, reference_field: str | None = None,
               title_field: str | None = None) -> list[Example]:
    """Examples from a JSON Lines file; field names are found automatically unless given.

    A title field, when present, is put above the article as its headline line.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"{path}: cannot read ({error.__class__.__name__})") from None
    examples: list[Example] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvaluationError(f"{where}: not JSON ({error.msg})") from None
        if not isinstance(row, dict):
            raise EvaluationError(f"{where}: each line must be a JSON object")
        article_key = _pick_field(row, article_field, ARTICLE_FIELDS, "article", where)
        reference_key = _pick_field(row, reference_field, REFERENCE_FIELDS, "reference", where)
        title_key = title_field if title_field is not None else next((f for f in TITLE_FIELDS if f in row), None)
        article, reference = row[article_key], row[reference_key]
        if isinstance(reference, list):
            reference = "\n".join(str(r) for r in reference)
        if not isinstance(article, str) or not isinstance(reference, str):
            raise EvaluationError(f"{where}: {article_key!r} and {reference_key!r} must be strings")
        title = row.get(title_key) if title_key else None
        if isinstance(title, str) and title.strip():
            article = f"{title.strip()}\n\n{article}"
        examples.append(Example(str(row.get("id", number)), article, reference))
    if not examples:
        raise EvaluationError(f"{path}: no examples")
    return examples


def load_folders(articles: str | Path, references: str | Path) -> list[Example]:
    """Examples from two folders: each article file paired with the reference file of the same name."""
    articles, references = Path(articles), Path(references)
    for folder in (articles, references):
        if not folder.is_dir():
            raise EvaluationError(f"{folder}: not a folder")
    by_stem = {p.stem: p for p in references.iterdir() if p.is_file() and not p.name.startswith(".")}
    examples: list[Example] = []
    for path in sorted(p for p in articles.iterdir() if p.is_file() and not p.name.startswith(".")):
        match = references / path.name if (references / path.name).is_file() else by_stem.get(path.stem)
        if match is None:
            continue
        try:
            examples.append(Example(path.stem, path.read_text(encoding="utf-8"), match.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            raise EvaluationError(f"{path}: cannot read ({error.__class__.__name__})") from None
    if not examples:
        raise EvaluationError(f"no article in {articles} has a reference of the same name in {references}")
    return examples


def _scorer() -> Any:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise EvaluationError(
            "rouge-score is not installed; install the eval extra: pip install 'summarize[eval]'"
        ) from None
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def algorithms_to_run(requested: Iterable[str]) -> list[str]:
    """The requested algorithms, checked, each run once, with the Lead baseline always first.

    ``default`` and the algorithm it stands for are one algorithm: it is run once, as ``default``.
    """
    names: list[str] = [BASELINE]
    seen = {BASELINE}
    keys = [name.strip().lower() for name in requested]
    for key in sorted(keys, key=lambda k: k != "default"):  # stable: only moves "default" first
        concrete = resolve(key)  # raises UnknownAlgorithmError for a bad name
        if concrete not in seen:
            seen.add(concrete)
            names.append(key)
    return names


def evaluate(
    examples: Sequence[Example],
    algorithms: Iterable[str],
    options: Options,
    name: str = "data",
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Summarise every example with every algorithm, average the ROUGE scores and compare with Lead-N.

    ``options`` sets the length (``sentences``, ``ratio`` or ``words``) and language; its
    algorithm is ignored. ``progress`` is called with 1 after each article.
    """
    check_options(options)
    names = algorithms_to_run(algorithms)
    scorer = _scorer()
    totals = {n: {m: [0.0, 0.0, 0.0] for m in METRICS} for n in names}
    seconds = dict.fromkeys(names, 0.0)
    failed = dict.fromkeys(names, 0)
    articles: list[ArticleScore] = []
    for example in examples:
        target = "\n".join(reference_sentences(example.reference))
        try:
            article = parse_article(clean(example.article), language=options.language)
        except SummarizerError:
            article = None
        lead_prediction = ""
        for algorithm in names:
            started = time.perf_counter()
            if article is None:
                prediction = ""
                failed[algorithm] += 1
            else:
                chosen = summary_sentences(article, _with_algorithm(options, algorithm))
                prediction = "\n".join(s.text for s in chosen)
            seconds[algorithm] += time.perf_counter() - started
            if algorithm == BASELINE:
                lead_prediction = prediction
            f1: dict[str, float] = {}
            for metric, score in scorer.score(target, prediction).items():
                sums = totals[algorithm][metric]
                sums[0] += score.precision
                sums[1] += score.recall
                sums[2] += score.fmeasure
                f1[metric] = 100 * score.fmeasure
            articles.append(ArticleScore(example.id, _label(algorithm), f1, prediction == lead_prediction))
        if progress is not None:
            progress(1)
    count = max(1, len(examples))
    results = []
    for n in names:
        label = _label(n)
        own = [a for a in articles if a.algorithm == label]
        results.append(AlgorithmResult(
            algorithm=label,
            scores={m: Score(*(100 * v / count for v in totals[n][m])) for m in METRICS},
            seconds=seconds[n],
            failed=failed[n],
            vs_lead={} if n == BASELINE else compare_with_lead(articles, label),
            differs=sum(not a.same_as_lead for a in own),
        ))
    return Report(name, len(examples), options.sentences, options.words, tuple(results), articles=tuple(articles))


def compare_with_lead(articles: Sequence[ArticleScore], algorithm: str) -> dict[str, Difference]:
    """Per metric, the paired difference ``algorithm - lead`` over the articles both were scored on."""
    lead = {a.id: a.f1 for a in articles if a.algorithm == BASELINE}
    own = [a for a in articles if a.algorithm == algorithm and a.id in lead]
    return {m: paired_difference([a.f1[m] for a in own], [lead[a.id][m] for a in own]) for m in METRICS}


def paired_difference(scores: Sequence[float], baseline: Sequence[float]) -> Difference:
    """Mean of ``scores[i] - baseline[i]`` with its standard error and a bootstrap 95% interval.

    The interval is scipy's bias-corrected and accelerated (BCa) bootstrap of the mean difference,
    with a fixed seed so that the same scores always give the same interval. When every difference is
    the same (an algorithm that always agrees with the lead) the interval is that one value.
    """
    import numpy as np

    differences = np.asarray(scores, dtype=np.float64) - np.asarray(baseline, dtype=np.float64)
    if differences.size == 0:
        return Difference(math.nan, math.nan, math.nan, math.nan)
    mean = float(differences.mean())
    if differences.size < 2 or np.ptp(differences) == 0:
        return Difference(mean, 0.0 if differences.size > 1 else math.nan, mean, mean)
    standard_error = float(differences.std(ddof=1) / math.sqrt(differences.size))
    interval = _bootstrap(differences)
    return Difference(mean, standard_error, interval[0], interval[1])


def _bootstrap(differences: Any) -> tuple[float, float]:
    try:
        from scipy.stats import bootstrap
    except ImportError:
        raise EvaluationError("scipy is not installed; install the eval extra: pip install 'summarize[eval]'") from None
    import numpy as np

    result = bootstrap((differences,), np.mean, n_resamples=RESAMPLES, confidence_level=CONFIDENCE,
                       method="BCa", rng=np.random.default_rng(SEED))
    low, high = float(result.confidence_interval.low), float(result.confidence_interval.high)
    return low, high


def _new_file_mode() -> int:
    """The mode ``open()`` would give a new file: read-write for all, less the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


PER_ARTICLE_FIELDS = ("data", "id", "algorithm", *(f"{m}_f1" for m in METRICS), "same_as_lead")


def per_article_rows(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Every article's F1 per metric and algorithm, as flat rows (the per-article export)."""
    return [
        {"data": report.name, "id": a.id, "algorithm": a.algorithm,
         **{f"{m}_f1": round(a.f1[m], 4) for m in METRICS}, "same_as_lead": a.same_as_lead}
        for report in reports for a in report.articles
    ]


def write_per_article(reports: Sequence[Report], path: str | Path, *, force: bool = False) -> int:
    """Write the per-article scores to ``path``: CSV when it ends in ``.csv``, else JSON Lines.

    An existing file is never replaced unless ``force`` is given, and the file is written whole to a
    temporary file beside it and then renamed, so an interrupted run leaves either the old file or the
    complete new one. Returns the number of rows written.
    """
    path = Path(path)
    if path.exists() and not force:
        raise EvaluationError(f"{path}: already exists; use --force to replace it")
    if path.is_dir():
        raise EvaluationError(f"{path}: a folder, not a file")
    rows = per_article_rows(reports)
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=PER_ARTICLE_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        content = buffer.getvalue()
    else:
        content = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    folder = path.parent if str(path.parent) else Path()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(content)
            Path(temporary).chmod(_new_file_mode())  # mkstemp makes the file private; a result is not
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink()
            raise
    except OSError as error:
        raise EvaluationError(f"{path}: cannot write ({error.strerror or error.__class__.__name__})") from None
    return len(rows)


def _with_algorithm(options: Options, algorithm: str) -> Options:
    return Options(algorithm=algorithm, sentences=options.sentences, ratio=options.ratio, words=options.words,
                   quotes=0, language=options.language)


def _label(name: str) -> str:
    """``default`` shows which algorithm it stands for."""
    return f"default ({resolve(name)})" if name == "default" else name
