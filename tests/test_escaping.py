"""Terminal safety: text from inputs never drives the terminal; it is shown as visible escapes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import EXIT_FAILURE, app
from cli.escaping import UNSAFE_CLASSES, escaped, for_line, for_terminal
from summarizer import summarize

from .conftest import HARBOUR_STORY

# (class, raw text, what a terminal is shown)
CASES = [
    ("C0 controls but tab and newline", "title\x1b]0;owned\x07 here", "title\\x1b]0;owned\\x07 here"),
    ("C0 controls but tab and newline", "clear\x1b[2J screen", "clear\\x1b[2J screen"),
    ("C0 controls but tab and newline", "back\x08space", "back\\x08space"),
    ("DEL and the C1 controls (0x9b is a one-byte CSI)", "one\x9b2J byte", "one\\x9b2J byte"),
    ("bidi marks and overrides", "evil\u202etxt.exe", "evil\\u202etxt.exe"),
    ("bidi marks and overrides", "isolate\u2066x\u2069", "isolate\\u2066x\\u2069"),
    ("line and paragraph separators", "a\u2028b", "a\\u2028b"),
]
# Prose that must pass through untouched: accents, scripts, quotes, emoji, tabs and newlines.
LEFT_ALONE = [
    "Café «Oui» — “quoted” ‘text’ … £4 €5",
    "Президент заявил. 中文新闻。 مرحبا بالعالم",
    "Line one\nline two\twith a tab",
    "Family: 👨\u200d👩\u200d👧 (zero-width joiners stay)",
]


def test_every_class_has_a_case() -> None:
    assert {name for name, _, _ in CASES} == set(UNSAFE_CLASSES)


@pytest.mark.parametrize(("name", "raw", "shown"), CASES)
def test_unsafe_characters_are_shown_as_escapes(name: str, raw: str, shown: str) -> None:
    assert for_terminal(raw) == shown


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_prose_is_left_alone(text: str) -> None:
    assert for_terminal(text) == text


def test_a_message_stays_one_line() -> None:
    assert for_line("two\nlines\tand\x1b[2J") == "two\\x0alines\\x09and\\x1b[2J"


def test_escaped_summary_covers_every_shown_field_and_keeps_the_stats() -> None:
    text = "Council\u202e agrees budget\n\nThe council met on Monday\u202e and agreed it. The mayor said so.\n"
    summary = summarize(text, source="a\x1b[2J.txt")
    safe = escaped(summary)
    assert safe.source == "a\\x1b[2J.txt"
    assert all("\u202e" not in s.text for s in safe.sentences)
    assert "\u202e" not in (safe.article.headline or "")
    assert safe.article.word_count == summary.article.word_count
    assert escaped(safe) is safe  # nothing left to escape: the same record


def test_file_name_in_an_error_is_escaped(tmp_path: Path) -> None:
    """A hostile file name in a one-line error reaches stderr escaped, still one line."""
    path = tmp_path / "evil\x1b]0;owned\x07\nname\u202e.txt"
    path.write_text("")
    result = CliRunner().invoke(app, [str(path)])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr and "\x07" not in result.stderr
    assert "evil\\x1b]0;owned\\x07\\x0aname\\u202e.txt: the input is empty" in result.stderr


def test_json_keeps_the_text(tmp_path: Path) -> None:
    """JSON is for programs: the bidi character stays in the text (JSON escapes what it must)."""
    path = tmp_path / "story.txt"
    path.write_text(HARBOUR_STORY.replace("Engineers will", "Engineers\u202e will"))
    result = CliRunner().invoke(app, [str(path), "-f", "json", "-n", "20"])
    assert "Engineers\u202e will" in result.stdout


def test_text_into_a_pipe_keeps_the_text(tmp_path: Path) -> None:
    """Plain text into a pipe or file is the article's text as it is; only a terminal gets escapes."""
    path = tmp_path / "story.txt"
    path.write_text(HARBOUR_STORY.replace("Engineers will", "Engineers\u202e will"))
    result = CliRunner().invoke(app, [str(path), "-f", "text", "-n", "20"])
    assert "Engineers\u202e will" in result.stdout
