"""Key quotes: direct quotations and reported speech, each with its speaker, ranked by prominence.

A pipeline of stateless stages over the article body (``body``): quotation marks as structure
(``marks``), the speech tags of direct quotations (``direct``), reported speech (``reported``), the
final speaker of each (``speakers``, over the person index of ``people``), and ranking (``rank``).
Every word list comes from ``lexicon``. The work stays within the body paragraphs, so nothing is
taken from the headline, captions or page furniture, and every step is linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right

from ..models import Article, Quote
from .body import Draft, read_body
from .direct import Tag, attribute
from .marks import looks_like_title, scan
from .rank import choose, score
from .reported import Quoted, reported
from .speakers import resolve

# A quotation of fewer words than this with no speaker is a scare quote or a title.
MIN_UNATTRIBUTED_WORDS = 6


def drafts_of(article: Article) -> list[Draft]:
    """Every statement in the body with its final speaker, in article order, before ranking."""
    body = read_body(article)
    spans = scan(body)
    direct: list[Draft] = []
    used: set[int] = set()
    for span in spans:
        text = " ".join(" ".join(body.text[s:e].split()) for s, e in span.pieces)
        # A title in quotation marks ("told “Face the Nation” that") has no speech tag of its own: the
        # verb before it belongs to the report around it.
        tag = Tag(None, None, span.open_mark) if looks_like_title(text) else attribute(body, span)
        if tag.used is not None:
            used.add(tag.used)
        start, end = span.pieces[0][0], span.pieces[-1][1]
        sentence = body.sentence_at(start)
        direct.append(Draft("direct", start, end, text, sentence.index, tag.speaker, tag.cue, tag.at,
                            sentence.paragraph))
    quoted = Quoted(tuple(d.start for d in direct), tuple(d.end for d in direct))
    frozen_used = frozenset(used)
    reports = [draft for sentence in body.sentences for draft in reported(body, sentence, frozen_used, quoted)]
    report_spans = sorted((d.start, d.end) for d in reports)
    report_starts = [start for start, _ in report_spans]
    kept: list[Draft] = []
    for draft in direct:
        index = bisect_right(report_starts, draft.start) - 1
        if index >= 0 and report_spans[index][1] >= draft.end - 2:
            continue  # a partial quotation inside a report of speech: the report carries it
        kept.append(draft)
    drafts = sorted([*kept, *reports], key=lambda d: (d.start, d.kind))
    return [d for d in resolve(body, drafts, spans) if _worth_keeping(d)]


def _worth_keeping(draft: Draft) -> bool:
    """Scare quotes and titles are no statements; a report needs someone who made it."""
    if draft.kind == "reported":
        return draft.speaker is not None
    words = draft.text.split()
    if not words:
        return False
    if looks_like_title(draft.text):
        return False  # a Title Case name: a book, a film, a show, a slogan
    if draft.speaker is not None:
        return True
    return len(words) >= MIN_UNATTRIBUTED_WORDS


def _to_quote(draft: Draft, value: float) -> Quote:
    speaker = draft.speaker
    return Quote(
        text=draft.text,
        speaker=speaker.name if speaker else None,
        kind="direct" if draft.kind == "direct" else "reported",
        sentence_index=draft.sentence_index,
        role=speaker.role if speaker else None,
        cue=draft.cue,
        start=draft.start,
        end=draft.end,
        score=round(value, 4),
    )


def find_quotes(article: Article) -> list[Quote]:
    """Every statement in the body, in article order: direct quotations and reported speech.

    Scare quotes and titles (a few words in quotation marks, no speaker) are left out; a report of
    speech is kept only when its speaker is known.
    """
    if not article.sentences:
        return []
    drafts = drafts_of(article)
    scores = score(drafts, article)
    return [_to_quote(draft, value) for draft, value in zip(drafts, scores, strict=True)]


def key_quotes(article: Article, count: int) -> list[Quote]:
    """The ``count`` statements that matter most, in article order, without repeats or near-duplicates."""
    if count <= 0:
        return []
    return choose(find_quotes(article), count)


__all__ = ["find_quotes", "key_quotes"]
