"""Reading an article's structure: each faster way of finding the same thing finds what the plain way finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.article import blocks


def _pieces(*extra: str) -> st.SearchStrategy[str]:
    """Text made of the pieces a pattern turns on, glued in any order."""
    parts = ["a", "ab", "Th", "T", " ", ".", "!", "?", '"', "”", "’", "\n", "\u200b", "\x00", "\x7f", "\ufeff", *extra]
    return st.lists(st.sampled_from(parts), max_size=14).map("".join)


@pytest.mark.parametrize("text", [
    "The team flew home.Then it rained.", "He said.”The mayor left.", 'He said."The mayor left.', "Is it?Yes.",
    "Go!Now we wait.", "The U.S.Army", "a.B", "ab.C", "at 5 p.m.Then", "", "home.Then.Now!What?Why",
])
def test_spaces_come_back_where_the_one_pattern_puts_them(text: str) -> None:
    assert blocks.restore_spaces(text) == blocks._MISSING_SPACE.sub("\\g<0>\u00a0", text)


@settings(max_examples=500, deadline=None)
@given(_pieces())
def test_the_marks_patterns_find_what_the_one_pattern_finds(text: str) -> None:
    assert blocks.restore_spaces(text) == blocks._MISSING_SPACE.sub("\\g<0>\u00a0", text)


@settings(max_examples=500, deadline=None)
@given(_pieces("\x08", "\x1f", "\x0e", "\u2060", "\u200d"))
def test_invisible_characters_are_found_one_by_one_where_the_pattern_finds_them(text: str) -> None:
    assert blocks._holds_any_char(text, blocks._INVISIBLE_CHARS) == bool(blocks._INVISIBLE.search(text))
    assert blocks._holds_any_char(text, blocks._CONTROL_CHARS) == bool(blocks._CONTROL.search(text))


def test_every_invisible_character_is_looked_for() -> None:
    assert {chr(code) for code in range(0x110000) if blocks._INVISIBLE.match(chr(code))} == set(blocks._INVISIBLE_CHARS)
    assert {chr(code) for code in range(0x110000) if blocks._CONTROL.match(chr(code))} == set(blocks._CONTROL_CHARS)
