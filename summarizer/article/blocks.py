"""Plain text → paragraphs ("blocks"), whatever shape the paste came in.

Pastes arrive with blank lines between paragraphs, one paragraph per line, hard-wrapped at a fixed
width (e-mail, terminals), with CRLF line ends, as Markdown, or as one single line. The blocks are
the paragraphs a reader sees; their offsets point into the normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from .furniture import match_line
from .sentences import count_words

_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*$|[\"”’]$")
# The mark that ends a sentence glued to the next ("home.Then", "said.”The"); a space goes after it.
# The pattern opens with the mark itself, not a look-behind, so that the search skips ahead from mark to mark.
_MISSING_SPACE = re.compile(r"[.!?\"”](?:(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z][.!?][\"”])(?=[A-Z]))")
# The same, one pattern per mark (``restore_spaces``): a pattern that opens with one literal character is
# searched by skipping to that character, several times quicker than testing a class at every position.
_MISSING_SPACE_AFTER = tuple(
    [re.compile(rf"{re.escape(mark)}(?<=[a-z]{{2}}{re.escape(mark)})(?=[A-Z][a-z])") for mark in ".!?"]
    + [re.compile(rf"{mark}(?<=[a-z][.!?]{mark})(?=[A-Z])") for mark in "\"”"])
_ODD_SPACES = ("\u00a0", "\u2007", "\u202f", "\t", "\f", "\v")  # each becomes a plain space
# A space a line is never broken at: a wrapped line ends before a word joined to the next by one.
_NO_BREAK = re.compile(r"[ \t\f\v]")
# Zero-width characters: no part of a word, and no space.
_INVISIBLE_CHARS = tuple("\u200b\u200c\u200d\u2060\ufeff")
# Control characters (NUL, backspace, the separators, DEL) hold no letters, but they stand between
# words: each becomes a space, so that "abc<NUL>def" does not read as the word "abcdef".
_CONTROL_CHARS = tuple(map(chr, (*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f)))
# Each set is looked for one character at a time first (most texts hold none, and looking for one
# character is a quick scan), then replaced by one pattern.
_INVISIBLE = re.compile("[" + "".join(map(re.escape, _INVISIBLE_CHARS)) + "]")
_CONTROL = re.compile("[" + "".join(map(re.escape, _CONTROL_CHARS)) + "]")

# Markdown: every pattern is bounded and excludes its own delimiters, so that 100 KB of unclosed
# brackets or emphasis marks is read in linear time.
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ ]+([^\n]*?)[ ]*#*[ ]*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}(?:[ ]+\"[^\"\n]{0,200}\")?\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}(?:[ ]+\"[^\"\n]{0,200}\")?\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\w*_])")
_MD_BULLET = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,3}[.)])[ ]+", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ ]{0,3}>[ ]?", re.MULTILINE)
# A list item that is nothing but a link ("- [Ferry fares to rise](/ferry)") is navigation or a list of
# related stories, never the story's prose; a link inside an item's sentence keeps its words.
_MD_LINK_ITEM = re.compile(
    r"^[ ]{0,3}(?:[-*+]|\d{1,3}[.)])[ ]+[*_]{0,3}\[[^\[\]\n]{1,300}\]\([^()\s]{0,500}(?:[ ]+\"[^\"\n]{0,200}\")?\)"
    r"[*_]{0,3}[ ]*$", re.MULTILINE)
# What makes a text a Markdown document rather than an article that happens to hold a bracket or a link:
# a heading line, or a link together with a second kind of markup (strong emphasis, a bullet list,
# a quoted line). A plain article with one pasted link is read as it stands.
_MD_HEADING_HINT = re.compile(r"^[ ]{0,3}#{1,6}[ ]+\S", re.MULTILINE)
_MD_LINK_HINT = re.compile(r"\[[^\[\]\n]{1,300}\]\([^()\s]{1,500}\)")
_MD_OTHER_HINTS = (
    re.compile(r"(?<![\w*])\*\*[^*\n]{1,200}\*\*(?![\w*])"),
    re.compile(r"^[ ]{0,3}[-*+][ ]+\S[^\n]*\n[ ]{0,3}[-*+][ ]+\S", re.MULTILINE),
    re.compile(r"^[ ]{0,3}>[ ]?\S", re.MULTILINE),
)


@dataclass(frozen=True)
class Block:
    """A paragraph of the input: offsets into the normalised text, and its text; ``part``, the part of the
    front (``headline``, ``deck``, ...) a story pasted as one line was cut into this block as."""

    start: int
    end: int
    text: str
    part: str | None = None

    @cached_property
    def words(self) -> int:
        """Words in the paragraph, counted once: structure asks for it many times."""
        return count_words(self.text)

    @property
    def one_line(self) -> bool:
        return "\n" not in self.text


def normalise(text: str) -> str:
    """Unify line ends and odd spaces, and restore spaces lost between sentences ("home.Then")."""
    return plain_spaces(unify(text))


def unify(text: str) -> str:
    """Unify line ends, drop invisible characters (a control character becomes a space) and restore
    spaces lost between sentences; odd spaces stay (``plain_spaces`` makes them plain, one for one, so
    offsets agree). A restored space is written as a no-break space, since no line was ever broken there
    ("food."School" wraps as one word)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    if _holds_any_char(text, _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    if _holds_any_char(text, _CONTROL_CHARS):
        text = _CONTROL.sub(" ", text)
    return restore_spaces(text)


# Markup pasted with the text ("<tweet id=\"7\" author=\"@jo\">", "</tweet>", "<br/>"): a tag that closes, closes
# itself or carries an attribute; never a comparison ("if a < b and c > d") or a bracketed word ("<that>").
# (A line may break inside a tag, as where the text was wrapped: between its attributes, or once inside a
# value; a value over several lines holds the story's own words, in markup left broken, and is kept.)
_MARKUP_TAG = re.compile(
    r"<(?:/[a-z][a-z0-9]{0,15}[ \n]{0,3}|[a-z][a-z0-9]{0,15}[ \n]{0,3}/|"
    r"[a-z][a-z0-9]{0,15}(?:[ \n]{1,3}[a-z][a-z\-]{0,20}=\"[^\"<>\n]{0,300}(?:\n[^\"<>\n]{1,300})?\"){1,8}"
    r"[ \n]{0,3}/?)>")
MARKUP_EXAMPLES = (
    ("<tweet id=\"42\" author=\"@jolee\">The ferry is late again.</tweet>", "The ferry is late again."),
    ("The ferry is late again.<br/> The pier is shut.", "The ferry is late again. The pier is shut."),
    # left alone: comparisons, a word in angle brackets, a capitalised tag
    ("If a < b and c > d, the sum is positive.", None), ("Fares rose <5% this year.", None),
    ("The mayor said <that> was a typo.", None), ("Use <B> for bold.", None),
)


def blank_markup(text: str) -> str:
    """Markup tags pasted with a story's text, each written over with as many spaces (``MARKUP_EXAMPLES``):
    every offset still points where it did, and no stage reads an attribute's value as the story's words
    (``author="@jolee"`` as a quotation)."""
    if "<" not in text:
        return text
    # (a line break inside the tag stays, so that the lines around it are read as they were)
    return _MARKUP_TAG.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)


def _holds_any_char(text: str, chars: tuple[str, ...]) -> bool:
    for char in chars:  # noqa: SIM110  (a plain loop: cheaper than a generator for a few dozen quick scans)
        if char in text:
            return True
    return False


def restore_spaces(text: str) -> str:
    """``_MISSING_SPACE.sub("\\g<0>\\u00a0", text)``: a no-break space after each mark that ends a sentence
    glued to the next. Each match is the one mark, so the marks' patterns find the same places apart."""
    points = sorted(match.end() for pattern in _MISSING_SPACE_AFTER for match in pattern.finditer(text))
    if not points:
        return text
    return "\u00a0".join(text[start:end] for start, end in zip([0, *points], [*points, len(text)], strict=True))


def plain_spaces(text: str) -> str:
    """Each odd space (no-break, tab, form feed) as a plain space."""
    for space in _ODD_SPACES:  # one quick scan each; most texts have none of them
        if space in text:
            text = text.replace(space, " ")
    return text


def looks_like_markdown(text: str) -> bool:
    """A Markdown document: a heading line, or links alongside another kind of Markdown markup."""
    head = text[:20000]
    # "#" and "](" first: each hint's pattern needs its mark, and most articles have neither.
    if "#" in head and _MD_HEADING_HINT.search(head):
        return True
    return "](" in head and bool(_MD_LINK_HINT.search(head)) and any(hint.search(head) for hint in _MD_OTHER_HINTS)


def is_thematic_break(line: str) -> bool:
    """A Markdown rule line: three or more of ``-``, ``*`` or ``_``, at most three spaces before, between
    and after them (``---``, ``* * *``). Read by string operations, so one long line costs its length."""
    marks = line.strip(" ")
    if len(marks) < 3 or marks[0] not in "-*_" or len(line) - len(line.lstrip(" ")) > 3:
        return False
    if len(line) - len(line.rstrip(" ")) > 3 or "    " in marks:
        return False
    bare = marks.replace(" ", "")
    return len(bare) >= 3 and not bare.strip("-*_")


def markdown_to_text(text: str) -> str:
    """Markdown without its markup: headings become paragraphs of their own, links keep their words.

    Only markup characters, images (their description is the picture's, not the story's: left in, it is
    read as a deck or a sentence) and list items that hold nothing but a link are removed; no word is added.
    """
    text = "\n".join("" if is_thematic_break(line) else line for line in text.split("\n"))
    text = _MD_HEADING.sub(lambda m: "\n" + m.group(1) + "\n", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK_ITEM.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_EMPHASIS.sub("", text)
    text = _MD_QUOTE.sub("", text)
    return _MD_BULLET.sub("", text)


_CROWD = 10  # columns below the widest line where a wrapped paragraph's inner lines end


def wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped text was wrapped at, or 0 when its lines are not wrapped.

    Wrapped prose has many lines, nearly all of them at most about 100 characters, and most of them
    close to the longest: the widest line is the wrap width.
    """
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return 0
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if 30 <= width <= 100 and sum(1 for length in lengths if width - 20 <= length <= width) >= 0.5 * len(lengths):
        return width
    # A paragraph a line, then wrapped: many paragraphs are one short line, but the lines a paragraph runs
    # over crowd just below the widest, far more than lines a little shorter (prose set one paragraph a
    # line, unwrapped, spreads its lengths evenly).
    widest = lengths[-1]
    if not 30 <= widest <= 100:
        return 0
    crowd = sum(1 for length in lengths if widest - _CROWD <= length)
    below = sum(1 for length in lengths if widest - 3 * _CROWD <= length < widest - _CROWD)
    return widest if crowd >= 4 and crowd >= 2 * below else 0


def _continues(prev: str, line: str, width: int, *, loosely_wrapped: bool, unbroken: str | None = None) -> bool:
    """Whether ``line`` continues the paragraph of ``prev`` (a single newline between them).

    ``loosely_wrapped``: most paragraphs run over several lines of uneven width (wrapped by hand), so
    a long line that does not end a sentence goes on in the next one. ``unbroken`` is ``line`` as written,
    with its no-break spaces: words joined by one are wrapped as one.
    """
    prev = prev.rstrip()
    first_word = _NO_BREAK.split((unbroken or line).lstrip(" \t\f\v"), maxsplit=1)[0]
    if width:
        # Wrapped text breaks a line where the next word would not fit: had it fitted, the break was
        # the writer's (a headline, a date line, a short last line of a paragraph).
        return len(prev) + 1 + len(first_word) > width - 2
    if _TERMINAL.search(prev):
        return False
    return line[:1].islower() or (loosely_wrapped and 40 <= len(prev) <= 100)


def _runs(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines with their offsets."""
    runs: list[list[tuple[int, str]]] = [[]]
    offset = 0
    for line in lines:
        if line.strip():
            runs[-1].append((offset, line))
        elif runs[-1]:
            runs.append([])
        offset += len(line) + 1
    return [run for run in runs if run]


# A paragraph that opens on a word in lower case ("dominated the race ...") goes on the sentence above it
# when that one has no closing mark ("... went to form in Sheffield as"): a link or a name lost between
# them left a blank line inside one sentence. The first paragraph (a headline) is never joined, and an
# opening word with a capital inside it ("iPhone", "eBay") is a name, so that paragraph stands alone.
# A paragraph above that is furniture whole ("Read more: Tide tables published", a page's link between two
# paragraphs) leaves no sentence open: the one below stays apart, and the furniture rule takes the link.
_LOWER_OPENING = re.compile(r"[a-z]{1,30}(?![\w'’-])|[a-z]{1,30}['’-][a-z]{1,30}(?![\w'’-])")


# The rule's examples (tests/test_prose_kept.py runs them): pairs of paragraphs that are one sentence, and
# pairs that stay apart (a closing mark, a capital, a name with a capital inside, a list).
BROKEN_SENTENCE_CATCHES: tuple[tuple[str, str], ...] = (
    ("The women's 400m went to form in Kelby as", "won the race from start to finish, well clear of the field."),
    ("He said the new harbour master was like an", "old hand at the job, and the crews agreed."),
    ("Victory in the relay went to Tarvin's", "youngest squad in a decade, who set a club record."),
)
BROKEN_SENTENCE_KEEPS: tuple[tuple[str, str], ...] = (
    ("Fares at a glance", "The board met on Monday and set the new fares for the year."),
    ("The board met on Monday.", "then it met again on Friday, when the fares were agreed."),
    ("What the board agreed:", "fares rise by 4% from May, and children under five travel free."),
    ("New phones for the crews", "iPhone handsets go to every ferry crew from May, the board said."),
    ("The board agreed three things", "- fares rise by 4% from May, and the timetable changes."),
    ("Read more: Pier lights switched on early this year", "delivered the fastest time of the night in the relay."),
    ("Related: Ferry fares to rise in May", "won the vote by six to four after a long debate."),
)


_TAIL = 32  # a closing mark and the quotation marks or brackets after it, with room to spare


def _broken_sentence(previous: Block, following: Block) -> bool:
    """Whether ``following`` continues the sentence that ``previous`` leaves without its closing mark."""
    # the opening first: it is one anchored match, and few paragraphs open in lower case; the closing mark
    # is then looked for in the last few characters only (a search anchored at the end tries every position)
    return (bool(_LOWER_OPENING.match(following.text)) and not _TERMINAL.search(previous.text[-_TAIL:])
            and match_line(previous.text) is None)


def _join_broken_sentences(found: list[Block]) -> list[Block]:
    """Blocks that continue a sentence across a blank line joined to it (``_broken_sentence``)."""
    if len(found) < 3:
        return found
    joined = found[:2]
    for block in found[2:]:
        previous = joined[-1]
        if _broken_sentence(previous, block):
            between = " " * (block.start - previous.end)  # the blank lines as spaces: offsets stay true
            joined[-1] = Block(previous.start, block.end, previous.text + between + block.text)
        else:
            joined.append(block)
    return joined


def split_blocks(text: str, unbroken: str | None = None) -> list[Block]:
    """Paragraphs: runs of lines between blank lines; inside a run, lines that continue a paragraph are joined;
    a paragraph that goes on a sentence left open above it is joined to that one (``_broken_sentence``).

    ``unbroken``: the same text with its no-break spaces and restored spaces (``unify``), where a wrapped
    line never breaks.
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    runs = _runs(lines)
    long_lines = any(len(line) > 100 for line in lines)
    # (a text of one run, no blank line in it, tells nothing: it may as well be one paragraph a line)
    loosely_wrapped = not long_lines and len(runs) > 1 and sum(len(run) > 1 for run in runs) > len(runs) / 2
    found: list[Block] = []
    for run in runs:
        # each paragraph as its start and its lines, joined once at the end (linear in the run's length)
        parts: list[tuple[int, list[str]]] = [(run[0][0], [run[0][1]])]
        for line_start, line in run[1:]:
            written = unbroken[line_start : line_start + len(line)] if unbroken is not None else None
            if _continues(parts[-1][1][-1], line, width, loosely_wrapped=loosely_wrapped, unbroken=written):
                parts[-1][1].append(line)
            else:
                parts.append((line_start, [line]))
        for part_start, part_lines in parts:
            part = "\n".join(part_lines)
            stripped = part.strip()
            if stripped:
                lead = len(part) - len(part.lstrip())
                # the same length as the lines it joins, so that offsets stay true
                found.append(Block(part_start + lead, part_start + lead + len(stripped), stripped.replace("\n", " ")))
    return _join_broken_sentences(found)
