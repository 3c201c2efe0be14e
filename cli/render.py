"""Renderers: a ``Summary`` in, output out. Pure: none of them prints.

``rich_summary`` returns a renderable for a terminal; the others return ``str`` for pipes and files.
Rich content is built from ``Text`` objects, never markup strings, so "[sic]" in a quote survives.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from summarizer.models import Quote, Summary, SummarySentence

MAX_PANEL_WIDTH = 110

if TYPE_CHECKING:  # rich is imported only when panels are drawn: JSON and text start faster without it
    from rich.console import RenderableType


def furniture(summary: Summary) -> list[str]:
    """What the article says about itself, in reading order: kicker, date, dateline, byline, publication."""
    article = summary.article
    parts = (article.kicker, article.date, article.dateline, article.byline, article.site_name)
    return [part for part in parts if part]


def stats_line(summary: Summary) -> str:
    article = summary.article
    words = article.word_count
    return (
        f"{words:,} word{'s' * (words != 1)} · {len(article.sentences):,} sentence"
        f"{'s' * (len(article.sentences) != 1)} · {summary.reading_minutes:g} min read · {summary.algorithm}"
    )


def score_label(sentence: SummarySentence) -> str | None:
    """ "#2 0.875": the ranker's rank and score, where the algorithm gives one."""
    if sentence.score is None:
        return None
    return f"#{sentence.rank} {sentence.score:.3f}" if sentence.rank is not None else f"{sentence.score:.3f}"


def speaker_line(quote: Quote) -> str:
    """ "— Lt. Gen. Qais al-Muhammadawi, deputy commander ..." or "— unattributed".

    A role that opens with a title ("Lt. Gen., deputy commander ...", "Iraqi Prime Minister") puts
    the title back in front of the name, as the article wrote it.
    """
    who = quote.speaker or "unattributed"
    role = quote.role or ""
    title, _, rest = role.partition(", ")
    words = title.split()
    if quote.speaker and words and len(words) <= 4 and all(w[:1].isupper() for w in words):
        who, role = f"{title} {who}", rest
    return f"— {who}, {role}" if role else f"— {who}"


def quote_line(quote: Quote) -> str:
    """A statement as it may be printed: a direct quote in quotation marks, reported speech without them.

    Quotation marks promise the speaker's exact words, so reported speech never gets them.
    """
    return f"“{quote.text}”" if quote.kind == "direct" else f"Reported: {quote.text}"


def rich_summary(summary: Summary, *, show_scores: bool = False) -> RenderableType:
    """Three panels: headline (with furniture and stats), key quotes, summary.

    Quotes and summary bullets sit in two-column grids so that wrapped lines keep a hanging
    indent at any width.
    """
    from rich.console import Group
    from rich.constrain import Constrain
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    article = summary.article
    head = Text()
    if summary.source:
        head.append(summary.source + "\n", style="dim")
    meta = furniture(summary)
    if meta:
        head.append(" · ".join(meta) + "\n", style="cyan")
    if article.headline:
        head.append(article.headline, style="bold")
    else:
        head.append("(no headline)", style="dim italic")
    if article.deck:
        head.append("\n" + article.deck, style="italic")
    head.append("\n" + stats_line(summary), style="dim")
    panels: list[RenderableType] = [Panel(head, title="Headline", title_align="left", border_style="blue")]

    if summary.quotes:
        quotes = Table.grid(padding=(0, 1))
        quotes.add_column(no_wrap=True, style="green")
        quotes.add_column(ratio=1)
        for number, quote in enumerate(summary.quotes):
            said = Text(quote_line(quote), style="italic" if quote.kind == "direct" else "")
            said.append("\n" + speaker_line(quote), style="green not italic")
            if number:
                quotes.add_row("", "")
            quotes.add_row("❝" if quote.kind == "direct" else "›", said)
        panels.append(Panel(quotes, title="Key quotes", title_align="left", border_style="green"))

    bullets = Table.grid(padding=(0, 1))
    bullets.add_column(no_wrap=True, style="bold magenta")
    bullets.add_column(ratio=1)
    if show_scores:
        bullets.add_column(no_wrap=True, justify="right", style="dim")
    for sentence in summary.sentences:
        row: list[RenderableType] = ["•", Text(sentence.text)]
        if show_scores:
            row.append(score_label(sentence) or "")
        bullets.add_row(*row)
    panels.append(Panel(bullets, title="Summary", title_align="left", border_style="magenta"))
    # Lines longer than this are hard to read on a wide terminal; narrower terminals use their width.
    return Constrain(Group(*panels), width=MAX_PANEL_WIDTH)


def text_summary(summary: Summary, *, show_scores: bool = False) -> str:
    """Plain text: no colour, no box drawing; one blank line between sections."""
    article = summary.article
    out: list[str] = []
    out.append(article.headline or "(no headline)")
    if article.deck:
        out.append(article.deck)
    meta = furniture(summary)
    if meta:
        out.append(" · ".join(meta))
    out.append(stats_line(summary))
    if summary.quotes:
        out.append("")
        out.append("Key quotes:")
        for quote in summary.quotes:
            out.append(f"  {quote_line(quote)}")
            out.append(f"    {speaker_line(quote)}")
    out.append("")
    out.append("Summary:")
    for sentence in summary.sentences:
        label = score_label(sentence) if show_scores else None
        score = f"  [{label}]" if label else ""
        out.append(f"  - {sentence.text}{score}")
    return "\n".join(out) + "\n"


def _md_escape(text: str) -> str:
    """Escape characters that would start Markdown structure at a line start or inside a line."""
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def markdown_summary(summary: Summary, *, show_scores: bool = False) -> str:
    """Markdown: ``# headline``, ``> “quote” — speaker`` (``*Reported:* ...`` for reported speech), ``- sentence``."""
    article = summary.article
    out = [f"# {_md_escape(article.headline or summary.source or 'Untitled article')}", ""]
    if article.deck:
        out += [f"**{_md_escape(article.deck)}**", ""]
    meta = furniture(summary)
    if summary.source and article.headline:
        meta = [*meta, summary.source]
    if meta:
        out += ["*" + _md_escape(" · ".join(meta)) + "*", ""]
    out += [f"*{_md_escape(stats_line(summary))}*", ""]
    if summary.quotes:
        out += ["## Key quotes", ""]
        for quote in summary.quotes:
            if quote.kind == "direct":
                out.append(f"> “{_md_escape(quote.text)}” {_md_escape(speaker_line(quote))}")
            else:  # not a blockquote: reported speech is no quotation
                out.append(f"*Reported:* {_md_escape(quote.text)} {_md_escape(speaker_line(quote))}")
            out.append("")
    out += ["## Summary", ""]
    for sentence in summary.sentences:
        label = score_label(sentence) if show_scores else None
        score = f" *({label})*" if label else ""
        out.append(f"- {_md_escape(sentence.text)}{score}")
    return "\n".join(out) + "\n"


def json_summary(summary: Summary, *, indent: int | None = 2) -> str:
    """One JSON object; with ``indent=None`` a single line, as JSON Lines needs."""
    return json_summary_dict(summary.as_dict(), indent=indent)


# json.dumps with any option builds a new encoder on every call; one per indent serves every document.
_ENCODERS = {indent: json.JSONEncoder(ensure_ascii=False, indent=indent) for indent in (None, 2)}


def json_summary_dict(document: dict[str, Any], *, indent: int | None = 2) -> str:
    encoder = _ENCODERS.get(indent)
    if encoder is None:
        return json.dumps(document, ensure_ascii=False, indent=indent)
    return encoder.encode(document)


def json_documents(summaries: list[dict[str, Any]]) -> str:
    """Several articles as one valid JSON document: an array of objects."""
    return json.dumps(summaries, ensure_ascii=False, indent=2)
