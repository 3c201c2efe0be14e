"""An HTML page → the plain text the structure parser reads.

Only the standard library's HTML parser is used: a page saved to a file keeps its headline, paragraphs
and captions as blocks, and drops scripts, styles, navigation and forms.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    "p div article section header footer h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption "
    "br hr tr table title main aside pre dd dt".split()
)
# The <title> repeats the headline with the site name; the <h1> is the headline itself.
_SKIP_TAGS = frozenset("script style noscript nav form button svg iframe template select title".split())


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
