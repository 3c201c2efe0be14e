"""A saved HTML page → its story as plain text, and what the page says about itself.

trafilatura finds the main text of a news page (dropping header, navigation, related boxes, sidebars,
newsletter forms, footers and cookie banners) and reads the title, author, date and site name from the
page's metadata. It is imported only here, when a page is read: plain text never pays its import.
Nothing is fetched while a page is read; the project's own furniture rules still run on the text.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from dataclasses import dataclass
from functools import cache
from typing import Any

# The tags of an HTML document, early in the text. Bounded, so a long run of "<" is read in linear time.
_HTML_HINT = re.compile(r"<(?:!doctype[ \t\r\n]{1,10}html|html|head|body|p|div|article|h1)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """The story of a page as plain text (paragraphs apart), and its metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None


def looks_like_html(text: str) -> bool:
    """A page saved as a file: it carries, early on, the tags of an HTML document."""
    return bool(_HTML_HINT.search(text[:4096]))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# Characters XML cannot hold (C0 controls other than tab and line ends), raw or as character references:
# lxml, under trafilatura, gives up on a page holding one. They carry no words (an escape sequence's
# ESC), so they are dropped before the page is read.
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _drop_invalid_reference(match: re.Match[str]) -> str:
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    return "" if code < 0x20 and code not in (0x09, 0x0A, 0x0D) else match.group(0)


def xml_safe(html: str) -> str:
    """The page without the control characters that would stop the parser."""
    return _CHARACTER_REFERENCE.sub(_drop_invalid_reference, _XML_INVALID.sub("", html))


@cache
def _trafilatura() -> Any:
    """trafilatura, imported without the IPv6 probe socket that urllib3 (its download helper) opens on
    import: reading a saved page must open no socket. Pages are fetched with the standard library."""
    import socket

    had_ipv6 = socket.has_ipv6
    socket.has_ipv6 = False  # urllib3 binds a probe socket only where Python reports IPv6 support
    try:
        import trafilatura
        import trafilatura.settings
    finally:
        socket.has_ipv6 = had_ipv6
    return trafilatura


@cache
def _config() -> ConfigParser:
    use_config = _trafilatura().settings.use_config

    config: ConfigParser = use_config()
    # Below 250 characters of main text trafilatura falls back to all the page's text run together;
    # a short story is still a story, with paragraphs.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    return config


def read_html(html: str) -> Page:
    """The main text and metadata of a page; an empty text when the page holds no story."""
    document = _trafilatura().bare_extraction(
        xml_safe(html),
        config=_config(),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if document is None:
        return Page("")
    values = document if isinstance(document, dict) else document.as_dict()
    text = str(values.get("text") or "")
    # trafilatura puts each paragraph on its own line: set them apart as paragraphs
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return Page(
        text=text,
        title=_clean(values.get("title")),
        author=_clean(values.get("author")),
        date=_clean(values.get("date")),
        site_name=_clean(values.get("sitename")),
    )
