"""THE rule table: page furniture that is never summarised, as named, anchored, bounded patterns.

Each rule says where it applies (``scope``), how long a text it may take (``max_words``: a caption or a
share prompt is short, a story paragraph is not), and carries examples of what it must catch and of
prose it must leave alone; tests/test_furniture.py runs every example. Where a rule is unsure, it
keeps the text.

Scopes:
- ``line``: a whole paragraph or sentence that is furniture (a caption, a credit, a share prompt);
- ``cut``: a span cut out of a sentence, the rest of the sentence kept ("The mayor, pictured with her
  husband, said ..." keeps "The mayor said ...");
- ``front``: a span cut off the front of a paragraph (a share bar or a video player's placeholder glued
  to the first sentence).

Every pattern is linear-time: anchored, with bounded repetition, and no nested unbounded quantifiers.

Most sentences are prose, so the table is read cheaply: each unanchored rule carries the words one of
which every match must contain (``Rule.needs``, derived from the pattern itself by ``required_words``),
and is searched only when the folded text holds one; the rules anchored at the start are tried as one
pattern (``starts_any``). Neither changes what a rule takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from .sentences import count_words, glue_points

Scope = Literal["line", "cut", "front"]
Kind = Literal["caption", "boilerplate"]


@dataclass(frozen=True)
class Rule:
    """One kind of furniture: its name, pattern, reach, and examples on both sides."""

    name: str
    kind: Kind
    scope: Scope
    pattern: re.Pattern[str]
    max_words: int
    catches: tuple[str, ...]
    keeps: tuple[str, ...]
    # Lower-case words one of which every match contains, derived from ``pattern`` (``required_words``);
    # None when the pattern is anchored at the start (its search is quick) or no such words are known.
    needs: tuple[str, ...] | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs", required_words(self.pattern))

    def may_match(self, folded: str) -> bool:
        """False when ``folded`` (the text through ``fold``) lacks every word a match must contain."""
        return self.needs is None or any(word in folded for word in self.needs)


# Characters that a case-insensitive pattern matches to an ASCII letter though ``str.lower`` does not
# make them that letter (dotted and dotless i, long s, the Kelvin sign; tests/test_furniture.py checks
# every code point).
_FOLD_SPECIAL = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` lower-cased so that a rule's required word is in it wherever the rule's pattern could match."""
    return text.lower() if text.isascii() else text.translate(_FOLD_SPECIAL).lower()


def _usable(char: str) -> bool:
    """A character a required word may hold: ASCII, or one without case (matched only as itself)."""
    return char.isascii() or (char.lower() == char and char.upper() == char)


def _rarity(words: tuple[str, ...]) -> int:
    """How seldom prose holds one of ``words``: the shortest word's length, a mark counting as three letters."""
    return min(sum(1 if char.isalnum() or char == " " else 3 for char in word) for word in words)


def _needs_of(items: Any) -> tuple[str, ...] | None:
    """Words one of which every match of the parsed sequence ``items`` contains; None when none are known.

    Walks Python's own parse of the pattern: a run of literal characters is a word; a branch needs one of
    its alternatives' words; a repeat needs what its item needs when it repeats at least once; a group
    needs what its content needs. Of a sequence's candidates the one prose holds least often is kept.
    """
    c = _re_internals()[1]
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is c.LITERAL and _usable(chr(av)):
            run.append(chr(av).lower())
            continue
        end_run()
        found: tuple[str, ...] | None = None
        if op is c.SUBPATTERN:
            found = _needs_of(av[-1])
        elif op is c.BRANCH:
            options = [_needs_of(branch) for branch in av[1]]
            if all(options):
                found = tuple(dict.fromkeys(word for option in options if option for word in option))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _needs_of(av[2])
        if found:
            candidates.append(found)
    end_run()
    return max(candidates, key=lambda words: (_rarity(words), -len(words))) if candidates else None


def _anchored(items: Any) -> bool:
    """Whether every match of the parsed sequence ``items`` starts at the start of the text."""
    c = _re_internals()[1]
    if not items:
        return False
    op, av = items[0]
    if op is c.AT:
        return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    if op is c.SUBPATTERN:
        return not av[1] & re.MULTILINE and _anchored(av[-1])
    if op is c.BRANCH:
        return all(_anchored(branch) for branch in av[1])
    return False


def _re_internals() -> tuple[Any, Any]:
    """Python's own pattern parser and its constants (``re._parser`` from 3.11, ``sre_parse`` before)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    return _parser, _constants


@cache  # each rule's pattern is asked about several times while the table is set up at import
def _parse(pattern: re.Pattern[str]) -> Any:
    """Python's own parse of ``pattern``, or None where this Python's parser is not the one known here."""
    try:
        return _re_internals()[0].parse(pattern.pattern, pattern.flags)
    except Exception:  # another Python's parser: the rule is then searched every time
        return None


@cache
def anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts at the start of the text (``^`` without MULTILINE)."""
    parsed = _parse(pattern)
    try:
        return parsed is not None and not pattern.flags & re.MULTILINE and _anchored(parsed.data)
    except Exception:  # a parse of another shape: taken as unanchored, so tried every time
        return False


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of an unanchored ``pattern`` contains, or None.

    A cheap test before the search: most sentences hold none of a rule's words, and ``in`` on a string
    is much quicker than a case-insensitive search tried from every position. A pattern anchored at the
    start fails at once where it does not match, and gets no such test.
    """
    parsed = _parse(pattern)
    if parsed is None or anchored(pattern):
        return None
    try:
        return _needs_of(parsed.data)
    except Exception:  # a parse of another shape: no quick test, the rule is searched every time
        return None


def starts_any(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern whose ``match`` succeeds on a text exactly when one of the anchored ``patterns`` matches
    it; None when they cannot be joined (flags other than IGNORECASE and DOTALL, group references)."""
    parts = []
    for pattern in patterns:
        extra = pattern.flags & ~(re.IGNORECASE | re.DOTALL | re.UNICODE)
        if extra or not anchored(pattern) or "(?P" in pattern.pattern or re.search(r"\\[1-9]", pattern.pattern):
            return None
        letters = ("i" if pattern.flags & re.IGNORECASE else "") + ("s" if pattern.flags & re.DOTALL else "")
        parts.append(f"(?{letters}:{pattern.pattern})")
    try:
        return re.compile("|".join(parts)) if parts else None
    except re.error:
        return None


def _rule(name: str, kind: Kind, scope: Scope, pattern: str, max_words: int, catches: tuple[str, ...],
          keeps: tuple[str, ...], flags: int = re.IGNORECASE) -> Rule:
    return Rule(name, kind, scope, re.compile(pattern, flags), max_words, catches, keeps)


_AGENCY = r"(?:Getty|Reuters|AP|AFP|EPA|PA|Shutterstock|Alamy|Bloomberg|Xinhua)"
# A wire credit: its label, "by", and names in capitals ("Ana Silva in Port Elm, Tom Hale and Pat Lee").
_CREDIT_NAME = r"(?-i:[A-Z])[\w.'’-]{0,30}(?:[ ](?-i:[A-Z])[\w.'’-]{0,30}){0,3}"
_CREDIT_PLACED = rf"{_CREDIT_NAME}(?:[ ]in[ ]{_CREDIT_NAME})?"
_CREDIT_NAMES = rf"{_CREDIT_PLACED}(?:(?:,[ ]|,?[ ]and[ ]){_CREDIT_PLACED}){{0,8}}"
_CREDIT = (r"(?:Additional[ ]reporting|(?:Reporting|Editing|Writing)(?:[ ]and[ ](?:reporting|editing|writing))?)"
           rf"[ ]by[ ]{_CREDIT_NAMES}")

EMBEDDED_POST = "embedded post"
SOURCE_CREDIT = "source credit"
IMAGE_CAPTION = "image caption"
# The label alone, its caption on the next line ("Image caption," then "The ferry at dawn").
BARE_CAPTION_LABEL = re.compile(r"^Image[ ]+caption[ ]{0,3}[,:]?[ ]{0,3}$", re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ captions and credits
    # "Credit:", "Video:" and "Watch:" also open a business brief or a sentence: there the label is taken only
    # when what follows does not end as a sentence does.
    # "Picture:" and "Image:" also open a sentence that bids the reader imagine ("Picture: a town where no bus
    # comes"): a bare one is a label only where what follows is not a sentence in lower case with its full stop.
    _rule("photo label", "caption", "line", r"^(?:(?:Photo(?:graph)?|Caption|Pictured)"
          r"(?:[ ]+(?:credit|caption))?[ ]{0,3}:|(?:Picture|Image)(?:[ ]+(?:credit|caption)[ ]{0,3}:|"
          r"[ ]{0,3}:(?![ ]{0,3}(?-i:[a-z])[^\n]{0,300}[.!?][\"”’']?$))|"
          r"(?:Credit|Video|Watch)[ ]{0,3}:[^\n]{0,300}(?<![.!?])$)", 40,
          ("Photo: Jane Doe for the Courier", "Pictured: the new bridge at dawn", "Image credit: Harbour Board",
           "Watch: the moment the tunnel opened", "Credit: Ana Silva/Harbour Board", "Video: Kelby Courier",
           "Picture: Ana Silva", "Image: the harbour at dawn", "Picture caption: the pier in 1910."),
          ("Photographers waited outside: none was let in.", "Pictures of the flood spread quickly online.",
           "Watchdog: the regulator opened an inquiry on Monday, and the firm said it would help.",
           "Credit: Lenders tightened their terms in March, the survey found.",
           "Video: it is the format the station bets on, its chief said.",
           "Watch: the word the regulator uses when a bank is in trouble.",
           "Picture: a town where no bus comes after six.",
           "Image: the word the mayor used most in her speech was growth.")),
    _rule("credit closing a caption", "caption", "line",
          r"\b(?:Photo(?:graph)?|Picture|Image)(?:[ ]+credit)?[ ]{0,3}:[ ]{1,3}(?-i:[A-Z])[^.:;!?\n\"“”]{0,59}$", 40,
          ("Residents clear mud from a street. Photograph: Ana Silva", "The new pier at dusk. Photo: Harbour Board"),
          ("The photo: a triumph of light and shade, the critics said.",
           "She described the picture: a city in flames, its people gone",
           "The mayor held up the photograph: “Kelby as it was”")),
    # The label before a caption or a name ("Image copyright Harbour Board", "Image source, Ana Silva"),
    # not a subject before its verb ("Image copyright is a thorny issue").
    _rule(IMAGE_CAPTION, "caption", "line",
          r"^Image[ ]+(?:caption|copyright|source)(?:,|[ ]{0,3}$|[ ]{1,3}(?-i:[A-Z0-9\"“‘']))", 40,
          ("Image caption The harbour tunnel took ten years to build", "Image copyright Harbour Board",
           "Image source, Ana Silva", "Image copyright"),
          ("Image rights are a matter for the courts, the judge said.",
           "Image copyright is a thorny issue for the archive, its lawyer said.",
           "Image caption contests are popular with readers of the Courier.")),
    # A credit alone on its line after a caption ("Source: Kelby Pictures"): the short line above it is the
    # caption (``_classify``). A sentence that names its source goes on in lower case or ends with its stop.
    _rule(SOURCE_CREDIT, "caption", "line",
          r"^Source[ ]{0,3}:[ ]{1,3}(?-i:[A-Z])[\w.&'’/-]{0,30}(?:[ ][\w.&'’/-]{1,30}){0,3}[ ]{0,3}$", 6,
          ("Source: CNN", "Source: Kelby Pictures", "Source: Harbour Board/Ana Silva"),
          ("Source: the council's own figures, published in May.",
           "Source: Kelby Council figures show a rise of 4% in a year.")),
    # A credit after a slash that closes its caption's line ("The new bridge at dawn. / Photo: AA"): a source of
    # a few words to the end. A longer line goes on into the story (glued on: "photo slash credit glued on").
    _rule("photo slash credit", "caption", "line", r"/[ ]{0,3}Photo(?:graph)?[ ]{0,3}:(?:[ ]{1,3}\S+){0,6}[ ]{0,3}$",
          40,
          ("The new bridge at dawn. / Photo: Jane Doe", "Crowds at the pier. / Photo: AA",
           "The harbour wall after the storm / Photograph: Kelby Courier"),
          ("The 24/7 photo: a service that never sleeps, its founder said.",
           "/ Photo: AA According to local media, the council closed the harbour on Monday.")),
    _rule("agency credit at the end", "caption", "line",
          rf"(?:\([ ]{{0,3}}{_AGENCY}(?:[ ]+Images?)?[ ]{{0,3}}\)|\bGetty Images|\bAFP via Getty|\bShutterstock|"
          r"\bAlamy Stock Photo)[ ]{0,3}$|\bvia Getty Images\.?$", 40,
          ("Crowds gather at the opening of the tunnel (Getty Images)", "The mayor at the ribbon Getty Images",
           "Scott Example via Getty Images."),
          ("The picture agency Getty Images said it would appeal.",
           "Shares in Alamy rose after the sale (AP) report.")),
    _rule("photo credit in brackets", "caption", "line",
          r"\((?:AP|Reuters|AFP|EPA)?[ ]{0,3}Photo(?:graph)?\b[^()]{0,120}\)[ ]{0,3}$", 40,
          ("Divers search the harbour on Tuesday. (AP Photo/Jane Doe)", "The mayor speaks (Photograph: Pat Lee)"),
          ("The photo (taken in 1998) shows the old pier, and it was shown to the court.",)),
    _rule("agency photographer", "caption", "line", r"\bAP Photo/|\bREUTERS/[A-Z]", 40,
          ("Firefighters at the scene in Denver, Colorado. REUTERS/Jane Doe", "A crowd outside AP Photo/Pat Lee"),
          ("The latest Reuters/Ipsos poll showed the mayor ahead with 41 percent.",
           "Video credited to Reuters/Libya showed fighters near the gate."), flags=0),
    # "Photo by" before a name, "File photo" alone or "of" something: "Photo by photo, ..." is prose.
    _rule("photo by", "caption", "line",
          r"^(?:File photo(?:[ ]{0,3}(?:$|[:,/(–—-])|\.[ ]{0,3}$|[ ]of\b)|(?:Photo|Photographs?|Photography)[ ]by[ ]"
          r"(?-i:[A-Z]))", 30,
          ("File photo of the harbour tunnel", "Photo by Jane Doe", "File photo: the old pier",
           "Photography by Ola Brann"),
          ("Photo booths are back in fashion, the shop owner said.",
           "Photo by photo, the album tells the story of the town.",
           "File photo albums were found in the attic, police said.",
           "Photography by drones is banned over the harbour.")),
    # A credit line alone, its last part an agency after a slash ("Ana Silva / Reuters.", "(X/AFP/Getty Images.)").
    _rule("slash credit", "caption", "line",
          rf"/[ ]?{_AGENCY}(?:[ ]Images)?\.?[)\]]?\.?[ ]{{0,3}}$", 8,
          ("Ana Silva / Reuters.", "(OLA BRANN/AFP/Getty Images.)", "Pool/Reuters.", "Harbour Board/Bloomberg"),
          ("The latest Reuters/Ipsos poll put the mayor ahead by six points.",
           "Video credited to Reuters/Kelby TV showed the gate.",
           "Readers sent 400 photographs of the flood to the Courier/AP desk.",
           "It ran 24/7 with the help of the agency and its reporters at AP."), flags=0),
    # ------------------------------------------------------------------ page boilerplate
    _rule("advertisement", "boilerplate", "line",
          r"^(?:Advertisement|Sponsored|Ad|Supported by|Paid (?:content|post)|Partner content)[ ]{0,3}$|"
          r"^Sponsored by[ ](?-i:[A-Z])[^\n.!?]{0,60}$", 8,
          ("Advertisement", "ADVERTISEMENT", "Supported by", "Sponsored by Kelby Bank", "Paid content"),
          ("Advertisements for the show ran for weeks.", "Supported by the council, the plan went ahead.",
           "Sponsored by Kelby Bank, the race raised £4,000 for the lifeboat.")),
    # A social post embedded in the page, as its text reads: the post, then a dash, its author and handle in
    # brackets, and the date; the signature alone on its line takes the post's paragraph before it with it
    # (``_classify``). A sentence that names a handle goes on past it, or has no dash before the name.
    # Searched, not anchored, so that only a line holding "(@" is searched at all.
    _rule(EMBEDDED_POST, "boilerplate", "line",
          r"[—–-]{1,2}[ ]{0,2}(?-i:[A-Z])[^()\n]{0,60}\(@[A-Za-z0-9_]{1,30}\)[ ]{0,3}"
          r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
          r"[ ]\d{1,2},[ ]\d{4})?[ ]{0,3}$", 80,
          ("Huge turnout at the harbour meeting tonight — Velmont Watch (@velmontwatch) March 4, 2019",
           "— Velmont Watch (@velmontwatch) March 4, 2019",
           "The ferry is late again. Third time this week! — Ada Thorne (@adathorne) May 2, 2021",
           "Kick-off moved to 3pm pic.example/x1 — Kelby FC (@kelbyfc) June 1, 2020"),
          ("The mayor — a keen sailor (and a member of the club) — said the ferry was late.",
           "Ada Thorne (@adathorne) said the ferry was late again.",
           "The ferry was late, Ada Thorne (@adathorne) wrote on Monday, and the council agreed.")),
    # "Share this ..." is the prompt only where it ends there or a network's name follows (glued on in a
    # share bar: "Share this withEmailFacebook..."); "Share this story with your neighbours" is a plea.
    _rule("share prompt", "boilerplate", "line",
          r"^(?:Share (?:this(?:[ ](?:article|story|page|post))?(?:[ ]{0,3}(?:$|[|/•·])|[ ](?:on|via|with)[ ]?"
          r"(?-i:[A-Z])\w{0,19}(?:[ ]{0,3}$|[ ]{0,3}[|,/•·]|(?-i:[A-Z])))|"
          r"(?:on|via) (?-i:[A-Z])\w{0,19}(?:[ ]{0,3}$|[ ]{0,3}[|,/•·]))|"
          r"Copy this link|(?:Email|Print|Tweet|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Messenger)[ ]{0,3}$|"
          r"(?-i:Share|Save|Listen|Comments?|Gift(?: this)? article)[ ]{0,3}$|"
          r"(?:Copy link|Link copied!?|Share full article)[ ]{0,3}$)", 12,
          ("Share this article", "Share on Facebook", "Email", "Copy this link", "Share via WhatsApp | Share on X",
           "Share this story", "Share this article on Twitter", "Share this withEmailTwitterCopy this link",
           "Link Copied!", "Share full article", "Copy link", "Share", "Save", "Listen", "Comments",
           "Gift this article"),
          ("Share prices fell by 4% in London.", "Email records show the deal was agreed in May.", "Listen.",
           "Save!", "Share and share alike",
           "Share on the rise in Kelby as the harbour bank rallies.",
           "Share on Monday stood at 41 pence, the exchange said.",
           "Share this story with your neighbours, the leaflet urged.",
           "Share this with your friends, the mayor said.",
           "Share this article's optimism at your peril, the economist warned.")),
    # Each prompt ends where the page's link does: alone on its line, before a separator or a glued-on link,
    # or (after "Read more about") without a sentence's closing mark. "Related stories of fraud emerged"
    # and "Story continues below the fold, the editor said" are sentences.
    _rule("read more", "boilerplate", "line",
          r"^(?:Read more(?:[ ]{0,3}(?:[:>»…]|$)|[ ](?:about|at|on|from)[ ][^\n]{0,200}(?<![.!?])$|"
          r"[ ](?:here|at[ ]\S{1,100})[ ]{0,3}[.:]?[ ]{0,3}$)|"
          r"(?-i:RELATED|MORE|WATCH|LISTEN|READ(?: MORE| ALSO)?|SEE ALSO|ALSO READ)[ ]{0,3}:|"
          r"(?:Related|More|Watch|Listen|See also|Also read|Read also)[ ]{0,3}:[^\n]{0,200}(?<![.!?])$|"
          r"Related (?:Topics|Articles|Stories|Content)(?:[ ]{0,3}(?:$|[:>»…|])|(?-i:[A-Z]))|"
          r"More on this story[ ]{0,3}(?:$|[:>»…|])|"
          r"Continue reading(?:[ ]{0,3}(?:[:>»…]|$)|[ ]the (?:main )?(?:story|article)[ ]{0,3}(?:$|[:>»…|]))|"
          r"Story continues below(?:[ ]advertisement)?[ ]{0,3}[.:>»…]?[ ]{0,3}$|"
          r"Listen to this article(?:[ ]{0,3}(?:$|[.:>»…|•·(\-–—]|\d)))", 20,
          ("READ MORE: Council votes on harbour plan", "Related Topics", "More on this story", "Continue reading",
           "Related: Council votes on harbour plan", "Read more about the harbour tunnel",
           "Continue reading the main story", "More: Ferry fares to rise in May", "Read more here.",
           "Read more at kelbycourier.example", "Related Stories: Ferry fares to rise",
           "Story continues below advertisement", "Listen to this article 4 min", "More on this story:",
           "ALSO READ: County fair returns after two-year break", "Also read: Bridge repairs start next month"),
          ("Reading more into the result would be a mistake, she said.", "More than 300 people attended.",
           "Read more widely, the head teacher told her pupils.", "Read more closely, the contract bans strikes.",
           "Continue reading the list and you find six more names.",
           "Related: the two cases are linked, police said.", "More: the fund grew by a third.",
           "Read more about it and you will change your mind, he said.",
           "Related stories of fraud emerged in three towns, police said.",
           "More on this story later in the week, the presenter promised.",
           "Continue reading the article and you find six names.",
           "Story continues below the fold on page four, the editor said.",
           "Listen to this article's critics and you would think the plan had failed.",
           "Also read: the minutes of the meeting, which the council published on Friday.")),
    # "Follow ... on" a network or a handle, not on a day ("Follow them on Monday and ..."); "Sign up" for
    # what a page offers (a newsletter, alerts, our ...), not for the draft; "Click here" to or for something.
    _rule("follow or sign up", "boilerplate", "line",
          r"^(?:Follow (?:us|me|him|her|them|the [\w-]{1,20}) on[ ](?:@|(?:Twitter|X|Facebook|Instagram|TikTok|"
          r"Threads|Bluesky|Mastodon|LinkedIn|YouTube|Snapchat|Telegram|WhatsApp|Flipboard|Google News|Apple News|"
          r"Substack|Reddit|Twitch|Tumblr|Pinterest|Weibo)\b)|"
          r"Sign up (?:for|to)\b[^\n]{0,80}?\b(?:our|free|newsletters?|briefings?|e-?mails?|alerts?|updates|digest|"
          r"bulletins?|podcasts?)\b|Click here(?:[ ](?:to|for)\b|[ ]{0,3}(?:$|[.:>»…!]))|"
          r"Subscribe(?:[ ](?:here|now|today)\b|[ ]{0,3}$|[ ]to\b[^\n]{0,80}?\b(?:newsletters?|podcasts?|channel|feed|"
          r"alerts|updates|edition|magazine)\b)|Get (?:our|the) [\w-]{1,20} newsletter|"
          r"Get unlimited (?:digital[ ])?access\b|(?:Have|Got) a (?:story|news) tip\?|"
          r"Become a (?:member|subscriber|supporter)[ ]{0,3}(?:today|now)?[.!]?$)", 25,
          ("Follow us on Twitter for the latest news", "Sign up for our morning briefing", "Click here to vote",
           "Follow him on @kelbycourier", "Subscribe here.", "Subscribe to the Kelby Courier's harbour newsletter",
           "Follow her on Instagram at @ola.brann.", "Sign up to get an e-mail when the harbour page changes.",
           "Sign up for the Courier's weekly newsletter, Tide Tables.", "Click here.",
           "Get unlimited access to the best stories on Kelby Notes.", "Become a member", "Become a subscriber today.",
           "Have a story tip? Email the newsroom at tips@kelby.example"),
          ("Subscribers to the service rose by a third.", "Following the vote, the council adjourned.",
           "Follow the money on this one, the inspector said.",
           "Subscribe to that view and the budget looks worse.",
           "Follow them on Monday and you will see the difference.",
           "Follow him on Election Day and you see a man at ease.",
           "Sign up for the draft, the recruiters told the young men.",
           "Sign up to vote by Friday, the clerk urged residents.",
           "Click here and there and the app still fails, she said.",
           "Become a member of the board, the chairman urged her.",
           "Get unlimited overtime and you still cannot pay the rent, the nurse said.",
           "Have a story to tell about the ferry, the council asked residents.")),
    _rule("copyright", "boilerplate", "line",
          r"^(?:(?:Copyright[ ]{0,3})?©|Copyright[ ]{1,3}(?:\(c\)[ ]{0,3})?\d{4}\b(?![ ]{1,3}(?!by\b)(?-i:[a-z])))|"
          r"(?:^|[.!?][ ]{1,3})All rights reserved\.?[ ]{0,3}$", 25,
          ("© 2024 The Daily Courier", "Copyright 2021 Valley Gazette. All rights reserved.",
           "Copyright 2019 by Ana Silva", "All rights reserved.", "Kelby Courier Media. ALL RIGHTS RESERVED"),
          ("Copyright law is changing across Europe, the minister said.",
           "Copyright 1998 was the year the law changed.",
           "Under the deal, the studio kept all rights reserved.",
           "The estate sold the film but held all rights reserved")),
    # A press release's foot: the contact label, a contact line of a name and an address or a number alone,
    # the wire's "SOURCE" line, "For more information, visit ...". A sentence that goes on is prose.
    _rule("press release contacts", "boilerplate", "line",
          r"^(?:(?:Media|Press|Investor|News)[ ](?:contacts?|enquiries|inquiries|relations)|Contacts?)"
          r"[ ]{0,3}:?[ ]{0,3}$|"
          r"^(?:(?-i:[A-Z])[\w.'’\-]{0,30}[ ]){0,4}[\w.+\-]{1,60}@[\w\-]{1,60}(?:\.[\w\-]{1,30}){1,4}[ ]{0,3}$|"
          r"^(?:(?:Tel|Phone)[ ]{0,3}[.:]?[ ]{0,3}\(?\d|\+\d|\(0)[\d ()\-.]{6,20}\d[ ]{0,3}$|"
          r"^(?-i:SOURCE)[ ](?-i:[A-Z])[\w&.,'’\- ]{1,60}$|"
          r"^For (?:more|further|additional) information,? (?:please )?(?:visit|see|go to|contact)[ ][^ ]{1,100}"
          r"[ ]{0,3}\.?[ ]{0,3}$", 12,
          ("Media contact:", "Press enquiries", "Jo Lee press@kelbymarine.example", "press@kelbymarine.example",
           "+44 1234 567890", "Tel: (0131) 496 0000", "SOURCE Kelby Marine Ltd",
           "For more information, visit www.kelbymarine.example."),
          ("Media contacts were cut by a third last year, the union said.",
           "Contact with the ferry was lost at 3 a.m.", "The source of the leak is unknown.",
           "SOURCE: interviews with 40 islanders.",
           "For more information, visit the harbour office on Monday and ask for the manager.",
           "He wrote to press@kelby.example to complain about the fares.", "1,200 jobs", "1995 - 2005")),
    # The footer a page's print version adds: where it was printed from (the site's name in capitals, its
    # address) and the story's address. A sentence that goes on past the name is the story's.
    _rule("print footer", "boilerplate", "line",
          r"^(?:Article printed from[ ](?:the[ ])?(?-i:[A-Z])[\w'’&-]{0,30}(?:[ ](?-i:[A-Z])[\w'’&-]{0,30}){0,5}"
          r"[ ]{0,3}[.:]?(?:[ ]{0,3}(?:https?://)?[\w.-]{1,100}\.[a-z]{2,}\S{0,300})?|"
          r"URL to article[ ]{0,3}:[ ]{0,3}\S{1,300})[ ]{0,3}$", 20,
          ("Article printed from the Eastfield Chronicle.", "Article printed from Kelby Courier: https://kelby.example",
           "URL to article: https://kelby.example/news/2009/01/22/story", "URL to article: /news/2009/01/22/story"),
          ("Article printed from the Kelby Courier in 1998 showed the plan.",
           "URL to article links were broken, the editor said.",
           "Article printed from the archive shows the mayor's name.")),
    # The agency's credits are the whole line: "(Reporting by A in P and B; Editing by C, D and E.)", names in
    # capitals joined by commas and "and", each credit after a semicolon or comma. "Reporting by Kelby
    # Radio, which broke the story, showed ..." goes on as a sentence, and is kept. "This article first appeared"
    # names where: a title or an address, not "in print in 1998, when ...".
    # Notes a page sets around a story: where the reporter filed from, under the byline; the print edition's
    # note at the end; a publisher's pointer to its standards. Each alone on its line.
    _rule("page notes", "boilerplate", "line",
          r"^Reporting[ ]from[ ](?-i:[A-Z])[\w.'’-]{0,30}(?:(?:,[ ]|[ ])(?:and[ ])?(?-i:[A-Z])[\w.'’-]{0,30}){0,5}"
          r"[ ]{0,3}$|^A[ ]version[ ]of[ ]this[ ](?:article|story)[ ]appear(?:s|ed)[ ]in[ ]print\b|"
          r"^(?-i:Our Standards)[ ]{0,3}:", 60,
          ("Reporting from Velmont", "Reporting from Port Elm and Kelby",
           "A version of this article appears in print on March 5, 2019, Section A, Page 12 with the headline: "
           "Ferry Fares to Rise.", "Our Standards: The Kelby Trust Principles."),
          ("Reporting from Velmont was banned by the army, the paper said.",
           "A version of this story was told to me by my grandmother.",
           "Our standards: honesty and care, the editor wrote.")),
    # The page's note on the article itself: a correction or an update, labelled or not, that names "this
    # article" (or story, report ...) as what was changed. A sentence about another text's earlier version,
    # or about an article of a treaty, is prose.
    _rule("correction or update note", "boilerplate", "line",
          r"^(?:(?:Correction|Clarification|Editor['’]s[ ]note|Update|Updated|Note)\b[^:\n]{0,40}:[ ]{0,3})?"
          r"(?:An?[ ](?:earlier|previous|prior)[ ]version[ ]of[ ]this[ ](?:article|story|report|piece|post)\b|"
          r"This[ ](?:article|story|report|piece|post)[ ](?:was|has[ ]been|had[ ]been)[ ]"
          r"(?:amended|updated|corrected|changed|edited|revised)\b|"
          r"(?:(?:This|The)[ ](?:interview|conversation|transcript|Q&A)[ ](?:was|has[ ]been)|(?:Questions[ ]and[ ])?"
          r"answers[ ]have[ ]been)[ ](?:lightly[ ])?(?:edited|condensed)(?:[ ]and[ ](?:edited|condensed))?"
          r"(?:[ ]for[ ](?:length|clarity|brevity|space)\b|[ ]{0,3}\.?[ ]{0,3}$))",
          60,
          ("Correction, 4 December: An earlier version of this article gave the wrong figure for the council vote.",
           "This article was amended on 4 December 2026 to correct the date of the vote.",
           "Editor's note: A previous version of this story misnamed the council leader.",
           "This story has been updated with comment from the council.",
           "Update: This post has been updated to include the mayor's reply.",
           "This interview has been edited for length and clarity.",
           "Questions and answers have been edited for length and clarity."),
          ("An earlier version of the plan was rejected in 2019.",
           "This article of the treaty was amended in 1998, the court heard.",
           "Correction fluid was found at the scene.", "Editor's notes from the meeting were leaked, she said.",
           "The council said an earlier version of its report had been wrong.",
           "The interview was edited by the BBC before it was broadcast, the minister complained.")),
    _rule("wire credits", "boilerplate", "line",
          rf"^\(?{_CREDIT}(?:[;,][ ]?{_CREDIT}){{0,5}}\.?\)?\.?[ ]{{0,3}}$|"
          r"^This (?:article|story) (?:was|is|first|originally)(?:[ ](?:originally|first))?[ ]"
          r"(?:published|appeared)(?:[ ](?:originally|first))?[ ](?:on|in|at|by)[ ]"
          r"(?:(?:the|a)[ ])?(?:(?-i:[A-Z0-9])|[a-z0-9-]{1,60}\.[a-z]{2,})", 40,
          ("Reporting by Jane Doe; Editing by Pat Lee", "(Additional reporting by Sam Roe in Denver)",
           "(Reporting by Ana Silva in Port Elm, Writing by Tom Hale; Editing by Pat Lee.)",
           "Writing by Ola Brann", "This article was originally published on the Kelby Courier.",
           "(Additional reporting by Ana Silva and Tom Hale in Port Elm, Sam Roe in Kelby, Maine; Writing by Ola "
           "Brann; Editing by Pat Lee, Ines Varga and Jo Dunn.)", "(Reporting by Sam Roe in KELBY, and Pat Lee)",
           "This story was originally published by Kelby Voice.",
           "This article first appeared on kelbycourier.example"),
          ("Reporting of the case was restricted by the judge.", "Writing by hand is a dying art, the teacher said.",
           "Editing by committee rarely works, she warned.",
           "Reporting by the agency suggested the talks had stalled.",
           "Reporting by Kelby Radio showed the deal was signed in May.",
           "This article is published under a free licence, the authors said.",
           "Reporting by Kelby Radio, which broke the story, showed the deal was signed.",
           "Reporting by Kelby Radio and the Courier showed the deal was signed in May.",
           "(Reporting by Kelby Radio) was the first the mayor heard of the sale.",
           "This story first appeared in print in 1998, when the paper was still owned by the family.",
           "This article was published at a time when the harbour was still open.")),
    # A section label in capitals standing alone with its full stop ("ABSTRACT.", "FULL TEXT."), as a
    # paragraph or, in a story pasted as one line, as a sentence: no words of the story.
    _rule("label in capitals", "boilerplate", "line", r"^(?=[A-Z ]{6,40}\.$)[A-Z]{2,}(?:[ ][A-Z]{2,})?\.$", 2,
          ("ABSTRACT.", "FULL TEXT.", "ANALYSIS."),
          ("NATO.", "Abstract.", "ABSTRACT", "The vote was close. ANALYSIS.", "BBC NEWS ONLINE."),
          flags=0),
    # The agency's line at the foot of a story: who else reported it ("Associated Press writer Ana Silva in
    # Denver contributed to this report."). Case-sensitive: names and places in capitals, then the verb.
    # A sentence that opens on an article ("The Kelby Harbour Trust contributed.") names a giver, not a reporter.
    _rule("contributor line", "boilerplate", "line",
          r"^(?!(?:The|A|An)[ ])"
          r"(?:(?:[A-Z][\w.'’\-]{0,30}[ ]){0,4}(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Ss]taff)[ ]"
          r"|[A-Z][\w.'’\-]{0,30}[ ](?=[A-Z]))"
          r"(?:(?:[A-Z][\w.'’\-]{0,30}|and|in|from|of|the|de|van|von|al)[ ,]{1,2}){1,20}"
          r"contributed(?:[ ]reporting)?(?:[ ]to[ ]this[ ](?:report|story|article))?[ ]?\.?$", 40,
          ("Associated Press writers Lena Park in Sacramento and Jim Ortiz contributed to this report.",
           "Ana Silva in Port Elm contributed reporting.", "Staff writer Tom Hale contributed to this story."),
          ("Volunteers contributed to this report.", "Three students contributed to this report, the dean said.",
           "Local writers and artists contributed to the festival programme this year.",
           "Kelby Council contributed to this report on flooding.", "The Kelby Harbour Trust contributed.",
           "The Kelby Harbour Trust and the Port Elm Rotary Club contributed."),
          flags=0),
    _rule("tags and reading time", "boilerplate", "line",
          r"^(?:Tags?|Topics)[ ]{0,3}:[^\n]{0,300}(?<![.!?])$|^\d{1,3}[- ]min(?:ute)?s?[ ]read(?![\w'’-])|"
          r"^Comments?[ ]{0,3}\(\d{1,6}\)|^Skip[ ](?:Advertisement\b|to[ ](?:the[ ])?(?:main[ ])?(?:content|navigation|"
          r"comments|story|article)(?:[ ]{0,3}$|[ ]{0,3}[:>»…|]))|"
          r"^(?:Most (?:Read|Popular|Viewed|Shared)(?: this week| today| now)?|Topics|Trending(?: now)?|Top stories|"
          r"Recommended(?: for you)?|You (?:may|might) also like|Read next|Reuse this content)[ ]{0,3}$", 20,
          ("Tags: harbour, tunnel, transport", "5 min read", "Comments (12)", "Most Popular", "Most viewed", "Topics",
           "Reuse this content", "You may also like", "Top Stories", "Trending now",
           "Skip to main content", "Skip Advertisement", "Topics: Harbour tunnel, Kelby", "Skip to comments"),
          ("Most popular among the voters was the tunnel plan.", "Topics of the debate ranged widely.",
           "Topics: the agenda ran to four pages.", "Tags: he scrawled them on every wall in the town.",
           "Skip to the end: the council lost.",
           "Skip to the story's end and the picture changes, the critic wrote.",
           "10 minute read-throughs of the bill were held each morning.",
           "Most viewed of all was the final, the figures show.", "Trending down, the index lost 2% on Monday.",
           "Top stories in the local paper were about the ferry.")),
    # A page's relative time, with or without its label ("Updated 2 minutes ago"): no date once the page is saved.
    _rule("bare link or time ago", "boilerplate", "line",
          r"^(?:https?://|www\.)\S{1,500}[ ]{0,3}$|"
          r"^(?:(?:(?:Last[ ])?updated|Published|Posted)(?:[ ]{0,3}:[ ]{0,3}|[ ]{1,3}))?(?:\d{1,3}|an?|one)[ ]"
          r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)[ ]ago[ ]{0,3}$|"
          r"^(?:(?:Last[ ])?updated|Published|Posted)[ ]just[ ]now[ ]{0,3}$", 5,
          ("https://example.org/story/1", "3 hours ago", "Updated 2 minutes ago", "Published an hour ago",
           "Last updated: 5 mins ago", "Updated just now"),
          ("3 hours ago the ferry left the harbour.", "Updated plans were published a week ago.",
           "Published two years ago, the report was ignored.")),
    _rule("scroll down for video", "boilerplate", "line", r"^Scroll down for video\.?[ ]{0,3}$", 4,
          ("Scroll down for video",), ("Scroll down for video of the launch, the page said, and many did.",)),
    # ------------------------------------------------------------------ spans cut out, the sentence kept
    _rule("scroll prompt in a sentence", "boilerplate", "cut", r"[ ]{0,3}\bScroll down for video\b\.?", 400,
          ("The tunnel opened on Tuesday. Scroll down for video The mayor cut the ribbon.",),
          ("The mayor scrolled down the list of names.",)),
    # "pictured as" and "pictured by" imagine or portray ("The plan, pictured by its critics as a land grab,"):
    # prose, not a pointer to a photograph.
    _rule("pictured clause", "caption", "cut",
          r",[ ]pictured\b(?![ ](?:as|by)\b)[^,.;:!?()\"“”]{0,100},(?=[ ])", 400,
          ("The mayor, pictured with her husband at the opening, said the tunnel was a triumph.",
           "The skipper, pictured, said the crew had done well."),
          ("The mayor, who was pictured with her husband, said the tunnel was a triumph.",
           "She said she was pictured in the paper, and laughed.",
           "The plan, pictured by its critics as a land grab, was passed on Monday.",
           "The new pier, pictured as a gateway to the town, opened in May.")),
    _rule("position in brackets", "caption", "cut",
          r"[ ]{0,3}\((?:pictured|above|below|left|right|centre|center|inset|top|bottom|top left|top right|"
          r"far left|far right|second left|second right)(?:[ ,]{1,3}(?:left|right|centre|center|above|below|top|"
          r"bottom|inset|with [^()]{1,60}|in [^()]{1,60}|at [^()]{1,60}|on [^()]{1,60}))?\)", 400,
          ("Deputy mayor Pat Lee (pictured) said the vote was close.",
           "The couple (left) met at the opening (above) of the tunnel.",
           "The manager (pictured with the trophy) was delighted."),
          ("Temperatures (above 30C) are expected on Friday.", "The party (left of centre) won the seat.")),
    _rule("scroll prompt", "boilerplate", "front", r"^[ ]{0,3}Scroll down for video\b\.?[ ]{0,3}", 400,
          ("Scroll down for video Open again: cars cross the bridge",),
          ("Scroll down for videos of the launch on our website, the council said.",)),
    # A page's tool buttons that a copy of the page glues to the story's first words ("3 March 2025 Share Save
    # The harbour board ..."): capitalised, each a button's word, before a word that opens sentences and a
    # lower-case word ("Share The Road" is a name), or before a dateline in capitals.
    _rule("page tools glued on", "boilerplate", "front",
          r"^[ ]{0,3}(?-i:(?:Share|Listen|Comments?|Gift article)(?:[ ]{1,3}(?:Share|Save|Listen|Print|Email|"
          r"Comments?|Gift article|Copy link)){0,5})[ ]{1,3}(?=(?-i:(?:The|A|An|He|She|It|They|We|I|In|On|At|After|"
          r"When|As)[ ][a-z])|(?-i:[A-Z]{3,})\b)", 400,
          ("Share The harbour board voted on Monday to close the terminal.",
           "Share Save The harbour board voted on Monday.", "Listen Share It was a long night for the board.",
           "Share KELBY (AP) — The harbour board voted on Monday."),
          ("Share prices fell by 4% in London.", "Share The Road is the campaign's name, Ada Thorne said.",
           "Listen To Your Heart topped the charts that spring.", "Save The Children said on Monday it would help.",
           "Comments were closed after an hour.")),
    _rule("share bar", "boilerplate", "front",
          r"^[ ]{0,3}Share this with(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Linkedin){1,12}"
          r"(?:Copy this link)?", 400,
          ("Share this withEmailFacebookTwitterCopy this linkThe harbour tunnel opened on Tuesday.",),
          ("Share this with your friends, the mayor said.",)),
    # A photo credit in brackets at the front of a sentence: in a story pasted as one line, the credit
    # that closed a caption runs into the next paragraph's first sentence.
    _rule("photo credit in brackets glued on", "caption", "front",
          r"^[ ]{0,3}\((?:AP|Reuters|AFP|EPA|PA)?[ ]{0,3}Photo(?:graph)?(?:[ ]{0,3}:|[ ]+by[ ]|[ ]{0,3}/)[^()]{1,100}\)"
          r"[ ]{1,3}(?=\S)", 400,
          ("(Photo: Ines Varga/Kelby Courier) The council met on Monday.",
           "(AP Photo/Pat Lee) “We were told it was done,” she said."),
          ("(Photo essays from the flood zone are on page four.) The council met on Monday.",
           "(Photographers were kept back behind the fence.) The mayor spoke first.",
           "Photo: the council met on Monday.")),
    # An advertisement's label that a copy of the page glues to the next paragraph's first words
    # ("Advertisement Chief executive Ada Thorne said ..."): the label alone, then a capitalised word;
    # "Advertisement spending rose" and "Advertisements for the show" are the story's.
    _rule("advertisement glued on", "boilerplate", "front",
          r"^[ ]{0,3}(?-i:Advertisement|ADVERTISEMENT|Story continues below advertisement)[ ]{1,3}(?=(?-i:[A-Z])\w)",
          400,
          ("Advertisement Chief executive Ada Thorne said the yard would close.",
           "ADVERTISEMENT The council met on Monday.",
           "Story continues below advertisement The harbour board voted on Monday."),
          ("Advertisement spending rose by a fifth last year.", "Advertisements for the show ran for weeks.",
           "Advertisement revenue at the Courier fell, Ada Thorne said.")),
    # A separator rule ("___", "* * *", "---") that a story pasted as one line glues to the next
    # paragraph's first words: the marks go, the words after them are read on their own (by the table too:
    # "___ Associated Press writer Jo Lee contributed to this report.").
    _rule("separator glued on", "boilerplate", "front",
          r"^[ ]{0,3}(?:_{3,20}|-{3,20}|={3,20}|\*(?:[ ]{0,2}\*){2,10}|#{3,20}|~{3,20})[ ]{1,3}(?=[\w\"“‘(])", 400,
          ("___ Associated Press writer Jo Lee contributed to this report.", "* * * The council met on Monday.",
           "--- The council met on Monday."),
          ("-- The council met on Monday, she said.", "**Bold** words stay.", "The council met on Monday.")),
    # The same credit without brackets, in its "Name/Source" form ("Photograph: Murdo Ross/The Courier The
    # council ..."): the source's capitalised words run to the first one that a lower-case word follows,
    # where the next sentence starts ("via", "for" and "and" may stand inside the source). Without the
    # slash nothing tells a credit's last name from the sentence's first word, so nothing is cut.
    _rule("photo credit glued on", "caption", "front",
          r"^[ ]{0,3}(?-i:Photograph|Photo|Picture|Illustration|Composite)[ ]{0,2}:[ ]{1,3}"
          r"(?-i:(?:[A-Z][\w.'’\-]{0,30}[ ]){0,4}[A-Z][\w.'’\-]{0,30}[ ]?/[ ]?"
          r"(?:(?:[A-Z][\w.&'’\-]{0,30}|via|for|and)[ ]{1,3}){1,6}?)"
          r"(?=(?-i:(?:[A-Z][a-z'’]{0,20}|A|I)[ ]{1,3}(?!(?:via|for|and)\b)[a-z]))", 400,
          ("Photograph: Murdo Ross/The Courier Data published by the board show that the wall failed.",
           "Photo: Jo Lee/Reuters The council met on Monday.",
           "Photograph: Ada Thorne/AFP via Getty Images Residents were moved overnight."),
          ("Photograph: the council met on Monday.", "Photographs of the wall show the crack.",
           "Photo finish: Kelby won by a nose.", "Photo: Jane Doe for the Courier.",
           "Photo: Getty Images The council met on Monday.")),
    # A credit after a slash that a story pasted as one line glues to the next sentence ("... at dawn. | / Photo:
    # AA According to local media, ..."): the source is one to five capitalised words, up to the first
    # capitalised word that a lower-case word follows, where the sentence starts ("Jane Doe The council ...").
    _rule("photo slash credit glued on", "caption", "front",
          r"^[ ]{0,3}/[ ]{0,3}(?-i:Photo|Photograph|Picture|Image)[ ]{0,2}:[ ]{1,3}"
          r"(?-i:(?:[A-Z][\w.&'’\-]{0,30}[ ]{1,3}){1,5}?)"
          r"(?=(?-i:(?:[A-Z][a-z'’]{0,20}|A|I)[ ]{1,3}[a-z]))", 400,
          ("/ Photo: AA According to local media, the council closed the harbour on Monday.",
           "/ Photo: Jane Doe The council met on Monday.",
           "/ Photograph: Getty Images Residents were moved overnight."),
          ("/ Photo: AA", "/ photo: the council met on Monday.", "The new bridge at dawn. / Photo: Jane Doe",
           "/ Photo: the council met on Monday.")),
    _rule("video player", "boilerplate", "front",
          r"^[ ]{0,3}Media playback is (?:not supported on this device|unsupported on your device)[ ]{0,3}", 400,
          ("Media playback is not supported on this deviceThe home side won 2-1.",),
          ("Media playback problems were blamed for the delay.",)),
)

# The prompts a one-line paste may glue to a sentence of the story (``glued_after_prompt``).
GLUED_PROMPTS = frozenset(("read more", "follow or sign up"))
_LINE_RULES = tuple(rule for rule in RULES if rule.scope == "line")
_GLUED_RULES = tuple(rule for rule in _LINE_RULES if rule.name in GLUED_PROMPTS)
# the prompts tried as one pattern first: most sentences open with none of them
_GLUED_STARTS = starts_any(tuple(rule.pattern for rule in _GLUED_RULES))


def may_open_with_prompt(sentence: str) -> bool:
    """Whether ``sentence`` may open with a prompt that ``glued_after_prompt`` looks for (a quick test)."""
    return _GLUED_STARTS is None or _GLUED_STARTS.match(sentence) is not None
# The line rules anchored at the start, tried as one pattern: when it fails, only the others are tried.
_LINE_STARTS = starts_any(tuple(rule.pattern for rule in _LINE_RULES if rule.needs is None and anchored(rule.pattern)))
_UNANCHORED_LINE_RULES = tuple(rule for rule in _LINE_RULES if _LINE_STARTS is None or not anchored(rule.pattern))


def any_needs(rules: tuple[Rule, ...]) -> tuple[str, ...] | None:
    """Words one of which a text holds wherever one of ``rules`` may match (None: any text may match).

    The rules' required words, less each word that holds another of them: a text with the longer word
    has the shorter one too.
    """
    if any(rule.needs is None for rule in rules):
        return None
    words = {word for rule in rules for word in rule.needs or ()}
    return tuple(sorted(word for word in words if not any(other != word and other in word for other in words)))


_UNANCHORED_LINE_NEEDS = any_needs(_UNANCHORED_LINE_RULES)
_CUT_RULES = tuple(rule for rule in RULES if rule.scope == "cut")
_CUT_NEEDS = any_needs(_CUT_RULES)
_FRONT_RULES = tuple(rule for rule in RULES if rule.scope == "front")
# The front rules tried as one pattern: a paragraph none of them opens is passed over in one match.
_FRONT_STARTS = starts_any(tuple(rule.pattern for rule in _FRONT_RULES))
_LONGEST_LINE_RULE = max(rule.max_words for rule in _LINE_RULES)
# A letter or a digit: a text with neither ("* * *", "___") is a rule line; a number alone ("30,000.",
# "78,000") is a figure the story gives, and stays.
_LETTER = re.compile(r"[^\W_]")
# Run-in captions: a short headline-style label and a colon ("Strictly business: Julia covers ..."), the
# caption then running into the next sentence without its full stop.
RUN_IN_LABEL = re.compile(r"^[A-Z][a-z'’\-]{1,20}(?:[ ][a-z'’\-]{1,20}){1,4}:[ ](?=[A-Z])")
# Right after a "Scroll down for video" prompt a caption follows, whatever the case after its colon.
RUN_IN_LABEL_AFTER_PROMPT = re.compile(r"^[A-Z][a-z'’\-]{1,20}(?:[ ][a-z'’\-]{1,20}){0,4}:[ ](?=[A-Za-z])")
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]{0,3}$")


def match_line(text: str) -> Rule | None:
    """The rule that takes this whole paragraph or sentence as furniture, if any."""
    if not _LETTER.search(text):
        return NO_LETTERS
    return _line_rule(text, count_words(text), None)


def _holds_any(folded: str, words: tuple[str, ...]) -> bool:
    """``any(word in folded for word in words)`` as a plain loop: it runs for every sentence, and a
    generator costs more than the few substring searches themselves."""
    for word in words:  # noqa: SIM110  (the loop is the point: see the docstring)
        if word in folded:
            return True
    return False


def _line_rule(text: str, words: int, folded: str | None) -> Rule | None:
    """``match_line`` for a text with letters, its word count and (if known) its folded form given."""
    if words > _LONGEST_LINE_RULE:
        return None
    if folded is None:
        folded = fold(text)
    if _LINE_STARTS is None or _LINE_STARTS.match(text):
        rules = _LINE_RULES
    elif _UNANCHORED_LINE_NEEDS is None or _holds_any(folded, _UNANCHORED_LINE_NEEDS):
        rules = _UNANCHORED_LINE_RULES
    else:
        return None
    for rule in rules:
        if words > rule.max_words:
            continue
        if rule.needs is not None:  # ``may_match`` written out: this loop runs for every sentence
            for word in rule.needs:
                if word in folded:
                    break
            else:
                continue
        if rule.pattern.search(text):
            return rule
    return None


def sentence_furniture(sentence: str, words: int | None = None) -> tuple[Rule | None, str, list[tuple[Rule, str]]]:
    """A body sentence read against the table: the line rule that takes it whole, if any (nothing cut);
    else what ``cut_spans`` keeps of it and what it cuts (the sentence itself when nothing is cut).
    The words are counted (unless ``words`` gives ``count_words(sentence)``) and folded once for both."""
    if not _LETTER.search(sentence):
        return NO_LETTERS, sentence, []
    if words is None:
        words = count_words(sentence)
    folded = fold(sentence)
    rule = _line_rule(sentence, words, folded)
    if rule is not None:
        return rule, sentence, []
    kept, cut = _cut_spans(sentence, words, folded)
    return None, kept, cut


NO_LETTERS = Rule("no letters or digits", "boilerplate", "line", re.compile(r"^[\W_]*$"), 1_000_000,
                  ("* * *", "___", "…", "--"), ("A.", "30,000.", "78,000", "£200?", "7.7."))


def cut_front(text: str) -> tuple[str, list[tuple[Rule, str]]]:
    """Furniture glued to the front of a paragraph, cut off: what remains, and what was cut by which rule."""
    cut: list[tuple[Rule, str]] = []
    if _FRONT_STARTS is not None and not _FRONT_STARTS.match(text):
        return text, cut
    for rule in _FRONT_RULES:
        match = rule.pattern.match(text)
        if match and match.end() > 0:
            cut.append((rule, text[: match.end()].strip()))
            text = text[match.end() :]
    return text, cut


def front_length(text: str) -> int:
    """How many characters of furniture are glued to the front of ``text``."""
    return len(text) - len(cut_front(text)[0])


def cut_spans(sentence: str) -> tuple[str, list[tuple[Rule, str]]]:
    """Captions and prompts inside a sentence cut out; the sentence is kept."""
    return _cut_spans(sentence, count_words(sentence), fold(sentence))


def _cut_spans(sentence: str, words: int, folded: str) -> tuple[str, list[tuple[Rule, str]]]:
    cut: list[tuple[Rule, str]] = []
    if _CUT_NEEDS is not None and not _holds_any(folded, _CUT_NEEDS):
        return sentence, cut
    for rule in _CUT_RULES:
        if words > rule.max_words or not rule.may_match(folded):
            continue
        pieces = [match.group(0).strip(" ,") for match in rule.pattern.finditer(sentence)]
        if pieces:
            cut.extend((rule, piece) for piece in pieces)
            sentence = rule.pattern.sub("", sentence)
            folded = fold(sentence)
    return sentence, cut


# A page's prompt that a story pasted as one line glues to its next sentence ("Read more: Ferry row deepens
# The council said ...", "Sign up to our Harbour Today newsletter Kelby Marine employs ..."): the prompt
# ends where that sentence visibly starts, and the sentence is the story's. It starts at a word that opens
# sentences after a lower-case word (``glue_points``), or at the capitalised word after the prompt's own
# last word ("newsletter"); the rest must read as a sentence of its own (six words or more, its closing
# mark). Unsure, the prompt goes whole, as on a line of its own.
_PROMPT_LAST_WORD = re.compile(
    r"\b(?:newsletters?|briefings?|bulletins?|digest|alerts|updates|podcasts?|e-?mails?)[ ]+(?=[A-Z][a-z])")
_PROMPT_WORDS, _GLUED_SENTENCE_WORDS = 12, 6
_CLOSED_SENTENCE = re.compile(r"[.!?…][\"”’')\]]{0,3}$")
GLUED_PROMPT_EXAMPLES: tuple[tuple[str, str], ...] = (  # (the sentence, the story's sentence glued to it)
    ("Read more: Ferry contract row deepens The council said it was deeply disappointed.",
     "The council said it was deeply disappointed."),
    ("READ MORE: Harbour wall to be rebuilt In a statement, the board said work would start in May.",
     "In a statement, the board said work would start in May."),
    ("Sign up to our Harbour Today newsletter Kelby Marine employs about 4,000 people at its two yards.",
     "Kelby Marine employs about 4,000 people at its two yards."),
    ("Follow us on Twitter for the latest news She said the ferry would run again on Monday.",
     "She said the ferry would run again on Monday."),
    # Left alone (the prompt goes whole): no sentence after it, too short a rest, no closing mark.
    ("Sign up for our morning briefing", ""),
    ("Sign up for the Courier's weekly newsletter Tide Tables, every Friday.", ""),
    ("Read more: Council votes on harbour plan", ""),
    ("Follow us on Twitter for the latest news The harbour pictures", ""),
)


def glued_after_prompt(rule: Rule | None, sentence: str, language: str = "english") -> tuple[Rule | None, int]:
    """The prompt that opens ``sentence`` and where a sentence of the story glued to it starts
    (``GLUED_PROMPT_EXAMPLES``), or (None, 0). ``rule``: the line rule that took the sentence, if one did;
    if none did (the sentence is longer than a prompt's line), the prompts are looked for at its start."""
    if rule is None and _GLUED_STARTS is not None and not _GLUED_STARTS.match(sentence):
        return None, 0
    if not _CLOSED_SENTENCE.search(sentence, max(0, len(sentence) - 8)):
        return None, 0
    for prompt in (rule,) if rule is not None else _GLUED_RULES:
        point = _glued_point(prompt, sentence, language) if prompt.name in GLUED_PROMPTS else 0
        if point:
            return prompt, point
    return None, 0


def _glued_point(rule: Rule, sentence: str, language: str) -> int:
    match = rule.pattern.match(sentence)
    if match is None:
        return 0
    reach = len(" ".join(sentence.split(" ")[: _PROMPT_WORDS + 1]))
    last = max(_PROMPT_LAST_WORD.finditer(sentence, match.end(), reach), key=lambda m: m.end(), default=None)
    points = [match.end() + point for point in glue_points(sentence[match.end() :], language, reach - match.end())
              if count_words(sentence[match.end() : match.end() + point]) >= 2]
    if last is not None:
        points.append(last.end())
    for point in sorted(points):
        if count_words(sentence[point:]) >= _GLUED_SENTENCE_WORDS:
            return point
    return 0


RUN_IN_CAPTION = Rule("run-in caption", "caption", "line", RUN_IN_LABEL, 60,
                      ("Strictly business: The actress wears a striped jacket in the spread",
                       "All smiles: The pair wave from the quay"),
                      ("Spoiler alert: the council did not take their advice.",
                       "Case in point: After the 2019 vote, turnout fell.", "Now we know: The mayor",
                       "Sometimes quality comes in bulk: this set holds 34 films",
                       "Replacements unused: Hale, Roe, Varga", "Late entries: Kelby Rovers, Port Elm"))
# A caption says what the picture shows, in a sentence of its own after the label ("The pair wave from the
# quay"); a few words after a label are a list ("Replacements unused: Hale, Roe, Varga"), kept as body.
# Right after a "Scroll down for video" prompt the caption is sure, however short.
_RUN_IN_MIN_WORDS = 5


# A label that reads as a clause ("Here is the thing:", "Now we know:") is prose, not a caption label.
_CLAUSE_WORDS = frozenset(
    """
    is was are were be been being has have had will would can could may might must shall should do does did
    said says say told tells added adds wrote writes asked asks explained insisted warned claimed replied
    know knew think thought see saw
    i we you yourself it he she they me us here here's here’s now there but and so then
    consider remember note imagine look take
    """.split()
)


def is_run_in_caption(segment: str, *, after_prompt: bool = False) -> bool:
    """A labelled caption ("Big group: The cast ...") that does not end as a sentence does, with at least
    ``_RUN_IN_MIN_WORDS`` words after its label (any number right after a "Scroll down for video" prompt).

    A labelled sentence that ends with its full stop ("Case in point: After the vote, ...") is prose,
    and so is one whose label reads as a clause ("Now we know: ...").
    """
    match = (RUN_IN_LABEL_AFTER_PROMPT if after_prompt else RUN_IN_LABEL).match(segment)
    if match is None or count_words(segment) > RUN_IN_CAPTION.max_words or _TERMINAL.search(segment.rstrip()):
        return False
    if not after_prompt and count_words(segment[match.end() :]) < _RUN_IN_MIN_WORDS:
        return False
    return not _CLAUSE_WORDS & set(match.group(0).rstrip(": ").lower().split())
