"""Articles saved as HTML or Markdown, turned into the plain text the structure parser reads."""

from __future__ import annotations

import re

_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|h1)\b", re.IGNORECASE)

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
        from .html_text import html_to_text  # only for pages: the plain path never loads an HTML parser

        return html_to_text(text)
    if looks_like_markdown(text):
        return markdown_to_text(text)
    return text
