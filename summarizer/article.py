"""Plain text → ``Article``: what the article says about itself, and its body sentences.

Pasted articles carry furniture around the story: a section kicker, the headline, a date line, a
byline, photo captions and credits, subheads and page boilerplate. Each is recognised here so that
none of it is ever summarised, and headline, kicker, date and byline are reported as what they are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from .errors import EmptyArticleError
from .markup import to_plain_text
from .models import Article, Sentence
from .sentences import count_words, sentence_spans

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
_DATE = re.compile(
    rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"  # December 01, 2024
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}\b"  # 3 March 2025
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2025-03-03
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b",  # 3/3/2025
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    rf"^(?:{_WEEKDAYS}|{_MONTHS}|updated|published|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|"
    r"gmt|utc|bst|est|edt|pst|pdt|cet|et|[A-Z]{2,4}|\d[\d:.,/\-]*|st|nd|rd|th|\||[-—–,:.]|\s)*$",
    re.IGNORECASE,
)
# A breadcrumb of sections: "News > Politics", "World | Middle East", "Home / World / Asia".
_BREADCRUMB = re.compile(r"^[^|>»/]{1,30}(?:\s[|>»/]\s[^|>»/]{1,30})+\s*[|>»/]?\s*$")
_KICKER_MARK = re.compile(r"^\s*([^|>»/]{1,40}?)\s*[|>»/]\s*$")
_BYLINE = re.compile(
    r"^(?:by|written by|words by|reporting by|von|par)\s+[\w.'’\-]+(?:[\s,]+[\w.'’\-&]+){0,12}$", re.IGNORECASE
)
_BYLINE_AGENCY = re.compile(
    r"^(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s*[,|/–—-]\s*"
    r"(?P<org>(?:The\s+)?[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4})$"
)
_AGENCIES = re.compile(
    r"\b(?:Reuters|AP|Associated Press|AFP|Bloomberg|CNN|BBC|UPI|dpa|Anadolu|Staff|Correspondent|"
    r"Reporter|Editor|Writer|News|Times|Post|Guardian|Telegraph|Journal|Herald|Agency|Press)\b"
)
_CAPTION = re.compile(
    r"(?:/\s*Photo(?:graph)?\s*:|\bPhoto(?:graph)?\s*(?:credit)?\s*:|\bImage\s+(?:caption|copyright|source)\b|"
    r"\(\s*(?:Getty|Reuters|AP|AFP|EPA|PA|Shutterstock|Alamy)(?:\s+Images?)?\s*\)\s*$|"
    r"^\s*Pictured\s*:|^\s*(?:Caption|Credit|Photo|Picture|Video|Watch)\s*:|"
    r"\b(?:Getty Images|AFP via Getty|Shutterstock|Alamy Stock Photo)\s*$|"
    r"\((?:AP|Reuters|AFP|EPA)?\s*Photo(?:graph)?\b[^)]*\)\s*$|\bAP Photo/|\bREUTERS/[A-Z]|"
    r"^\s*(?:File photo|Photo by|Photography by)\b)",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^\s*(?:Advertisement|ADVERTISEMENT|Share this (?:article|story|with|on)|Share on \w+|Read more\b|"
    r"READ MORE\b|Scroll down for video|Follow (?:us|me|him|her|the \w+) on|Sign up (?:for|to)|"
    r"Subscribe\b|Click here|Related (?:Topics|Articles|Stories|Content)|More on this story|"
    r"Copyright\b|©|All rights reserved|Continue reading|Story continues below|"
    r"Skip (?:to|Advertisement)|Listen to this article|Comments?\s*\(\d+\)|Email\s*$|Print\s*$|"
    r"Tweet\s*$|Facebook\s*$|Twitter\s*$|WhatsApp\s*$|LinkedIn\s*$|Most (?:Read|Popular)\b|"
    r"Get (?:our|the) \w+ newsletter|This article (?:was|is) (?:originally )?published|"
    r"\(?(?:Reporting|Additional reporting|Editing|Writing) by\b|(?:RELATED|MORE|WATCH|LISTEN|READ)\s*:|"
    r"Related\s*:|Tags?\s*:|Topics\s*:|\d+[- ]min(?:ute)?s? read\b|https?://\S+\s*$|www\.\S+\s*$|"
    r"\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\s*$)",
    re.IGNORECASE,
)
# Page furniture glued to the story: "Share this withEmailFacebook...Copy this link".
_SHARE_BAR = re.compile(r"^\s*Share this with(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Linkedin)*"
                        r"(?:Copy this link)?", re.IGNORECASE)
_SCROLL = re.compile(r"\s*Scroll down for video\s*", re.IGNORECASE)
# A video player's placeholder glued to the sentence after it: "...on this deviceThe hosts won ...".
_PLAYER = re.compile(r"^\s*Media playback is (?:not supported on this device|unsupported on your device)\s*",
                     re.IGNORECASE)
# A wire dateline opening the first paragraph: "WASHINGTON (AP) —", "LONDON (Reuters) -", "(CNN)".
_DATELINE = re.compile(
    r"^(?P<dateline>(?:[A-Z][A-Z.'’\-]+(?:[ ,]+[A-Z][A-Za-z.'’\-]+){0,3}\s*)?"
    r"\(\s*(?:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|AA|IANS|PTI|Xinhua|cnn|ap|reuters)\s*\))\s*(?:[-—–]+\s*)?"
    r"|^(?P<place>[A-Z][A-Z'’\-]{2,}(?:[ ,]+[A-Z][A-Za-z.'’\-]+){0,3})\s+[—–-]{1,2}\s+(?=[A-Z])"
)
# A photo caption run into the text: a short headline-style label and a colon opening the sentence
# ("Strictly business: Julia covers ...", "Close ties: Soumbadze has ..."). A label that reads as a
# clause ("The reason is simple: ...", "Here goes: ...") or names a speaker in capitals is prose.
_RUN_IN_LABEL = re.compile(r"^(?P<label>[A-Z][a-z'’\-]+(?:\s+[a-z'’\-]+){1,4}):\s+(?=[A-Z])")
_PROSE_LABEL_WORDS = frozenset(
    """
    is was are were be been being has have had will would can could may might must shall should do does did
    said says say told tells added adds wrote writes asked asks explained insisted warned claimed replied
    i we you yourself it he she they me us here here's here’s now there but and so then
    consider remember note imagine look think take
    """.split()
)
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*$|[\"”’]$")
_LETTER = re.compile(r"[^\W\d_]")
_MISSING_SPACE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z][.!?][\"”])(?=[A-Z])")


@dataclass
class _Block:
    """A paragraph of the input: offsets into the normalised text, and its text."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def one_line(self) -> bool:
        return "\n" not in self.text


def normalise(text: str) -> str:
    """Unify line ends and odd spaces, and restore spaces lost between sentences ("home.Then")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\u00a0\u2007\u202f\t\f\v]", " ", text)
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]", "", text)
    return _MISSING_SPACE.sub(" ", text)


def _blocks(text: str) -> list[_Block]:
    """Paragraphs: runs of lines between blank lines, with hard-wrapped prose lines joined.

    Lines inside a paragraph stay separate when they look like furniture (a date under a headline, a
    caption under a date); they are joined when the line before is long and breaks mid-sentence.
    """
    blocks: list[_Block] = []
    offset = 0
    current: list[tuple[int, str]] = []

    def flush() -> None:
        if not current:
            return
        start, first = current[0]
        parts = [(start, first)]
        for line_start, line in current[1:]:
            prev_start, prev = parts[-1]
            wrapped = (len(prev) >= 40 and not _TERMINAL.search(prev.rstrip())) or (
                line[:1].islower() and not _TERMINAL.search(prev.rstrip())
            )
            if wrapped:
                parts[-1] = (prev_start, prev + " " + line)
            else:
                parts.append((line_start, line))
        for part_start, part in parts:
            stripped = part.strip()
            if stripped:
                lead = len(part) - len(part.lstrip())
                blocks.append(_Block(part_start + lead, part_start + lead + len(stripped), stripped))
        current.clear()

    for line in text.split("\n"):
        if line.strip():
            current.append((offset, line))
        else:
            flush()
        offset += len(line) + 1
    flush()
    return blocks


def _is_date(text: str) -> bool:
    return len(text.split()) <= 16 and bool(_DATE.search(text)) and bool(_DATE_WORDS.match(_DATE.sub("", text)))


def _is_byline(text: str) -> bool:
    if len(text.split()) > 14 or (_TERMINAL.search(text) and not text.endswith(".")):
        return False
    if _BYLINE.match(text):
        return True
    match = _BYLINE_AGENCY.match(text)
    return bool(match and _AGENCIES.search(match.group("org")))


def _is_kicker(block: _Block, rest: list[_Block]) -> bool:
    """A section label above the headline: "Iraq |", "Politics >", a breadcrumb, or a short label line.

    A label without a mark counts only when a headline-sized line follows it: above running prose,
    "COUNCIL AGREES BUDGET" is the headline itself.
    """
    if not rest:
        return False
    if _KICKER_MARK.match(block.text):
        return True
    label = (
        (block.words <= 4 and block.text.isupper())
        or (block.words <= 6 and bool(_BREADCRUMB.match(block.text)))
        # "Iraq", "Middle East": a bare label only above a clearly longer headline without a full stop,
        # so that a short headline ("Newcastle 2-1 Bolton") keeps its place above the story.
        or (block.words <= 3 and block.text[:1].isupper() and not _TERMINAL.search(rest[0].text)
            and rest[0].words > block.words + 2)
    )
    return label and not _TERMINAL.search(block.text) and _looks_like_headline(rest[0], rest[1:])


# Every caption pattern holds one of these words or ends with a bracket: a cheap test first, since
# nearly every sentence of a story is no caption.
_CAPTION_WORDS = ("photo", "image", "getty", "reuters", "shutterstock", "alamy", "pictur", "caption", "credit",
                  "video", "watch")


def _is_caption(text: str) -> bool:
    lowered = text.lower()
    if not any(word in lowered for word in _CAPTION_WORDS) and not text.rstrip().endswith(")"):
        return False
    return bool(_CAPTION.search(text))


def _is_run_in_caption(sentence: str) -> bool:
    """A sentence that opens with a caption label ("Big group: The entire cast ...")."""
    match = _RUN_IN_LABEL.match(sentence)
    if match is None:
        return False
    return not _PROSE_LABEL_WORDS & set(match.group("label").lower().split())


def _is_boilerplate(text: str) -> bool:
    return bool(_BOILERPLATE.match(text)) or not _LETTER.search(text)


_AUXILIARY = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|should|been|being|said|says|did|does|can|may|might|must)\b"
)
_PROSE_OPENER = re.compile(r"(?:The|A|An|Your|Our|This|It|There|In|On|At|When|After|Beyond)\b")
_HEADLINE_MARKS = re.compile(r"[:‘“\"|]|(?:^|\s)'\w")
_MINOR_WORDS = frozenset("a an the of in on at to for and or but with by from as is are was were be it its".split())


def _prose_signals(text: str) -> int:
    """How much a one-line block reads like a lede sentence rather than headline-ese.

    Headlines drop auxiliaries and articles, use Title Case, colons and quotation marks; ledes are
    longer full sentences with a full stop. Measured on BBC and PolNeAR titles against BBC ledes
    (benchmarks/structure.py): a threshold of 2 keeps most titles and takes very few ledes.
    """
    words = text.split()
    signals = int(text.endswith(".")) + int(bool(_AUXILIARY.search(text)))
    signals += int(bool(_PROSE_OPENER.match(text))) + int(len(words) > 12) + int(len(words) > 18)
    content = [w for w in words if w.lower() not in _MINOR_WORDS and w[:1].isalpha()]
    if content and sum(w[:1].isupper() for w in content) / len(content) >= 0.6:
        signals -= 1
    if _HEADLINE_MARKS.search(text):
        signals -= 1
    return signals


def _looks_like_headline(block: _Block, rest: list[_Block]) -> bool:
    """A headline is one short line standing above the story; running prose is never one."""
    if not block.one_line or block.words > 25 or block.words < 2:
        return False
    if not any(later.words > block.words for later in rest):
        return False  # nothing below it reads like a story
    if len(sentence_spans(block.text)) > 1:
        return False
    return _prose_signals(block.text) < 2


def _is_subhead(block: _Block, following: _Block | None) -> bool:
    """A short line between paragraphs that does not end like a sentence."""
    return (
        block.one_line
        and following is not None
        and 1 <= block.words <= 12
        and not _TERMINAL.search(block.text)
        and following.words > block.words
    )


def _split_dateline(text: str) -> tuple[str | None, int]:
    """The wire dateline opening a paragraph, and how many characters it takes."""
    match = _DATELINE.match(text)
    if not match:
        return None, 0
    label = (match.group("dateline") or match.group("place") or "").strip(" ,")
    label = re.sub(r"\(\s*(\w+)\s*\)", r"(\1)", label)
    return label or None, match.end()


@dataclass
class _Layout:
    """What the blocks of an article turn out to be, gathered while reading it top to bottom."""

    headline: str | None = None
    kicker: str | None = None
    date: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    body: list[_Block] = field(default_factory=list)


def _without_share_bar(block: _Block, layout: _Layout) -> _Block:
    """Cut a glued "Share this withEmailFacebook...Copy this link" bar off the front of a block."""
    share_bar = _SHARE_BAR.match(block.text)
    if not share_bar or share_bar.end() <= len("Share this with"):
        return block
    layout.boilerplate.append(block.text[: share_bar.end()].strip())
    return _Block(block.start + share_bar.end(), block.end, block.text[share_bar.end() :].strip())


def _classify(blocks: list[_Block]) -> _Layout:
    """Sort the blocks into furniture and body. Kicker, headline, date and byline are looked for only
    above the first body paragraph; captions, subheads and boilerplate anywhere."""
    layout = _Layout()
    for number, original in enumerate(blocks):
        block = _without_share_bar(original, layout)
        line = block.text
        if not line:
            continue
        rest = blocks[number + 1 :] if not layout.body else []
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        in_front = not layout.body
        if in_front and layout.date is None and _is_date(line):
            layout.date = line
        elif _is_boilerplate(line):
            layout.boilerplate.append(line)
        elif block.one_line and _is_caption(line):
            layout.captions.append(line)
        elif in_front and layout.byline is None and _is_byline(line):
            layout.byline = re.sub(r"^(?:by|written by)\s+", "", line, flags=re.IGNORECASE)
        elif in_front and layout.headline is None and layout.kicker is None and _is_kicker(block, rest):
            layout.kicker = _KICKER_MARK.sub(r"\1", line).strip()
        elif in_front and layout.headline is None and _looks_like_headline(block, rest):
            layout.headline = line
        elif _is_subhead(block, following) and (not in_front or (layout.headline is not None and block.words <= 6)):
            layout.subheads.append(line)
        else:
            layout.body.append(block)
    return layout


def _body_sentences(layout: _Layout, language: str) -> list[Sentence]:
    """The body paragraphs' sentences, less run-in captions and prompts; the wire dateline goes to ``layout``."""
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(layout.body):
        skip = 0
        if paragraph == 0:
            layout.dateline, skip = _split_dateline(block.text)
        for span_start, span_end in sentence_spans(block.text[skip:], language):
            start = skip + span_start
            raw = block.text[start : skip + span_end]
            player = _PLAYER.match(raw)
            if player:
                layout.boilerplate.append(raw[: player.end()].strip())
                raw, start = raw[player.end() :], start + player.end()
            scroll = _SCROLL.search(raw)
            if scroll:  # "... went home. Scroll down for video Pictured: ..." : keep the part before it
                raw = raw[: scroll.start()]
            sentence = raw.strip()
            if not sentence:
                continue
            if _is_boilerplate(sentence):
                layout.boilerplate.append(sentence)
            elif _is_caption(sentence) or _is_run_in_caption(sentence):
                layout.captions.append(sentence)
            else:
                begin = block.start + start + (len(raw) - len(raw.lstrip()))
                sentences.append(
                    Sentence(" ".join(sentence.split()), len(sentences), paragraph, begin, begin + len(sentence))
                )
    return sentences


def parse_article(text: str, language: str = "english", *, title: str | None = None) -> Article:
    """Split plain text into headline, furniture and body sentences.

    ``title`` is a headline known from outside the text (a record's field, a page's metadata); it wins
    over the one the layout suggests, and a body sentence that merely repeats it is dropped.
    Raises ``EmptyArticleError`` when nothing is left to summarise.
    """
    if not text.strip():
        raise EmptyArticleError("the article is empty")
    text = normalise(to_plain_text(text))
    layout = _classify(_blocks(text))
    sentences = _body_sentences(layout, language)
    known = " ".join(title.split()) if title else ""
    if known:
        layout.headline = known
        kept = [s for s in sentences if s.text.rstrip(".") != known.rstrip(".")]
        sentences = [replace(s, index=number) for number, s in enumerate(kept)]
    if not sentences:
        raise EmptyArticleError("the article has no body sentences to summarise")
    return Article(
        text=text,
        sentences=tuple(sentences),
        headline=layout.headline,
        kicker=layout.kicker,
        date=layout.date,
        dateline=layout.dateline,
        byline=layout.byline,
        captions=tuple(layout.captions),
        subheads=tuple(layout.subheads),
        boilerplate=tuple(layout.boilerplate),
        language=language,
    )
