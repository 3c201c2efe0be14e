"""``summarize-eval``: ROUGE against references, Lead always included, scores that can be checked by hand."""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.evaluate import app
from summarizer.evaluation import (
    EvaluationError,
    Example,
    algorithms_to_run,
    clean,
    detokenise,
    evaluate,
    is_tokenised,
    load_folders,
    load_jsonl,
    paired_difference,
    reference_sentences,
)
from summarizer.models import Options

ROOT = Path(__file__).resolve().parent.parent
# Scoring needs the eval extra (pip install -e ".[test,eval]"); the rest of this file runs without it.
needs_rouge = pytest.mark.skipif(importlib.util.find_spec("rouge_score") is None, reason="rouge-score not installed")

# Lead-1 of the first story is its reference word for word: 100 everywhere. Lead-1 of the second,
# "Rain floods valley roads.", against "Rain floods.": 2 of 4 unigrams (P 50, R 100, F1 66.67) and
# 1 of 3 bigrams (P 33.33, R 100, F1 50). Means over both: R-1 and R-L P 75, R 100, F1 83.33;
# R-2 P 66.67, R 100, F1 75.
STORIES = [
    {"id": "harbour", "article": "Storm closes harbour today. Ferries stay docked overnight. Fishermen wait ashore.",
     "reference": "Storm closes harbour today."},
    {"id": "valley", "article": "Rain floods valley roads. Drivers turn back early. Police close two bridges.",
     "reference": "Rain floods."},
]
EXPECTED = {
    "rouge1": {"precision": 75.0, "recall": 100.0, "f1": 83.33},
    "rouge2": {"precision": 66.67, "recall": 100.0, "f1": 75.0},
    "rougeLsum": {"precision": 75.0, "recall": 100.0, "f1": 83.33},
}


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in STORIES), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@needs_rouge
def test_hand_computed_scores_as_json(stories: Path) -> None:
    """Lead-1 scores on the fixture are exactly the hand-computed ROUGE figures."""
    code, out, err = _run(str(stories), "-n", "1", "-a", "lexrank", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["examples"] == 2
    lead = report["results"][0]
    assert lead["algorithm"] == "lead"
    for metric, expected in EXPECTED.items():
        assert lead[metric] == expected
    assert [r["algorithm"] for r in report["results"]] == ["lead", "lexrank"]


@needs_rouge
def test_lead_is_always_scored_and_default_is_named(stories: Path) -> None:
    """Asking for the default alone still scores Lead, and the table says what default stands for."""
    code, out, _ = _run(str(stories), "-n", "1", "-a", "default", "--format", "text")
    assert code == 0
    assert "lead (Lead-1)" in out and "default (lede)" in out
    assert "83.33" in out and "75.00" in out


@needs_rouge
def test_all_algorithms_side_by_side(stories: Path) -> None:
    """Without --algorithm every algorithm is scored, each once."""
    code, out, _ = _run(str(stories), "--format", "json")
    assert code == 0
    names = [r["algorithm"] for r in json.loads(out)["results"]]
    assert names[:3] == ["lead", "default (lede)", "news"]
    assert "lexrank" in names and "lede" not in names
    assert len(names) == len(set(names))


@needs_rouge
def test_two_folders_of_matching_files(tmp_path: Path) -> None:
    """Articles and references in two folders, paired by file name, give the same scores as the JSONL."""
    articles, references = tmp_path / "articles", tmp_path / "references"
    articles.mkdir()
    references.mkdir()
    for row in STORIES:
        (articles / f"{row['id']}.txt").write_text(row["article"], encoding="utf-8")
        (references / f"{row['id']}.txt").write_text(row["reference"], encoding="utf-8")
    (articles / "unpaired.txt").write_text("No reference exists for this story.", encoding="utf-8")
    code, out, err = _run(str(articles), str(references), "-n", "1", "-a", "lead", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["examples"] == 2
    assert report["results"][0]["rouge2"] == EXPECTED["rouge2"]


@needs_rouge
def test_field_names_can_be_given(tmp_path: Path) -> None:
    """Other field names are found (body) or named (--article-field); a title becomes the headline."""
    path = tmp_path / "other.jsonl"
    rows = [{"title": "Harbour shut by storm", "body": r["article"], "gist": r["reference"]} for r in STORIES]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    code, _, err = _run(str(path), "-n", "1")
    assert code == 1
    assert "no reference field" in err and "--reference-field" in err
    code, out, err = _run(str(path), "-n", "1", "-a", "lead", "--reference-field", "gist", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["results"][0]["rouge1"] == EXPECTED["rouge1"]
    examples = load_jsonl(path, reference_field="gist")
    assert examples[0].article.startswith("Harbour shut by storm\n\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json\n", "not JSON"), ('["a", "b"]\n', "JSON object"), ("", "no examples"),
     ('{"article": 3, "reference": "x"}\n', "must be strings")],
)
def test_bad_data_is_one_line_error(tmp_path: Path, content: str, message: str) -> None:
    """Broken input files give exit code 1 and a one-line message, never a traceback."""
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    code, out, err = _run(str(path))
    assert code == 1
    assert out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_file_and_unknown_algorithm(stories: Path, tmp_path: Path) -> None:
    """A missing file is a runtime error (1), an unknown algorithm a usage error (2)."""
    code, _, err = _run(str(tmp_path / "nowhere.jsonl"))
    assert code == 1 and "no such file" in err
    code, _, err = _run(str(stories), "-a", "magic")
    assert code == 2 and "unknown algorithm" in err


def test_missing_rouge_score_is_a_clear_error(stories: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without rouge-score installed the command says how to install it, in one line."""
    monkeypatch.setitem(sys.modules, "rouge_score", None)
    code, out, err = _run(str(stories))
    assert code == 1 and out == ""
    assert "rouge-score is not installed" in err and "summarize[eval]" in err and err.count("\n") == 1


def test_summarize_never_imports_rouge_score() -> None:
    """Summarising an article (the library and the summarize command) leaves rouge-score unloaded."""
    code = (
        "import sys, cli.app\n"
        "from summarizer import summarize\n"
        "summarize('Storm closes harbour today. Ferries stay docked overnight. Fishermen wait ashore.')\n"
        "assert 'rouge_score' not in sys.modules, 'rouge_score imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_ptb_tokenisation_is_undone() -> None:
    """CNN/DM-style tokenised text reads as written: brackets, clitics, quotes and spacing."""
    text = "The mayor -LRB- 54 -RRB- said `` we 're ready '' . Millbrook 's mill did n't close ."
    assert is_tokenised(text)
    assert detokenise(text) == "The mayor (54) said \u201cwe're ready\u201d. Millbrook's mill didn't close."
    plain = "The mayor, 54, said the town's mill would stay open."
    assert not is_tokenised(plain)
    assert clean(plain) == plain


def test_reference_highlights_are_sentences() -> None:
    """Highlights joined by " . " become one sentence each, for ROUGE-Lsum."""
    reference = "Mill to close in June . 340 jobs will go . Union vows to fight"
    assert reference_sentences(reference) == ["Mill to close in June.", "340 jobs will go.", "Union vows to fight"]
    assert reference_sentences("First line\nSecond line") == ["First line", "Second line"]


@needs_rouge
def test_library_evaluate_reports_progress_and_failures() -> None:
    """The library scores each example once per algorithm, calls progress per article, counts failures."""
    examples = [Example(row["id"], row["article"], row["reference"]) for row in STORIES]
    examples.append(Example("empty", "   ", "Something happened."))
    steps: list[int] = []
    report = evaluate(examples, ["lead"], Options(sentences=1), progress=steps.append)
    assert steps == [1, 1, 1]
    lead = report.results[0]
    assert lead.failed == 1
    assert lead.scores["rouge1"].f1 == pytest.approx((100 + 200 / 3 + 0) / 3)


def test_algorithms_to_run() -> None:
    """Lead first, default next, repeats and aliases dropped, bad names refused."""
    assert algorithms_to_run(["lexrank", "default", "lede", "news", "lead"]) == ["lead", "default", "lexrank", "news"]
    with pytest.raises(Exception, match="unknown algorithm"):
        algorithms_to_run(["nope"])


def test_load_folders_needs_pairs(tmp_path: Path) -> None:
    """Two folders without a single matching name are an error, not an empty table."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Story.", encoding="utf-8")
    (tmp_path / "b" / "two.txt").write_text("Summary.", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no article"):
        load_folders(tmp_path / "a", tmp_path / "b")


needs_scipy = pytest.mark.skipif(importlib.util.find_spec("scipy") is None, reason="scipy not installed")


@needs_scipy
def test_paired_difference_known_answer() -> None:
    """Differences of 0 and 2 points, 200 each: mean 1, standard error sd/sqrt(n), and a bootstrap
    interval within a resampling step of the normal one, mean +- 1.96 standard errors."""
    scores = [0.0, 2.0] * 200
    difference = paired_difference([s + 30.0 for s in scores], [30.0] * 400)
    assert difference.mean == pytest.approx(1.0)
    standard_error = math.sqrt(400 / 399) / math.sqrt(400)  # sample sd (ddof=1) is sqrt(400/399)
    assert difference.standard_error == pytest.approx(standard_error)
    assert difference.low == pytest.approx(1.0 - 1.96 * standard_error, abs=0.011)
    assert difference.high == pytest.approx(1.0 + 1.96 * standard_error, abs=0.011)
    assert paired_difference([s + 30.0 for s in scores], [30.0] * 400) == difference  # fixed seed


@needs_scipy
def test_paired_difference_is_per_article() -> None:
    """Pairing matters: a constant gain on every article has no spread, however spread out the scores are."""
    baseline = [10.0, 55.0, 30.0, 80.0, 5.0]
    difference = paired_difference([b + 2.0 for b in baseline], baseline)
    assert (difference.mean, difference.standard_error, difference.low, difference.high) == (2.0, 0.0, 2.0, 2.0)
    lower = paired_difference(baseline, [b + 1.5 for b in baseline])
    assert lower.mean == pytest.approx(-1.5) and lower.high == pytest.approx(-1.5)


@needs_rouge
@needs_scipy
def test_differences_from_lead_in_the_report(stories: Path) -> None:
    """Each algorithm but the lead carries its paired difference per metric and the articles that differ."""
    code, out, err = _run(str(stories), "-n", "1", "-a", "lexrank", "--format", "json")
    assert code == 0, err
    results = json.loads(out)["results"]
    assert "vs_lead" not in results[0]
    lexrank = results[1]["vs_lead"]
    assert set(lexrank) == {"differs", "rouge1", "rouge2", "rougeLsum"}
    assert 0 <= lexrank["differs"] <= 2
    assert len(lexrank["rouge1"]["ci95"]) == 2


SPLIT = [  # the lead misses; the second sentence is the reference
    {"id": "bridge",
     "article": "Bridge works start on Monday. Traffic must use the ring road. Buses keep their routes.",
     "reference": "Traffic must use the ring road."},
    {"id": "market", "article": "Rain falls on the market. Stalls close early. Traders count their losses.",
     "reference": "Rain falls on the market."},
]


@needs_rouge
@needs_scipy
@pytest.mark.parametrize("name", ["scores.jsonl", "scores.csv"])
def test_per_article_export(tmp_path: Path, name: str) -> None:
    """--per-article writes one row per article and algorithm with its F1s; CSV for .csv, else JSON Lines."""
    data = tmp_path / "split.jsonl"
    data.write_text("".join(json.dumps(row) + "\n" for row in SPLIT), encoding="utf-8")
    target = tmp_path / name
    code, _, err = _run(str(data), "-n", "1", "-a", "default", "--per-article", str(target), "--format", "json")
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    if name.endswith(".csv"):
        rows = list(csv.DictReader(text.splitlines()))
    else:
        rows = [json.loads(line) for line in text.splitlines()]
    assert [(r["id"], r["algorithm"]) for r in rows] == [("bridge", "lead"), ("bridge", "default (lede)"),
                                                        ("market", "lead"), ("market", "default (lede)")]
    by_id = {r["id"]: r for r in rows if r["algorithm"] == "lead"}
    assert float(by_id["market"]["rouge1_f1"]) == pytest.approx(100.0)
    assert float(by_id["bridge"]["rouge2_f1"]) == pytest.approx(0.0)
    assert {str(r["same_as_lead"]) for r in rows} == {"True"}


@needs_rouge
@needs_scipy
def test_per_article_file_is_never_replaced_without_force(tmp_path: Path, stories: Path) -> None:
    """An existing --per-article file is refused before scoring starts, and replaced with --force."""
    target = tmp_path / "scores.jsonl"
    target.write_text("keep me\n", encoding="utf-8")
    code, out, err = _run(str(stories), "-n", "1", "-a", "lead", "--per-article", str(target))
    assert code == 1 and out == ""
    assert "already exists" in err and "--force" in err and err.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "keep me\n"
    code, _, err = _run(str(stories), "-n", "1", "-a", "lead", "--per-article", str(target), "--force")
    assert code == 0, err
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2  # two articles, the lead alone
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".scores")] == []  # no temporary file left
    fresh = tmp_path / "fresh.jsonl"
    fresh.touch()
    expected_mode = fresh.stat().st_mode & 0o777
    fresh.unlink()
    _run(str(stories), "-n", "1", "-a", "lead", "--per-article", str(fresh))
    assert fresh.stat().st_mode & 0o777 == expected_mode  # as any new file, not private


@needs_rouge
@needs_scipy
def test_per_article_file_that_cannot_be_written(tmp_path: Path, stories: Path) -> None:
    """A --per-article path in a missing folder is one line on stderr and exit code 1."""
    code, out, err = _run(str(stories), "-n", "1", "-a", "lead", "--per-article", str(tmp_path / "no" / "s.csv"))
    assert code == 1 and out == ""
    assert "cannot write" in err and err.count("\n") == 1 and "Traceback" not in err
