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
from html import unescape
from typing import Any

from ..errors import EmptyArticleError

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
    deck: str | None = None


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


class NotAnArticleError(EmptyArticleError):
    """The page is no story: a server's error page, a sign-in form, a browser check."""


@dataclass(frozen=True)
class PageKind:
    """A page that is not a story, told by its title or main heading (and, for some, by a form field).

    ``catches`` are headings of such pages, ``spares`` headlines of stories that must still be read;
    both run as tests.
    """

    name: str
    heading: re.Pattern[str]
    markup: re.Pattern[str] | None
    catches: tuple[str, ...]
    spares: tuple[str, ...]


_STATUS = (
    r"(?:bad request|unauthori[sz]ed|forbidden|access (?:is )?denied|not found|page not found|gone|"
    r"too many requests|internal server error|server error|bad gateway|service (?:temporarily )?unavailable|"
    r"gateway time-?out)"
)
PAGE_KINDS: tuple[PageKind, ...] = (
    PageKind(
        "an error page",
        re.compile(
            rf"^\W*(?:(?:http\s+)?(?:error\s*)?[45]\d\d\b\W*{_STATUS}?|{_STATUS}|"
            r"(?:page|file|article|story|content) (?:was )?(?:not found|not available|no longer available)|"
            r"(?:the )?page you (?:requested|are looking for|were looking for) (?:could not be found|"
            r"cannot be found|does not exist|is not available)|oops|sorry,? (?:that|this) page)\W*$",
            re.IGNORECASE,
        ),
        None,
        ("404 Not Found", "Error 404", "HTTP Error 503 - Service unavailable", "Page not found", "403 Forbidden",
         "502 Bad Gateway", "Not Found", "Oops!", "Access Denied", "Sorry, this page", "500", "Article not found",
         "The page you requested could not be found"),
        ("404 jobs go at the car plant", "500 homes flooded after storm", "Not found: the lost letters of a poet",
         "Page not found by the search party, says police", "Access denied to care homes, inquiry hears",
         "Error 404: how a missing page broke the council's website"),
    ),
    PageKind(
        "a sign-in page",
        re.compile(
            r"^\W*(?:please\s+)?(?:sign|log)\s*(?:in|on)\b(?:\s+(?:to|with)\b[^.!?:,]{0,40})?\W*$|"
            r"^\W*(?:login|account login|member login|subscriber login)\b\W*$",
            re.IGNORECASE,
        ),
        re.compile(r"<input\b[^>]{0,500}\btype\s*=\s*[\"']?password\b", re.IGNORECASE),
        ("Sign in", "Log in to Coast News", "Login", "Please sign in", "Sign in with your account", "Log on"),
        ("Sign in to the protest: crowds gather", "Log in scandal at the ministry deepens",
         "Login data of a million users leaked", "Signing in the new mayor"),
    ),
    PageKind(
        "a browser check",
        re.compile(
            r"^\W*(?:just a moment\W*|attention required!?(?: \| cloudflare)?|checking your browser\b.{0,80}|"
            r"are you a robot\?|verify(?:ing)? you are (?:a )?human\b.{0,40}|please verify you are a human)\W*$",
            re.IGNORECASE,
        ),
        None,
        ("Just a moment...", "Attention Required! | Cloudflare", "Checking your browser before accessing the site.",
         "Are you a robot?", "Verifying you are human. This may take a few seconds."),
        ("Just a moment of silence for the victims", "Are you a robot? Inside the test that fools machines",
         "Checking in on the flood victims"),
    ),
    PageKind(
        "a cookie consent page",
        re.compile(r"^\W*before you continue(?: to [^.!?]{1,60})?\W*$", re.IGNORECASE),
        None,
        ("Before you continue", "Before you continue to Coast News"),
        ("Before you continue reading: a note on our coverage", "Before you continue, the mayor says, think"),
    ),
)
# A story this long is read whatever its page is called: a real article headlined "Not found" still
# has paragraphs, and a news page with a sign-in box keeps its story.
MOST_WORDS_OF_A_NON_ARTICLE = 60
_HEADING = re.compile(r"<(title|h1)\b[^>]{0,500}>([^<]{0,300})</\1\s*>", re.IGNORECASE)


def _headings(html: str, title: str | None) -> list[str]:
    found = [" ".join(match.group(2).split()) for match in _HEADING.finditer(html[:65536])]
    return [heading for heading in ([title] if title else []) + found if heading]


def page_kind(html: str, title: str | None, story: str) -> tuple[str, str] | None:
    """What a page that is no story is (its kind and the heading that tells), or ``None`` for a story."""
    if len(story.split()) > MOST_WORDS_OF_A_NON_ARTICLE:
        return None
    for heading in _headings(html, title):
        for kind in PAGE_KINDS:
            if kind.heading.match(heading) and (kind.markup is None or kind.markup.search(html)):
                return kind.name, heading
    return None


DATE_SEARCH = {"extensive_search": False, "original_date": True}

# A main heading that is only a link to the site's front page ("<h1><a href="/">Kilbride Post</a></h1>"):
# the masthead of an older template, not the story's headline, though trafilatura takes a lone <h1>.
_MASTHEAD = re.compile(
    r"<h1\b[^>]{0,500}>\s{0,20}<a\b[^>]{0,500}?\bhref=[\"']?(?:/|https?://[^/\"'\s>]{1,200}/?)(?=[\"'\s>])[^>]{0,500}>"
    r"([^<]{1,300})</a>\s{0,20}</h1\s*>", re.IGNORECASE)
_TITLE_ELEMENT = re.compile(r"<title\b[^>]{0,500}>([^<]{1,500})</title\s*>", re.IGNORECASE)
# What parts a site name from the headline in a <title>: "Storm closes coast road - Kilbride Post". Not a
# colon, which headlines hold themselves ("Mayor: we will not close the baths").
_TITLE_SEPARATOR = re.compile(r"[ ]+(?:[-|–—·»~]|::)[ ]+")
# A headline has at least this many words; a shorter part of a <title> is a section or a site.
_HEADLINE_WORDS = 3


def page_title(html: str) -> str | None:
    """The text of the page's <title> element, one-spaced, its character references read."""
    element = _TITLE_ELEMENT.search(html)
    return " ".join(unescape(element.group(1)).split()) if element else None


_SHOWN_HEADING = re.compile(r"<(h[1-3])\b[^<>]{0,500}>([^<]{1,300})</\1\s*>", re.IGNORECASE)
# What a <title> may add to the headline a page shows: a few words (the site, a section, "Print") set apart
# by a separator, or before a colon; at most ``_AFFIX_PARTS`` parts of at most ``_AFFIX_WORDS`` words.
_TITLE_AFFIX = re.compile(r"^(?:[ ]*(?:[-|–—·»~:]|::)[ ]+(?P<after>.+)|(?P<before>.+?)[ ]*(?:[-|–—·»~:]|::)[ ]*)$")
_AFFIX_WORDS, _AFFIX_PARTS = 4, 3

# Examples of ``shown_headline``: the <title> text, the page's headings, the headline.
SHOWN_HEADLINE_EXAMPLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Print: Ferry fares to rise in May", ("Ferry fares to rise in May",), "Ferry fares to rise in May"),
    ("Kelby Courier: Ferry fares to rise in May", ("Ferry fares to rise in May",), "Ferry fares to rise in May"),
    ("Ferry fares to rise in May | Local news | Kelby Courier", ("Ferry fares to rise in May",),
     "Ferry fares to rise in May"),
    # the title shown whole: nothing to take off
    ("Mayor: we will not close the baths", ("Mayor: we will not close the baths",),
     "Mayor: we will not close the baths"),
    # a heading in lower case after a colon is the headline's own second half, not a headline
    ("Mayor: we will not close the baths", ("we will not close the baths",), "Mayor: we will not close the baths"),
    # more than a few words besides the heading: a heading of another part of the page
    ("Ferry fares to rise in May as the operator blames fuel costs", ("Ferry fares to rise in May",),
     "Ferry fares to rise in May as the operator blames fuel costs"),
    # a heading of two words is a section's name
    ("Local news: Ferry fares to rise in May", ("Local news",), "Local news: Ferry fares to rise in May"),
    # a site's name in a heading before a short headline is not the headline
    ("Kelby Evening Star - Floods return", ("Kelby Evening Star",), "Kelby Evening Star - Floods return"),
)


def shown_headline(title: str, headings: list[str], site: str | None = None) -> str:
    """The headline as the page shows it in a heading (<h1>-<h3>) where the <title> adds words to it: a
    site's name, a section or "Print" set apart by a separator or a colon (``_TITLE_AFFIX``). The heading
    is longer than each added part, and is not the ``site``'s name."""
    if title in headings:
        return title
    folded = title.casefold()
    for heading in headings:
        opening = heading.lstrip("'‘\"“(")[:1]
        if len(heading.split()) < _HEADLINE_WORDS or (not opening.isupper() and not opening.isdigit()):
            continue
        head = heading.casefold()
        if folded.startswith(head):
            rest = title[len(heading):]
        elif folded.endswith(head):
            rest = title[: len(title) - len(heading)]
        else:
            continue
        affix = _TITLE_AFFIX.match(rest)
        parts = _TITLE_SEPARATOR.split(f" {affix.group('after') or affix.group('before')} ") if affix else []
        # the heading is longer by two words than each added part: a site's name in a heading before a short
        # headline is no headline
        longest = min(_AFFIX_WORDS, len(heading.split()) - 2)
        if parts and len(parts) <= _AFFIX_PARTS and all(0 < len(part.split()) <= longest for part in parts) \
                and heading.casefold() != (site or "").casefold():
            return heading
    return title


def headline_and_site(html: str, title: str | None, site_name: str | None) -> tuple[str | None, str | None]:
    """The page's headline and site name, from trafilatura's ``title`` and ``site_name``.

    When the title is the site's own name (the page's masthead, or the site name the page gives), the
    headline is the longest other part of the <title> element, of three words or more, or none: a
    site's name shown as a story's headline would be wrong on every page of that site.
    """
    if title is None:
        return None, site_name
    head = html[:65536]
    headings = [" ".join(unescape(match.group(2)).split()) for match in _SHOWN_HEADING.finditer(head)]
    if headings and title not in headings:
        # the <title> as the page writes it first: trafilatura may have cut a part off it already
        element = page_title(head)
        shown = shown_headline(element, headings, site_name) if element else title
        title = shown if shown != element else shown_headline(title, headings, site_name)
    mastheads = {" ".join(unescape(match.group(1)).split()).casefold() for match in _MASTHEAD.finditer(head)}
    if title.casefold() not in mastheads and (site_name is None or title.casefold() != site_name.casefold()):
        return title, site_name
    site = site_name or title
    element = page_title(head)
    parts = _TITLE_SEPARATOR.split(element) if element else []
    others = [part for part in parts if part.casefold() != title.casefold()]
    if len(others) == len(parts):
        return None, site  # the <title> does not hold the site's name as a part: no way to tell
    best = max(others, key=len, default="")
    return (best if len(best.split()) >= _HEADLINE_WORDS else None), site


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


_NAME_WORD = r"(?:[A-Z][\w.'’\-]{0,30}|de|da|di|del|van|von|der|den|la|le|al|el|bin|ibn)"
# An element that is a byline and nothing else: "By Hamish Dunlop", "By Ana de Souza, Political Editor",
# the name perhaps a link to the author's page.
_BYLINE_NODE = re.compile(
    rf">[ \t\r\n]{{0,20}}By[ \t\r\n]{{1,5}}(?:<a\b[^<>]{{0,300}}>[ \t\r\n]{{0,5}})?"
    rf"(?P<name>[A-Z][\w.'’\-]{{0,30}}(?:[ \t\r\n]{{1,5}}{_NAME_WORD}){{1,4}})[ \t\r\n]{{0,5}}(?:</a>)?"
    r"(?:,[ \t\r\n]{1,5}[A-Z][\w'’\-]{0,30}(?:[ \t\r\n]{1,5}[A-Za-z][\w'’\-]{0,30}){0,3})?[ \t\r\n]{0,20}<")
_TAG = re.compile(r"<[^>]{0,500}>")
# How far into the page the headline is looked for, how far below it the byline, and at how many places
# of its first word the headline is looked for (each try reads a bounded window).
_HEADLINE_REACH, _BYLINE_REACH, _PLACES_TRIED = 200_000, 3000, 200


def byline_below(html: str, headline: str | None) -> str | None:
    """The name in a byline that stands alone in its element right below the headline in the page
    ("<font size=2>By Hamish Dunlop</font>"), for a page whose metadata names no author. Only below the
    headline: a "By ..." in a sidebar or a related box above the story belongs to another story."""
    if not headline:
        return None
    body = html.find("<body", 0, _HEADLINE_REACH)
    first = headline.split()[0]
    at = html.find(first, max(body, 0), _HEADLINE_REACH)
    for _ in range(_PLACES_TRIED):
        if at < 0:
            return None
        # the headline's place: where its words are written out in the page, tags between them or not
        window = " ".join(unescape(_TAG.sub(" ", html[at : at + min(4 * len(headline), 2000)])).split())
        if window.startswith(headline):
            break
        at = html.find(first, at + 1, _HEADLINE_REACH)
    else:
        return None
    match = _BYLINE_NODE.search(html, at, at + _BYLINE_REACH)
    return " ".join(match.group("name").split()) if match else None


# A deck is a line of a few words to a few sentences; a description cut short ("...") is a teaser.
_DECK_WORDS = (4, 60)
_CUT_SHORT = ("...", "…")
# How far into the page the deck is looked for as text shown on the page.
_DECK_REACH = 300_000
# Elements whose content a reader never sees as text, and their closing tags.
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b", re.IGNORECASE)
_CLOSING = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "noscript", "template")}


def shown_text(html: str, reach: int = _DECK_REACH) -> str:
    """The words a reader sees in the page's body, one-spaced: tags, scripts and styles taken out.
    Each hidden element is skipped to its closing tag with one search, so the page is read once."""
    start = html.find("<body", 0, reach)
    page = html[max(start, 0) : reach]
    kept: list[str] = []
    at = 0
    for match in _HIDDEN.finditer(page):
        if match.start() < at:
            continue  # inside a hidden element already skipped
        kept.append(page[at : match.start()])
        close = _CLOSING[match.group(1).lower()].search(page, match.end())
        if close is None:
            at = len(page)
            break
        at = close.end()
    kept.append(page[at:])
    return " ".join(unescape(_TAG.sub(" ", " ".join(kept))).split())


# An element a template marks as the deck: its class, id or data attribute names it so. The opening
# tag is matched once (bounded), then its attributes are looked into: linear in the page.
_BLOCK_TAG = re.compile(r"<(?:p|div|h2|h3|span|section)\b[^<>]{0,600}>", re.IGNORECASE)
_DECK_ATTRIBUTE = re.compile(
    r"\b(?:class|id|data-[\w-]{1,30})[ \t]{0,5}=[ \t]{0,5}[\"']?[^\"'>]{0,200}?"
    r"\b(?:standfirst|dek|deck|subtitle|sub-title|subheadline|sub-headline|strapline)\b", re.IGNORECASE)
# How many elements marked as a deck are looked into.
_DECK_ELEMENTS = 20


def shown_deck(html: str, description: str | None, headline: str | None, story: str) -> tuple[str | None, str]:
    """The page's deck (standfirst) and the story without it.

    The deck is the page's description when the page shows it as text of its own above the story, or
    when the story opens with it in an element the template marks as the deck (``class="standfirst"``).
    A description the page does not show is a search engine's teaser, and one the story opens with,
    unmarked, is its lede (many sites describe a story by its first paragraph): neither is a deck.
    """
    if description is None:
        return None, story
    words = description.split()
    if not _DECK_WORDS[0] <= len(words) <= _DECK_WORDS[1] or description.endswith(_CUT_SHORT):
        return None, story
    if headline is not None and description.casefold() == headline.casefold():
        return None, story
    paragraphs = story.split("\n\n")
    lead = 1 if headline is not None and len(paragraphs) > 2 and paragraphs[0].strip() == headline else 0
    if " ".join(paragraphs[lead].split()) == description:
        if not _marked_as_deck(html, description):
            return None, story
        return description, "\n\n".join(paragraphs[:lead] + paragraphs[lead + 1 :])
    plain_story = " ".join(story.split())
    if description in plain_story or plain_story.startswith(" ".join(words[:8])):
        return None, story
    shown = shown_text(html)
    at = shown.find(description)
    if at < 0:
        return None, story
    opening = shown.find(" ".join(plain_story.split()[:8]))
    return (description if opening < 0 or at < opening else None), story  # a deck stands above the story


def _marked_as_deck(html: str, description: str) -> bool:
    """Whether the page writes ``description`` in an element its template marks as the deck."""
    marked = (match for match in _BLOCK_TAG.finditer(html, 0, _DECK_REACH) if _DECK_ATTRIBUTE.search(match.group(0)))
    for number, match in enumerate(marked):
        if number >= _DECK_ELEMENTS:
            return False
        window = html[match.end() : match.end() + 4 * len(description) + 200]
        if " ".join(unescape(_TAG.sub(" ", window)).split()).startswith(description):
            return True
    return False


# Examples of ``authors``: trafilatura's author field, and the byline it is.
AUTHOR_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Ewan Sinclair; Islands Reporter", "Ewan Sinclair, Islands Reporter"),
    ("Ewan Sinclair; Moira Tulloch", "Ewan Sinclair; Moira Tulloch"),
    ("Ana Ruiz; Staff; Tom Hale", "Ana Ruiz, Staff; Tom Hale"),
    ("Moira Tulloch", "Moira Tulloch"),
    ("Moira Tulloch; ; Tom Hale", "Moira Tulloch; ; Tom Hale"),
)


def authors(value: str | None) -> str | None:
    """The byline in trafilatura's author field, where a role it parted from its name as a second author
    ("Ewan Sinclair; Islands Reporter") goes back to its name."""
    if value is None:
        return None
    from ..quotes.lexicon import NEWSROOM_ROLES

    names: list[str] = []
    for part in value.split("; "):
        last = part.split()[-1:]
        if names and last and last[0].casefold() in NEWSROOM_ROLES:
            names[-1] += f", {part}"
        else:
            names.append(part)
    return "; ".join(names)


def story_paragraphs(text: str) -> str:
    """The story without the pull quotes a page sets among it: a paragraph of a few words or more that
    repeats, whole, words of one of the paragraphs just above it. (Links to other stories set between
    paragraphs, "Read more: ...", are the furniture table's to take, as in plain text.)"""
    paragraphs = text.split("\n\n")
    kept = []
    for number, paragraph in enumerate(paragraphs):
        others = paragraphs[max(0, number - 3) : number]
        if len(paragraph.split()) >= _HEADLINE_WORDS and any(paragraph != o and paragraph in o for o in others):
            continue
        kept.append(paragraph)
    return "\n\n".join(kept)


# A block whose whole text is one link ("<li><a href="/t1">Council tax to rise</a></li>"): an entry of a
# list of other stories, a menu or a rail. A story's paragraph holds words besides its links.
_LINKED_BLOCK = re.compile(
    r"<(p|li|div|td|dd|h[2-6])\b[^<>]{0,500}>\s{0,20}<a\b[^<>]{0,500}>([^<]{1,300})</a\s*>\s{0,20}</\1\s*>",
    re.IGNORECASE)
# A list of links is at least this many such blocks in a row; the line just before it may be its heading
# ("Top stories"), of at most so many words and no closing stop. After the last list at the end of the page,
# only lines of at most ``_RAIL_TAIL_WORDS`` words that no stop ends (a rail's "Weather", "Sunny, 18C") go.
_LIST_LINKS, _LIST_HEADING_WORDS, _RAIL_TAIL_WORDS = 2, 5, 8
_SENTENCE_END = re.compile(r"[.!?…\"”’')\]]$")

# Examples of ``without_link_lists``: the page's linked blocks, the text's paragraphs, the paragraphs kept.
LINK_LIST_EXAMPLES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    # a rail of other stories under its heading, then the rail's weather box
    (("Ferry fares to rise in May", "New pier opens at Velmont"),
     ("The mayor said the tunnel would open in spring.", "Top stories", "Ferry fares to rise in May",
      "New pier opens at Velmont", "Weather", "Sunny intervals, 18C"),
     ("The mayor said the tunnel would open in spring.",)),
    # a list of links among the story: the story goes on after it, whole
    (("Ferry fares to rise in May", "New pier opens at Velmont"),
     ("The mayor said the tunnel would open in spring.", "Ferry fares to rise in May", "New pier opens at Velmont",
      "Work starts in March.", "Ada Thorne, who runs the ferry, said she would wait and see."),
     ("The mayor said the tunnel would open in spring.", "Work starts in March.",
      "Ada Thorne, who runs the ferry, said she would wait and see.")),
    # one linked paragraph alone is no list: it stays, and so does the line before it
    (("The full report is on the council's website",),
     ("The mayor said the tunnel would open in spring.", "Read it here",
      "The full report is on the council's website"),
     ("The mayor said the tunnel would open in spring.", "Read it here",
      "The full report is on the council's website")),
    # a story paragraph that only shares words with a link stays
    (("Ferry fares to rise in May", "New pier opens at Velmont"),
     ("Ferry fares to rise in May, the operator said on Monday.",
      "New pier opens at Velmont after two years of work."),
     ("Ferry fares to rise in May, the operator said on Monday.",
      "New pier opens at Velmont after two years of work.")),
)


_LINK = re.compile(r"<a\b[^<>]{0,500}>([^<]{1,300})</a\s*>", re.IGNORECASE)

# Examples of the footer's links at the end of the text: the page's link texts, the paragraphs, those kept.
FOOTER_LINK_EXAMPLES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (("Privacy Policy", "Home"), ("The mayor said the tunnel would open in spring.", "Privacy Policy"),
     ("The mayor said the tunnel would open in spring.",)),
    # a short last line that is no link is the story's
    (("Privacy Policy",), ("The mayor said the tunnel would open in spring.", "Work starts in March"),
     ("The mayor said the tunnel would open in spring.", "Work starts in March")),
    # a menu before the story: two links or more; a single linked line stays
    (("Home", "News", "Sport"), ("Home", "News", "Sport", "The mayor said the tunnel would open in spring."),
     ("The mayor said the tunnel would open in spring.",)),
    (("Tunnel to open in spring",), ("Tunnel to open in spring", "The mayor said the tunnel would open in spring."),
     ("Tunnel to open in spring", "The mayor said the tunnel would open in spring.")),
    # a link's text with its closing stop is a sentence
    (("Work starts in March.",), ("The mayor said the tunnel would open in spring.", "Work starts in March."),
     ("The mayor said the tunnel would open in spring.", "Work starts in March.")),
)


def link_texts(html: str) -> frozenset[str]:
    """The one-spaced texts of the page's links."""
    return frozenset(" ".join(unescape(match.group(1)).split()) for match in _LINK.finditer(html))


def linked_blocks(html: str) -> frozenset[str]:
    """The one-spaced texts of the page's blocks that are each wholly one link."""
    return frozenset(" ".join(unescape(match.group(2)).split()) for match in _LINKED_BLOCK.finditer(html))


def without_link_lists(paragraphs: list[str], links: frozenset[str],
                       anchors: frozenset[str] = frozenset()) -> list[str]:
    """The story's paragraphs without the lists of links among them (``_LINKED_BLOCK``): runs of at least
    ``_LIST_LINKS`` paragraphs that are each a linked block's whole text, with the short heading just before
    such a run; after the last run, when only short lines without a closing stop follow it, those lines; and
    at the end of the text, short lines without a closing stop that are each the text of one of the page's
    links (``anchors``: a footer's "Privacy Policy"), and at its start at least ``_LIST_LINKS`` of them (a
    menu: one alone may be the story's own linked headline)."""
    tail = len(paragraphs)
    while tail > 1 and paragraphs[tail - 1] in anchors and _short_line(paragraphs[tail - 1], _RAIL_TAIL_WORDS):
        tail -= 1
    head = 0
    while head < tail - 1 and paragraphs[head] in anchors and _short_line(paragraphs[head], _RAIL_TAIL_WORDS):
        head += 1
    paragraphs = paragraphs[head if head >= _LIST_LINKS else 0: tail]
    linked = [paragraph in links for paragraph in paragraphs]
    drop = [False] * len(paragraphs)
    last_run_end = -1
    number = 0
    while number < len(paragraphs):
        if not linked[number]:
            number += 1
            continue
        end = number
        while end < len(paragraphs) and linked[end]:
            end += 1
        if end - number >= _LIST_LINKS:
            for index in range(number, end):
                drop[index] = True
            before = number - 1
            if before > 0 and _short_line(paragraphs[before], _LIST_HEADING_WORDS):
                drop[before] = True
            last_run_end = end
        number = end
    if 0 <= last_run_end < len(paragraphs) and all(
            _short_line(paragraph, _RAIL_TAIL_WORDS) for paragraph in paragraphs[last_run_end:]):
        for index in range(last_run_end, len(paragraphs)):
            drop[index] = True
    return [paragraph for paragraph, dropped in zip(paragraphs, drop, strict=True) if not dropped]


def _short_line(paragraph: str, words: int) -> bool:
    return len(paragraph.split()) <= words and not _SENTENCE_END.search(paragraph)


# The line a site prints under every story about itself ("Northgate Evening Star is part of Wexham Regional
# Press."): its name, then what it is part of, who publishes it, who regulates it, by name. A footer that the
# extraction kept when a story's text is in <div>s and the page has no <footer>. Only the site's own name
# opens it, and only at the end of the page's text; the rest of that paragraph is the footer's too.
_SITE_LINE = (r"[ ]{1,3}(?:is|are)[ ]{1,3}(?:(?:a[ ]{1,3})?part[ ]{1,3}of|"
              r"a[ ]{1,3}(?:member|brand|division|trading[ ]{1,3}name)[ ]{1,3}of|"
              r"(?:published|owned|regulated)[ ]{1,3}by|registered[ ]{1,3}in)[ ]{1,3}(?:the[ ]{1,3})?(?-i:[A-Z])")
# How many paragraphs from the end the site's line is looked for, and its paragraph's most words.
_FOOTER_PARAGRAPHS, _FOOTER_WORDS = 3, 60

# Examples of ``site_footer``: (the site's name, the page's last paragraph, whether it is the footer).
SITE_FOOTER_EXAMPLES: tuple[tuple[str, str, bool], ...] = (
    ("Northgate Evening Star", "Northgate Evening Star is part of Wexham Regional Press. Help | Feedback", True),
    ("Kelby Courier", "Kelby Courier is a member of the Independent Press Standards Organisation. Terms apply.", True),
    ("Kelby Courier", "Kelby Courier is published by Harbour Media Ltd, registered in Kelby.", True),
    ("Kelby Courier", "The Kelby Courier is part of the campaign to save the baths, its editor said.", False),
    ("Kelby Courier", "Kelby Courier readers raised £5,000 for the appeal, which is part of a wider drive.", False),
    ("Kelby Courier", "Kelby is part of the county's flood plan, the council said.", False),
    ("Kelby Courier", "Kelby Courier is backing the campaign to save the baths.", False),
    ("Kelby Courier", "Kelby Courier is part of the campaign to save the baths.", False),
    ("Kelby Courier", "It is part of Wexham Regional Press, the Kelby Courier said.", False),
)


def site_from_title(html: str, headline: str | None) -> str | None:
    """The site's name as the page's <title> gives it beside the headline ("Northgate Evening Star -
    China keeps tight rein on credit"): the one other part, or none when there are more or none."""
    title = page_title(html[:65536])
    if title is None or headline is None:
        return None
    folded, head = title.casefold(), headline.casefold()
    # the headline may hold a separator itself ("Fear will help France - Laporte"): it is taken off whole
    if folded.endswith(head):
        rest = title[: len(title) - len(headline)]
    elif folded.startswith(head):
        rest = title[len(headline) :]
    else:
        return None
    parts = [part for part in _TITLE_SEPARATOR.split(f" {rest} ") if part.strip()]
    return parts[0].strip() if len(parts) == 1 and parts[0].strip() != rest.strip() else None


def site_footer(text: str, site: str | None) -> str:
    """The story without the site's line about itself at the end of the page's text (``_SITE_LINE``),
    and what follows it there."""
    if not site:
        return text
    paragraphs = text.split("\n\n")
    line = re.compile(re.escape(site) + _SITE_LINE, re.IGNORECASE)
    for number in range(max(1, len(paragraphs) - _FOOTER_PARAGRAPHS), len(paragraphs)):
        paragraph = paragraphs[number]
        if len(paragraph.split()) <= _FOOTER_WORDS and line.match(paragraph):
            return "\n\n".join(paragraphs[:number])
    return text


def read_html(html: str) -> Page:
    """The main text and metadata of a page; an empty text when the page holds no story.

    Raises ``NotAnArticleError`` for a short page whose title or heading says it is an error page,
    a sign-in form or a browser check: its few lines are no story to summarise.
    """
    document = _trafilatura().bare_extraction(
        xml_safe(html),
        config=_config(),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # The date the story was first published, and only one the page states: the extensive search
        # would otherwise turn a footer's "Copyright 2026" into "2026-01-01", a day no one wrote.
        date_extraction_params=DATE_SEARCH,
    )
    if document is None:
        return Page("")
    values = document if isinstance(document, dict) else document.as_dict()
    text = str(values.get("text") or "")
    # trafilatura puts each paragraph on its own line: set them apart as paragraphs
    text = story_paragraphs("\n\n".join(line.strip() for line in text.split("\n") if line.strip()))
    anchors = link_texts(html)
    if anchors:
        text = "\n\n".join(without_link_lists(text.split("\n\n"), linked_blocks(html), anchors))
    title = _clean(values.get("title"))
    kind = page_kind(html, title, text)
    if kind is not None:
        raise NotAnArticleError(f"the page is {kind[0]} ({kind[1]!r}), not an article")
    headline, site_name = headline_and_site(html, title, _clean(values.get("sitename")))
    text = site_footer(text, site_name or site_from_title(html, headline))
    deck, text = shown_deck(html, _clean(values.get("description")), headline, text)
    return Page(
        text=text,
        title=headline,
        author=authors(_clean(values.get("author"))) or byline_below(html, headline),
        date=_clean(values.get("date")),
        site_name=site_name,
        deck=deck,
    )
