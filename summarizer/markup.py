"""Articles saved as HTML or Markdown, turned into the plain text the structure parser reads.

Only the standard library's HTML parser is used: a page saved to a file keeps its headline, paragraphs
and captions as blocks, and drops scripts, styles, navigation and forms.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|h1)\b", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "p div article section header footer h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption "
    "br hr tr table title main aside pre dd dt".split()
)
# The <title> repeats the headline with the site name; the <h1> is the headline itself.
_SKIP_TAGS = frozenset("script style noscript nav form button svg iframe template select title".split())

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+", re.MULTILINE)
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_MD_HINT = re.compile(r"^\s{0,3}#{1,6}\s+\S|\[[^\]]+\]\([^)]+\)", re.MULTILINE)


def looks_like_html(text: str) -> bool:
    """A page saved as a file: it opens with, or carries early, the tags of an HTML document."""
    return bool(_HTML_HINT.search(text[:4096]))


def looks_like_markdown(text: str) -> bool:
    return bool(_MD_HINT.search(text[:20000]))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of a page, one block per paragraph-level element."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    lines = (line.strip() for line in "".join(extractor.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def markdown_to_text(text: str) -> str:
    """Markdown without its markup: headings become lines of their own, links keep their words."""
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(lambda m: "\n" + m.group(1) + "\n", text)
    text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    text = _MD_QUOTE.sub("", text)
    return _MD_BULLET.sub("", text)


def to_plain_text(text: str) -> str:
    """HTML and Markdown to plain text; plain text is returned unchanged."""
    if looks_like_html(text):
        return html_to_text(text)
    if looks_like_markdown(text):
        return markdown_to_text(text)
    return text
