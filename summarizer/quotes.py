"""Key quotes: direct quotations with their speaker, where the sentence names one."""

from __future__ import annotations

import re

from .models import Article, Quote

_QUOTED = re.compile(r"[\"“]([^\"“”]{20,}?)[\"”]")
_CUES = r"(?:said|says|told|added|asked|explained|warned|noted|stated|insisted|wrote|declared)"
_NAME = r"((?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w'’\-]+)"
_AFTER = re.compile(rf"^[\s,]*(?:{_CUES})\s+{_NAME}|^[\s,]*{_NAME}\s+{_CUES}\b")
_BEFORE = re.compile(rf"{_NAME}\s+{_CUES}(?:\s+\w+)?\s*[:,]?\s*$")


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quotation of a few words or more, in article order."""
    quotes: list[Quote] = []
    for sentence in article.sentences:
        for match in _QUOTED.finditer(sentence.text):
            text = match.group(1).strip().rstrip(",")
            if len(text.split()) < 4:
                continue  # scare quotes and titles
            after = _AFTER.match(sentence.text[match.end():])
            before = _BEFORE.search(sentence.text[: match.start()])
            speaker = None
            if after:
                speaker = after.group(1) or after.group(2)
            elif before:
                speaker = before.group(1)
            quotes.append(Quote(text=text, speaker=speaker, kind="direct", sentence_index=sentence.index,
                                cue=None, start=sentence.start + match.start(1), end=sentence.start + match.end(1)))
    return quotes


def key_quotes(article: Article, count: int) -> list[Quote]:
    """The ``count`` quotes worth showing: attributed and longer first, then in article order."""
    if count <= 0:
        return []
    ranked = sorted(find_quotes(article), key=lambda q: (q.speaker is None, -len(q.text)))[:count]
    return sorted(ranked, key=lambda q: q.start)
