"""Renderers: golden files for each format, and the properties each format promises.

The summary is built by hand, so these tests pin the renderers alone, whatever the parser and
rankers decide. Regenerate the golden files with ``python -m pytest tests/test_render.py --update-golden``.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from cli import render
from summarizer.models import Article, Quote, Sentence, Summary, SummarySentence

GOLDEN = Path(__file__).parent / "golden"
BOX = re.compile("[\u2500-\u257f]")
ANSI = re.compile(r"\x1b\[")

_BODY = [
    "The town council voted on Tuesday to rebuild the sea wall that collapsed during last month's storm.",
    "The wall, built in 1952, gave way on the night of the storm and let the sea into forty homes.",
    '"We cannot ask families to live behind a wall made of hope [sic]," said Mayor Alan Brooks.',
    "Engineers will start work in the spring, with the *new* wall due within two years.",
]


def harbour_summary(source: str | None = "harbour.txt") -> Summary:
    """A summary as the library would return it, written out by hand."""
    sentences, offset = [], 0
    for index, text in enumerate(_BODY):
        sentences.append(Sentence(text, index, index, offset, offset + len(text)))
        offset += len(text) + 2
    article = Article(
        text="\n\n".join(_BODY),
        sentences=tuple(sentences),
        headline="Harbour town votes to rebuild storm-hit sea wall",
        kicker="Coast",
        date="March 3, 2025",
        dateline="PORT ELLIS",
        byline="Jane Fielding",
    )
    quote = Quote(
        text="We cannot ask families to live behind a wall made of hope [sic]",
        speaker="Alan Brooks",
        role="mayor of Port Ellis",
        kind="direct",
        sentence_index=2,
        cue="said",
    )
    chosen = (
        SummarySentence(_BODY[0], 0, 0.91, 1),
        SummarySentence(_BODY[2], 2, 0.5, 3),
        SummarySentence(_BODY[3], 3, 0.75, 2),
    )
    return Summary(
        article, chosen, (quote,), "lexrank", source=source, warnings=("a warning for the reader",)
    )


_REPORTED_BODY = [
    "The harbour master, Ruth Okafor, said the new wall would be finished within two years.",
    "\"We will be ready for the next storm,\" said Mayor Alan Brooks.",
]


def reported_summary() -> Summary:
    """A summary with one reported statement and one direct quote, written out by hand."""
    article = Article(
        text="\n\n".join(_REPORTED_BODY),
        sentences=(Sentence(_REPORTED_BODY[0], 0, 0, 0, len(_REPORTED_BODY[0])),),
        headline="Sea wall to be finished within two years",
    )
    reported = Quote(
        text="the new wall would be finished within two years",
        speaker="Ruth Okafor",
        role="the harbour master",
        kind="reported",
        sentence_index=0,
        cue="said",
    )
    direct = Quote(
        text="We will be ready for the next storm",
        speaker="Alan Brooks",
        role="Mayor",
        kind="direct",
        sentence_index=1,
        cue="said",
    )
    return Summary(article, (SummarySentence(_REPORTED_BODY[0], 0),), (reported, direct), "lead")


def rich_text(summary: Summary, width: int, *, show_scores: bool = False) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(render.rich_summary(summary, show_scores=show_scores))
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


CASES = {
    "harbour.txt": lambda: render.text_summary(harbour_summary(), show_scores=True),
    "harbour.md": lambda: render.markdown_summary(harbour_summary(), show_scores=True),
    "harbour.json": lambda: render.json_summary(harbour_summary()) + "\n",
    "harbour.rich-60.txt": lambda: rich_text(harbour_summary(), 60, show_scores=True),
    "harbour.rich-100.txt": lambda: rich_text(harbour_summary(), 100),
    "reported.txt": lambda: render.text_summary(reported_summary()),
    "reported.md": lambda: render.markdown_summary(reported_summary()),
    "reported.json": lambda: render.json_summary(reported_summary()) + "\n",
    "reported.rich-80.txt": lambda: rich_text(reported_summary(), 80),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, update_golden: bool) -> None:
    """Each renderer's output for the hand-made summary matches its golden file."""
    produced = CASES[name]()
    path = GOLDEN / name
    if update_golden:
        path.write_text(produced, encoding="utf-8")
    assert produced == path.read_text(encoding="utf-8")


def test_text_has_no_ansi_and_no_box_drawing() -> None:
    output = render.text_summary(harbour_summary(), show_scores=True)
    assert not BOX.search(output)
    assert not ANSI.search(output)
    assert output.splitlines()[0] == "Harbour town votes to rebuild storm-hit sea wall"


def test_markdown_structure() -> None:
    """'# headline', '> quote — speaker' and '- sentence', with Markdown characters escaped."""
    lines = render.markdown_summary(harbour_summary()).splitlines()
    assert lines[0] == "# Harbour town votes to rebuild storm-hit sea wall"
    quotes = [line for line in lines if line.startswith("> ")]
    assert quotes == [
        "> “We cannot ask families to live behind a wall made of hope \\[sic\\]” "
        "— Alan Brooks, mayor of Port Ellis"
    ]
    bullets = [line for line in lines if line.startswith("- ")]
    assert len(bullets) == 3
    assert "\\*new\\*" in bullets[2]


def test_json_round_trips_with_the_stable_fields() -> None:
    """The JSON document parses and carries the documented fields."""
    document = json.loads(render.json_summary(harbour_summary()))
    assert set(document) == {
        "schema_version",
        "source",
        "headline",
        "deck",
        "kicker",
        "date",
        "dateline",
        "byline",
        "site_name",
        "language",
        "algorithm",
        "stats",
        "summary",
        "quotes",
        "captions",
        "subheads",
        "warnings",
    }
    assert document["summary"][0] == {"text": _BODY[0], "index": 0, "score": 0.91, "rank": 1}
    assert document["quotes"][0]["speaker"] == "Alan Brooks"
    assert document["warnings"] == ["a warning for the reader"]


def test_json_lines_are_single_lines() -> None:
    line = render.json_summary(harbour_summary(), indent=None)
    assert "\n" not in line
    assert json.loads(line)["headline"] == "Harbour town votes to rebuild storm-hit sea wall"


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_rich_panels_fit_the_width_with_a_hanging_indent(width: int) -> None:
    """No line is wider than the terminal; wrapped summary lines start under the text, not the bullet."""
    output = rich_text(harbour_summary(), width, show_scores=True)
    lines = output.splitlines()
    assert all(len(line) <= width for line in lines)
    assert max(len(line) for line in lines) <= render.MAX_PANEL_WIDTH
    summary_start = next(i for i, line in enumerate(lines) if "Summary" in line)
    body = [line.strip("│ ") and line for line in lines[summary_start + 1 : -1]]
    bullets = [line for line in body if line.lstrip("│ ").startswith("•")]
    assert len(bullets) == 3
    bullet_column = bullets[0].index("•")
    for line in body:
        if "•" not in line and line.strip("│ "):
            assert line[bullet_column] == " "  # continuation lines are indented past the bullet


def test_rich_keeps_square_brackets_literally() -> None:
    """'[sic]' in a quote is text, not Rich markup."""
    assert "[sic]" in rich_text(harbour_summary(), 100)


def test_rich_scores_column_only_when_asked() -> None:
    assert "#1 0.910" in rich_text(harbour_summary(), 100, show_scores=True)
    assert "#1 0.910" not in rich_text(harbour_summary(), 100)


def test_article_without_headline_or_source() -> None:
    """Missing fields render as a placeholder, never as 'None'."""
    summary = harbour_summary(source=None)
    bare = Summary(
        Article(summary.article.text, summary.article.sentences), summary.sentences, (), "lead", source=None
    )
    for output in (render.text_summary(bare), render.markdown_summary(bare), rich_text(bare, 80)):
        assert "None" not in output
    assert render.markdown_summary(bare).startswith("# Untitled article")


@pytest.mark.parametrize(
    ("speaker", "role", "line"),
    [
        (
            "Qais al-Muhammadawi",
            "Lt. Gen., deputy commander of the command",
            "— Lt. Gen. Qais al-Muhammadawi, deputy commander of the command",
        ),
        ("Muhammad Shia al-Sudani", "Iraqi Prime Minister", "— Iraqi Prime Minister Muhammad Shia al-Sudani"),
        ("Ruth Okonkwo", "mayor of Port Ellis", "— Ruth Okonkwo, mayor of Port Ellis"),
        (None, None, "— unattributed"),
    ],
)
def test_speaker_line_puts_titles_before_the_name(speaker: str | None, role: str | None, line: str) -> None:
    """A title stands before the name, a role after it; a quote without speaker says so."""
    quote = Quote(text="We will rebuild.", speaker=speaker, kind="direct", sentence_index=0, role=role)
    assert render.speaker_line(quote) == line


_OUTPUTS: dict[str, Callable[[Summary], str]] = {
    "text": render.text_summary,
    "markdown": render.markdown_summary,
    "rich": lambda summary: rich_text(summary, 200),
}


@pytest.mark.parametrize("output", sorted(_OUTPUTS))
def test_reported_speech_is_never_in_quotation_marks(output: str) -> None:
    """Reported speech is printed as reported, without quotation marks; a direct quote keeps them."""
    produced = _OUTPUTS[output](reported_summary())
    reported = "the new wall would be finished within two years"
    at = produced.index(reported)
    assert produced[at - 1] not in "“\"‘«„"
    assert produced[at + len(reported)] not in "”\"’»“"
    assert "Reported:" in produced[max(0, at - 20):at]
    assert "“We will be ready for the next storm”" in produced


def test_json_keeps_the_kind_of_each_quote() -> None:
    """JSON says which quote is direct and which is reported, and prints both texts as they are."""
    quotes = json.loads(render.json_summary(reported_summary()))["quotes"]
    assert [(q["kind"], q["text"]) for q in quotes] == [
        ("reported", "the new wall would be finished within two years"),
        ("direct", "We will be ready for the next storm"),
    ]


def test_publication_is_shown_after_the_byline() -> None:
    """A page's site name is part of what the article says about itself, in every human format."""
    summary = harbour_summary()
    article = summary.article
    paged = Summary(
        Article(article.text, article.sentences, headline=article.headline, byline="Jane Fielding",
                site_name="Port Ellis Gazette"),
        summary.sentences, (), "lead", source="page.html",
    )
    for output in (render.text_summary(paged), render.markdown_summary(paged), rich_text(paged, 100)):
        assert "Jane Fielding · Port Ellis Gazette" in output
    assert "Gazette" not in render.text_summary(summary)
