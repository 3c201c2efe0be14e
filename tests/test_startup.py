"""The package loads its parts on first use: a light import stays light, every public name still resolves."""

from __future__ import annotations

import subprocess
import sys

import pytest

import summarizer


def _loaded_after(statement: str, modules: tuple[str, ...]) -> list[str]:
    probe = f"import sys\n{statement}\nprint(' '.join(m for m in {modules!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_importing_the_records_loads_no_reader_ranker_or_model() -> None:
    """``import summarizer.models`` (what the CLI's --version and a pool worker's results need) is light."""
    heavy = ("summarizer.quotes", "summarizer.article", "summarizer.ranker", "numpy", "nltk")
    assert _loaded_after("import summarizer.models", heavy) == []
    assert _loaded_after("from summarizer import __version__", heavy) == []


def test_using_summarize_loads_what_it_needs() -> None:
    """The first use of a public name imports its module (and the probe above could tell)."""
    assert _loaded_after("from summarizer import summarize", ("summarizer.core", "summarizer.quotes")) == [
        "summarizer.core", "summarizer.quotes"]


def test_every_public_name_resolves() -> None:
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None
    assert set(summarizer.__all__) <= set(dir(summarizer))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = summarizer.no_such_name


@pytest.mark.parametrize("shape", ["paragraphs", "one line"])
def test_the_default_summary_of_plain_text_loads_neither_nltk_nor_sumy(shape: str) -> None:
    """The default path splits with the bundled Punkt model and ranks on its own: importing NLTK alone
    takes over a second and tens of MB, so no stage of that path may reach for it (a one-line paste
    goes through the head/lede cut, which compares words of the two)."""
    from .conftest import HARBOUR_STORY

    text = HARBOUR_STORY if shape == "paragraphs" else (
        "Valdora council backs harbour tunnel plan The city council voted on Tuesday to fund a tunnel under "
        "the harbour, ending a decade of argument over how to ease traffic in the old town. The tunnel will "
        "take four years to build, officials said. Residents who spoke at the meeting were divided. Some "
        "warned of noise during the works, while shop owners welcomed the plan. The mayor said the vote "
        "was a turning point for the town. Work is due to start next spring.")
    statement = f"from summarizer import summarize\nsummary = summarize({text!r})\nassert summary.sentences"
    assert _loaded_after(statement, ("nltk", "sumy", "scipy")) == []
