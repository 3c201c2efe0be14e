"""Plain text → ``Article``: what the article says about itself, and its body sentences.

Pasted articles carry furniture around the story: a section kicker, the headline and its deck, a date
line, a byline, photo captions and credits, subheads and page boilerplate. Each is recognised so that
none of it is ever summarised, and headline, deck, kicker, date and byline are reported as what they
are. The parts: ``blocks`` (paragraphs in every paste shape), ``front`` (what stands above the story),
``furniture`` (the rule table), ``sentences`` (Punkt and the news abbreviations). A saved HTML page is
read by ``summarizer.reading.html`` first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

# ``models`` as a module, not its names: ``models`` itself imports this package's sentence splitter.
from .. import models
from ..errors import EmptyArticleError
from . import front
from .blocks import Block, blank_markup, looks_like_markdown, markdown_to_text, plain_spaces, split_blocks, unify
from .furniture import (
    BARE_CAPTION_LABEL,
    EMBEDDED_POST,
    RUN_IN_LABEL,
    RUN_IN_LABEL_AFTER_PROMPT,
    SOURCE_CREDIT,
    cut_front,
    glued_after_prompt,
    is_run_in_caption,
    match_line,
    may_open_with_prompt,
    sentence_furniture,
)
from .sentences import count_split_words, count_words, glue_points, sentence_spans

__all__ = ["parse_article"]


@dataclass
class _Layout:
    """What the blocks of an article turn out to be, gathered while reading it top to bottom."""

    headline: str | None = None
    headline_block: Block | None = None
    deck: str | None = None
    kicker: str | None = None
    date: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)

    def drop(self, kind: str, text: str) -> None:
        (self.captions if kind == "caption" else self.boilerplate).append(text)


# A list item: a bullet or a number and a space, or a hyphen or bullet set right against its first word
# ("-Lee leads in the north."), as some newsrooms write them.
# The mark after a one-line paste's kicker, as a page sets a section before its headline ("Iraq | ...",
# "Transport > ...", "Sport » ..."); a slash is left out, since headlines join words with it ("Ferry / bus").
_KICKER_MARK = re.compile(r"[ ][|>»][ ]")
_LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[-–—•*+]|\d{1,3}[.)])[ ]|^[ ]{0,3}[-•](?=[A-Z\"“])")


def _is_subhead(block: Block, following: Block | None) -> bool:
    """A short line between paragraphs that does not end like a sentence.

    A list item is body, and so is the line that leads into a list or ends with a comma.
    """
    return (
        block.one_line
        and following is not None
        and 1 <= block.words <= 12
        and not re.search(r"[.!?…:;,][\"”’')\]]*$|[\"”’]$", block.text)
        and following.words > block.words
        and not _LIST_ITEM.match(block.text)
        and not _LIST_ITEM.match(following.text)
    )


def _without_front_furniture(block: Block, layout: _Layout) -> Block:
    """Cut a glued share bar or video placeholder off the front of a block."""
    text, cut = cut_front(block.text)
    if not cut:
        return block
    for rule, piece in cut:
        layout.drop(rule.kind, piece)
    skip = len(block.text) - len(text)
    return Block(block.start + skip, block.end, text)


def _one_spaced(line: str | None) -> str | None:
    """A front line with single spaces: a line wrapped after a space ("2 \\na.m.") keeps that space."""
    return " ".join(line.split()) if line else line


# The fewest words of a one-line paste whose headline is looked for, and the fewest for every kind of head
# (below that, only a Title Case one).
_SHORT_PASTE = (25, 60)


def _parts_as_blocks(line: Block, offset: int, parts: dict[str, tuple[int, int]],
                     names: tuple[str, ...]) -> list[Block]:
    """The named parts found in ``line`` from ``offset`` on, in the order named, as blocks of their own."""
    spans = [(offset + parts[name][0], offset + parts[name][1]) for name in names if name in parts]
    return [Block(line.start + begin, line.start + end, line.text[begin:end]) for begin, end in spans]


def _split_one_line(blocks_: list[Block], language: str) -> list[Block]:
    """A story pasted as one line: its headline, when it opens the line, becomes a block of its own."""
    if not blocks_ or blocks_[0].words < _SHORT_PASTE[0] or (len(blocks_) > 1 and blocks_[1].words > 25):
        return blocks_
    first = blocks_[0]
    short = first.words < _SHORT_PASTE[1]
    dated = None if short else front.one_line_date(first.text)
    if dated is not None:
        # "Headline December 01, 2024 The story ...": the date line parts the head from the story.
        (head_end, date_start, date_end) = dated
        lead = len(first.text[date_end:]) - len(first.text[date_end:].lstrip())
        head_start, head_blocks = 0, []
        mark = _KICKER_MARK.search(first.text, 0, head_end)
        bar = mark.start() if mark else -1
        if bar > 0 and count_words(first.text[:bar]) <= 4:  # "Iraq | Iraq shuts ...", "Transport > ...": a kicker
            head_blocks.append(Block(first.start, first.start + bar + 2, first.text[: bar + 2]))
            head_start = bar + 3 + len(first.text[bar + 3 : head_end]) - len(first.text[bar + 3 : head_end].lstrip())
        # "WORLD Flood barrier fails By Marta Kessel Published March 4, 2026": kicker, byline, date label.
        parts = front.one_line_head_parts(first.text[head_start:head_end], language, story=first.text)
        if "label" in parts:
            date_start = head_start + parts["label"][0]
        for name in ("kicker", "headline", "deck", "byline"):
            if name in parts:
                begin, end = head_start + parts[name][0], head_start + parts[name][1]
                head_blocks.append(Block(first.start + begin, first.start + end, first.text[begin:end], name))
        return [*head_blocks,
                Block(first.start + date_start, first.start + date_end, first.text[date_start:date_end]),
                Block(first.start + date_end + lead, first.end, first.text[date_end + lead :]), *blocks_[1:]]
    # a short paste (a headline and a sentence or two): only a Title Case head, whose case stops where the
    # lede's sentence case begins, is evidence enough ("How Harbour Board Thinks About Fares Tuesday marks
    # ..."), or a wire dateline after the head; a sentence-case head is not told from a lede's opening
    # words in so little text
    cut = (front.title_case_head(first.text, language) or front.dated_head(first.text, language)) if short \
        else front.one_line_headline(first.text, language)
    if not cut:
        return blocks_
    head = first.text[:cut].rstrip()
    lead = len(first.text[cut:]) - len(first.text[cut:].lstrip())
    label_blocks = []
    label_end = first.text.find(". ", cut + lead, cut + lead + 24)
    if label_end > 0 and front.is_label(first.text[cut + lead : label_end + 1]):
        # "... winter ABSTRACT. The island's ...": the label stands apart, as on a line of its own
        label_blocks.append(Block(first.start + cut + lead, first.start + label_end + 1,
                                  first.text[cut + lead : label_end + 1]))
        cut = label_end + 1
        lead = len(first.text[cut:]) - len(first.text[cut:].lstrip())
    # "Flood barrier fails By Marta Kessel, Staff Reporter OSLO (AP) — ...": a kicker or a byline the head carries
    parts = front.one_line_head_parts(head, language, story=first.text)
    head_blocks = [Block(first.start + parts[name][0], first.start + parts[name][1], head[slice(*parts[name])], name)
                   for name in ("kicker", "headline", "deck", "byline") if name in parts]
    story = cut + lead
    if "deck" not in parts and "byline" not in parts:
        # "Flood barrier fails Residents were moved overnight By Marta Kessel The barrier ...": a deck and
        # a byline between the headline and the lede, when nothing else marks where the story starts.
        headline = head[slice(*parts["headline"])]
        after = front.one_line_deck(headline, first.text[story:], language)
        head_blocks += _parts_as_blocks(first, story, after, ("deck", "byline"))
        if "lede" in after:
            story += after["lede"][0]
    deck_end = front.deck_before_dateline(first.text[story:], language) if "deck" not in parts else 0
    if deck_end:
        # "... | As the storm passed, the town counts the cost. | KELBY - The ...": the deck stands apart
        head_blocks.append(Block(first.start + story, first.start + story + deck_end,
                                 first.text[story : story + deck_end]))
        story += deck_end + len(first.text[story + deck_end :]) - len(first.text[story + deck_end :].lstrip())
    elif story == cut + lead:
        # "... admits The plan rests on a line nobody has costed. Jo Lee Wed 12 Feb 2025 07.00 GMT When the
        # council ...": a deck sentence, a byline and the date line between the headline and the story
        run = front.front_run(first.text[story:], language)
        head_blocks += _parts_as_blocks(first, story, run, ("deck", "byline", "date"))
        if "story" in run:
            story += run["story"][0]
    return [*head_blocks, *label_blocks, Block(first.start + story, first.end, first.text[story:]), *blocks_[1:]]


# The most words of a social post (280 characters) on its own line above its signature; of a caption on
# its own line above its credit or below its bare label.
_POST_WORDS, _CAPTION_LINE_WORDS = 70, 30

# What a page copied whole leaves after the story: from a page's label for its lists ("Topics", "Most
# viewed", "Related stories": a line the furniture table takes) on, short lines (at most ``_TAIL_WORDS``
# words) that no stop closes, to the end: the list's items go with their label. Short lines without a label
# above them may be the story's own list (a cup draw, the results) and stay, as does a list after a colon.
_TAIL_WORDS = 8
_CLOSING = re.compile(r"[.!?…][\"”’')\]]{0,3}$|[\"”’]$")
PAGE_TAIL_EXAMPLES: tuple[tuple[tuple[str, ...], int], ...] = (  # (the paragraphs, how many the story keeps)
    (("The council voted to close the baths.", "Campaigners will appeal.", "Topics", "Local government",
      "Swimming", "Most viewed", "Storm batters the north coast overnight"), 2),
    # the story's own list, with no label of a page's over it, stays
    (("The council voted to close the baths.", "The draw in full", "Kelby v Velmont", "Port Elm v Ostrand",
      "Dunmore or Kelby Rovers v Hale"), 5),
    (("The council voted to close the baths.", "What happens next:", "A consultation in May", "Topics",
      "A vote in June"), 5),
    # a line with its stop after the label: the story goes on, and the label alone goes (by its own rule)
    (("The council voted to close the baths.", "Topics", "Swimming", "It is over."), 4),
)


def _unclosed_short(paragraph: str) -> bool:
    line = paragraph.rstrip()
    return len(line.split()) <= _TAIL_WORDS and not _CLOSING.search(line) and not line.endswith(":")


def page_tail(paragraphs: list[str]) -> int:
    """Where the page's furniture after the story starts, or ``len(paragraphs)``: the first line the
    furniture table takes in the run of short lines without a stop at the end (none after a colon)."""
    start = len(paragraphs)
    while start > 1 and _unclosed_short(paragraphs[start - 1]):
        start -= 1
    if start > 0 and paragraphs[start - 1].rstrip().endswith(":"):
        return len(paragraphs)
    return next((index for index in range(start, len(paragraphs)) if match_line(paragraphs[index]) is not None),
                len(paragraphs))


def _byline(line: str, following: Block | None, *, under_headline: bool,
            language: str) -> tuple[str, str | None] | None:
    """The byline a line above the story gives, and the date the line carries with it, or None. A name
    alone ("Jo Lee") or with the place filed from counts only under the headline, the name alone only
    straight above the date line."""
    dated = front.split_dated_byline(line)
    if dated is not None:
        return front.byline_name(dated[0]), dated[1]
    if front.is_byline(line) or (under_headline and (front.is_placed_byline(line) or front.is_roled_byline(line) or (
            following is not None and front.is_date(following.text) and front.is_bare_byline(line, language)))):
        return front.byline_name(line), None
    return None


def _classify(blocks_: list[Block], text: str, language: str) -> _Layout:
    """Sort the blocks into furniture and body. Kicker, headline, deck, date and byline are looked for
    only above the first body paragraph; captions, subheads and boilerplate anywhere."""
    layout = _Layout()
    paragraphs_apart = "\n\n" in text
    tail = page_tail([block.text for block in blocks_])
    caption_next = False
    for number, original in enumerate(blocks_):
        if number >= tail:
            layout.drop("boilerplate", original.text)
            continue
        block = _without_front_furniture(original, layout)
        line = block.text
        if not line.strip():
            continue
        caption_next, after_label = False, caption_next
        in_front = not layout.body
        rest = blocks_[number + 1 :] if in_front else []
        following = blocks_[number + 1] if number + 1 < len(blocks_) else None
        rule = match_line(line) if block.words <= 60 else None
        if rule is not None and in_front and rule.name == SECTION_LABEL:
            rule = None  # above the story a label is read with the front ("ANALYSIS." under a headline)
        if in_front and layout.date is None and front.is_date(line):
            layout.date = line
        elif in_front and front.is_date(line):
            layout.drop("boilerplate", line)  # a second date line above the story: "Last modified on ..."
        elif after_label and block.words <= _CAPTION_LINE_WORDS:
            layout.captions.append(line)  # the caption under its bare label
        elif rule is not None:
            caption_next = bool(BARE_CAPTION_LABEL.match(line))
            just_above = bool(number and layout.body and layout.body[-1].start == blocks_[number - 1].start)
            if rule.name == EMBEDDED_POST and line.lstrip()[:1] in "—–-" and just_above \
                    and layout.body[-1].words <= _POST_WORDS:
                layout.drop(rule.kind, layout.body.pop().text)  # the post, above its signature
            elif rule.name == SOURCE_CREDIT and just_above and layout.body[-1].words <= _CAPTION_LINE_WORDS \
                    and number + 1 < len(blocks_):
                layout.captions.append(layout.body.pop().text)  # the caption, above its credit
            layout.drop(rule.kind, line)
        elif in_front and layout.byline is None and (
                found := _byline(line, following, under_headline=layout.headline is not None, language=language)):
            layout.byline, dated = found
            layout.date = layout.date or dated
        elif in_front and layout.headline is None and layout.kicker is None and front.is_kicker(block, rest, language):
            layout.kicker = front.KICKER_MARK.sub(r"\1", line).strip()
        elif in_front and layout.headline is None and (
                original.part == "headline" or front.looks_like_headline(block, rest, language)):
            # a headline the one-line split cut from the story's own opening, on the evidence of the lede
            layout.headline, layout.headline_block = line, block
            if layout.kicker is None:
                layout.kicker, layout.headline = front.split_kicker(line)  # "Opinion | Why the vote matters"
        elif in_front and layout.headline_block is not None and layout.deck is None and front.is_deck(
            block, layout.headline_block, rest,
            same_run=paragraphs_apart and "\n\n" not in text[layout.headline_block.end : block.start],
        ):
            layout.deck = line
        elif _is_subhead(block, following) and (not in_front or (layout.headline is not None and block.words <= 6)):
            layout.subheads.append(line)
        else:
            layout.body.append(block)
    return layout


def _segments(raw: str, language: str, *, after_prompt: bool) -> list[tuple[int, int, bool]]:
    """A sentence cut where a run-in caption ends without its full stop: (start, end, is_caption) parts."""
    if not (RUN_IN_LABEL_AFTER_PROMPT if after_prompt else RUN_IN_LABEL).match(raw):
        return [(0, len(raw), False)]
    points = glue_points(raw, language)
    if not points:
        return [(0, len(raw), is_run_in_caption(raw, after_prompt=after_prompt))]
    caption = raw[: points[0]]
    if not is_run_in_caption(caption, after_prompt=after_prompt):
        return [(0, len(raw), False)]
    return [(0, points[0], True), (points[0], len(raw), False)]


def _one_spaced_sentence(sentence: str, tokens: list[str]) -> str:
    """``sentence`` with single spaces (``tokens`` is its ``split()``), joined anew only where it has more."""
    return " ".join(tokens) if "  " in sentence else sentence


def _body_sentences(layout: _Layout, language: str) -> list[models.Sentence]:
    """The body paragraphs' sentences, less captions and prompts; the wire dateline goes to ``layout``."""
    sentences: list[models.Sentence] = []
    prompt_in = -1  # the paragraph whose sentence the sign-up prompt rule took
    for paragraph, block in enumerate(layout.body):
        skip = 0
        last_span_end = -1
        if paragraph == 0:
            layout.dateline, skip = front.split_dateline(block.text)
        for span_start, span_end in sentence_spans(block.text[skip:], language):
            sentence_start = skip + span_start
            whole, front_cut = cut_front(block.text[sentence_start : skip + span_end])
            for cut_rule, piece in front_cut:
                if cut_rule.name in GLUED_CREDITS and _is_caption_before(sentences, paragraph, last_span_end,
                                                                         sentence_start):
                    # the sentence the credit closed, right before it in the same paragraph, is its caption,
                    # kept with its credit as a caption on its own line is
                    layout.captions.append(f"{sentences.pop().text} {piece}")
                    continue
                layout.drop(cut_rule.kind, piece)
            last_span_end = skip + span_end
            sentence_start = skip + span_end - len(whole)
            after_prompt = bool(front_cut) and any(rule.name == "scroll prompt" for rule, _ in front_cut)
            for seg_start, seg_end, is_caption in _segments(whole, language, after_prompt=after_prompt):
                raw = whole[seg_start:seg_end]
                start = sentence_start + seg_start
                stripped = raw.strip()
                if not stripped:
                    continue
                if is_caption:
                    layout.captions.append(stripped)
                    continue
                lead = len(raw) - len(raw.lstrip())
                tokens = stripped.split()  # split once: for the word count and for the spacing
                # read with single spaces: an unwrapped line keeps its offsets, and so its double space
                rule, kept, cut = sentence_furniture(_one_spaced_sentence(stripped, tokens),
                                                     count_split_words(stripped, tokens))
                prompt, glued = glued_after_prompt(rule, stripped, language) if rule is not None or (
                    may_open_with_prompt(stripped)) else (None, 0)
                if prompt is not None:
                    # "Read more: Ferry row deepens The council said ...": the prompt goes, its sentence stays
                    layout.drop(prompt.kind, stripped[:glued].rstrip())
                    lead, stripped = lead + glued, stripped[glued:]
                    tokens = stripped.split()
                    rule, kept, cut = sentence_furniture(_one_spaced_sentence(stripped, tokens),
                                                         count_split_words(stripped, tokens))
                if rule is not None:
                    if rule.name == PROMPT_RULE and _is_prompt_lead(sentences, paragraph):
                        layout.drop(rule.kind, sentences.pop().text)  # "Enjoyed this story?" before it
                    layout.drop(rule.kind, stripped)
                    prompt_in = paragraph if rule.name == PROMPT_RULE else prompt_in
                    continue
                if prompt_in == paragraph and _is_prompt_link(tokens, stripped):
                    layout.drop("boilerplate", stripped)  # "Start your trial", the prompt's link after it
                    continue
                for cut_rule, piece in cut:
                    layout.drop(cut_rule.kind, piece)
                kept = " ".join(kept.split() if cut else tokens)
                if not kept or (cut and match_line(kept) is not None):
                    continue
                begin = block.start + start + lead
                sentences.append(models.Sentence(kept, len(sentences), paragraph, begin, begin + len(stripped)))
    return sentences


# A sign-up prompt comes with its lead-in question and its link ("Enjoyed this story? Subscribe today and
# read without limits. Start your trial"): in the prompt's paragraph, a question of a few words right
# before it, and sentences of a few words with no closing mark after it, go with it. A longer question,
# and a sentence with its closing mark, are the story's ("Who will pay for the wall? Sign up for ...").
PROMPT_RULE, _PROMPT_PART_WORDS = "follow or sign up", 4
_CLOSED = re.compile(r"[.!?…][\"”’')\]]{0,3}$")
PROMPT_EXAMPLES: tuple[tuple[str, str], ...] = (  # (the paragraph, what of it stays in the story)
    ("Enjoyed this story? Subscribe today and read without limits. Start your trial", ""),
    ("Want more? Sign up for our morning briefing. Free every weekday", ""),
    ("Like this? Follow us on Instagram for more harbour pictures. See our page", ""),
    ("Who will pay for the new harbour wall? Sign up for our free briefing.", "Who will pay for the new harbour wall?"),
    ("The vote was close. Subscribe here. The count took all night.", "The vote was close. The count took all night."),
    ("Why? Follow the money, the inspector said. Nobody did.",
     "Why? Follow the money, the inspector said. Nobody did."),
    ("Fares rise in May. Sign up for our free alerts. Details to follow", "Fares rise in May."),
)


def _is_prompt_lead(sentences: list[models.Sentence], paragraph: int) -> bool:
    """Whether the last sentence kept is a prompt's lead-in: in its paragraph, a question of a few words."""
    if not sentences or sentences[-1].paragraph != paragraph:
        return False
    text = sentences[-1].text
    return text.endswith("?") and len(text.split()) <= _PROMPT_PART_WORDS


def _is_prompt_link(tokens: list[str], sentence: str) -> bool:
    """Whether a sentence after a prompt in its paragraph is the prompt's link: a few words, no closing mark."""
    return len(tokens) <= _PROMPT_PART_WORDS and not _CLOSED.search(sentence)


# The rule that takes a label in capitals ("ABSTRACT."), in the story only: the front reads it itself.
SECTION_LABEL = "label in capitals"
# The credit rule that closes a caption glued to the next sentence, and the longest caption it closes.
GLUED_CREDITS, _CAPTION_WORDS = frozenset(
    ("photo credit in brackets glued on", "photo credit glued on", "photo slash credit glued on")), 25


def _is_caption_before(sentences: list[models.Sentence], paragraph: int, span_end: int, start: int) -> bool:
    """Whether the last body sentence kept is the caption a glued photo credit closes: in the same
    paragraph, the span right before the credit, short, and ending as a caption does (a full stop)."""
    if not sentences or sentences[-1].paragraph != paragraph or span_end < 0:
        return False
    last = sentences[-1]
    return (start - span_end <= 2 and len(last.text.split()) <= _CAPTION_WORDS
            and last.text.rstrip().endswith("."))


def _plain_text(text: str) -> tuple[str, _Page | None]:
    from ..reading.html import looks_like_html

    if looks_like_html(text):
        from ..reading.html import read_html

        page = read_html(text)
        return page.text, _Page(page.title, page.author, page.date, page.site_name, page.deck)
    if looks_like_markdown(text):
        return markdown_to_text(text), None
    return text, None


@dataclass(frozen=True)
class _Page:
    """What an HTML page says about itself in its metadata."""

    title: str | None
    author: str | None
    date: str | None
    site_name: str | None
    deck: str | None


def parse_article(text: str, language: str = "english", *, title: str | None = None) -> models.Article:
    """Split plain text (or a saved page's HTML, or Markdown) into headline, furniture and body sentences.

    ``title`` is a headline known from outside the text (a record's field, a page's metadata); it wins
    over the one the layout suggests, and a body sentence that merely repeats it is dropped.
    Raises ``EmptyArticleError`` when nothing is left to summarise.
    """
    if not text.strip():
        raise EmptyArticleError("the article is empty")
    plain, page = _plain_text(text)
    written = unify(plain)  # as written: where a wrapped line breaks is judged on its words, markup and all
    plain = blank_markup(plain_spaces(written))  # the text every offset points into
    layout = _classify(_split_one_line(split_blocks(plain, written), language), plain, language)
    sentences = _body_sentences(layout, language)
    known = " ".join(title.split()) if title else (page.title if page and page.title else "")
    if known:
        layout.headline = known
        bare = known.rstrip(".")
        kept = [s for s in sentences if s.text.rstrip(".") != bare]
        if len(kept) < len(sentences):  # numbered again only when the headline's repeat was dropped
            sentences = [s if s.index == number else replace(s, index=number) for number, s in enumerate(kept)]
    if not sentences:
        raise EmptyArticleError("the article has no body sentences to summarise")
    return models.Article(
        text=plain,
        sentences=tuple(sentences),
        headline=_one_spaced(layout.headline),
        kicker=_one_spaced(layout.kicker),
        date=_one_spaced(layout.date) or (page.date if page else None),
        dateline=_one_spaced(layout.dateline),
        byline=_one_spaced(layout.byline) or (page.author if page else None),
        captions=tuple(layout.captions),
        subheads=tuple(layout.subheads),
        boilerplate=tuple(layout.boilerplate),
        language=language,
        deck=_one_spaced(layout.deck) or (page.deck if page else None),
        site_name=page.site_name if page else None,
    )
