"""The library's entry point: every algorithm, lengths, JSON shape, and a clean import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import ALGORITHMS, Options, UnknownAlgorithmError, summarize
from summarizer.core import default_length

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_returns_body_sentences_in_article_order(algorithm: str) -> None:
    """Each algorithm picks the asked number of body sentences and keeps article order."""
    summary = summarize(SEED_TEXT, Options(algorithm=algorithm, sentences=4))
    indices = [s.index for s in summary.sentences]
    assert len(indices) == 4
    assert indices == sorted(indices)
    body = {s.text for s in summary.article.sentences}
    assert all(s.text in body for s in summary.sentences)
    assert sorted(s.rank for s in summary.sentences if s.rank is not None) == [1, 2, 3, 4]


def test_fourteen_sentences_of_the_seed_are_its_whole_body() -> None:
    """Asking for 14 sentences of the seed returns its 14 body sentences in order."""
    summary = summarize(SEED_TEXT, Options(sentences=14))
    assert [s.index for s in summary.sentences] == list(range(14))


def test_summary_never_exceeds_the_article() -> None:
    """More sentences than the article has returns all of them."""
    summary = summarize(SEED_TEXT, Options(sentences=500))
    assert len(summary.sentences) == 14


def test_unknown_algorithm_is_the_projects_error() -> None:
    """An unknown algorithm name raises UnknownAlgorithmError naming the choices."""
    with pytest.raises(UnknownAlgorithmError, match="lexrank"):
        summarize(SEED_TEXT, Options(algorithm="magic"))


@pytest.mark.parametrize(("count", "expected"),
                         [(1, 1), (2, 2), (14, 3), (30, 3), (60, 3), (61, 4), (120, 5), (240, 6), (2000, 9)])
def test_default_length_fits_the_article(count: int, expected: int) -> None:
    """Three sentences for a news story (up to 60), one more per doubling beyond, never more than there are."""
    assert default_length(count) == expected


def test_json_fields_are_stable() -> None:
    """The JSON object carries the fields scripts depend on."""
    data = json.loads(json.dumps(summarize(SEED_TEXT, Options()).as_dict()))
    assert data["headline"] == "Iraq shuts Syria border as opposition advances on Assad's forces"
    assert {"source", "headline", "summary", "quotes", "algorithm", "language"} <= set(data)
    assert all({"text", "index", "score", "rank"} <= set(s) for s in data["summary"])
    assert all({"text", "speaker", "kind", "role", "cue"} <= set(q) for q in data["quotes"])
    assert data["date"] == "December 01, 2024"


def test_library_import_pulls_in_neither_typer_nor_rich() -> None:
    """Importing and using the library never loads the CLI's packages."""
    code = (
        "import sys, summarizer\n"
        "summarizer.summarize('The vote passed. The mayor said it was a good day for the city.')\n"
        "print(sorted(m for m in ('typer', 'rich', 'click') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("text", ["Hello.", "The the the. A a a.", "Yes! No? Maybe.", "A. B. C. D. E."])
def test_texts_without_content_words_still_summarise(algorithm: str, text: str) -> None:
    """Every algorithm copes with sentences made only of stop words or letters, with finite scores."""
    summary = summarize(text, Options(algorithm=algorithm))
    assert summary.sentences
    assert all(s.score is not None and s.score == s.score for s in summary.sentences)  # not NaN


def test_graph_algorithms_refuse_texts_beyond_their_sentence_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Algorithms that grow faster than the text stop with a clear error past their limit; others go on."""
    from summarizer import InputTooLargeError, ranking

    monkeypatch.setitem(ranking.SENTENCE_LIMITS, "textrank", 10)
    with pytest.raises(InputTooLargeError, match="textrank handles at most 10 sentences"):
        summarize(SEED_TEXT, Options(algorithm="textrank"))
    assert summarize(SEED_TEXT, Options(algorithm="lexrank")).sentences
    assert summarize(SEED_TEXT).sentences


def test_a_known_title_is_the_headline_and_not_a_body_sentence() -> None:
    """A title given by the caller wins over the layout's guess and is not repeated in the body."""
    text = ("Ferry fares rise\n\nFerry fares will rise by a tenth in May, the operator said on Monday.\n\n"
            "The company blamed fuel costs.")
    summary = summarize(text, title="Ferry fares rise")
    assert summary.article.headline == "Ferry fares rise"
    assert all(s.text != "Ferry fares rise" for s in summary.article.sentences)
    other = summarize(text, title="Operator raises fares")
    assert other.article.headline == "Operator raises fares"
