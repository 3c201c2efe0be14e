"""What stands above the story: kicker, headline, deck, date, byline, and the wire dateline of the lede.

Headline decisions rest on layout and on how a block relates to what follows it: a headline is one
short line standing above a longer paragraph, reads as headline-ese rather than as a lede, and never
opens with a wire dateline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, takewhile

from .blocks import Block
from .furniture import match_line
from .sentences import _SENTENCE_OPENERS as SENTENCE_OPENERS
from .sentences import NEWS_ABBREVIATIONS, count_words, lower_case_words, sentence_spans

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
_DATE = re.compile(
    rf"\b{_MONTHS}[ ]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?[ ]{{1,3}}\d{{4}}\b"  # December 01, 2024
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ ]{{1,3}}{_MONTHS},?[ ]{{1,3}}\d{{4}}\b"  # 3 March 2025
    r"|\b\d{4}-\d{2}-\d{2}\b"  # 2025-03-03
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b",  # 3/3/2025
    re.IGNORECASE,
)
# What may stand beside the date on a date line: weekdays, clock times, time zones, "Updated". Each
# alternative is a whole word, so that no run of ordinary letters can pass for a date line.
_DATE_WORD = re.compile(
    rf"(?:{_WEEKDAYS}|{_MONTHS}|updated|published|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|"
    r"gmt|utc|bst|est|edt|pst|pdt|cet|cest|et|ist|aest|\d[\d:.,/\-]{0,12}|st|nd|rd|th|\||[-—–,:.])",
    re.IGNORECASE,
)
_DATE_TOKEN = re.compile(r"[^\W\d_]+\.?(?:[^\W\d_]\.)?|\d[\d:./\-]*|[^\s\w]")
_BREADCRUMB = re.compile(r"^[^|>»/]{1,30}(?:[ ][|>»/][ ][^|>»/]{1,30}){1,6}[ ]?[|>»/]?[ ]?$")
KICKER_MARK = re.compile(r"^[ ]{0,3}([^|>»/]{1,40}?)[ ]{0,3}[|>»/][ ]{0,3}$")
_BYLINE = re.compile(
    r"^(?:by|(?:co-?)?(?:written|authored)[ ]by|words by|reporting by|von|par)[ ]+[\w.'’\-]{1,40}"
    r"(?:[ ,]{1,3}[\w.'’\-&]{1,40}){0,12}$",
    re.IGNORECASE,
)
_BYLINE_AGENCY = re.compile(
    r"^(?P<name>[A-Z][\w'’\-]{0,30}(?:[ ]+[A-Z][\w.'’\-]{0,30}){1,3})[ ]{0,3}[,|/–—-][ ]{0,3}"
    r"(?P<org>(?:The[ ]+)?[A-Z][\w&.'’\-]{0,30}(?:[ ]+[A-Z][\w&.'’\-]{0,30}){0,4})$"
)
_AGENCIES = re.compile(
    r"\b(?:Reuters|AP|Associated Press|AFP|Bloomberg|CNN|BBC|UPI|dpa|Anadolu|Staff|Correspondent|"
    r"Reporter|Editor|Writer|News|Times|Post|Guardian|Telegraph|Journal|Herald|Agency|Press)\b"
)
_WIRES = r"(?:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|AA|IANS|PTI|Xinhua|ANSA|EFE|Kyodo|Yonhap|TASS|cnn|ap|reuters)"
_PLACE_WORD = r"[A-Z][A-Za-z.'’\-]{1,30}"
# A place in capitals: one word of three letters or more, or a word of two before one ("LA CROSSE", "EL PASO")
_CAPITALS_PLACE = r"(?:[A-Z]{2}[ ](?=[A-Z]{3}))?[A-Z][A-Z'’\-]{2,30}"
# The date a wire dateline may carry: "March 3", "Mar. 3, 2025", "3 March", "3 March 2025".
_DATELINE_DATE = (rf"(?:{_MONTHS}[ ]{{1,3}}\d{{1,2}}(?:,[ ]{{1,3}}\d{{4}})?"
                  rf"|\d{{1,2}}[ ]{{1,3}}{_MONTHS}(?:[ ]{{1,3}}\d{{4}})?),?[ ]{{1,3}}")
# Places joined by a slash share one dateline: "LONDON/PARIS, March 3 (Reuters) -".
_PLACE_JOIN = r"(?:[ ,]{1,3}|/)"
# A press-release wire: "/PRNewswire/", "(GLOBE NEWSWIRE)", "--(BUSINESS WIRE)--".
_RELEASE_WIRE = r"(?:/[A-Z][\w.\-]{1,30}(?:[ ][A-Z][\w.\-]{1,20})?/|\([A-Z][A-Z ]{1,30}WIRE\))"
# Wire datelines: "DENVER, March 3 (UPI) —", "Washington (AFP) –", "BEIRUT, Lebanon (AP) --", "(CNN)",
# "NEW DELHI, 3 March (IANS)", a press release's "KELBY, Scotland, March 3, 2025 /PRNewswire/ --", and a
# capitalised place with a dash alone: "LONDON —".
_DATELINE = re.compile(
    rf"^(?P<dateline>(?:{_PLACE_WORD}(?:{_PLACE_JOIN}{_PLACE_WORD}){{0,3}},?[ ]{{1,3}}"
    rf"(?:{_DATELINE_DATE})?)?\([ ]{{0,3}}{_WIRES}[ ]{{0,3}}\))"
    rf"[ ]{{0,3}}(?:[-—–―]{{1,2}}[ ]{{0,3}})?"
    # Any agency after a place set in capitals, when the dash follows: "VALDORA (Wire) —", "KYIV (Ukrinform) –".
    rf"|^(?P<wired>{_CAPITALS_PLACE}(?:{_PLACE_JOIN}[A-Z][A-Za-z.'’\-]{{1,30}}){{0,3}},?[ ]{{1,3}}"
    rf"(?:{_DATELINE_DATE})?"
    rf"\([ ]{{0,3}}[A-Z][A-Za-z&.\-]{{1,20}}(?:[ ][A-Z][A-Za-z&.\-]{{1,20}})?[ ]{{0,3}}\))"
    rf"[ ]{{0,3}}[-—–―]{{1,2}}[ ]{{0,3}}(?=[A-Z\"“‘'])"
    rf"|^(?P<release>{_PLACE_WORD}(?:{_PLACE_JOIN}{_PLACE_WORD}){{0,3}},?[ ]{{0,3}}(?:{_DATELINE_DATE})?"
    rf"(?:[-—–]{{1,2}})?{_RELEASE_WIRE})[ ]{{0,3}}[-—–―]{{1,2}}[ ]{{0,3}}(?=[A-Z\"“‘'])"
    rf"|^(?P<place>{_CAPITALS_PLACE}(?:{_PLACE_JOIN}[A-Z][A-Za-z.'’\-]{{1,30}}){{0,3}}"
    rf"(?:,[ ]{{1,3}}{_MONTHS}[ ]{{1,3}}\d{{1,2}})?)[ ]{{1,3}}[—–―-]{{1,2}}[ ]{{1,3}}(?=[A-Z\"“‘'])"
)
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*$|[\"”’]$")
_FULL_STOP = re.compile(r"[.!?…][\"”’')\]]{0,3}$")
_AUXILIARY = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|should|been|being|said|says|did|does|can|may|might|must)\b"
)
# The perfect tense is the lede's ("The council has approved the plan."); headline-ese drops the
# auxiliary ("Council approves plan.", "Plan approved."). After a modal ("may have been lost") it is
# a claim, as headlines make.
PERFECT_TENSE = re.compile(
    r"(?<!may )(?<!might )(?<!could )(?<!should )(?<!would )(?<!must )(?<!will )"
    r"\b(?:has|have|had)[ ](?:\w+ly[ ])?(?:been[ ])?(?:[a-z]{2,}(?:ed|en)|made|won|lost|left|said|told|"
    r"found|paid|sold|bought|held|hit|set|put|cut|quit|run|begun|come|gone|done|seen|struck|brought)\b"
)
PERFECT_EXAMPLES = (
    ("The ferry company has cancelled its winter crossings to the island.",
     "The harbour master has resigned after ten years.", "The mayor has been re-elected.",
     "The champion has won the final.", "Ferries have quietly stopped."),
    ("Mayor says tunnel will open in spring.", "Ferry crossings cancelled for the winter.",
     "Has the council lost its way?", "Those who have less pay more.", "Tunnel files may have been lost.",
     "Mayor should have resigned, says rival."),
)
# A verb in the past tense before its object is the lede's ("Jo Lee won the final", "The mayor opened
# her new office"); headline-ese tells news in the present ("Jo Lee wins final") and drops the article.
_IRREGULAR_PAST = (
    r"won|lost|took|made|gave|told|saw|left|came|went|became|began|brought|bought|sold|held|"
    r"struck|wrote|met|paid|sent|spent|built|chose|drew|threw|broke|stole|shook|drove|rode|sang|fought|caught|"
    r"taught|sought|kept|led"
)
PAST_WITH_OBJECT = re.compile(
    rf"\b(?:[a-z]{{2,}}[a-df-z]ed|{_IRREGULAR_PAST})[ ](?:the|a|an|his|her|their|its|our|my|your)\b"
)
PAST_WITH_OBJECT_EXAMPLES = (
    ("Jo Lee won the final in straight sets.", "The mayor opened her new office on the quay.",
     "Fishermen blocked the harbour mouth for a day."),
    ("Jo Lee wins final in straight sets", "Mayor opens new office on the quay", "Harbour blocked by fishermen",
     "Red tape blocked: a new port for the island"),
)
# Words that open a lede sentence, not a headline; "By", "So", "But", "And", "Yet" before a lower-case
# word ("By early spring the ...", "So what is ..."), not a byline ("By Jo Lee") or a word ("Bypass").
_PROSE_OPENER = re.compile(
    r"(?:The|A|An|Your|Our|This|It|There|In|On|At|When|After|Beyond|(?:By|So|But|And|Yet)(?=[ ][a-z]))(?![\w\-])")
PROSE_OPENER_EXAMPLES = (
    ("By early spring the ferry could run twice a day.", "So the ferry will run twice a day from May.",
     "But the council had other ideas about the pier."),
    ("Bypass plan wins council vote", "Sonar maps harbour floor", "Butlers strike at island hotel",
     "Andes flights resume", "By Jo Lee", "A-listers crowd the harbour gala"),
)
_HEADLINE_MARKS = re.compile(r"[:‘“\"|]|(?:^|\s)'\w")
_MINOR_WORDS = frozenset("a an the of in on at to for and or but with by from as is are was were be it its".split())


# A date line may leave out the year when it names the weekday: "Saturday 20 November", "Tue, March 1".
_DAY_DATE = re.compile(
    rf"\b{_WEEKDAYS},?[ ]{{1,3}}(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]{{1,3}}{_MONTHS}|{_MONTHS}[ ]{{1,3}}\d{{1,2}}"
    rf"(?:st|nd|rd|th)?)(?![\w])",
    re.IGNORECASE,
)
DATE_EXAMPLES = (
    ("Updated 14:02 GMT, 3 March 2025", "Saturday 20 November", "Tuesday, 1 March", "Fri, March 4th",
     "Published: 12:01 EST, 2 May 2013"),
    ("The council met on Saturday 20 November.", "Saturday", "20 November", "Harbour Park, Leeds",
     "March on Saturday 20 November for the harbour"),
)


def is_date(text: str) -> bool:
    """A date line: a date, and beside it nothing but weekdays, times, zones and "Updated"."""
    if len(text.split()) > 16:
        return False
    pattern = _DATE if _DATE.search(text) else _DAY_DATE
    if not pattern.search(text):
        return False
    rest = pattern.sub(" ", text)
    return all(_DATE_WORD.fullmatch(token) for token in _DATE_TOKEN.findall(rest))


# A byline is names, and titles or places: a lower-case word that is none of these small linking words
# means a sentence has begun ("By Jo Lee According to the council, ..." is a sentence, not a byline).
_BYLINE_LOWER = frozenset(
    "by and in for of the at on with from de da di del van von der den le la al el bin ibn staff reporter "
    "reporters correspondent correspondents editor writer words reporting written".split()
)
BYLINE_EXAMPLES = (
    ("By Jane Fielding", "By Jane Fielding and Tom Ross in Paris", "By Jane Fielding, Political Correspondent",
     "By staff reporters", "By Ana de la Cruz for the Valley Gazette", "Written by Omar Said",
     "Co-authored by Lina Moreau.", "Co-written by Per Lind and Ada Thorne"),
    ("By Jane Fielding According to the council, 1,200 homes were flooded.",
     "By noon the river had burst its banks.", "By the end of May the work was done.",
     "Co-authored by two harbour engineers, the report was published on Monday."),
)


def is_byline(text: str) -> bool:
    if len(text.split()) > 14 or (_TERMINAL.search(text) and not text.endswith(".")):
        return False
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    if any(word[0].islower() and word.lower() not in _BYLINE_LOWER for word in words):
        return False
    if _BYLINE.match(text):
        return True
    match = _BYLINE_AGENCY.match(text)
    return bool(match and _AGENCIES.search(match.group("org")))


# A byline and its date on one line ("By Ada Thorne, 3 March 2025", "By Ada Thorne | Updated 14:02 GMT, 3 March
# 2025"): cut at a separator, or before a date label, where what follows is a date line and what comes before
# is a byline that holds no figure and names no weekday (a byline has none; "By Monday, March 3" is a deadline).
_BYLINE_DATE_CUT = re.compile(
    r"[ ]{0,3}(?:[,|·•—–]|[ ]-)[ ]{0,3}|[ ]+(?=(?:(?:First|Last)[ ]+)?(?:Published|Updated|Posted|Modified)\b)")
_BY_WEEKDAY = re.compile(rf"^(?i:by)[ ]+{_WEEKDAYS}(?![\w])")
DATED_BYLINE_EXAMPLES = (
    (("By Ada Thorne, 3 March 2025", "By Ada Thorne", "3 March 2025"),
     ("By Ada Thorne | March 3, 2025", "By Ada Thorne", "March 3, 2025"),
     ("By Ada Thorne · Updated 14:02 GMT, 3 March 2025", "By Ada Thorne", "Updated 14:02 GMT, 3 March 2025"),
     ("By Ada Thorne, Political Correspondent — Published March 3, 2025", "By Ada Thorne, Political Correspondent",
      "Published March 3, 2025"),
     ("By Kit Marlow and Ana de Souza Updated: Tuesday, 4 March 2025", "By Kit Marlow and Ana de Souza",
      "Updated: Tuesday, 4 March 2025"),
     ("Jo Lee, Reuters | 2025-03-03", "Jo Lee, Reuters", "2025-03-03")),
    ("By Ada Thorne", "By Ada Thorne, Political Correspondent", "By Monday, March 3, 2025",
     "By March 3, 2025 the wall must be repaired.", "By 3 March 2025, the council said, work would begin.",
     "Harbour wall repairs to start | March 3, 2025", "Jo Lee, Kelby | March 3, 2025",
     "By Ada Thorne, 3 March 2025, the council had spent two million pounds on the wall."),
)


def split_dated_byline(text: str) -> tuple[str, str] | None:
    """The byline and the date of a line that carries both, in that order, or None."""
    if len(text) > 200:
        return None
    for cut in _BYLINE_DATE_CUT.finditer(text):
        byline, date = text[: cut.start()], text[cut.end() :]
        if not date or not cut.start():
            continue
        if is_date(date) and not any(char.isdigit() for char in byline) and not _BY_WEEKDAY.match(byline) \
                and is_byline(byline):
            return byline, date
    return None


# A byline that names the reporter and where they file from ("Kit Marlow in Velmont"): names of two or three
# capitalised words, joined by "and", then "in" and a place. Read only under a headline, above the story.
_NAME = r"[A-Z][a-z'’\-]+(?:[ ][A-Z][\w.'’\-]+){1,2}"
_PLACED_BYLINE = re.compile(rf"^{_NAME}(?:,?[ ]and[ ]{_NAME})?[ ]in[ ][A-Z][\w.'’\-]+(?:[ ][A-Z][\w.'’\-]+){{0,2}}"
                            r"(?:,[ ][A-Z][\w.'’\-]+(?:[ ][A-Z][\w.'’\-]+){0,2})?$")
PLACED_BYLINE_EXAMPLES = (
    ("Kit Marlow in Velmont", "Jo Lee and Ada Thorne in Kelby", "Mara Quist in Port Elm, Velmont"),
    ("Floods in Kelby", "Chaos at Velmont Port", "Kit Marlow said in Velmont", "Ada Thorne in talks on Velmont",
     "Kit Marlow in Velmont on Monday"),
)


def is_placed_byline(text: str) -> bool:
    return bool(_PLACED_BYLINE.match(text))


# A byline of a name and its newsroom role with no comma between ("Ada Thorne Scotland editor", "Jo Lee
# Chief political correspondent"), as some pages set it on a line of its own: the role opens with a
# capitalised word (its desk, or the role's own first word) and ends on a newsroom role in lower case
# (the lexicon's). Read only under a headline, as a name with its place is.
_ROLED_BYLINE = re.compile(rf"^{_NAME}(?:,?[ ]and[ ]{_NAME})?[ ][A-Z][a-z]+(?:[ ][a-z]+){{0,2}}[ ](?P<role>[a-z]+)$")
ROLED_BYLINE_EXAMPLES = (
    ("Ada Thorne Scotland editor", "Jo Lee Chief political correspondent", "Kit Marlow Environment correspondent",
     "Jo Lee and Ada Thorne Transport reporters"),
    ("Ada Thorne Scotland", "Jo Lee said the editor", "Harbour Board Chief executive", "Kit Marlow Environment",
     "Ada Thorne Says council wrong", "Storm Hits Kelby Coast Overnight as editor"),
)


def is_roled_byline(text: str) -> bool:
    from ..quotes.lexicon import NEWSROOM_ROLES

    match = _ROLED_BYLINE.match(text)
    return match is not None and match.group("role") in NEWSROOM_ROLES


# A byline that is the reporter's name alone ("Jo Lee", "Ana de Souza and Tom Reid"), as pages set it on a
# line of its own over the date line. Read only under a headline and straight above a date line, and only
# when each name ends on a word that is no common word: "Latest Updates" or "Harbour Wall" is no one's name.
_BARE_NAME = (r"(?!By[ ])[A-Z][\w'’\-]+(?:[ ](?:de|da|di|del|van|von|der|den|la|le|al|el|bin|ibn))*"
              r"(?:[ ][A-Z][\w'’\-]+){1,2}")
_BARE_BYLINE = re.compile(rf"^{_BARE_NAME}(?:(?:,[ ]|,?[ ]and[ ]){_BARE_NAME})?$")
BARE_BYLINE_EXAMPLES = (
    ("Jo Lee", "Ana de Souza", "Kit Marlow and Ines Varga", "Mary-Jane O'Neill", "Ludwig van der Berg"),
    ("Latest Updates", "Key Points", "Harbour Wall", "What Happens Next", "Jo Lee said", "By Jo Lee", "Analysis",
     "Jo Lee, Kelby"),
)


def is_bare_byline(text: str, language: str = "english") -> bool:
    if not _BARE_BYLINE.match(text):
        return False
    common = lower_case_words(language)
    surnames = re.split(r",[ ]|[ ]and[ ]", text)
    return all(name.split()[-1].lower() not in common for name in surnames)


# How far below a deck the byline or the date line may stand: over a few short lines (a byline, then the date).
_FRONT_LINES, _FRONT_LINE_WORDS, _FURNITURE_WORDS = 3, 8, 60


def _front_follows(rest: list[Block]) -> bool:
    """Whether the byline, the date line or the lede's wire dateline comes next, over a few short lines at
    most (lines of the page's furniture besides): the story has not begun."""
    lines = 0
    for later in rest:
        text = later.text
        if is_byline(text) or is_placed_byline(text) or is_date(text) or split_dateline(text)[0] is not None \
                or split_dated_byline(text) is not None:
            return True
        if later.words <= _FURNITURE_WORDS and match_line(text) is not None:
            continue  # the page's share buttons or audio player between them: not counted
        lines += 1
        if later.words > _FRONT_LINE_WORDS or lines >= _FRONT_LINES:
            return False
    return False


def byline_name(text: str) -> str:
    return re.sub(r"^(?:by|(?:co-?)?(?:written|authored)[ ]by)[ ]+", "", text, flags=re.IGNORECASE)


def split_dateline(text: str) -> tuple[str | None, int]:
    """The wire dateline opening a paragraph, and how many characters it takes."""
    match = _DATELINE.match(text)
    if not match:
        return None, 0
    label = (match.group("dateline") or match.group("wired") or match.group("release") or match.group("place")
             or "").strip(" ,-—–")
    label = re.sub(r"\([ ]*(\w+)[ ]*\)", r"(\1)", label)
    return label or None, match.end()


def prose_signals(text: str, language: str = "english") -> int:
    """How much a one-line block reads like a lede sentence rather than headline-ese.

    Headlines drop auxiliaries and articles, use Title Case, colons and quotation marks; ledes are
    longer full sentences with a full stop.
    """
    words = text.split()
    signals = int(text.endswith(".")) + int(bool(_AUXILIARY.search(text))) + int(bool(PAST_WITH_OBJECT.search(text)))
    signals += int(bool(_PROSE_OPENER.match(text))) + int(len(words) > 12) + int(len(words) > 18)
    # Title Case shows in common words set in capitals ("Poll Finds ..."); names are capitalised anyway.
    common = lower_case_words(language)
    content = [w for w in (w.strip("\"'“”‘’,.:;!?()") for w in words)
               if w.lower() not in _MINOR_WORDS and w[:1].isalpha() and w.lower() in common]
    if content and sum(w[:1].isupper() for w in content) / len(content) >= 0.6:
        signals -= 1
    if _HEADLINE_MARKS.search(text):
        signals -= 1
    return signals


# Title Case proper capitalises the small words too ("Mayor Is Out Of Time"): prose capitalises "Is",
# "Of" or "The" inside a line only in a name or a title, and never two of them and no small word left.
TITLE_CASE_EXAMPLES = (
    ("Harbour Tunnel Is Late Again. Nobody Is Surprised.", "Mayor Says The Pier Will Open In The Spring.",
     "Why The Ferry Vote Matters For The Island", "Council Gives A Green Light To The New Pier"),
    ("Harbour tunnel is late again. Nobody is surprised.", "Fans of The Harbour Lights queued at the door.",
     "The Lord of the Isles sailed at dawn.", "FERRY VOTE IS IN. FARES ARE UP.", "Mayor Is Out"),
)


def title_cased(text: str) -> bool:
    """Whether a line is set in Title Case: at least two small words after its first word, each one
    capitalised (and not in capitals throughout)."""
    small = [word for word in re.findall(r"[^\W\d_]+", text)[1:] if word.lower() in _MINOR_WORDS]
    return len(small) >= 2 and all(word[0].isupper() and not (len(word) > 1 and word.isupper()) for word in small)


# A label set in capitals on a line of its own between the headline and the story ("ANALYSIS.",
# "LETTERS"): a lede sentence is never followed by one, a headline may be.
LABEL_BELOW_EXAMPLES = (
    ("ANALYSIS.", "LETTERS", "FACT CHECK"),
    ("Analysis.", "NATO", "NO, SAYS THE MAYOR OF THE ISLAND", "UK.", "Letters"),
)
_LABEL_WORDS = 2


def is_label(text: str) -> bool:
    """One or two words set in capitals, a full stop at most after them."""
    words = text.rstrip(".").split()
    return (0 < len(words) <= _LABEL_WORDS and all(word.isalpha() and word.isupper() for word in words)
            and sum(len(word) for word in words) >= 6)


def label_below(label: Block, story: Block) -> bool:
    return is_label(label.text) and story.words > 2 * label.words + 10


_BELOW_BLOCKS = 3  # how far below a line its names are followed
_BELOW_CHARS = 3000


def _surname_first_below(line: str, below: list[str], language: str = "english") -> bool:
    """Whether the line, a sentence in sentence case, gives a person's name in full ("Ada Lund wants
    ...", "... a test for Ada Lund.") and the paragraphs below first call that person by the surname
    alone ("Lund said", not "Mayor Ada Lund" or "Mayor Lund"): the line introduced the name, as a
    story's first sentence does; under a headline, the lede gives the name in full again. The name is
    the line's first run of two or three capitalised words, none a common word, with a lower-case word
    or the line's end after it (the last one the surname: "Lund's" is "Lund")."""
    if title_cased(line) or line[:1] in "\"'“‘":
        return False
    name = _first_full_name(line.split(), lower_case_words(language))
    if name is None:
        return False
    forename, surname = name
    story = " ".join(below[:_BELOW_BLOCKS])[:_BELOW_CHARS]
    at = whole_word_at(story, surname)
    if at < 0:
        return False
    if whole_word_at(story, forename, before_capital=False) >= 0:
        return False  # the story writes the first word alone: a place or a word, not a forename ("Velmont")
    before = story[:at].split()[-1:]
    before = [word.lstrip("\"'“‘(") for word in before]
    # a capitalised word right before it is a forename, an initial or a title ("Mayor Lund"): the name
    # given in full below; a conjunction that opens a clause is none of these ("But Lund said")
    return not (before and story[at - 1] == " " and before[0][:1].isupper() and (
        before[0][-1].isalpha() or re.fullmatch(r"[A-Z]\.", before[0]))  # an initial: "Ada B. Lund"
        and before[0] not in _CONJUNCTIONS)


def _word_character(character: str) -> bool:
    """``\\w`` of a regular expression: a letter, a digit or an underscore."""
    return character.isalnum() or character == "_"


def whole_word_at(text: str, word: str, *, before_capital: bool = True) -> int:
    """Where ``word`` first stands in ``text`` as a whole word, or -1: not inside a longer word, a
    hyphenated compound or after an apostrophe ("Lund" in "Lund's", not in "Lunde" or "O'Lund"). With
    ``before_capital=False``, not where a space and a capital letter follow it ("Ada" in "Ada said",
    not in "Ada Lund"). What ``re.search`` with a look-behind and look-ahead finds, without compiling
    a pattern for every name.
    """
    if not word:
        return -1
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (not at or not (_word_character(text[at - 1]) or text[at - 1] in "'’-")) and (
                end == len(text) or not (_word_character(text[end]) or text[end] == "-")) and (
                before_capital or not (text[end:end + 1] == " " and "A" <= text[end + 1:end + 2] <= "Z")):
            return at
        at = text.find(word, at + 1)
    return -1


WHOLE_WORD_EXAMPLES = (  # (text, word, before_capital, where it stands)
    ("Lund's ferry and Lund", "Lund", True, 0),
    ("Lunde and O'Lund and Kessel-Lund and Lund-Kessel", "Lund", True, -1),
    ("Ada Lund met Ada, then Ada.", "Ada", False, 13),
    ("Ada Lund met Ada Kessel", "Ada", False, -1),
    ("the_Lund and Lund_x and 2Lund", "Lund", True, -1),
)


# Words that open a clause, before a name as before any subject ("But Lund said"): no forename, no title
_CONJUNCTIONS = frozenset("But And So Yet Then When After While As Before Although Though If Because Since Until "
                          "Or Nor".split())


def _first_full_name(words: list[str], common: Container[str]) -> tuple[str, str] | None:
    """The first word and the surname of the first full name in a line's words, as
    ``_surname_first_below`` reads it."""

    def plain(word: str) -> bool:
        return bool(_NAME_WORD.fullmatch(word)) and word.isalpha() and word.lower() not in common

    for start, word in enumerate(words):
        if not plain(word) or (start and plain(words[start - 1])):
            continue
        run = start + 1
        while run < len(words) and run - start < _NAME_RUN and plain(words[run]):
            run += 1
        if run < len(words) and run - start < _NAME_RUN:
            key = _name_key(words[run]).rstrip(".")  # the surname may carry a possessive or end the line
            if key != words[run] and plain(key):
                run += 1
        if run - start < 2:
            continue
        # in sentence case a lower-case word follows ("Ada Lund wants", "Ada Lund's plan"), or the line ends
        if run < len(words) and not words[run][:1].islower():
            continue
        return word, _name_key(words[run - 1]).rstrip(".")
    return None


_NAME_RUN = 3


_PRONOUN_SUBJECT = re.compile(r"^(?:He|She|They|We|I|You)(?:['’](?:s|re|ve|d|ll|m))?[ ]+[a-z]")


def _pronoun_subject(line: str, below: list[str], language: str = "english") -> bool:
    """Whether the line is a sentence whose subject is a personal pronoun ("He's back."): it speaks of
    someone the story names elsewhere, as prose does; a headline names who it is about."""
    return bool(_PRONOUN_SUBJECT.match(line))


def _continued_below(line: str, below: list[str], language: str = "english") -> bool:
    """Whether the paragraph below opens with a linking word in lower case (a preposition, a conjunction,
    an article: "of the ..."): the line was broken off before its end and goes on below; a headline is
    complete."""
    opening = re.match(r"[a-z]+\b(?![\-'’])", below[0]) if below else None
    return opening is not None and opening.group(0) in _CONTINUING


# Words that open no headline and no sentence in lower case, but go on one broken off above them
_CONTINUING = _MINOR_WORDS | frozenset("over for to into against after about behind amid without of than "
                                       "that who which whose while when where because if".split())


_QUESTION_AUXILIARY = re.compile(
    r"^(?:Is|Are|Was|Were|Do|Does|Did|Has|Have|Had|Can|Could|Will|Would|Should)[ ]+"
    r"(?:the|a|an|this|that|these|those|he|she|it|they|we|you|his|her|their|our|your)\b")


def _question_in_full(line: str, below: list[str], language: str = "english") -> bool:
    """Whether the line is a long question opening with its verb before a determiner or a pronoun
    ("Were the harbour engineers right about ...?"): prose asks in full; a headline's question is short."""
    return line.rstrip().endswith("?") and count_words(line) > _QUESTION_WORDS and bool(
        _QUESTION_AUXILIARY.match(line))


_HEADING_WORDS = 3
_HEADING_SLACK = 2


def _recurring_heading(line: str, below: list[str], language: str = "english") -> bool:
    """Whether a later one-line paragraph of about the same length opens with the line's first three
    words ("Best week for the harbour." ... "Best week for the ferry."): the line heads the first of a
    series of sections; the story's headline does not come back as a pattern."""
    opening = line.lower().split()[:_HEADING_WORDS]
    if len(opening) < _HEADING_WORDS:
        return False
    size = len(line.split())
    for paragraph in below[1:20]:
        words = paragraph.split()
        if "\n" not in paragraph and abs(len(words) - size) <= _HEADING_SLACK and [
                word.lower() for word in words[:_HEADING_WORDS]] == opening:
            return True
    return False


_THERE_IS = re.compile(r"(?<![\w'’\-])[Tt]here(?:['’](?:s|re|ll|d)|[ ](?:is|are|was|were|will|has|have|had|may|might|"
                       r"could|would|should|must|can))(?![\w\-])")
_QUOTED = re.compile(r"“[^”]{0,300}”|‘[^’]{0,300}’(?!\w)|\"[^\"]{0,300}\"|(?<!\w)'[^']{0,300}'(?!\w)")


def _existential_there(line: str, below: list[str], language: str = "english") -> bool:
    """Whether the line, in sentence case, says that something exists with "there is", "there's", "there
    were" outside a quotation: a clause that prose needs and headline-ese leaves out ("Threat of ...")."""
    if "here" not in line:  # "There" and "there" both hold it: nothing to find
        return False
    return bool(_THERE_IS.search(_QUOTED.sub(" ", line))) and not _headline_case(line, language)


_HEADLINE_CASE = 0.6


def _headline_case(line: str, language: str = "english") -> bool:
    """Whether a line is set in a headline's capitals: Title Case (``title_cased``), or most of the
    common words after its first capitalised ("There's Something Odd About The Vote")."""
    if title_cased(line):
        return True
    common = lower_case_words(language)
    words = [word.strip("\"'“”‘’,.:;!?()") for word in line.split()[1:]]
    words = [word for word in words if word[:1].isalpha() and word.lower() in common
             and word.lower() not in _MINOR_WORDS]
    return bool(words) and sum(word[:1].isupper() for word in words) >= _HEADLINE_CASE * len(words)


_LIST_WORDS = 8


def _list_form(line: str) -> tuple[str, ...]:
    """A short line's form: its lower-case words in their places, a capitalised word or a figure as "."."""
    return tuple(word if word[:1].islower() else "." for word in line.rstrip(".!?…").split())


def _list_item(line: str, below: list[str], language: str = "english") -> bool:
    """Whether the paragraph below is a short line of the same form, the same lower-case words in the same
    places ("Velmont and Kestrel." over "Lund and Kessel."): the first item of a list set out one to a
    paragraph, not a headline over its story."""
    if not below or "\n" in below[0] or len(line.split()) > _LIST_WORDS:
        return False
    form = _list_form(line)
    return "." in form and any(word != "." for word in form) and _list_form(below[0]) == form and (
        line[-1:] == below[0][-1:])


@dataclass(frozen=True)
class LedeSign:
    """A sign that a short first paragraph is the story's own opening, not a headline above it: a name,
    a test of the line and the paragraphs below it, and (line, paragraphs below) examples it must catch
    and headlines it must leave alone. ``stop``: the sign is read only in a line that ends like a
    sentence (a headline rarely ends with a full stop)."""

    name: str
    test: Callable[[str, list[str], str], bool]
    stop: bool
    catch: tuple[tuple[str, ...], ...]
    leave: tuple[tuple[str, ...], ...]


_LEDE_BELOW = ("The harbour board said on Monday that the work on the outer wall would take two years and cost "
               "more than the island had planned, and that the ferry would run to a winter timetable.")
LEDE_SIGNS = (
    LedeSign(
        "the name given in full, then the surname alone below", _surname_first_below, stop=True,
        catch=(("Ada Lund wants the ferry back.",
                "The harbour mayor told the council on Monday that the island ferry must run again from May, "
                "and that Lund would pay for the first month herself if the operator would not."),
               ("Jo Brandt scored twice to keep Velmont top of the league.",
                "Velmont led at the break through a header from the captain. But Brandt settled it late on, and "
                "the Velmont fans sang his name until long after the whistle."),
               ("The ferry is a first test for Marta Kessel.",
                "Kessel, who ran the port for ten years, took over the island's only ferry on Monday, after the "
                "winter storms closed the quay and the operator sold its last boat."),
               ("Marta Kessel's return to the port looks certain.",
                "Kessel, who ran the port for ten years, has been asked to come back as harbour master after the "
                "winter storms closed the quay and the board lost its chairman.")),
        leave=(("Ada Lund wins the harbour vote.",
                "Harbour mayor Ada Lund won the vote on the new pier on Monday, and Lund said the work would "
                "start in the spring, after a winter in which no boat crossed."),
               ("Lund wins the harbour vote.",
                "The harbour mayor won the vote on the new pier on Monday, and Lund said the work would start "
                "in the spring, after a winter in which no boat crossed."),
               ("Velmont looks to Marta Kessel for a rescue.",
                "Former harbour master Marta Kessel, who ran the port for ten years, has been asked to come back "
                "after the winter storms closed the quay. \"Kessel knows Velmont,\" the board said."),
               ("Storm closes Velmont Norse festival.",
                "The island's Norse festival was called off on Monday as the storm closed every road into Velmont "
                "for the second day."),
               ("Ada Lund Wins The Harbour Vote.",
                "The harbour mayor won the vote on the new pier on Monday, and Lund said the work would start "
                "in the spring, after a winter in which no boat crossed."),
               ("Harbour Trust backs the new pier.",
                "The Trust voted on Monday to pay for the pier, and the Harbour board will meet next week to "
                "agree the plans for the work on the quay."))),
    LedeSign(
        "a personal pronoun for its subject", _pronoun_subject, stop=True,
        catch=(("He's back.", _LEDE_BELOW), ("She will not be going to the island this year.", _LEDE_BELOW),
               ("They came for the ferry and stayed for the fish.", _LEDE_BELOW)),
        leave=(("Herons return to the island marsh.", _LEDE_BELOW),
               ("It's official: the pier will close.", _LEDE_BELOW), ("Shell sells harbour depot.", _LEDE_BELOW),
               ("I Spy returns to the island stage.", _LEDE_BELOW))),
    LedeSign(
        "the line goes on below in lower case", _continued_below, stop=False,
        catch=(("Harbour master critical.", "of the board's plans for the outer wall and the ferry berth."),
               ("Ferry union ready to talk", "about fares if the operator drops its winter timetable.")),
        leave=(("Harbour master quits.", _LEDE_BELOW),
               ("Ferry firm's profits fall", "eFerry, the island's online booking firm, said on Monday that its "
                "profits fell by a third in the winter, when no boat crossed for five months."))),
    LedeSign(
        "a long question that opens with its verb", _question_in_full, stop=False,
        catch=(("Were the harbour engineers wrong about the strength of the old outer wall?", _LEDE_BELOW),
               ("Did the island council ever mean to pay for the new pier it promised?", _LEDE_BELOW)),
        leave=(("Can the port survive another winter?", _LEDE_BELOW),
               ("Is the ferry too slow?", _LEDE_BELOW),
               ("Why did the island council never pay for the new pier it promised?", _LEDE_BELOW))),
    LedeSign(
        "the line's opening recurs as a heading below", _recurring_heading, stop=False,
        catch=(("Best week for the harbour.", _LEDE_BELOW, "Worst week for the ferry.", _LEDE_BELOW,
                "Best week for the ferry.", _LEDE_BELOW),),
        leave=(("Harbour wall to be rebuilt.", _LEDE_BELOW, "Harbour wall to be rebuilt, says mayor, by May and "
                "at a cost of two million to the island and its ferry users.", _LEDE_BELOW),
               ("Best week for the harbour.", _LEDE_BELOW, "Worst week for the ferry.", _LEDE_BELOW))),
    LedeSign(
        "an existential 'there'", _existential_there, stop=True,
        catch=(("Every winter, there's a threat the ferry will stop for good.", _LEDE_BELOW),
               ("Each winter there's a promise many make and few keep: “I'm leaving the island!”", _LEDE_BELOW),
               ("There were once nine boats on the island run.", _LEDE_BELOW)),
        leave=(("Threat to island ferry grows.", _LEDE_BELOW),
               ("Mayor on ferry cuts: 'Is that all there is?'", _LEDE_BELOW),
               ("Mayor: There Is No Money Left For The Pier.", _LEDE_BELOW),
               ("There's Something Odd About Velmont's Vote.", _LEDE_BELOW),
               ("Thereafter, ferry fares rose.", _LEDE_BELOW))),
    LedeSign(
        "a list set out one item to a paragraph", _list_item, stop=False,
        catch=(("Velmont and Kestrel.", "Lund and Kessel.", "Ferries and buses.", _LEDE_BELOW),
               ("Kestrel for the Velmont run.", "Lind for the Orra run.", _LEDE_BELOW)),
        leave=(("Velmont and Kestrel merge.", "Port fees to double on the island.", _LEDE_BELOW),
               ("Harbour wall fails.", "Ferry line closes.", _LEDE_BELOW),
               ("Ferry fares up again.", _LEDE_BELOW))),
)


def lede_sign(line: str, below: list[str], language: str = "english") -> str | None:
    """The name of the first sign in ``LEDE_SIGNS`` that the line shows, or None."""
    stop = bool(_FULL_STOP.search(line))
    for sign in LEDE_SIGNS:
        if (stop or not sign.stop) and sign.test(line, below, language):
            return sign.name
    return None


def looks_like_headline(block: Block, rest: list[Block], language: str = "english") -> bool:
    """A headline is one short line standing above a longer story; running prose is never one.

    A block that opens with a wire dateline is the lede. Up to two short sentences may make a headline
    ("Harbour tunnel opens. Finally."), and a headline with a full stop counts when the paragraph below
    it is clearly longer.
    """
    if not block.one_line or block.words > 25 or block.words < 2:
        return False
    if split_dateline(block.text)[0] is not None:
        return False
    below = [later for later in rest[:20] if later.words > block.words]
    if not below:
        return False  # nothing below it reads like a story
    sentences = sentence_spans(block.text, language)
    titled = title_cased(block.text)
    if len(sentences) > 2 or (len(sentences) == 2 and block.words > 12 and not titled):
        return False
    if block.text.endswith(":"):
        return False  # it introduces what follows: "From the mayor's statement:"
    if is_label(block.text) and _FULL_STOP.search(block.text):
        return False  # "ANALYSIS.": a label closed by a full stop names a section, not the news
    if block.text.startswith("(") and block.text.endswith(")"):
        return False  # an aside in brackets: "(after extra time)"
    if lede_sign(block.text, [later.text for later in rest[:20]], language) is not None:
        return False  # a short paragraph that reads as the story's own opening (``LEDE_SIGNS``)
    signals = prose_signals(block.text, language) - int(titled)  # its length is no sign of prose
    if _FULL_STOP.search(block.text) and PERFECT_TENSE.search(block.text):
        signals += 1  # a sentence in the perfect tense is the lede
    if len(sentences) == 2:
        signals -= 1  # "Harbour tunnel opens. Finally.": two clipped sentences are headline-ese
    if rest and split_dateline(rest[0].text)[0] is not None:
        signals -= 1  # the paragraph below opens the story with its dateline: this is what stands above it
    elif deck_below(rest):
        signals -= 1  # a deck under it, then the story: it stands above the story
    elif len(rest) > 1 and label_below(rest[0], rest[1]):
        signals -= 1  # a section label set in capitals under it, then the story: it stands above the story
    elif block.words <= 14 and rest and rest[0].words >= 2 * block.words + 6 and (
            echoed(block.text, rest[0].text) or names_in_full(block.text, rest[0].text, language)):
        signals -= 1  # a short line over a clearly longer lede that restates it: a sentence-style headline
    return signals < 2


def deck_below(rest: list[Block]) -> bool:
    """Whether the paragraph below a line is a deck: a short line, then a story that opens with its wire
    dateline, or a line in a headline's clipped grammar with no sign of a lede (``LEDE_SIGNS``), then a
    clearly longer paragraph."""
    if len(rest) < 2 or not rest[0].one_line or not 4 <= rest[0].words <= _DECK_WITH_STOP_WORDS:
        return False
    deck, story = rest[0], rest[1]
    if split_dateline(story.text)[0] is not None:
        return split_dateline(deck.text)[0] is None
    return story.words >= 2 * deck.words + 6 and clipped(deck.text) and lede_sign(
        deck.text, [later.text for later in rest[1:20]]) is None


# (line, the line below it, the paragraph below that): a line stands above the story, as its headline,
# when a deck stands under it.
DECK_BELOW_EXAMPLES = (
    (("A winter of waiting for the island ferry.", "Harbour board blames storm for lost crossings.",
      "Two boats will sail to the island twice a day from the first of May, the operator told passengers on "
      "Monday, after a winter in which no boat crossed and the shops on the quay closed early."),
     ("In a storm, Velmont keeps its nerve.", "Port shuts its gates as the sea wall holds.",
      "VELMONT — The harbour gates stayed shut on Tuesday as the storm battered the island for a third day, "
      "and the old sea wall held.")),
    (("A winter of waiting for the island ferry.", "The harbour board blames the storm for it.",
      "Two boats will sail to the island twice a day from the first of May, the operator told passengers on "
      "Monday, after a winter in which no boat crossed and the shops on the quay closed early."),
     ("A winter of waiting for the island ferry.", "Harbour board blames storm.",
      "Two boats will sail to the island twice a day from May.")),
)


def _stems(text: str) -> set[str]:
    return {word.lower()[:5] for word in re.findall(r"[^\W\d_]{3,}", text) if word.lower() not in _MINOR_WORDS}


def echoed(line: str, paragraph: str) -> bool:
    """Whether most content words of ``line`` come back in ``paragraph``, as a lede restates its headline."""
    words = _stems(line)
    return bool(words) and len(words & _stems(paragraph)) >= 0.6 * len(words)


# A headline calls people by the surname alone; the lede below introduces them in full ("Mayor Lund
# says ..." over "Harbour Mayor Ada Lund said on Monday ..."). A lede's next paragraph does the reverse:
# the full name first, the surname or a description after it.
NAMES_IN_FULL_EXAMPLES = (
    (("Lund says ferry will run again.", "Harbour mayor Ada Lund said on Monday that the island ferry would "
      "run again from May, after a winter without crossings."),
     ("Okafor and Lind clash over pier plan.", "Councillor Grace Okafor accused the council leader, Per Lind, "
      "of hiding the cost of the new pier in a heated meeting."),
     ("Ross is out as coach, players say.", "Velmont have sacked their head coach, Tom Ross, according to "
      "three players who spoke to the paper after training on Friday, his \"Ross rules\" gone with him.")),
    (("Ada Lund wants the ferry back.", "The harbour mayor told a meeting on Monday that Lund's office had "
      "written to the operator three times since the winter."),
     ("Mayor Lund says ferry will run again.", "Mayor Lund said on Monday that the island ferry would run "
      "again from May, after a winter without crossings."),
     ("Ferry will run again, mayor says.", "The island ferry will run again from May, Harbour Mayor Ada Lund "
      "said on Monday after a winter without crossings."),
     ("Ada Lund is the island's longest-serving mayor.", "Mrs Lund has served 4,000 days, passing the record "
      "of Per Lind, who led the council in the 1970s."),
     ("Kestrel is taking the plunge into ferries.", "It is buying two boats for the island run, called "
      "Kestrel Lines. Kestrel has run buses on the island since 1990.")),
)


_TITLE_LETTERS = 4  # a title cut short before a name: "Sen.", "Gov.", "Capt."


def names_in_full(head: str, lede: str, language: str = "english") -> bool:
    """Whether the lede gives in full a name the head uses short: a name of the head comes back in the
    lede after a capitalised word (a forename, a title) that it lacks in the head, not at a sentence's
    start."""
    common = lower_case_words(language)
    head_words = [_bare_name(word) for word in head.split()]
    # the names the head uses alone: "Tony Lund" is in full already
    names = {word for number, word in enumerate(head_words)
             if _NAME_WORD.fullmatch(word) and word.lower() not in common
             and not (number and _NAME_WORD.fullmatch(head_words[number - 1]))}
    lede_words = lede.split()
    for number, word in enumerate(lede_words[1:], start=1):
        if _bare_name(word) not in names:
            continue
        before = lede_words[number - 1]
        short = before.rstrip(".")
        if not _NAME_WORD.fullmatch(short) or (before.endswith(".") and len(short) > _TITLE_LETTERS):
            continue  # no forename or title before it, or a sentence ends there ("... Spaces. Lund")
        if number == 1 or _FULL_STOP.search(lede_words[number - 2]):
            continue  # the word before opens a sentence: "The Lund family", not a forename
        return True
    return False


# A section label that opens the headline's own line ("Opinion | Why the tram vote matters"): four words at
# most before the mark, a headline of three words or more after it, and no second mark (that is a breadcrumb).
_LEADING_KICKER = re.compile(r"^(?P<kicker>[A-Z0-9][^|>»]{0,40}?)[ ]{1,3}[|>»][ ]{1,3}(?P<headline>[^|>»]{10,300})$")
LEADING_KICKER_EXAMPLES = (
    (("Opinion | Why the tram vote matters more than the council admits",
      "Opinion", "Why the tram vote matters more than the council admits"),
     ("US Election 2024 | Voters queue for hours in the swing states",
      "US Election 2024", "Voters queue for hours in the swing states"),
     ("World » Floods leave thousands homeless in Velmont", "World", "Floods leave thousands homeless in Velmont")),
    ("Harbour tunnel opens two years late", "News | World | Floods leave thousands homeless",
     "Why the harbour tunnel vote matters more than you think | Opinion",
     "The council said on Monday | that it would not", "Opinion | Tram", "Ada Lund: I will not stand again"),
)


def split_kicker(line: str) -> tuple[str | None, str]:
    """The section label a headline line opens with, if any, and the headline after it."""
    match = _LEADING_KICKER.match(line)
    if match is None or count_words(match.group("kicker")) > 4 or count_words(match.group("headline")) < 3:
        return None, line
    return match.group("kicker"), match.group("headline")


def is_kicker(block: Block, rest: list[Block], language: str = "english") -> bool:
    """A section label above the headline: "Iraq |", "Politics >", a breadcrumb, or a short label line.

    A label without a mark counts only when a headline-sized line follows it: above running prose,
    "COUNCIL AGREES BUDGET" is the headline itself.
    """
    if not rest:
        return False
    if KICKER_MARK.match(block.text):
        return True
    label = (
        (block.words <= 4 and block.text.isupper())
        or (block.words <= 6 and bool(_BREADCRUMB.match(block.text)))
        or (block.words <= 3 and block.text[:1].isupper() and not _TERMINAL.search(rest[0].text)
            and rest[0].words > block.words + 2)
    )
    return label and not _TERMINAL.search(block.text) and looks_like_headline(rest[0], rest[1:], language)


_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"”’)]{0,2}[ ]+[\"“‘(]{0,2}[A-Z]")


_DECK_WITH_STOP_WORDS = 14


def is_deck(block: Block, headline: Block, rest: list[Block], *, same_run: bool) -> bool:
    """The second headline line, standing between the headline and the story.

    Layout decides: a short one-line block right under the headline is a deck when the byline, the date
    line or the lede's wire dateline comes after it (the story has not begun), when it sat on the
    headline's own lines while the story's paragraphs are set apart by blank lines, when it has no
    full stop above a longer paragraph, when it is short and the lede below restates it, or when it is
    short, in a headline's clipped grammar (``clipped``) and ends as the headline does, above the story.
    """
    if not block.one_line or not 4 <= block.words <= 40 or block.words <= headline.words // 2:
        return False
    if _SENTENCE_BREAK.search(block.text) and len(sentence_spans(block.text)) > 1:
        # two sentences or more: the story has begun (a deck is one line of headline-ese); "Sen. Lund" is one
        return False
    if split_dateline(block.text)[0] is not None or not rest:
        return False
    after = rest[0]
    if _front_follows(rest):
        return True
    if same_run and after.words > block.words:
        return True
    if block.text.endswith(":"):
        return False
    if not _FULL_STOP.search(block.text):
        return after.words > block.words + 10
    # With a full stop it may be a short lede; it is the deck when the clearly longer paragraph below
    # restates it or gives its names in full, as a lede does its headline's, or when it is written in
    # a headline's clipped grammar, shows no sign of a lede's sentence (``LEDE_SIGNS``) and ends as the
    # headline does, above the story: a clearly longer paragraph, a longer one in prose grammar, or a
    # second deck line over it.
    # A line that repeats the headline's words is the lede telling the headline's news.
    if block.words > _DECK_WITH_STOP_WORDS or PERFECT_TENSE.search(block.text) or len(
            _stems(headline.text) & _stems(block.text)) >= 2:
        return False
    longer = after.words >= 2 * block.words + 6
    if longer and (echoed(block.text, after.text) or names_in_full(block.text, after.text)):
        return True
    if not _FULL_STOP.search(headline.text) or not clipped(block.text) or lede_sign(
            block.text, [later.text for later in rest[:20]]) is not None:
        return False  # a sentence under a headline set without a full stop is not set as the headline is
    return longer or (after.words > block.words and not clipped(after.text)) or deck_below(rest)


_UNCLIPPED = re.compile(
    r"(?<![\w'’\-])(?:the|a|an|he|she|it|they|we|i|you|him|her|them|us|me|his|its|their|our|my|your|this|"
    r"these|those|there)(?![\w\-])", re.IGNORECASE)
CLIPPED_EXAMPLES = (
    ("Ferry firm blames fuel costs for higher island fares.", "Harbour board rejected pier plan in 2019.",
     "Only two councillors back Mayor Lund's budget.", "FARE RISE ON EVERY ROUTE.", "'Kestrel' sold to rival."),
    ("The ferry firm blames fuel costs for higher fares.", "Fares will rise on every route from May.",
     "It was a long winter on the island.", "Councillors say they want a vote.", "There's more to come.",
     "Mayor Lund has been cleared of wrongdoing."),
)


def clipped(text: str) -> bool:
    """Whether a line is written in a headline's clipped grammar: no article, no pronoun, no auxiliary
    or modal verb ("Ferry firm blames fuel costs", not "The ferry firm blames ..." or "Fares will ...")."""
    return not _UNCLIPPED.search(text) and not _AUXILIARY.search(text.lower()) and not PERFECT_TENSE.search(text)


_DATE_PREPOSITION = re.compile(
    r"\b(?:on|in|by|since|until|till|from|to|of|before|after|between|and|dated|as)$", re.IGNORECASE)


# What may stand between the parts of a head pasted as one line ("By Ada Thorne · Published ..."), and end it.
_HEAD_SEPARATORS = " ,|·•–—-"
_WIRE_AFTER_DATE = re.compile(rf"[ ]{{0,3}}(?:[-—–]{{1,2}})?(?:{_RELEASE_WIRE}|\([ ]{{0,3}}{_WIRES}[ ]{{0,3}}\))")


# The most words of the head before a one-line paste's date line; more where the head ends on a byline
# (a kicker, a headline and a deck before "By ..."), which no sentence does.
_DATE_HEAD_WORDS = (30, 45)


# The weekday before the date and the clock time after it ("Tuesday 1 December 2026 16.40 GMT") belong to
# the date line; a time zone is one that ends in "T" or is UTC, not a dateline's place ("... 10:15 PARIS").
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w'’\-])(?-i:{_WEEKDAYS}),?[ ]+$")
_CLOCK_AFTER = re.compile(r",?[ ]+(?:at[ ]+)?\d{1,2}[:.]\d{2}(?:[ ]?(?:[ap]\.?m\.?|AM|PM))?(?:[ ]+(?:[A-Z]{1,4}T|UTC))?"
                          r"(?![\w:.])")


def _bylined(head: str) -> bool:
    """Whether a head ends on a byline (a capitalised "By" and a name, or a name and its newsroom role), or
    on one and a date label ("... By Jo Lee Published")."""
    label = _DATE_LABEL.search(head) or _DATE_LABEL_WITH_TIME.search(head)
    end = label.start() if label else len(head)
    return _TRAILING_BYLINE.search(head, 0, end) is not None or _role_byline(head, 0, end) is not None


def one_line_date(text: str) -> tuple[int, int, int] | None:
    """In a story pasted as one line, a full date within its first 30 words with only a head before it
    (3 to 30 words, no full stop): where the head ends, and where the date starts and ends."""
    match = _DATE.search(text[:400])
    if match is None or _WIRE_AFTER_DATE.match(text, match.end()):
        return None  # none, or the date of a wire dateline ("KELBY, March 3, 2025 /PRNewswire/ --")
    weekday = _WEEKDAY_BEFORE.search(text, 0, match.start())
    start = weekday.start() if weekday else match.start()
    clock = _CLOCK_AFTER.match(text, match.end())
    end = clock.end() if clock else match.end()
    head = text[:start].rstrip(_HEAD_SEPARATORS)
    if _DATE_PREPOSITION.search(head):
        return None  # "... met on 3 March 2025": a date inside a sentence, not a date line
    words = count_words(head)
    if not 3 <= words <= _DATE_HEAD_WORDS[_bylined(head)] or _SENTENCE_BREAK.search(head) or _FULL_STOP.search(head):
        return None
    if count_words(text[end:]) < 20:
        return None
    return len(head), start, end


ONE_LINE_DATE_EXAMPLES = (
    ("Iraq shuts border as fighting spreads December 01, 2024 The Iraqi government closed its borders on "
     "Sunday amid growing security concerns in the area, officials said, as fighting spread in the north.",
     "Iraq shuts border as fighting spreads"),
    ("The council met on 3 March 2025 and agreed the budget after a long night of talks, and the mayor said "
     "it was a good day for the town and for everyone who had waited so long for the work.", None),
    ("Ferry operator to raise fares from 1 May 2026 for every route on the island, the operator said on "
     "Monday in a statement that blamed higher fuel costs and the new harbour fees for the change.", None),
    ("Ferry fares rise. New prices start on 2026-05-01 for every route, the operator said on Monday in a "
     "statement that blamed higher fuel costs and the new harbour fees for the change.", None),
    # a kicker, a headline and a long deck before a byline: more words than a head alone may have
    ("WORLD NEWS Drought forces Kelby to ration water for the first time in thirty years Officials say the "
     "reservoirs are at a third of capacity after the driest winter on record By Ada Thorne and Jo Lee "
     "Published 4 December 2026 The town will ration tap water from Monday, the council said on Thursday, "
     "after a winter that left its reservoirs at a third of their usual level.",
     "WORLD NEWS Drought forces Kelby to ration water for the first time in thirty years Officials say the "
     "reservoirs are at a third of capacity after the driest winter on record By Ada Thorne and Jo Lee Published"),
    # the weekday before the date and the time after it are the date line's
    ("Shipyard to cut 1,200 jobs as orders dry up Ada Thorne, Business Correspondent Tuesday 1 December 2026 "
     "16.40 GMT Kelby Marine, the last shipbuilder on the island, is to cut 1,200 jobs over the next two years, "
     "the company said on Tuesday.",
     "Shipyard to cut 1,200 jobs as orders dry up Ada Thorne, Business Correspondent"),
    # Left alone: as many words of a sentence before a date, with no byline ending them.
    ("The council, which had argued for years that the harbour wall could wait until the ferry company paid "
     "its share of the repairs and the storms of the winter had passed, said 3 March 2025 would be the first "
     "day of the work, and residents welcomed the news.", None),
    # the date of a wire dateline belongs to the dateline, which parts the head itself
    ("Kelby ferry to get a new pier KELBY, Scotland, March 3, 2025 /PRNewswire/ -- The harbour board said on "
     "Monday it would build a new pier for the island ferry, the first in forty years.", None),
)


# The parts a pasted head may carry around its headline, when a date line follows it on one line:
# a kicker in capitals before it, a byline and a date label ("Published", "Updated") after it.
# Either may end on the weekday of the date that follows ("Updated Mon", "Published 10:04 AM EST, Mon").
_LABEL_WEEKDAY = rf"(?:[ ]?,?[ ]+(?-i:{_WEEKDAYS}))?[ ]?,?"
_DATE_LABEL = re.compile(r"[ ]+(?:(?:First|Last)[ ]+)?(?:Published|Updated|Posted|Modified)(?:[ ]+on)?[ ]?:?"
                         rf"{_LABEL_WEEKDAY}$", re.IGNORECASE)
# The same label with the time of day before the date ("Updated 09:40 GMT, 12 February 2025"): capitalised,
# since a headline may end on "updated" and a figure.
_DATE_LABEL_WITH_TIME = re.compile(
    r"[ ]+(?:(?:First|Last)[ ]+)?(?:Published|Updated|Posted|Modified)(?:[ ]+(?:on|at))?[ ]?:?"
    r"[ ]+\d{1,2}[:.]\d{2}(?:[ ]?(?:[ap]\.?m\.?|AM|PM))?(?:[ ]+[A-Z]{2,5})?" + _LABEL_WEEKDAY + "$")
_TRAILING_BYLINE = re.compile(
    r"[ ]+By(?:[ ]+(?:[A-Z][\w.'’\-]{0,30}|de|da|di|del|van|von|der|den|la|le|al|el|bin|ibn)){2,5}"
    r"(?:[ ]+and(?:[ ]+(?:[A-Z][\w.'’\-]{0,30}|de|da|di|del|van|von|der|den|la|le|al|el|bin|ibn)){2,5})?"
    r"(?:,[ ]+[A-Za-z][\w'’\-]*(?:[ ]+[A-Za-z][\w'’\-]*){0,2})?"  # a role: ", Transport Correspondent"
    r"[ ]?[,|·•–—-]?$")
# A byline without "By": a name, then its newsroom role after a comma ("Priya Raman, Staff Reporter"),
# the role's last word one of the lexicon's ``NEWSROOM_ROLES``.
_TRAILING_ROLE_BYLINE = re.compile(
    r"[ ]+[A-Z][\w.'’\-]{0,30}(?:[ ]+(?:[A-Z][\w.'’\-]{0,30}|de|da|di|del|van|von|der|den|la|le|al|el|bin|ibn)){1,3}"
    r",[ ]+(?:[A-Z][\w'’\-]*[ ]+){0,2}(?P<role>[A-Z][a-z]+)[ ]?[,|·•–—-]?$")
_TRAILING_ROLED_BYLINE = re.compile(
    r"(?<=[a-z0-9,;])[ ]+[A-Z][a-z'’\-]+(?:[ ][A-Z][\w.'’\-]+){1,2}[ ][A-Z][a-z]+(?:[ ][a-z]+){0,2}[ ](?P<role>[a-z]+)"
    r"[ ]?[,|·•–—-]?$")
_CAPS_RUN = re.compile(r"^(?P<kicker>[A-Z][A-Z&'’\-]+(?:[ ]+[A-Z&][A-Z&'’\-]*){0,3})[ ]+(?=[A-Z][a-z])")
# A page's reading time ("3 MIN READ", "5 min read"), which a one-line paste carries between its byline
# and the story's dateline.
_READING_TIME = re.compile(r"(?<![\w.,])\d{1,3}[ -]?(?:MIN(?:UTE)?S?|[Mm]in(?:ute)?s?)[ ]+(?:READ|[Rr]ead)(?![\w'’-])")
_READING_TIME_AT_END = re.compile(rf"[ ]+{_READING_TIME.pattern}[ ]?[|·•–—-]?$")


def _sentence_case(words: list[str]) -> bool:
    """Whether a head's words after its first hold a lower-case word that is no small word: set in
    sentence case, where a capital inside shows a name or a new sentence ("... parents raise £80,000
    Councillors ..."); in Title Case every word is capitalised and a capital shows nothing."""
    return any(word[:1].islower() and word.lower() not in _MINOR_WORDS for word in words[1:])


def one_line_head_parts(head: str, language: str = "english", story: str = "") -> dict[str, tuple[int, int]]:
    """The spans of ``kicker``, ``headline``, ``byline``, ``label`` (a date label) and ``reading time``
    ("3 MIN READ", which no part keeps) in the head of a one-line paste that a date line follows ("WORLD
    Flood barrier fails in Valdora By Marta Kessel Published"). A part is taken only on evidence that
    generalises: the kicker is in capitals and the headline after it is not (a single kicker word is a
    common word, not an acronym); a byline is a capitalised "By" and two to four name words ending the
    head of a sentence-case headline (in a Title Case head "By Dog Bites" could be the headline's own words).
    ``story``, the pasted text the head opens, tells which capitalised words the story writes in lower case."""
    parts: dict[str, tuple[int, int]] = {}
    start, end = 0, len(head)
    reading = _READING_TIME_AT_END.search(head)
    if reading is not None and count_words(head[: reading.start()]) >= 3:
        parts["reading time"] = (reading.start() + len(reading.group(0)) - len(reading.group(0).lstrip()), end)
        end = reading.start()
    label = _DATE_LABEL.search(head, 0, end) or _DATE_LABEL_WITH_TIME.search(head, 0, end)
    if label is not None and count_words(head[: label.start()]) >= 3:
        parts["label"] = (label.start() + len(label.group(0)) - len(label.group(0).lstrip()), end)
        end = label.start()
    kicker = _CAPS_RUN.match(head, 0, end)
    if kicker is not None:
        words = kicker.group("kicker").split()
        rest = head[kicker.end() : end]
        single_word = len(words) == 1 and len(words[0]) >= 3 and words[0].lower() in lower_case_words(language)
        if (single_word or len(words) >= 2) and count_words(rest) >= 3 and not rest.isupper():
            parts["kicker"] = (0, len(kicker.group("kicker")))
            start = kicker.end()
    byline = _TRAILING_BYLINE.search(head, start, end) or _role_byline(head, start, end)
    if byline is not None:
        before = head[start : byline.start()]
        words = before.split()
        sentence_case = _sentence_case(words)
        if sentence_case and len(words) >= 3:
            found = byline.group(0)
            parts["byline"] = (byline.start() + len(found) - len(found.lstrip()),
                               byline.start() + len(found.rstrip(_HEAD_SEPARATORS)))
            end = byline.start()
    deck = _deck_point(head, start, end, story_common_words(story, language) if story else lower_case_words(language))
    if deck:
        parts["deck"] = (deck, end)
        end = len(head[:deck].rstrip())
    parts["headline"] = (start, end)
    return parts


def _role_byline(head: str, start: int, end: int) -> re.Match[str] | None:
    """A name and its newsroom role ending the head (``_TRAILING_ROLE_BYLINE``), or None."""
    from ..quotes.lexicon import NEWSROOM_ROLES

    found = _TRAILING_ROLE_BYLINE.search(head, start, end)
    if found is None or found.group("role").lower() not in NEWSROOM_ROLES:
        # "... new sites Ada Thorne Scotland editor": the role with no comma, after a lower-case word
        found = _TRAILING_ROLED_BYLINE.search(head, start, end)
    return found if found is not None and found.group("role").lower() in NEWSROOM_ROLES else None


# Words a one-line head's headline and its deck must each have, at least, before the two are parted.
_ONE_LINE_HEADLINE_WORDS, _ONE_LINE_DECK_WORDS = 4, 5


# A capitalised word right after a word that ends in a letter or figure, and the word after it.
_NEW_SENTENCE = re.compile(r"(?<=[a-z0-9%'’\"”])[ ]+(?P<word>[A-Z][a-z]{0,20})\b(?=[ ]+(?P<after>\S?))")


def _deck_point(head: str, start: int, end: int, common: Container[str]) -> int:
    """Where a deck begins inside the headline part of a one-line head ("... raise £80,000 Councillors had
    planned ..."), or 0: the one point where a new sentence visibly starts (a capitalised common word, one
    in ``common``: Punkt's, and the story's own lower-case words where the caller has the story,
    right after a word ending in a letter or figure, not before a capitalised word unless it is a word
    that opens sentences: "Time Warner" is a name), with a headline of at least four words
    before it, in sentence case, that does not end on a small word ("... rise as Government ..." is one
    headline), a deck of at least five after it, and no full stop in either (a full stop would make it a
    story, not a head)."""
    text = head[start:end]
    if _FULL_STOP.search(text) or _SENTENCE_BREAK.search(text) or _DECK_AFTER_SEMICOLON.search(text):
        return 0  # "Headline; deck" holds its deck already: no other is looked for inside it
    points = [match.start("word") for match in _NEW_SENTENCE.finditer(text)
              if match.group("word").lower() in common and (
                  match.group("word") in SENTENCE_OPENERS or not match.group("after")[:1].isupper())]
    if len(points) != 1:
        return 0
    before, after = text[: points[0]].split(), text[points[0] :].split()
    if len(before) < _ONE_LINE_HEADLINE_WORDS or len(after) < _ONE_LINE_DECK_WORDS:
        return 0
    if before[-1].lower() in _MINOR_WORDS:
        return 0
    if not _sentence_case(before):
        return 0  # a Title Case head: every word is capitalised, so a capital shows no new sentence
    return start + points[0]


# A word that opens sentences right after a word ending in a letter or figure, a lower-case word after it.
# The separator a byline may end on before the lede ("By Ines Varga • A village ...") is taken only after a byline.
_LEDE_OPENS = re.compile(r"(?<=[a-z0-9%'’\"”])(?P<mark>[ ]+[|·•–—-])?[ ]+(?P<word>"
                         + "|".join(sorted(SENTENCE_OPENERS)) + r")[ ]+(?=[a-z])")


def one_line_deck(headline: str, rest: str, language: str = "english") -> dict[str, tuple[int, int]]:
    """The ``deck`` (and a ``byline`` after it) at the start of ``rest``, the story after the headline of
    a one-line paste, and where the ``lede`` starts, or nothing ("Councillors had planned to shut the
    school By Ines Varga The village primary school ...").

    Evidence that generalises: inside the first sentence as Punkt reads it, a word that opens sentences
    ("The", "A", "He") right after a word ending in a letter or figure, with a lower-case word after it
    ("The council", not "The Godfather"); a sentence-case deck of 5 to 30 words before it, not ending on
    a small word; and a lede after it of at least 20 words that restates the headline, as a lede does.
    When unsure, nothing is parted and the text stays in the story."""
    spans = sentence_spans(rest[:2000], language)
    if not spans:
        return {}
    first = rest[spans[0][0] : spans[0][1]]
    opener = _LEDE_OPENS.search(first)
    if opener is None:
        return {}
    point = opener.start("word")
    start = spans[0][0]
    deck_end = start + len(first[:point].rstrip())
    parts: dict[str, tuple[int, int]] = {}
    byline = _TRAILING_BYLINE.search(rest, start, deck_end)
    if byline is not None:
        found = byline.group(0)
        parts["byline"] = (byline.start() + len(found) - len(found.lstrip()),
                           byline.start() + len(found.rstrip(_HEAD_SEPARATORS)))
        deck_end = byline.start()
    elif opener.group("mark"):
        return {}
    deck = rest[start:deck_end].split()
    lede = rest[start + point :]
    if not 5 <= len(deck) <= 30 or deck[-1].lower() in _MINOR_WORDS or _FULL_STOP.search(rest[start:deck_end]):
        return {}
    if not _sentence_case(deck):
        return {}
    lede_sentence = rest[start + point : min(spans[0][1], start + point + 600)]  # the lede's own sentence
    if count_words(lede) < 20 or not echoed(headline, lede_sentence):
        return {}
    parts["deck"] = (start, deck_end)
    parts["lede"] = (start + point, len(rest))
    return parts


ONE_LINE_DECK_EXAMPLES: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("Village school saved after parents raise £80,000",
     "Councillors had planned to shut the old school in July By Ines Varga, Education Reporter A village "
     "primary school that was due to close will stay open after parents raised more than £80,000 in six "
     "weeks, the county council said on Friday.",
     {"deck": "Councillors had planned to shut the old school in July", "byline": "By Ines Varga, Education Reporter",
      "lede": "A village primary school"}),
    ("Village school saved after parents raise £80,000",
     "Councillors had planned to shut the old school in July By Ines Varga • A village primary school that "
     "was due to close will stay open after parents raised more than £80,000 in six weeks, the county "
     "council said on Friday.",
     {"deck": "Councillors had planned to shut the old school in July", "byline": "By Ines Varga",
      "lede": "A village primary school"}),
    ("Harbour tunnel opens two years late",
     "Drivers queued for hours on the first morning The harbour tunnel opened on Monday two years late and "
     "far over budget, and the first drivers through it said the wait had been worth it.",
     {"deck": "Drivers queued for hours on the first morning", "lede": "The harbour tunnel opened"}),
    # Left alone: a title inside the lede, a lede that does not restate the headline, a short deck.
    ("Film festival opens with a classic",
     "Critics in the old harbour town watched the film The Godfather again on Friday night, and the festival "
     "said every ticket for the opening had been sold within an hour.", {}),
    ("Harbour tunnel opens two years late",
     "Ministers told the committee on Monday It was a matter for the council, and the committee said it would "
     "write to the transport minister to ask for the full accounts.", {}),
    ("Village school saved after parents raise £80,000",
     "Councillors had planned to shut the old school in July — A village primary school that was due to "
     "close will stay open after parents raised more than £80,000 in six weeks, the county council said.", {}),
    ("Harbour tunnel opens two years late",
     "Drivers queue early The harbour tunnel opened on Monday two years late and far over budget, and the "
     "first drivers through it said the wait had been worth it.", {}),
)


ONE_LINE_HEAD_EXAMPLES = (
    ("WORLD NEWS Flood barrier fails as river reaches record height By Marta Kessel Published",
     {"kicker": "WORLD NEWS", "headline": "Flood barrier fails as river reaches record height",
      "byline": "By Marta Kessel", "label": "Published"}),
    ("POLITICS Council backs tram line after long debate",
     {"kicker": "POLITICS", "headline": "Council backs tram line after long debate"}),
    ("Ferry fares to rise on every island route By Ana de Souza and Tom Reid Updated:",
     {"headline": "Ferry fares to rise on every island route", "byline": "By Ana de Souza and Tom Reid",
      "label": "Updated:"}),
    ("Ferry fares to rise on every island route By Ana de Souza Updated 09:40 GMT",
     {"headline": "Ferry fares to rise on every island route", "byline": "By Ana de Souza",
      "label": "Updated 09:40 GMT"}),
    ("Ferry fares to rise on every island route By Ana de Souza · Updated 09:40 GMT",
     {"headline": "Ferry fares to rise on every island route", "byline": "By Ana de Souza",
      "label": "Updated 09:40 GMT"}),
    ("Harbour baths reopen after a winter of repairs Published at 9.15am",
     {"headline": "Harbour baths reopen after a winter of repairs", "label": "Published at 9.15am"}),
    # the weekday of the date that follows ends the label
    ("Kelby ferry terminal to close after forty years By Kit Marlow, Staff Writer Published 10:04 AM EST, Mon",
     {"headline": "Kelby ferry terminal to close after forty years", "byline": "By Kit Marlow, Staff Writer",
      "label": "Published 10:04 AM EST, Mon"}),
    ("Harbour baths reopen after a winter of repairs Updated Tuesday,",
     {"headline": "Harbour baths reopen after a winter of repairs", "label": "Updated Tuesday,"}),
    # Left alone: a weekday that is the headline's own last word, with no label before it.
    ("Harbour baths to reopen after repairs on Tuesday",
     {"headline": "Harbour baths to reopen after repairs on Tuesday"}),
    ("Free ferry passes for every island pupil from May, council confirms Ines Varga, Staff Reporter",
     {"headline": "Free ferry passes for every island pupil from May, council confirms",
      "byline": "Ines Varga, Staff Reporter"}),
    ("Harbour wall repairs to start in spring Tom Reid, Transport Correspondent",
     {"headline": "Harbour wall repairs to start in spring", "byline": "Tom Reid, Transport Correspondent"}),
    # Left alone: a name and a role that is no newsroom's ("..., Harbour Master"), a role in lower case.
    ("Council thanks the man who ran the port for forty years Per Lind, Harbour Master",
     {"headline": "Council thanks the man who ran the port for forty years Per Lind, Harbour Master"}),
    ("Ferry fares to rise in May, warns Ada Lund, island editor",
     {"headline": "Ferry fares to rise in May, warns Ada Lund, island editor"}),
    # Left alone: a headline that ends on the word and a figure.
    ("Ferry timetable for the island run to be updated 14:30",
     {"headline": "Ferry timetable for the island run to be updated 14:30"}),
    ("Ferry fares to rise on every island route By Ana de Souza, Transport Editor",
     {"headline": "Ferry fares to rise on every island route", "byline": "By Ana de Souza, Transport Editor"}),
    # Left alone: an acronym opening the headline, a headline in capitals, a Title Case "By".
    ("NATO Allies Agree To Raise Defence Spending", {"headline": "NATO Allies Agree To Raise Defence Spending"}),
    ("US Troops Leave Base In North", {"headline": "US Troops Leave Base In North"}),
    ("FLOOD BARRIER FAILS IN VALDORA", {"headline": "FLOOD BARRIER FAILS IN VALDORA"}),
    ("Man Bitten By Dog Sues Owner", {"headline": "Man Bitten By Dog Sues Owner"}),
    ("Man Bitten By Dog, Owner Says", {"headline": "Man Bitten By Dog, Owner Says"}),
    ("Council rejects plan put forward by Mayor Ann Lee",
     {"headline": "Council rejects plan put forward by Mayor Ann Lee"}),
    # A deck after the headline, where a new sentence visibly starts.
    ("EDUCATION Village school saved after parents raise £80,000 Councillors had planned to shut the "
     "140-year-old school in July By Ines Varga, Education Reporter",
     {"kicker": "EDUCATION", "headline": "Village school saved after parents raise £80,000",
      "deck": "Councillors had planned to shut the 140-year-old school in July",
      "byline": "By Ines Varga, Education Reporter"}),
    ("Harbour tunnel opens two years late Drivers queue for hours on the first morning",
     {"headline": "Harbour tunnel opens two years late", "deck": "Drivers queue for hours on the first morning"}),
    # Left alone: a capitalised common word inside one headline, after a small word or before a short tail.
    ("Ferry fares rise as Government delays the harbour vote",
     {"headline": "Ferry fares rise as Government delays the harbour vote"}),
    ("Flood victims say Council ignored their warnings",
     {"headline": "Flood victims say Council ignored their warnings"}),
    ("Storm hits coast overnight Thousands without power",
     {"headline": "Storm hits coast overnight Thousands without power"}),
    ("Mayor Says Council ‘Totally Wrong’ to Close the Old Harbour Baths",
     {"headline": "Mayor Says Council ‘Totally Wrong’ to Close the Old Harbour Baths"}),
)


def one_line_headline(text: str, language: str = "english") -> int:
    """Where the headline ends when a story was pasted as one line ("Harbour tunnel opens The ..."), or 0
    (``_one_line_cut``, and a headline set as a sentence: ``_sentence_head_over_stub``)."""
    return _sentence_head_over_stub(text, _one_line_cut(text, language), language)


def _one_line_cut(text: str, language: str) -> int:
    """Where the headline ends when a story was pasted as one line ("Harbour tunnel opens The ..."), or 0.

    A wire dateline after a short head parts the two (``_before_dateline``). Otherwise the candidates
    are the points inside the first sentence (as Punkt reads it) where a capitalised word, a figure or
    a quotation starts, with a headline-sized head before it (``_one_line_cuts``). A reader splits
    where the lede visibly begins: a word that opens sentences ("The", "He", a capitalised common word
    such as "Thousands") right after a lower-case word, or where sentence case begins after a Title
    Case head (``_opens_sentence``). Of those, the last one whose head still reads as a headline is
    taken (an earlier one cuts inside the headline: "... halt fare rises One of ..."), when the
    story after it restates enough of the head's words. Failing that, a lede that opens with a name
    must restate the headline (``_restated_headline``). When unsure, no headline is claimed.
    """
    dated = _before_dateline(text)
    if _deck_in_head(text, dated, language):
        # "Harbour wall holds | As the storm passed, the town counts the cost. KELBY - ...": the head before
        # the dateline is a sentence, a headline and its deck; the headline ends where the lede would, or
        # failing a lede that restates it, where the deck visibly begins
        cut = _headline_end(text, language) or _deck_start(
            text[:dated].rstrip(), language, story_common_words(text, language))
        if 0 < cut < dated:
            return cut
    dated = dated or before_label(text)
    if dated:
        return dated
    decked = _headline_and_deck(text, language)
    if decked:
        return decked
    return _headline_end(text, language)


_STUB_WORDS = 8


def _sentence_head_over_stub(text: str, cut: int, language: str) -> int:
    """``cut``, or the end of a sentence-style headline (``sentence_headline``) where there is one and ``cut``
    is none or leaves a stub of it ("Jobs figures give Kelby mayor a lift; Solid upturn ... could blunt |
    Harbour Party claims. Jobs figures ..."): a lede opens no sentence of fewer than eight words."""
    whole = sentence_headline(text, language)
    if not whole or (cut and not cut < whole):
        return cut
    stub = text[cut:whole]
    # a label in capitals or a dateline after the cut is no stub: "... for WASPs | ABSTRACT.", "... flap |
    # LA CROSSE, Wisc. —"
    if cut and (count_words(stub) >= _STUB_WORDS or not any(c.islower() for c in stub)
                or _opens_with_dateline(text[cut:].lstrip())):
        return cut
    return whole


# A headline set as a sentence, with its full stop ("Mayor says harbour tunnel will open in spring."), or
# as two ("Harbour tunnel opens. Finally."), opening a one-line paste: 4 to 14 words that do not open
# with an article (or a headline and its deck after a semicolon, each that long), an afterthought of two
# words at most (in lower case after its first letter, no abbreviation: "Former U.N." is the next line's),
# perhaps a label in capitals ("ABSTRACT."), then a lede of 15 words or more that restates the headline,
# or, under a headline in Title Case, is set in sentence case. A story's own first sentence names what it
# is about with an article ("The tunnel ..."), and without that evidence nothing is claimed.
_SENTENCE_HEAD_WORDS, _AFTERTHOUGHT_WORDS, _RESTATING_LEDE_WORDS = (4, 14), 2, 15
_AFTERTHOUGHT = re.compile(r"^[A-Z][a-z'’]*(?:[ ][a-z'’]+)?[.!?]$")
SENTENCE_HEADLINE_EXAMPLES = (
    ("Mayor says harbour tunnel will open in spring. The harbour tunnel will open to traffic in the spring, two "
     "years later than planned, the mayor of Kelby said on Monday.", "Mayor says harbour tunnel will open in spring."),
    ("Harbour tunnel opens. Finally. The harbour tunnel opened to traffic on Monday, two years later than planned "
     "and far over budget, the mayor of Kelby said.", "Harbour tunnel opens. Finally."),
    ("Tunnel approved, and the ferry dropped. The harbour tunnel was approved in Kelby on Monday by a wide margin, "
     "and the island ferry will be dropped next year, the council said.", "Tunnel approved, and the ferry dropped."),
    ("Mayor calls the tunnel ‘a triumph’. The mayor of Kelby called the new harbour tunnel a triumph on Monday "
     "as the first cars drove through it, two years late.", "Mayor calls the tunnel ‘a triumph’."),
    # Left alone: a first sentence that opens with an article, a lede that does not restate it, a short
    # lede; an abbreviation or a label in capitals after the headline is no afterthought of it.
    ("The harbour tunnel will open in spring. The harbour tunnel will open to traffic in the spring, two years "
     "later than planned, the mayor of Kelby said on Monday.", None),
    ("Shares in Kelby Shipping fell sharply on Monday. Investors were worried by a warning from the chief "
     "executive that profits this year would be lower than expected.", None),
    ("Mayor says harbour tunnel will open in spring. The harbour tunnel will open soon.", None),
    ("Envoy backs harbour tunnel. Former U.N. envoy Ada Thorne backed the harbour tunnel on Monday, saying it "
     "would bring the island closer to the mainland.", "Envoy backs harbour tunnel."),
    # a label in capitals between the headline and the lede; a headline and its deck set as one line
    ("Kelby backs harbour tunnel. ABSTRACT. Voters in Kelby backed the harbour tunnel by a wide margin on "
     "Monday, ending ten years of argument over the plan.", "Kelby backs harbour tunnel."),
    ("Kelby backs harbour tunnel; Vote ends ten years of argument as the ferry firm loses its case. Voters in "
     "Kelby backed the harbour tunnel on Monday, ending ten years of argument over the plan.",
     "Kelby backs harbour tunnel; Vote ends ten years of argument as the ferry firm loses its case."),
    # a headline in Title Case over a lede in sentence case that does not restate it
    ("Why The Ferry Vote Matters For The Island. Few votes in the last decade have drawn as many people to the "
     "town hall as Tuesday's, and few will shape daily life so much.", "Why The Ferry Vote Matters For The Island."),
    # Left alone: a deck after the semicolon longer than a headline; Title Case over Title Case.
    ("Kelby backs harbour tunnel; Vote ends ten years of bitter argument over the plan as the ferry firm loses. "
     "Voters in Kelby backed the harbour tunnel on Monday, ending ten years of argument over the plan.", None),
    ("Why The Ferry Vote Matters For The Island. Few Votes In The Last Decade Have Drawn As Many People To The "
     "Town Hall As Tuesday's Vote On The Ferry.", None),
)


def sentence_headline(text: str, language: str = "english") -> int:
    """Where a headline set as a sentence ends in a one-line paste (``SENTENCE_HEADLINE_EXAMPLES``), or 0."""
    spans = sentence_spans(text[:1500], language)
    if len(spans) < 2:
        return 0
    head_end, lede = spans[0][1], 1
    second = text[spans[1][0] : spans[1][1]].strip()
    if len(spans) > 2 and count_words(second) <= _AFTERTHOUGHT_WORDS:
        if _AFTERTHOUGHT.match(second):
            head_end, lede = spans[1][1], 2  # "Harbour tunnel opens. Finally."
        elif not is_label(second):
            return 0  # "... tunnel. Former U.N.": the next line's, not the headline's
    head = text[spans[0][0] : head_end].strip()
    words = head.split()
    # "Headline; deck." is set as one line: each part a headline's length
    longest = max(len(part.split()) for part in head.split(";")) if ";" in head[:-1] else len(words)
    if not _SENTENCE_HEAD_WORDS[0] <= len(words) or longest > _SENTENCE_HEAD_WORDS[1] or not _FULL_STOP.search(head):
        return 0
    if words[0].lower() in _ARTICLES_LOWER:
        return 0
    if lede < len(spans) - 1 and is_label(text[spans[lede][0] : spans[lede][1]].strip()):
        lede += 1  # "... ABSTRACT. The island's ...": the label stands between the headline and the lede
    if lede >= len(spans):
        return 0
    lede_sentence = text[spans[lede][0] : spans[lede][1]]
    # the afterthought, and a deck after a semicolon, are no lede's to restate
    restated = text[spans[0][0] : spans[0][1]].partition(";")[0].rstrip(".!? ")
    if count_words(lede_sentence) < _RESTATING_LEDE_WORDS:
        return 0
    # a headline in Title Case above a lede in sentence case shows its end by its case alone
    titled = title_cased(restated) and not title_cased(lede_sentence)
    if not titled and not echoed(restated, lede_sentence):
        return 0
    return len(text[:head_end].rstrip())


_DECK_SENTENCE_WORDS = 5
# A sign that a head says something of its own rather than describing the name that follows it ("Harbour
# board chief | Ada Thorne said ..."):
# a verb in "-s", "-ed", "-ing" or of the irregular past, "to", or a modal.
_HEAD_VERB = re.compile(rf"(?<![\w'’\-])(?:[a-z]{{2,}}[^s'’\W]s|[a-z]{{2,}}(?:ed|ing)|to|{_IRREGULAR_PAST}|"
                        rf"will|would|could|should|can|may|might|must)(?![\w'’\-])")


def _head_verb(head: str, common: Container[str]) -> bool:
    """Whether a head holds a verb (``_HEAD_VERB``), in lower case or, as Title Case sets it, capitalised
    when it inflects a common word ("Endorses", not "Texas")."""
    if _HEAD_VERB.search(head):
        return True
    return any(_HEAD_VERB.fullmatch(word.lower()) and _common_form(word.lower(), common)
               for word in re.findall(r"(?<![\w'’\-])[A-Z][a-z]+(?![\w'’\-])", head))


def _common_form(word: str, common: Container[str]) -> bool:
    """Whether a word or the word it inflects is a common one ("endorses": "endorse"; "texas": no)."""
    stems = (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e")
    return any(len(stem) >= 3 and stem in common for stem in stems)


def _deck_start(head: str, language: str, common: Container[str]) -> int:
    """Where the deck begins in the head before a wire dateline when that head ends in a full stop and
    reads as no headline alone ("Thorne glad to end row with Lee | After a long truce, the two are now
    sparring. KELBY - ..."), or 0. The deck is a sentence of five words or more; the head before it has
    3-15 words and no full stop, reads as a headline, and ends neither on a small word nor a comma.
    The deck opens visibly: at the first word that opens sentences or clauses ("After", "The", "As")
    or capitalised common word before a lower-case word ("Island shuffling ..."); failing one, at the
    last subject and its verb ("Lee is outworked ..."), not inside a run of names, after a head that has
    a verb of its own (a head with none describes the subject: "Harbour board chief | Ada Thorne said")."""
    subject = 0
    for match in _WORD_START.finditer(head):
        point = match.end()
        before, deck = head[:point].strip(), head[point:]
        words = deck.split()
        if count_words(before) < 3 or len(words) < _DECK_SENTENCE_WORDS:
            continue
        if count_words(before) > _TITLE_HEAD_WORDS[1] - 10 or _FULL_STOP.search(before) or _sentence_break(before):
            break
        first, second = (w.strip("\"“‘'(") for w in words[:2])
        strong = first in _OPENERS or first in _CONJUNCTIONS or (
            first[:1].isupper() and first[1:].islower() and first.lower() in common and second[:1].islower())
        last = before.split()[-1].strip("\"'“”‘’(")
        weak = not strong and _lede_subject(deck) and not last[:1].isupper() and _head_verb(before, common)
        if not (strong or weak) or before.rstrip("'’\"”")[-1:] in ",;:":
            continue
        # the deck visibly opens there, so the head may read a little like prose ("A shaky ...", "In shift, ...")
        if not (_could_end_headline(before, before_opener=True, next_word=first) and _reads_as_head(
                before, deck, language, common, slack=1)):
            continue
        if strong:
            return point
        subject = point
    return subject


DECK_START_EXAMPLES = (
    ("Lee 'glad to end' row with harbour board After months of talks, the two sides are now at peace.",
     "Lee 'glad to end' row with harbour board"),
    ("In a shift, Kelby to stand up to Velmont Island shuffling its envoys and honing its message to defend its "
     "ferry.", "In a shift, Kelby to stand up to Velmont"),
    ("Thorne wins most Islay delegates in convention rout Lee is outworked in the towns including Kelby and Port "
     "Ellen.", "Thorne wins most Islay delegates in convention rout"),
    ("A shaky balancing act for Ada Thorne As she seeks reelection, the mayor struggles to keep her distance from "
     "Lee.", "A shaky balancing act for Ada Thorne"),
    # Left alone: one sentence, with no head before a sentence it holds; a description before its name.
    ("As the storm passed, the island counts the cost of the night.", None),
    ("Ferry fares rise as Government delays the harbour vote again this spring.", None),
    ("The mayor said on Monday that Ada Thorne would lead the harbour board until the vote.", None),
    ("Harbour board chief Ada Thorne said she would stand down after the vote in March.", None),
    ("Islanders who lost homes in the storm Will Be Rehoused, the council has promised.", None),
)


def dated_head(text: str, language: str = "english") -> int:
    """Where the head of a short one-line paste ends before the wire dateline that opens its story
    ("Harbour wall holds KELBY (AP) — The ..."), or 0: the dateline is evidence enough in any length
    of paste. A head holding a sentence that is not its own headline's (a deck) is left whole."""
    dated = _before_dateline(text)
    return 0 if _deck_in_head(text, dated, language) else dated


def _deck_in_head(text: str, dated: int, language: str) -> bool:
    """Whether the head before a dateline at ``dated`` ends in a full stop as a headline and its deck
    sentence do, not as a headline of Title Case sentences does."""
    return bool(dated) and _FULL_STOP.search(text[:dated].rstrip()) is not None and not titled_sentences(
        text[:dated], language)


def title_case_head(text: str, language: str = "english") -> int:
    """Where a Title Case headline ends before the sentence-case lede of a short one-line paste, or 0
    (``_title_case_stop`` on the first sentence)."""
    spans = sentence_spans(text[:2000], language)
    if not spans:
        return 0
    begin, end = spans[0]
    stop = _title_case_stop(text[begin:end], story_common_words(text, language), story_word_pairs(text))
    return begin + stop if stop else 0


def _headline_end(text: str, language: str) -> int:
    spans = sentence_spans(text[:2000], language)
    if not spans:
        return 0
    begin, end = spans[0]
    if question_headline(text[begin:end], text[end:2000], language) or speaker_headline(
            text[begin:end], text[end:2000], language) or quoted_headline(text[begin:end], text[end:2000], language):
        return begin + len(text[begin:end].rstrip())
    common = story_common_words(text, language)
    titled = _titled_sentence_head(text, spans[:3], common)
    if titled is not None:
        return titled
    timed = _time_opening_cut(text[begin:end], text[end:_STORY_REACH], language, common)
    if timed:
        return begin + timed
    pairs = story_word_pairs(text)
    cuts = _one_line_cuts(text[begin:end], text[begin:2000], language, common, pairs)
    opened = [cut for cut in cuts if cut.opener is not None and cut.matched >= cut.opener]
    first, window = text[begin:end], text[begin:2000]
    stop = _title_case_stop(first, common, pairs)
    if stop:
        return begin + stop
    if opened and first[opened[-1].point :].split(maxsplit=1)[0].lower() not in common.own:
        # "Al Gore to skip | Democratic convention Al Gore’s self-imposed exile ...": after a capitalised word
        # the story never writes in lower case (a name, not "More than ..."), a later place where the lede
        # opens by naming the head's own subject again, and restates more of it, is where it begins
        later = [cut for cut in cuts if cut.point > opened[-1].point and cut.lede_opens_with_subject
                 and cut.score > opened[-1].score]
        if later:
            opened.append(later[0])
    point = opened[-1].point if opened else _restated_headline(first, window, language, common, pairs,
                                                               story=text[:_STORY_REACH])
    if not point:
        point = _first_mention(first, language, common, pairs) or _surname_then_full_name(first, language, common,
                                                                                          pairs)
    if not point:
        point = _lede_clause(first, window, language, common, pairs)
    if not point:
        point = _function_word_lede(first, language, common, pairs)
    if not point:
        short = _head_before_short_lede(first, text[end:_STORY_REACH], language, common, pairs,
                                        story=text[:_STORY_REACH]) or _clause_before_clause(
            first, language, common, pairs)
        return begin + short if short else 0
    point = _before_placed_rank(first, point, common)
    return begin + _before_named_again(first, point, language, common, pairs)


def _before_placed_rank(first: str, point: int, common: Container[str]) -> int:
    """A sentence-case head that ends on a place before a rank cut short ("... ends bid Velmont | Gov. Ada
    Thorne ..."): the rank stands only before a name and the place belongs to it (``_placed_rank``), so the
    head ends before the place, when it may still end a headline there."""
    head, rest = first[:point].rstrip(), first[point:].split(maxsplit=1)
    if not rest or count_words(head) < _TITLE_HEAD_WORDS[0] or not _placed_rank(head.rsplit(maxsplit=1)[-1], rest[0],
                                                                                 common):
        return point
    before = head.rsplit(maxsplit=1)[0]
    return len(before) + 1 if _could_end_headline(before, before_opener=True, next_word=rest[0]) else point


# (head, lede, the head without its last word when that word places the lede's rank, else the head)
BEFORE_PLACED_RANK_EXAMPLES = (
    ("Harbour chief ends her bid Velmont", "Gov. Ada Thorne said on Monday that she would stand down.",
     "Harbour chief ends her bid"),
    # Left alone: no rank cut short after the place, a head that would end on a small word.
    ("Harbour chief ends her bid Velmont", "Governor Ada Thorne said on Monday that she would stand down.",
     "Harbour chief ends her bid Velmont"),
    ("Storm damage is worst in the Velmont", "Gov. Ada Thorne said on Monday that she would ask for help.",
     "Storm damage is worst in the Velmont"),
)
_SHORT_LEDE_SENTENCE_WORDS = 30
_SHORT_LEDE_WORDS = 4


# (head, the short sentence after it, the story after that); the first two are caught. Left alone: a story
# that restates nothing of the head, a capitalised common word after a name ("Kelby | Energy"), a first
# sentence too long for a head and a short one.
SHORT_LEDE_EXAMPLES = (
    ("Ferry crews win pay rise at Kelby", "Not everyone on the island is happy about it.",
     "The ferry crews at Kelby won a pay rise of four percent on Monday after a long strike, and the harbour board "
     "said the rise would be paid in May."),
    ("Harbour strike ends after talks with Velmont", "Another one may follow in the spring.",
     "A strike by harbour staff ended on Monday after talks with Velmont's council, which runs the port, and the "
     "staff went back to work."),
    ("Ferry crews win pay rise at Kelby", "Not everyone on the island is happy about it.",
     "Islanders woke to snow on Tuesday, and the schools were shut for the day in Port Ellen and the villages."),
    ("Shares in Kelby", "Energy rose by five percent on Monday.",
     "The energy firm said its shares in the Kelby wind farm would be sold to Velmont by the end of the year."),
    ("Ferry crews win pay rise at Kelby", "Not everyone on the island is happy about it, and the union says "
     "that the talks with the harbour board over the new rota for the winter months have only just begun.",
     "The ferry crews at Kelby won a pay rise of four percent on Monday after a long strike."),
)


def _capitalised_inside(word: str, story: str) -> bool:
    """Whether the story writes ``word`` capitalised after a word that ends no sentence more than once
    ("... of Cairn Energy ... Cairn Energy"): part of a name, not a sentence's first word."""
    found = re.findall(rf"(\S+)[ ]{re.escape(word)}(?![\w'’\-])", story)
    return sum(1 for before in found if not _FULL_STOP.search(before)) > 1


def _head_before_short_lede(first: str, after: str, language: str, common: Container[str],
                            pairs: StoryPairs, *, story: str) -> int:
    """Where a one-line headline ends when its lede's first sentence is short and restates nothing ("Ferry
    crews win pay rise at Kelby | Not everyone on the island is happy about it. The ferry crews at Kelby
    won ..."), or 0. Punkt reads the head and that sentence as one sentence, of at most 30 words, ending
    in a full stop. The head (3-12 words) reads as a headline and ends cleanly; the rest (four words or
    more) visibly opens a sentence: "The", "He", a capitalised conjunction or preposition, or a common
    word capitalised ("Not", "Another", "Thousands") before a lower-case word, which the story nowhere
    else capitalises inside a sentence (a name's word: "Kelby Energy"); after a capitalised word, a
    common word opens a sentence only if it is a determiner, an adverb or a word that opens no name
    (the lexicon's): "... in Kelby | Energy rose" goes on naming. The story after that sentence (60
    words) restates two of the head's words or more, and half of them; of several places, the one
    whose head is restated best."""
    from ..quotes.lexicon import DETERMINERS, NOT_NAME_OPENERS, SENTENCE_ADVERBS

    if not _FULL_STOP.search(first.rstrip()) or count_words(first) > _SHORT_LEDE_SENTENCE_WORDS:
        return 0
    function_words = DETERMINERS | NOT_NAME_OPENERS | SENTENCE_ADVERBS
    lede = " ".join(after.split()[:_ECHO_WINDOW])
    best, best_score = 0, 0.0
    for match in _WORD_START.finditer(first):
        point = match.end()
        head, short = first[:point].strip(), first[point:]
        if count_words(head) < 3:
            continue
        if count_words(head) > _SLACK_WORDS or count_words(short) < _SHORT_LEDE_WORDS:
            break
        words = short.split()
        next_word = words[0].strip("\"“‘'(")
        last = head.rsplit(maxsplit=1)[-1]
        if pairs.again(last, next_word):
            continue
        if not _could_end_headline(head, before_opener=True, next_word=next_word):
            continue
        second = words[1].strip("\"“‘'(")
        opens = next_word in _OPENERS or next_word in _CLAUSE_OPENERS or (
            next_word[:1].isupper() and next_word[1:].islower() and next_word.lower() in common
            and next_word != "I" and not _capitalised_inside(next_word, story) and (
                not last.strip("\"'”’)")[:1].isupper() or next_word.lower() in function_words))
        if not opens or not second[:1].islower():
            continue
        if not _reads_as_head(head, short, language, common):
            continue
        stems = _echo_stems(head)
        matched = len(stems & _echo_stems(lede))
        if matched < 2 or matched < 0.5 * len(stems):
            continue
        score = matched - _UNMATCHED_COST * (len(stems) - matched)
        if score > best_score:
            best, best_score = point, score
    return best



# A head that says something with a verb of its own, run into a lede that opens its own clause: "Playbook
# passes the torch | Seven years ago, I was ...", "Party aims to heal old wounds | Warren may ...". Two
# clauses side by side with no punctuation or conjunction between them are no one sentence. The verb must
# show as one: a modal, "is", "not", an irregular past or "-ed" in lower case, "to" and a verb before its
# object, or a verb in "-s" before its object ("the", "to", a preposition, a name) after a word that is no
# determiner, figure or plural and in a story that never writes the word after an article, as it does a
# noun ("the shares", "its profits"). Descriptions before a name carry none: "UK advertising giant | WPP".
_CLAUSE_VERBS = frozenset(
    "will would could should can may might must won't can't cannot wouldn't couldn't shouldn't didn't doesn't "
    "don't isn't aren't wasn't weren't is are was were not".split())
# Words inside a head that make what follows part of its own sentence ("... said | Jo Lee would ...")
_EMBEDDING = frozenset("that which who whom whose when where while if because although though since unless until "
                       "whether as says say said told".split())
_OBJECT_PARTICLES = frozenset("up down out off back on".split())
_NO_CLAUSE_END = frozenset("like all some most many more".split())
_CLAUSE_HEAD_RANGE = (3, 14)
_NOUN_BEFORE = r"(?:the|a|an|its|their|his|her|these|those|our)"  # "the shares", "its profits": a noun
CLAUSE_BEFORE_CLAUSE_EXAMPLES = (
    ("Ferry union plans to end the strike Kestrel Lines said on Monday that its crews would go back to work on "
     "the island route this week.", "Ferry union plans to end the strike"),
    ("Harbour board seeks new Kelby inquiry Velmont councillors have asked for a second inquiry into the way "
     "the harbour board spent its money.", "Harbour board seeks new Kelby inquiry"),
    ("Islanders not giving up the fight Hundreds of islanders marched to the harbour on Monday to keep the old "
     "ferry running.", "Islanders not giving up the fight"),
    ("Storms and strikes won't stop the island ferry Kestrel Lines has kept its winter crossings running for "
     "ten years in a row, whatever the weather.", "Storms and strikes won't stop the island ferry"),
    # Left alone: a description before the lede's subject, a plural noun before a preposition, a verb
    # before its object, a head that embeds the next clause.
    ("Island ferry operator Kestrel Lines has cut its winter crossings by a third, saying fuel costs too "
     "much.", None),
    ("Shares in island ferry firm Kestrel Lines fell by a tenth on Monday after it cut its winter crossings.",
     None),
    ("Early reports of the storm damage in the northern Kelby harbour were worse than the council had feared "
     "on Monday.", None),
    ("The mayor of Kelby promised Ada Thorne she would have the harbour job, a new book about the island "
     "says.", None),
    ("Harbour fees are the highest in the region Kestrel Lines told the island council, asking for a cut.", None),
    ("As the island prepares for what Kestrel Lines calls its hardest winter, the ferry crews are on strike.",
     None),
    ("The mayor praised the ferry crews and the board thanked Kestrel Lines for keeping the crossings running "
     "all winter.", None),
)


def _clause_verb(words: list[str], story: str) -> bool:
    """Whether a head holds a word that shows a verb as one (``CLAUSE_BEFORE_CLAUSE_EXAMPLES``), not its
    first word nor its last."""
    from ..quotes.lexicon import DETERMINERS

    bare = [w.strip(",;:\"'“”‘’()").replace("’", "'") for w in words]
    low = [word.lower() for word in bare]
    for index in range(1, len(words) - 1):
        word, previous, following = low[index], low[index - 1], low[index + 1]
        takes_object = following != "of" and (following in DETERMINERS or following in _MINOR_WORDS
                                              or following in _OBJECT_PARTICLES or following in _ATTRIBUTIVE
                                              or bare[index + 1][:1].isupper())
        if word in _CLAUSE_VERBS:
            return True
        if previous == "to" and index >= 2 and bare[index][:1].islower() and takes_object:
            return True  # "plans to end the strike"
        if previous in DETERMINERS or previous in _MINOR_WORDS or not bare[index][:1].islower():
            continue
        if re.fullmatch(_IRREGULAR_PAST, word) or re.fullmatch(r"[a-z]{2,}ed", word):
            return True
        if _PRESENT_VERB.fullmatch(word) and takes_object and not (
                previous.endswith(("s", "ly")) or bare[index - 1].isupper()
                or any(w in DETERMINERS or w[:1].isdigit() for w in low[max(0, index - 2) : index])
                or re.search(rf"(?<![\w'’\-]){_NOUN_BEFORE}[ ]{re.escape(word)}(?![\w'’\-])", story, re.IGNORECASE)):
            return True
    return False


def _modifier_only(word: str, story: str) -> bool:
    """Whether the story writes ``word`` only before a lower-case content word ("older voters", "older
    people"): a word that stands before what it describes ends no headline ("... to take older | UK
    voters for granted")."""
    if not word.isalpha():
        return False
    after = re.findall(rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])(.{{0,1}}\w*)", story)
    others = after[1:]  # the first is the head's own
    return bool(others) and all(
        w[:1] == " " and w[1:2].islower() and w[1:] not in _MINOR_WORDS and w[1:] not in _LINKS for w in others)


def _clause_before_clause(first: str, language: str, common: Container[str], pairs: StoryPairs) -> int:
    """Where a head with its own verb ends before a lede with its own subject and verb, or 0
    (``CLAUSE_BEFORE_CLAUSE_EXAMPLES``). Only the first place where a capital follows a lower-case word is
    judged, as a reader sees the lede begin there: the head (3-14 words) holds a verb that shows as one
    (``_clause_verb``) and no word that would embed the next clause ("that", "says", "and"), ends on no
    verb or quantifier wanting its object and on no comma, and reads as a headline with no sign of
    prose; the rest opens with a subject and its verb (``_lede_subject``)."""
    for point, head, rest in _head_ends(first, pairs):
        next_word = rest.split(maxsplit=1)[0]
        if not _visible_end(head, next_word):
            continue
        words = head.split()
        last = words[-1].strip("\"'“”‘’").lower()
        if not _CLAUSE_HEAD_RANGE[0] <= len(words) <= _CLAUSE_HEAD_RANGE[1] or any(
                w.strip(",;:\"'“”‘’").lower() in _EMBEDDING for w in words) or re.search(r"[,;:][\"”’']?$", head):
            return 0
        if re.fullmatch(rf"[a-z]+(?:ed|ing)|{_IRREGULAR_PAST}", last) or words[-2].lower() == "to" or (
                last in _NO_CLAUSE_END) or _modifier_only(last, pairs.text):
            return 0
        if not _clause_verb(words, pairs.text) or not _could_end_headline(head, before_opener=True,
                                                                          next_word=next_word):
            return 0
        if not _reads_as_head(head, rest, language, common) or not _lede_subject(rest) or _tells_the_head(rest):
            return 0
        return point
    return 0


_TELLER_WORDS = 6


def _tells_the_head(rest: str) -> bool:
    """Whether the lede's subject only tells what the head says ("Next winter will be hard | Marta Kessel
    told the council on Monday"): a speech verb among its first words with no "that" or "for" of its own
    after it."""
    from ..quotes.lexicon import CUES

    words = [w.strip(",.;:\"'“”‘’").lower() for w in rest.split()[: _TELLER_WORDS + 5]]
    for index, word in enumerate(words[:_TELLER_WORDS]):
        if word in CUES:
            # "... said that ...", "... asked for ...": what the lede says is its own
            return "that" not in words[index + 1 : index + 5] and words[index + 1 : index + 2] != ["for"]
    return False


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)?")


def _bare_name(word: str) -> str:
    """A capitalised word as a name: without quotation marks, a comma or a possessive ("Kestrel's" is
    "Kestrel"; "Bus" stays "Bus")."""
    return word.strip("'’,").removesuffix("'s").removesuffix("’s").strip("'’,")


def _whole_words(word: str, story: str) -> int:
    return len(re.findall(rf"(?<![\w'’\-]){re.escape(word)}(?![\w\-])", story))


_LEDE_VERB = re.compile(
    rf"(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|said|says|[a-z]{{3,}}ed|"
    rf"{_IRREGULAR_PAST})$")
_SUBJECT_WORDS = 5
_PRESENT_VERB = re.compile(r"[a-z]{2,}[^s'’\W]s")
# What a subject is, between commas, before its verb: ", the island's ferry firm, has ..."
_APPOSITION = re.compile(
    r"[ ](?:[^\s,.;:!?]+[ ]){1,15}?[^\s,.;:!?]+,[ ](?:who[ ])?(?:has|have|had|is|are|was|were|will|says|said)\b")


def _lede_subject(rest: str) -> bool:
    """Whether ``rest`` opens as a lede's clause: a subject of one to five words, the first capitalised
    (or "The", "A", "An"), none punctuated and no minor word but "and" or "of" among them, then its
    verb ("Kestrel Lines is to ...", "Island ferry passengers are ...", "Harbour fees doubled ...",
    "Kestrel and Velmont have ..."), or a subject and what it is between commas ("Marta Kessel, who
    ran the harbour, has ...")."""
    words = rest.split(maxsplit=_SUBJECT_WORDS + 1)
    for count, word in enumerate(words[: _SUBJECT_WORDS + 1]):
        if count and _LEDE_VERB.fullmatch(word):
            return True
        if count and _PRESENT_VERB.fullmatch(word) and all(w[:1].isupper() for w in words[:count]):
            return True  # after capitalised words, a verb in "-s": "Kestrel Lines plans to ...", "Velmont says"
        if count and word.endswith(",") and word[:1].isupper() and _APPOSITION.match(rest, rest.find(word) + len(word)):
            return True  # "Kestrel Lines, the island's ferry firm, has ...": a subject and what it is
        token = _bare_name(word)
        plain = token == word.removesuffix("'s").removesuffix("’s") and re.sub(r"[\-&]", "", token).isalnum()
        if not token or not plain:
            return False
        if count == 0 and not token[:1].isupper():
            return False
        if token.lower() in _MINOR_WORDS and not (count == 0 and token in _ARTICLES) and not (
                count and token in _SUBJECT_LINKS):
            return False
    return False


_ARTICLES = frozenset(("The", "A", "An"))
_SUBJECT_LINKS = frozenset(("and", "of"))  # "Kestrel and Velmont have ...", "Shares of Kestrel fell ..."


# Headline-ese keeps "is" in the passive ("Pier plan is dropped", "Fares are cut"): no sign of a lede.
_PASSIVE = re.compile(rf"\b(?:is|are)[ ](?:[a-z]{{2,}}ed|[a-z]{{2,}}en|set|hit|cut|put|{_IRREGULAR_PAST})\b")
_CLAUSE_HEAD_WORDS = (4, 8)
_CLAUSE_IN_LEDE, _CLAUSE_AFTER = 1, 1


def _clause_shaped(head: str, story: str) -> bool:
    """A head that may stand before a lede's own clause: four to eight words, no auxiliary or modal
    ("Next winter will be ..."), no comma but before a speech tag, no possessive and no full name of its
    own ("Mayor Jo Lee's ..."): a lede's subject described at length is none of these."""
    words = head.split()
    if not _CLAUSE_HEAD_WORDS[0] <= len(words) <= _CLAUSE_HEAD_WORDS[1] or _AUXILIARY.search(head):
        return False
    tag = _SPEECH_TAG.search(head)
    # a possessive opens a headline ("Port's fees rise ...") but inside a head it starts a description
    # of the lede's subject ("Jo Lee's award-winning drama | The Harbour ...")
    inside = head.split(maxsplit=1)[-1]
    if re.search(r"[,;—–()]|--", head[: tag.start()] if tag else head) or re.search(r"\w['’]s\b", inside):
        return False
    return not any(_full_name(a, _name_key(b), story) for a, b in pairwise(words))


def _describes_names(word: str, story: str) -> bool:
    """Whether the story uses ``word`` as a description: before a name once more ("... rival bank
    Velmont ..." besides "... retail bank | Kestrel has")."""
    if not word.isalpha() or not word.islower():
        return False
    return len(re.findall(rf"(?<![\w'’\-]){re.escape(word)}[ ][A-Z]", story)) > 1


def _named_again(name: str, story: str) -> bool:
    """Whether a capitalised word ending a head is a name the story gives again ("... state grab for
    Velmont | Ada Thorne ... Velmont"), not the lede's first word ("... debut duet Singers | Jo Lee")."""
    return name[:1].isupper() and _whole_words(name, story) > 1


def _person_or_owner(word: str, following: str, story: str) -> bool:
    """Whether a lede's subject opens with a person's full name ("Ada Thorne has ...") or a possessive
    ("Velmont's council has ..."): after a name ending the head, that is where the lede begins."""
    if re.fullmatch(r"[A-Z][a-z]+['’]s", word):
        return True
    return _full_name(word, _name_key(following), story)


def _title_mid_sentence(opening: str, story: str, *, here: bool) -> bool:
    """Whether the story writes ``opening`` ("The Harbour") with its capital after a lower-case word
    (besides ``here``, the place being judged): a title keeps it mid-sentence ("fans of The Harbour
    Lights"), a council or a party does not."""
    found = re.findall(rf"(?<![\w'’\-])[a-z]+[ ]{re.escape(opening)}(?![\w\-])", story)
    return len(found) > int(here)


def _lede_clause(first: str, window: str, language: str, common: Container[str], pairs: StoryPairs) -> int:
    """Where a sentence-case head ends before a lede that visibly opens its own clause ("Ferry firm cuts
    island winter crossings | Kestrel Lines is to run ..."), or 0: a lower-case word or a closing
    quotation mark ends the head (or any word before "The", "A", "An"), a subject and its verb follow
    (``_lede_subject``), the head is shaped as a headline (``_clause_shaped``), and the lede's sentence
    restates one of its words (two in the next 60 words when the subject opens with a name the head
    holds). Before a name, the head must not describe it: no head ends on a preposition, opens like a
    subject ("Profits at ..."), or ends on a word that the story uses as a description ("rival group
    Velmont"); a title is no subject (its capital stays mid-sentence: "fans of The
    Harbour Lights")."""
    for point, head, rest in _head_ends(first, pairs):
        next_word, following = [*rest.split(maxsplit=2), ""][:2]
        article = next_word in _ARTICLES
        if article and following[:1].isupper() and _title_mid_sentence(
                f"{next_word} {following}", pairs.text, here=head.rsplit(maxsplit=1)[-1][:1].islower()):
            continue  # "... comedy | The Harbour Lights will ...", "fans of The Harbour Lights": a title
        # after a name, "The" or "A" still shows where the lede begins ("... door open for Kestrel | The council
        # has ..."); a name goes on after a name
        visible = _visible_end(head, next_word) or bool(_QUOTE_END.search(head)) or (
            article and not head.rsplit(maxsplit=1)[-1][:1].islower()) or (
            _named_again(_name_key(head.rsplit(maxsplit=1)[-1]), pairs.text)
            and _person_or_owner(next_word, following, pairs.text))
        if not visible or not _lede_subject(rest):
            continue
        if not _could_end_headline(head, before_opener=True, next_word=next_word):
            continue
        passive = bool(_PASSIVE.search(head)) and not _AUXILIARY.search(_PASSIVE.sub(" ", head))
        if not _reads_as_head(head, rest, language, common, slack=int(passive)) or not _clause_shaped(
                _PASSIVE.sub(" done ", head) if passive else head, pairs.text):
            continue
        words = head.split()
        if words[-1] in _LINKS:
            continue  # "... slam Velmont over | Jo Lee ...": a preposition wants its object
        # a name, not a word that qualifies a common noun ("UK | businesses are ...", "Velmont's | council has")
        named = next_word.lower() not in common and not (
            following[:1].islower() and not _LEDE_VERB.fullmatch(following) and not _PRESENT_VERB.fullmatch(following))
        if named and (_describes_names(_name_key(words[-1]), pairs.text) or (
                words[0].lower() in common and words[1] in _LINKS)):
            # "... retail bank | Kestrel has ..." and "rival bank Velmont"; "Shares in ... | Kestrel": the head
            # describes the name, as the lede's subject
            continue
        stems = _echo_stems(head)
        after = _echo_stems(" ".join(window[point:].split()[:_ECHO_WINDOW]))
        # a name the head holds opening the lede's subject may be one sentence naming it twice ("Ferry operator
        # Kestrel and its old rival | Kestrel Lines said ..."): another restated word is needed
        needed = _CLAUSE_AFTER + int(_bare_name(next_word) in {_bare_name(w) for w in words})
        if len(stems & _echo_stems(rest)) >= _CLAUSE_IN_LEDE and len(stems & after) >= needed:
            return point
    return 0


_FUNCTION_LEDE_WORDS = 4


def _function_word_lede(first: str, language: str, common: Container[str], pairs: StoryPairs) -> int:
    """Where a sentence-case head ends before a lede that opens with a capitalised function word ("Ferry
    crews end their strike | On the first morning back, ...", "... harbour plan is dropped | After months
    of talks, ..."), or 0. Prose writes such a word in lower case mid-sentence; a capital right after a
    lower-case word with no punctuation between them is a new sentence. Only the first such place is
    judged (the lede begins at the first visible sentence start; a head holding one is no headline):
    the word opens sentences or clauses (``_OPENERS``, ``_CLAUSE_OPENERS``), a lower-case word follows
    it (or, after "The", a word the story writes after a lower-case "the": ``_article_before_name``)
    and no word opening a sentence the one after ("In graphics But ..." opens no lede); the head, of
    four words or more, has a lower-case word besides minor ones (Title Case capitalises "On" inside a
    title), ends on a lower-case word that may end a headline and reads as headline-ese, one sign of
    prose allowed."""
    for point, head, rest in _head_ends(first, pairs):
        words = [*rest.split(maxsplit=3), "", ""][:3]
        opening = re.split(r"['’]", words[0].strip("\"“‘'"))[0]
        if opening not in _LEDE_OPENINGS or not _visible_end(head, opening):
            continue
        head_words = head.split()
        if not (words[1][:1].islower() or _article_before_name(opening, words[1], pairs.text)) or words[2].strip(
                "\"“‘'(") in _SENTENCE_STARTS:
            return 0
        if len(head_words) < _FUNCTION_LEDE_WORDS or not any(
                w[:1].islower() and w.lower() not in _MINOR_WORDS for w in head_words[1:]):
            return 0
        if PAST_WITH_OBJECT.search(head) or PERFECT_TENSE.search(head):
            return 0  # "Ada Thorne wrote the play | After the Flood ...": a story told, and a title in it
        ends = _could_end_headline(head, before_opener=True, next_word=opening)
        return point if ends and _reads_as_head(head, rest, language, common, slack=1) else 0
    return 0


def _article_before_name(article: str, name: str, story: str) -> bool:
    """Whether "The" before a capitalised word opens a sentence rather than a title: the story writes
    "the" in lower case before that word elsewhere ("... said the Harbour Trust") and never keeps the
    capital after a lower-case word elsewhere, as a title does ("fans of The Lanterns")."""
    key = _name_key(name)
    return article == "The" and _written_with_the(key, story) and not _title_mid_sentence(
        f"{article} {key}", story, here=True)


# (head, the lede after it, whether the head is taken for the headline)
FUNCTION_WORD_LEDE_EXAMPLES = (
    ("Ferry crews end their long strike",
     "On the first morning back, the harbour at Kelby was busy again and the crossings ran to time.", True),
    ("Harbour wall plan is dropped for good",
     "After months of talks with the islanders, the board said the money would go to the ferry instead.", True),
    ("Velmont doesn't slow its ferry",
     "When the storm came in on Monday, the crossing still ran twice and nobody was turned away.", True),
    ("Island ferry fares might be frozen",
     "The Kelby board said on Monday that fares would stay as they are, and the Kelby mayor agreed.", True),
    # Left alone: a story told in the past with a title in it, a head of three words, a Title Case
    # run, the lede's word run into another sentence start, a capitalised word after the opener.
    ("Ada Thorne wrote the play",
     "After the Flood in a single winter at Kelby, and it ran for three years at the harbour hall.", False),
    ("Kelby ferry strike",
     "On the first morning back, the harbour at Kelby was busy again and the crossings ran to time.", False),
    ("Ferry Crews End Their Long Strike",
     "On the first morning back, the harbour at Kelby was busy again and the crossings ran to time.", False),
    ("The harbour at Kelby in pictures",
     "In graphics But the board said on Monday that the crossing would run twice a day from May.", False),
    ("Ferry crews end their long strike",
     "On Monday the harbour at Kelby was busy again and the crossings ran to time for the islanders.", False),
    ("Island ferry fares might be frozen",
     "The Lanterns played on the quay on Monday, and the Lanterns' fans, fans of The Lanterns for years, sang.",
     False),
)


def _first_mention(first: str, language: str, common: Container[str], pairs: StoryPairs) -> int:
    """Where a sentence-case head ends before the lede's first mention of a person ("Pier builder
    quits | Ada Thorne has ..."), or 0. News introduces a person by the full name and then writes the
    surname alone: the two words after the cut are a forename and a surname, neither a common word,
    the story never writes the forename alone but does write the surname alone, and the head holds
    neither the forename nor the full name. The head ends on a lower-case word that may end a
    headline and reads as headline-ese; the name is followed by a lower-case word, a comma or "'s"."""
    story = pairs.text
    for point, head, rest in _head_ends(first, pairs):
        words = rest.split(maxsplit=_DESCRIBED + 3)
        last = head.rsplit(maxsplit=1)[-1].strip("\"'“”‘’()")
        # a capitalised last word is the headline's own ("... fear for Valdora | Ada Thorne ..."), not the
        # start of the name, when the story writes it elsewhere
        own_name = last[:1].isupper() and last.isalpha() and _whole_words(last, story) > _whole_words(
            f"{last} {words[0]}", story)
        if not (_visible_end(head, words[0]) or _particle_end(head) or own_name):
            continue
        for described in range(_DESCRIBED + 1):
            if len(words) < described + 3 or (described and not (
                    words[0].isalpha() and words[0][:1].isupper() and words[0].lower() in common)):
                break
            if _names_person(words[described:], head, story, common):
                ends = _could_end_headline(head, before_opener=True, next_word=words[0]) or _particle_end(head)
                if ends and _clause_head(head, story) and _reads_as_head(head, rest, language, common):
                    return point
                break
            if not words[described].isalpha() or words[described].lower() in _MINOR_WORDS:
                break
    return 0


_DESCRIBED = 2


def _surname_then_full_name(first: str, language: str, common: Container[str], pairs: StoryPairs) -> int:
    """Where a sentence-case head that names a person by the surname alone ends before the lede that
    names them in full ("Debating Thorne's record | Ada Thorne has ..."), or 0. News gives a person's
    full name before the surname alone, so a surname (or its possessive) before the full name in one
    sentence is a headline's: the head ends on a lower-case word that may end a headline, holds the
    surname but not the forename, and reads as headline-ese (one sign of prose allowed, as before a
    plain opener); the forename is capitalised, no common word, and the name is followed by a
    lower-case word, a comma or "'s"."""
    for point, head, rest in _head_ends(first, pairs):
        words = rest.split(maxsplit=3)
        if len(words) < 3 or not _visible_end(head, words[0]):
            continue
        forename, surname = words[0], _name_key(words[1]).rstrip(",")
        if not (_NAME_WORD.fullmatch(forename) and _NAME_WORD.fullmatch(surname)) or forename.lower() in common:
            continue
        if _name_key(words[1]) == words[1] and not words[2][:1].islower():
            continue  # the name goes on: "Ada Thorne Harbour Trust ..."
        held = [_name_key(w).rstrip(",:") for w in head.split()]
        if surname not in held or forename in held:
            continue
        if _could_end_headline(head, before_opener=True, next_word=forename) and _reads_as_head(
                head, rest, language, common, slack=1):
            return point
    return 0


SURNAME_THEN_FULL_NAME_EXAMPLES = (
    ("Debating Thorne's record", "Ada Thorne has spent the winter defending her record on the harbour, and "
     "her rivals say the pier is proof of it."),
    ("Kessel is still fighting the pier plan", "Marta Kessel told the island council on Monday that the "
     "union would not back the new pier."),
    # Left alone: a full name the head holds, a surname the head lacks, a minor word before the name.
    ("Ferry union backs pier plan", "Ada Thorne told the island council on Monday that the union would "
     "back the new pier after all."),
    ("Voters fear that", "Ada Thorne will win the harbour vote next week, and that the pier will go ahead."),
)
# Adverb particles that end a phrasal verb ("talks drag on", "pier plan set out"): a headline may end on
# one after a lower-case verb when a person's full name opens the lede after it.
_PARTICLES = frozenset("on off out up down through over in back away ahead apart".split())


def _particle_end(head: str) -> bool:
    words = head.split()
    return len(words) >= 3 and words[-1] in _PARTICLES and words[-2].isalpha() and words[-2].islower() and (
        words[-2] not in _NO_END) and _could_end_headline(" ".join(words[:-1]), before_opener=False)


def _names_person(words: list[str], head: str, story: str, common: Container[str]) -> bool:
    forename, surname = words[0], words[1]
    surname_key = surname.removesuffix("'s").removesuffix("’s").rstrip(",")
    if not (_NAME_WORD.fullmatch(forename) and _NAME_WORD.fullmatch(surname_key)):
        return False
    if forename.lower() in common:
        return False  # a surname may be a common word ("Jo Brown"), a forename that opens a lede is not
    if surname_key == surname and not words[2][:1].islower():
        return False  # the name goes on, or is a title: "Jo Lee Harbour Trust ..."
    if forename in {_name_key(w) for w in head.split()}:
        return False
    return _full_name(forename, surname_key, story)  # a forename stands alone, or the surname never does


_LINKS = frozenset("over for to in on at with from into against after about behind amid without by of".split())


def _clause_head(head: str, story: str) -> bool:
    """Whether a head says something rather than describes someone: a lede may open by describing
    the person it names ("Former harbour master | Ada Thorne ...", "Island ferry chief | Jo Lee ..."),
    a run of words with no preposition. A headline carries a quotation mark or a preposition after a
    lower-case word ("apology over pier"); it opens with no minor word ("As ...", "In ..."), holds no
    article ("Almost a week after ...") or auxiliary, comma or dash, no full name of its own ("Mayor Jo Lee
    rejected criticism from ..."), and its last word is no past tense that would take the name for
    its object ("Voters elected | Jo Lee")."""
    words = head.split()
    if re.search(r"[,—–()]|--", head) or re.search(r"[a-z]ed$", words[-1]) or words[0].lower() in _MINOR_WORDS:
        return False
    if any(w in ("a", "an", "the") for w in words):
        return False
    if any(_full_name(first, second.removesuffix("'s").removesuffix("’s"), story)
           for first, second in pairwise(words)):
        return False
    if _AUXILIARY.search(head):
        return False  # "Next year will be hard for ...": a lede's sentence
    if re.search(r"[‘“\"]|(?:^|\s)'\w|\w'(?:\s|$)", head):
        return True
    return any(before.isalpha() and before.islower() and before not in _MINOR_WORDS and word in _LINKS
               for before, word in pairwise(words))


def _full_name(forename: str, surname: str, story: str) -> bool:
    """Whether two words are a person's full name as news writes it: both capitalised and plain, the
    forename never alone in the story, the surname alone at least once."""
    if not (_NAME_WORD.fullmatch(forename) and _NAME_WORD.fullmatch(surname)):
        return False
    full = _whole_words(f"{forename} {surname}", story)
    return _whole_words(forename, story) <= full < _whole_words(surname, story)


def _name_key(word: str) -> str:
    return word.strip("\"'“”‘’(),:;").removesuffix("'s").removesuffix("’s")


def _before_forename(first: str, point: int, story: str, language: str, common: Container[str]) -> int:
    """A head that ends on a lone capitalised word before the name the headline holds ("Thorne to face
    pier questions Ada | Thorne says ...") has taken in the lede's forename: the head ends before it. The
    word is no common word, not in the head already, and the story never writes it without that name
    after it ("Kestrel sues Velmont | Kestrel has ... rival Velmont" keeps its last word)."""
    words = first[:point].split()
    after = first[point:].split()
    if len(words) < 4 or not after:
        return point
    last, name = _name_key(words[-1]), _name_key(after[0])
    if not (last.isalpha() and last[:1].isupper() and last[1:].islower()) or last.lower() in common:
        return point
    names = {_name_key(w) for w in words[:-1] if w[:1].isupper()}
    if last in names or name not in names or name == last:
        return point
    if re.search(rf"(?<![\w'’\-]){re.escape(last)}(?![\w'’\-])(?![ ]+{re.escape(name)})", story):
        return point  # the word stands alone elsewhere: the headline's own
    start = first.rfind(words[-1], 0, point)
    head = first[:start].rstrip()
    if (_could_end_headline(head, before_opener=True, next_word=last) or _particle_end(head)) and _reads_as_head(
            head, first[start:], language, common):
        return start
    return point


_QUESTION_WORDS = 8
# A question after a name or a label and a colon ("Ada Thorne: harbour hero or career politician?") is the
# headline's layout: it may run to 12 words
_QUESTION_LABEL = re.compile(r"^[^\s:]+(?:[ ][^\s:]+){0,2}:[ ]")
_LABELLED_QUESTION_WORDS = 12


def question_headline(question: str, after: str, language: str = "english") -> bool:
    """A headline asked as a question ("Can the port survive winter?"): Punkt ends the first sentence at
    its question mark. It is headline-sized (3 to 8 words; up to 12 after a name or a label of up to
    three words and a colon: "Ada Thorne: harbour hero or career politician?", a layout no lede has) and
    headline-ese: no auxiliary but a modal ("Can", "Will"; the colon counts as a headline's mark), no
    prose opener ("So what is ...?"), and a lede of full sentences follows. A lede
    that opens with a question is longer or asks it in prose ("What have the trials told us?", "Is the
    mayor being naive?")."""
    question = question.strip()
    words = question.split()
    longest = _LABELLED_QUESTION_WORDS if _QUESTION_LABEL.match(question) else _QUESTION_WORDS
    if not question.endswith("?") or not 3 <= len(words) <= longest or question.count("?") > 1:
        return False
    if _PROSE_OPENER.match(question) or split_dateline(question)[0] is not None:
        return False
    if _OPEN_QUOTES.match(question) or len(_OPEN_QUOTES.findall(question)) % 2:
        return False  # a quotation that opens the story: "Do you have it in you?" he asked
    after = after.lstrip()
    lede = sentence_spans(after, language)
    if not lede or count_words(after[lede[0][0]:lede[0][1]]) < 8 or not after[lede[0][0]:][:1].isupper():
        return False
    return _head_signals(question.rstrip("?"), language) < 1


# A headline whose last words are a quotation, closed after its full stop: "Pier plan 'too late.'"
_QUOTED_END = re.compile(r"[.!?…][’'\"”]$")
_QUOTED_WORDS = 20
_QUOTED_SPAN = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")


def quoted_headline(sentence: str, after: str, language: str = "english") -> bool:
    """A headline that ends on a quotation with the full stop inside its closing mark ("Thorne vows pier
    repairs 'as soon as possible.'", "Kelby board: 'Rebuild the wall.'"), which Punkt ends as a sentence
    there: 3 to 20 words that open with no quotation mark, two of them before the quotation (one is a
    label: "Note: ..."), headline-ese outside the quotation (no
    auxiliary, no verb in the past before its object, no prose opener, and no article: headlines drop
    them, and a lede keeps them: "Fans paid tribute to the 'king of the pier.'"), and a lede of full
    sentences follows."""
    sentence = sentence.strip()
    words = sentence.split()
    if not _QUOTED_END.search(sentence) or not 3 <= len(words) <= _QUOTED_WORDS or not sentence[:1].isalnum():
        return False
    quoted = _QUOTED_SPAN.search(sentence)
    if quoted is None or quoted.end() != len(sentence) or quoted.start() == 0:
        return False  # the quotation closes the sentence and opens inside it
    outside = sentence[: quoted.start()]
    if len(outside.split()) < 2:
        return False  # a label, not a headline: "Note: 'The figures are provisional.'"
    if split_dateline(sentence)[0] is not None or _sentence_break(outside):
        return False
    if _AUXILIARY.search(outside) or PAST_WITH_OBJECT.search(outside) or _PROSE_OPENER.match(outside):
        return False
    if any(w.lower() in _ARTICLES_LOWER for w in outside.split()):
        return False
    after = after.lstrip()
    lede = sentence_spans(after, language)
    return bool(lede) and count_words(after[lede[0][0]:lede[0][1]]) >= 8 and after[:1].isupper()


_ARTICLES_LOWER = frozenset(("the", "a", "an"))


QUOTED_HEADLINE_EXAMPLES = (
    ("Thorne vows pier repairs 'as soon as possible.'", "Kelby board: 'Rebuild the wall.'",
     "Ferry cuts leave islanders 'cut off.'", "Union rejects pay offer, warns of 'long winter.'"),
    ("Critics say the pier is 'a white elephant.'", "Fans paid tribute to the 'king of the pier.'",
     "The mayor called the plan 'a disgrace.'", "Jo Lee told the council 'enough is enough.'",
     "'We will rebuild,' said Thorne.", "Islanders were left 'cut off.'"),
)


# "Thorne: 'We will rebuild the wall.'": a speaker's name, a colon, and a quotation that ends the sentence.
_SPEAKER_QUOTE = re.compile(r"^(?P<speaker>[A-Z][^\s:]*(?:[ ][^\s:]+){0,4}):[ ](?P<said>.{3,300}[.!?…][’'\"”])$")
_SPEAKER_WORDS = 30


def speaker_headline(sentence: str, after: str, language: str = "english") -> bool:
    """A headline that gives a speaker and what they said ("Thorne: Harbour wall 'will be rebuilt.'"), which
    Punkt ends at the full stop inside its closing quotation mark: the speaker is one to five capitalised
    words, one of them a name (no verb: "He said:" opens prose; no label: "Note:"), a quotation follows, the whole is at
    most 30 words, and a lede of full sentences follows it."""
    match = _SPEAKER_QUOTE.match(sentence.strip())
    if match is None or count_words(sentence) > _SPEAKER_WORDS or split_dateline(sentence.strip())[0] is not None:
        return False
    speaker = match.group("speaker").split()
    if any(not word[:1].isupper() and not word[:1].isdigit() for word in speaker):
        return False
    common = lower_case_words(language)
    if all(_name_key(word).lower() in common for word in speaker):
        return False  # a label ("Note:", "Update:"), not a speaker: a name is no common word
    if not re.search(r"(?:^|\s)[‘“\"']\w", match.group("said")):
        return False  # no quotation opens after the colon
    after = after.lstrip()
    lede = sentence_spans(after, language)
    return bool(lede) and count_words(after[lede[0][0]:lede[0][1]]) >= 8 and after[:1].isupper()


SPEAKER_HEADLINE_EXAMPLES = (
    ("Thorne: Harbour Wall ‘Will Be Rebuilt by Spring.’", "Mayor Jo Lee: ‘We Will Not Leave the Island.’",
     "Kestrel Chief: Ferry Fares ‘Are Too Low, and Must Rise.’", 'Thorne: "I will run again."'),
    ("He said: ‘We will rebuild the wall by spring.’", "The mayor told the council: ‘We will not leave.’",
     "Thorne: The wall will be rebuilt by spring.", "Note: “The figures are provisional.”"),
)


QUESTION_HEADLINE_EXAMPLES = (
    ("Can the port survive another winter?", "Will ferry fares rise again?", "Pier plan: too late?",
     "Where next for the harbour?", "Time to rethink the sea wall?",
     "Ada Thorne: harbour hero or just another island career politician?",
     "Ferry podcast: Was the pier vote the start of a new era?"),
    ("What have the harbour trials told us?", "Is the mayor being naive or cunning?",
     "So how wide is the gap between the two ferry firms?", "What does the harbour plan mean for you?",
     "Could the old harbour wall possibly last another year?", "\"Do you have the stomach for it?",
     "One question remains for the islanders: can the pier survive another winter?",
     "What will it take for the island council to pass the harbour plan?"),
)


def _before_named_again(first: str, point: int, language: str, common: Container[str],
                        pairs: StoryPairs) -> int:
    """A lede that names, within its first three words, what a sentence-case headline names ("... make
    return | Olympic sprinter | Ada Thorne says ...", "... battle | local bands | Lumen have ..."), opens
    with the words that describe that name: the head ends before them. They are one to four words, the
    first capitalised, none a minor word or a figure, that the rest of the lede's sentence does not
    repeat (in "... rocks | Velmont Bowl crowds | Jo Lee wowed fans at the Velmont Bowl" they are the
    headline's own), and the head before them must still end a headline and read as one."""
    after = [w.strip("\"'“”‘’()") for w in first[point:].split()[:3]]
    opening = [w.strip("\"'“”‘’()") for w in first.split()[:2]]
    if len(after) < 2 or (after[0] in _OPENERS and (after[0] not in ("The", "A", "An") or after[1] == opening[0])) or (
            after[:2] == opening and after[1][:1].islower()):
        return point  # "... comeback | The Velmont has ...", "Air fares rise ... | Air fares ...": no description
    later = _echo_stems(" ".join(first[point:].split()[1:]))
    for start, head, rest in _head_ends(first, pairs):
        if start >= point:
            break
        between = first[start:point].split()
        if any(w[:1] in "\"'“‘" or w[-1:] in "\"'”’" for w in between):
            continue  # "... over | 'ferry tax' idea | Jo Lee": a quoted phrase describes no name
        if not 1 <= len(between) <= 4 or any(
                w.lower() in _MINOR_WORDS or not re.sub(r"[\-&'’]", "", w).isalpha() for w in between):
            continue
        if sum(w[:1].islower() and (v is None or v[:1].isupper())
               for w, v in zip(between, [*between[1:], None], strict=True)) > 1:
            continue  # "pier fine | Harbour chief | Jo Lee": a description names, then describes, once
        words = head.split()
        if not any(w[:1].islower() and w.lower() not in _MINOR_WORDS for w in words[1:]):
            continue  # Title Case or a run of names: its capitalised words may be the headline's own
        names = {_bare_name(w) for w in words if w[:1].isupper()}
        if not any(w.removesuffix("'s").removesuffix("’s") in names for w in after if w[:1].isupper()):
            continue
        described = _echo_stems(" ".join(between))
        if len(described & later) * 3 > len(described):
            continue
        if _could_end_headline(head, before_opener=True, next_word=between[0]) and _reads_as_head(
                head, rest, language, common):
            return start
    return point


# A label in capitals closed by a full stop, before the story's first capitalised word: "ANALYSIS. The ..."
# A label in capitals with its full stop ("ABSTRACT."), or with a colon ("UPDATE:", "Editor's Note:"), after
# the head.
_LABEL_AHEAD = re.compile(r"(?<=[\w’'\"”)?!])[ ]+(?P<label>[A-Z]{2,}(?:[ ][A-Z]{2,})?\.(?=[ ]+[\"“‘]?[A-Z])"
                          r"|(?:[A-Z]{2,}(?:[ ][A-Z]{2,})?|EDITOR['’]S[ ]NOTE|Editor['’]s[ ][Nn]ote)"
                          r":(?=[ ]+[\"“‘]?[A-Z0-9]))")


def before_label(text: str) -> int:
    """Where a head of 3 to 30 words ends before a label in capitals that opens the story ("Ferry fares
    to rise; Islanders face a costly winter ABSTRACT. The island's only ferry ..."), or 0, as a label on
    its own line under a headline sets the story apart (``label_below``). The head holds no sentence
    break, and the story after the label runs to 20 words or more."""
    match = _LABEL_AHEAD.search(text, 0, 400)
    label = match.group("label").rstrip(":") if match is not None else ""
    if match is None or not (is_label(label) or label.lower().replace("’", "'") == "editor's note"):
        return 0
    head = text[: match.start()].strip()
    if not 3 <= count_words(head) <= 30 or _SENTENCE_BREAK.search(head) or count_words(text[match.end():]) < 20:
        return 0
    return match.start()


BEFORE_LABEL_EXAMPLES = (
    ("Ferry fares to rise; Islanders face a costly winter ABSTRACT. The island's only ferry will cost a third "
     "more from May, the operator said on Monday, after two years of losses on the winter crossings.",
     "Ferry fares to rise; Islanders face a costly winter"),
    ("Harbour wall gives way in storm ANALYSIS. “It was always going to fail,” an engineer who inspected the "
     "wall in January said on Tuesday, as crews began to clear the stones from the road behind it.",
     "Harbour wall gives way in storm"),
    # Left alone: a head that is a sentence, a label inside the story, a short story after it.
    ("The council met on Monday. It agreed the budget UPDATE. The mayor said it was a good day for the "
     "town and for every family that had waited so long for the new school to open.", None),
    ("Fares rise ABSTRACT. Too short to tell.", None),
    # a label with a colon: an update's or the editor's note
    ("Harbour wall gives way in storm UPDATE: 5/12 — The council said on Tuesday that the road behind the wall "
     "would stay shut until the stones were cleared and the engineers had checked the rest of it.",
     "Harbour wall gives way in storm"),
    ("The Ferry Diaries, Part 3 Editor’s Note: The following is the last of three extracts from Ada Thorne’s "
     "book about the island ferry, which comes out in the spring from a small press in Kelby.",
     "The Ferry Diaries, Part 3"),
    # Left alone: a name and a colon inside the head, a short label word.
    ("Ferry chief Ada Thorne: GOP: 'we will not pay' for the new pier, she tells the board at its meeting on "
     "Monday night in the town hall, as the vote on the ferry draws near.", None),
    ("Ferry firm to cut its winter crossings as fuel costs rise for the third year running and the island "
     "council says it cannot help, while the operator warns of more cuts NATO. The alliance met.", None),
)


# "Headline; Deck" as some publishers export a headline and its deck on one line: a semicolon, then a capital.
_DECK_AFTER_SEMICOLON = re.compile(r"(?<=[\w’'\"”)%.?!])[ ]*;[ ]+(?=[\"“‘']?[A-Z0-9])")


# A possessive at the end of a head, "Lee's" or "Jones'" (no quotation opened in the head before it).
_POSSESSIVE_END = re.compile(r"\w['’]s$|^[^'‘]*\ws['’]$")
POSSESSIVE_END_EXAMPLES = (
    ("She points to Lee's", True), ("She points to Jones'", True), ("She points to Lee’s", True),
    # Left alone: a closing quotation, a plural, an "s" word.
    ("Thorne to 'rebuild harbours'", False), ("Thorne backs the ferry workers", False), ("Harbour plan is", False),
)


# "Headline; deck" heads (the story follows them); the first five are one headline, the rest are left alone.
HEADLINE_AND_DECK_EXAMPLES = (
    "Ferry row reaches Kelby, Ga.; For years, islanders faced steep fares on the route to the coast",
    "Who pays for the sea wall?; Councillors say the town cannot wait for help from the state",
    "Sea wall vote splits the council; Sen. Ada Thorne backs the plan in a letter to the voters",
    "Harbour crews race to finish the wall; Work is fast approaching the deadline as each crew on the quay "
    "adds a shift",
    "Sea wall splits the island; Islanders back the plan but shops fear the cost in Kelby",
    # Left alone: a sentence with its full stop before the semicolon, and two sentences.
    "The sea wall was rebuilt.; Residents fear the bill will fall on them for years",
    "The wall fell. Who pays?; Residents fear the bill will fall on them for years",
)


def _headline_and_deck(text: str, language: str) -> int:
    """Where a one-line "headline; deck" head ends ("Ferry fares to rise; Islanders face a costly winter |
    The island's ..."), or 0. The part before the semicolon is headline-sized (3 to 20 words, no sentence
    break, no full stop at its end but a news abbreviation's: "..., Ga.; ..."; a question mark may end it,
    as the semicolon after it is layout no sentence has) and could end a headline; the deck after it must end where the
    lede begins, as the one-line reading finds a headline's end (``_headline_end``, on the text after
    the semicolon): the whole head is headline and deck, as the line a paper prints them on."""
    match = _DECK_AFTER_SEMICOLON.search(text, 0, 300)
    if match is None:
        return 0
    head = text[: match.start()].strip()
    # a question or an exclamation may end the headline ("Who runs the harbour?; Islanders ask ..."): the
    # semicolon after it is the layout, as no sentence is written
    if not 3 <= count_words(head) <= 20 or _sentence_break(head) or _ends_on_stop(head, "."):
        return 0
    if not _ends_cleanly(head):
        return 0
    deck = text[match.end() :]
    cut = _headline_end(deck, language)
    ending = deck[:cut].rstrip()
    if cut and not (_ends_cleanly(ending) and not _POSSESSIVE_END.search(ending) and _could_end_headline(
            ending, before_opener=True, next_word=deck[cut:].split(maxsplit=1)[0])):
        cut = 0  # "...; Lee fields attacks from rivals in | Kelby forum ...": no deck ends on "in" nor "Lee's"
    cut = cut or _deck_end(deck[:400], language, story=text[:_STORY_REACH])
    return match.end() + cut if cut else 0


_DECK_WORDS = (3, 20)


def _deck_end(deck: str, language: str, *, story: str) -> int:
    """Where the deck of a "headline; deck" head ends before the lede, or 0: the first place a reader
    sees a sentence start, a capitalised word (or a quotation) right after a lower-case word that
    may end a headline (not "of", "in", "among": "in Velmont vote"), with a deck of 3 to 20 words
    before it, no full stop (but a news abbreviation's: "Sen.") or sentence break in it and no more than
    two signs of prose (a deck is written as a sentence, often of over twelve words: "Work is fast
    approaching as ..."), and a lede of at least 20 words after it."""
    for match in _WORD_START.finditer(deck):
        point = match.end()
        head = deck[:point].strip()
        words = count_words(head)
        if words > _DECK_WORDS[1] or _sentence_break(head) or _ends_on_stop(head):
            return 0
        last = head.rsplit(maxsplit=1)[-1]
        following = [*deck[point:].split(maxsplit=2), "", ""][:2]
        # after a lower-case word the capital shows the start; after a name, a person's full name does, or
        # a word that opens sentences and names nothing ("... in Kelby | Now the board ...")
        visible = re.search(r"[a-z0-9%’'\"”]$", last) is not None and last[:1].islower() and (
            last.strip("’'\"”").lower() not in _NO_END | _LINKS)
        named = last[:1].isupper() and (_full_name(following[0], _name_key(following[1]), story) or _opens_after_name(
            following[0], following[1]))
        if words < _DECK_WORDS[0] or not (visible or named):
            continue
        if not _ends_cleanly(head) or _head_signals(head, language) > 2:
            return 0
        return point if count_words(deck[point:]) >= 20 else 0
    return 0


def _opens_after_name(word: str, following: str) -> bool:
    """Whether ``word`` opens a sentence even after a name: "The", "He" ... (``_OPENERS``), a determiner or
    a sentence adverb ("Both", "Now": the lexicon's), capitalised, before a lower-case word."""
    from ..quotes.lexicon import DETERMINERS, SENTENCE_ADVERBS

    word = word.strip("\"“‘'(")
    if not word[:1].isupper() or not word[1:].islower() or not following[:1].islower():
        return False
    return word in _OPENERS or word.lower() in DETERMINERS or word.lower() in SENTENCE_ADVERBS


# (a word after a name, the word after it, whether the first opens a sentence there)
OPENS_AFTER_NAME_EXAMPLES = (
    ("Now", "the", True), ("Both", "the", True), ("The", "town", True), ("He", "said", True),
    # Left alone: a name, a capitalised common word that goes on naming, an opener before a name.
    ("Kestrel", "said", False), ("Harbour", "board", False), ("Now", "Kelby", False), ("NOW", "the", False),
)


_HEAD_ABBREVIATIONS = NEWS_ABBREVIATIONS | {"v"}  # "Roe v. Wade": a case's "v." too


def _sentence_break(text: str) -> bool:
    """A sentence break inside ``text``, not counting the full stop of a news abbreviation ("Sen. Ada
    Thorne", "Calif. Governor")."""
    for match in _SENTENCE_BREAK.finditer(text):
        word = text[: match.start() + 2].rsplit(maxsplit=1)[-1].rstrip(".").lower()
        if word not in _HEAD_ABBREVIATIONS:
            return True
    return False


def _ends_on_stop(text: str, marks: str = ".!?…") -> bool:
    """Whether ``text`` ends on a mark of ``marks`` that ends a sentence, not on a news abbreviation's
    full stop ("Sen.", "Ga.", "N.H.": "Ferry row reaches Kelby, Ga.; For years, ...")."""
    stripped = text.rstrip("\"'”’)]")
    if not stripped or stripped[-1] not in marks:
        return False
    return stripped.rsplit(maxsplit=1)[-1].rstrip(".").lower() not in _HEAD_ABBREVIATIONS


def _ends_cleanly(head: str) -> bool:
    """A head that may end a headline of the plain US kind, commas and all ("Mayor on defence, blaming the
    board"): it does not end on a small word or a punctuation mark, and every quotation in it is closed."""
    last = head.rsplit(maxsplit=1)[-1]
    return last.lower() not in _NO_END and last[-1] not in ",;:-–—" and _quotes_closed(head)


# Pronouns a Title Case head may end on as its verb's object ("Mayor Wants It", "Why Voters Will Love This")
_OBJECT_END = frozenset(("it", "this"))


def _ends_title_head(head: str) -> bool:
    """A head that may end a Title Case headline: one that ends cleanly (``_ends_cleanly``), or on "It"
    or "This" capitalised after a capitalised word that is no small word ("And It"): the object of the
    verb before it ("... Is Silencing It | Not one ...", "... For Doing THIS | In the ..."), where the
    lede's own capitalised first word follows."""
    words = head.split()
    if _ends_cleanly(head):
        return True
    return len(words) > 2 and words[-1].lower() in _OBJECT_END and words[-1][:1].isupper() and (
        words[-2][:1].isupper() and words[-2][-1:].isalpha() and words[-2].lower() not in _TITLE_SMALL | _MINOR_WORDS)


ENDS_TITLE_HEAD_EXAMPLES = (
    ("Islanders Love The New Pier And Want It", "Mayor Is Quietly Silencing It",
     "Why Kelby Voters Will HATE THIS", "Ferry Chief Has Done It"),
    ("Islanders Love The New Pier And It", "Mayor Says That", "Harbour Wall Will Stand, It",
     "Ferry Chief Has done it", "Harbour Board Votes On The"),
)


# Small words a Title Case head may capitalise (articles, conjunctions, prepositions; not a verb: "Can't Be")
_TITLE_SMALL = frozenset("a an the and or but nor of in on at to for with by from as into onto over about after "
                         "against".split())
# Small words a Title Case head keeps in lower case between two capitalised common words ("Declines to Comment",
# "Clashes with Union") that a name seldom holds ("Bank of ...", "Society for ...", "Lord and Taylor")
_AP_SMALL = frozenset("to with as at on from by into over after against".split())
_DAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_DAY_AFTER = frozenset("at on in night morning afternoon evening".split())
_CALENDAR_WORD = re.compile(rf"{_WEEKDAYS}|{_MONTHS}")
_LEDE_REACH = 5  # how many capitalised words before the first lower-case one the lede may open with
_TITLE_HEAD_WORDS = (4, 25)


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.N."


def _before_office(bare: list[str], start: int, lower: int, story: str) -> int:
    """Where the lede opens when the name it opens with comes after its office, rank or party ("... Needs
    More Investigation | Republican U.S. House Speaker Ada Thorne said"): before that run of capitalised
    words (the lexicon's ranks and party members, and dotted abbreviations), when the head before it ends
    on a content word (not "As Vice President") that the story never writes with the office as one
    phrase ("... for Harbour Chief | Ada Thorne", "the post of harbour chief"), and the head holds the
    name ("Thorne: ..."); a head that does not ("Kelby Elects New Mayor | Jo Lee won") may end on an office."""
    from ..quotes.lexicon import PARTY_MEMBERS, RANKS

    offices = RANKS | PARTY_MEMBERS
    run = start
    while run > 1 and bare[run - 1][:1].isupper() and (
            bare[run - 1].lower().rstrip(".") in offices or _DOTTED.fullmatch(bare[run - 1])):
        run -= 1
    if run == start or run < _TITLE_HEAD_WORDS[0]:
        return start
    before = bare[run - 1]
    if before.lower() in _NO_END | _LINKS or before in _CONJUNCTIONS or not before[:1].isalnum():
        return start
    if re.search(rf"(?<![\w\-]){re.escape(before.lower())}[ ]{re.escape(bare[run].lower())}(?![\w\-])", story):
        return start
    head_names = {_bare_name(w)[:5] for w in bare[:run] if w[:1].isupper()}
    if not any(_bare_name(w)[:5] in head_names for w in bare[start:lower] if w[:1].isupper()):
        return start
    return run


def _placed_rank(word: str, following: str, common: Container[str]) -> bool:
    """Whether ``word`` is a place or party before a rank cut short ("Ohio Gov.", "Kelby Sen."): a
    capitalised word that is no common one, before a rank (the lexicon's) of at most four letters and
    a full stop. Such a rank stands only before a name, so the lede that opens with it opens before the
    word that places it ("... Bet Money On It | Ohio Gov. Ada Thorne said")."""
    from ..quotes.lexicon import RANKS

    rank = following.rstrip(".")
    return (following.endswith(".") and rank[:1].isupper() and len(rank) <= _TITLE_LETTERS
            and rank.lower() in RANKS and word[:1].isupper() and word.isalpha() and word.lower() not in common)


PLACED_RANK_EXAMPLES = (  # (word, the word after it, whether the first places the rank the second is)
    ("Ohio", "Gov.", True),
    ("Kelby", "Sen.", True),
    # Left alone: a common word, a rank written in full, a word that is no rank, a small word.
    ("Former", "Gov.", False),
    ("Kelby", "Governor", False),
    ("Kelby", "Inc.", False),
    ("of", "Gov.", False),
)


# (Title Case head, the lede after it); the first two are caught, the head ending before the place and its
# rank. Left alone: a story that opens with the placed rank and has no head before it.
PLACED_RANK_HEAD_EXAMPLES = (
    ("Thorne Says The Harbour Wall Will Hold Against The Storm",
     "Velmont Sen. Ada Thorne said on Monday that the harbour wall at Kelby would hold against the storm, and that the "
     "town need not fear the winter."),
    ("Thorne Just Told The Harbour Board What She Thinks Of The Wall",
     "Former Velmont Gov. Ada Thorne told the harbour board on Monday that the wall at Kelby was built too low."),
    ("", "Velmont Sen. Ada Thorne said on Monday that the harbour wall at Kelby would hold against the storm, and "
     "that the town need not fear the winter."),
)


def _title_case_goes_on(bare: list[str], index: int) -> bool:
    """Whether the head keeps its Title Case past a small word in lower case: before the next lower-case
    word, a small word is capitalised again ("... Urges Kelby to Remain In Island Union | White House
    hopeful ...", a head that lowers "to" but capitalises "In"). A lede writes its small words in lower
    case, whatever names follow them ("... Council on Wednesday approved", "Sens. Ada Thorne and Jo Lee")."""
    for word in bare[index + 1 :]:
        if not word[:1].isalpha():
            continue
        if word[:1].islower():
            return False
        if word.lower() in _TITLE_SMALL:
            return True
    return False


# (the words from a small word in lower case on, whether the head's Title Case goes on past it)
TITLE_CASE_GOES_ON_EXAMPLES = (
    ("to Remain In Island Union White House hopeful", True),
    ("to Stay Out Of The Ferry Row Ada Thorne said", True),
    # Left alone: a lede's small words in lower case, before names or not.
    ("on Wednesday approved a motion", False),
    ("and Jo Lee clashed on Tuesday", False),
    ("from Kelby's rally at the hall", False),
    ("to", False),
)


def _title_case_stop(first: str, common: Container[str], pairs: StoryPairs) -> int:
    """Where a Title Case headline ends before its sentence-case lede ("Mayor Says Harbour Wall Will Stand
    In A Storm | Engineers said ..."), or 0: where Title Case stops. The first lower-case word of the
    first sentence (a small one too, when the head capitalises its small words: "In A Storm"), with
    the lower-case words right before it, or a day with a small word after it ("Tuesday at the ..."),
    belongs to the lede, which opens at most five words before it: at the capitalised word right
    before it, moved back to "The", "A" or "An" among those words when a name follows it ("... Wall |
    The RNLI said"; not "Brings Out The Crowds", nor after a small word: "After The Storm"), and back
    while the head would end on a small word, a conjunction ("If", "While"), a possessive or an
    abbreviation, or inside a name ("President Ada | Thorne": a name the story writes again, or a
    full name). The head is in Title Case, with a small or function word capitalised inside it
    ("His", "To", "After"), a small word kept in lower case between two capitalised common words
    that no name holds ("Declines to Comment", not "Society for Cooperative"), or a colon (a run of
    names has none: "Former Harbour Board Chairman Sir Alan Brooks"), four to 25 words; the lede does
    not open inside a run of names, nor with a name that runs on and that the head does not give
    after a capitalised common word ("... Storm Mayor | Jo Lee said": a title or the headline's own
    word, unsure; "... On Them | Defiance and ..." opens the lede)."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", first)]
    bare = [w.strip("\"'“”‘’(),:;!?") for _, w in words]
    capital_small = False
    lower = None
    for index, word in enumerate(bare):
        if not word or not word[:1].isalpha():
            continue
        if word[:1].islower():
            if word not in _MINOR_WORDS or (capital_small and not _title_case_goes_on(bare, index)):
                lower = index
                break
        elif index >= _TITLE_HEAD_WORDS[0] and _DAY_WORD.fullmatch(word) and index + 1 < len(bare) and (
                bare[index + 1] in _DAY_AFTER):
            lower = index + 1  # "... Win Presidency | Thursday at the ...": a day, then a small word, opens the lede
            break
        elif index and word.lower() in _TITLE_SMALL and not words[index - 1][1].endswith((":", "-", "–", "—")):
            capital_small = True
    if lower is None:
        return 0
    while lower > 1 and bare[lower - 1][:1].islower():
        lower -= 1  # "... Address | This is a preview": the small words before it are the lede's too
    if lower < _TITLE_HEAD_WORDS[0] + 1:
        return 0
    reach = max(1, lower - _LEDE_REACH)
    start = lower - 1
    # "The" before a name opens the lede ("... Wall | The RNLI said"); before a common word ("... Brings Out The
    # Crowds | Voters ...") or after a small word ("... After The Storm | Local ...") it is the head's own
    article = [k for k in range(reach, lower - 1) if bare[k] in _ARTICLES and bare[k + 1][:1].isupper()
               and bare[k - 1].lower() not in _NO_END | _LINKS and bare[k + 1].lower() not in common]
    if article:
        start = article[-1]
    while start > reach and (not _ends_title_head(first[: words[start][0]].rstrip()) or bare[start][:1].islower()
                             or re.search(r"\w['’]s$|\.$", words[start - 1][1]) is not None
                             or words[start][1].startswith("(") or bare[start - 1] in _CONJUNCTIONS
                             or pairs.again(words[start - 1][1], words[start][1])
                             or (bare[start - 1].lower() not in common  # a surname may be a common word
                                 and _full_name(bare[start - 1], _name_key(words[start][1]), pairs.text))
                             or _placed_rank(bare[start - 1], words[start][1], common)):
        start -= 1
    named = start
    # "Ohio Gov. Ada Thorne" ("Former Ohio Gov. ...") opens the lede in full: no office before it, no run of names
    placed = any(_placed_rank(bare[k], words[k + 1][1], common) for k in range(start, min(start + 2, lower - 1)))
    if not placed:
        start = _before_office(bare, start, lower, pairs.text)
    head = first[: words[start][0]].rstrip()
    head_words = head.split()
    if not _TITLE_HEAD_WORDS[0] <= len(head_words) <= _TITLE_HEAD_WORDS[1] or head.isupper():
        return 0
    function_word = any(w.lower() in _NO_END | _LINKS and w[:1].isupper() for w in bare[1:start]) or any(
        a[:1].isupper() and b[:1].isupper() and (
            (w in _AP_SMALL and a.lower() in common and b.lower() in common) or w in _NO_NAME_SMALL)
        for k, (a, w, b) in enumerate(zip(bare[: start - 2], bare[1 : start - 1], bare[2:start], strict=True))
        if k or w not in _NO_NAME_SMALL)  # "Shares in Velmont ...": a lede's opening
    # (a head with a comma may be an office's name in full: "Secretary of State for Culture, Media | and Sport")
    written_lower = "," not in head and _written_lower(bare[1:start], common)
    if not (function_word or ":" in head or written_lower) or not _title_case(head_words, common):
        return 0
    if not _ends_title_head(head) or re.search(r"\w['’]s$|\.$", words[start - 1][1]) or split_dateline(head)[0]:
        return 0
    opening, before = bare[start], bare[start - 1]
    if _CALENDAR_WORD.fullmatch(opening):
        opening = "the"  # "... Ada Thorne | Tuesday was ...": a day or a month opens a lede, it names no one
    head_names = {_name_key(w) for w in head_words if w[:1].isupper() and _name_key(w).lower() not in common}
    lede_names = {_name_key(w) for w in bare[start:lower] if w[:1].isupper()}
    runs_on = start + 1 < len(bare) and bare[start + 1][:1].isupper()  # "Jo Lee", not "Defiance and"
    # (a plural is no title before a name: "... Reveal Campaign Donors | Hillary Clinton was ...")
    plural = before.endswith("s") and not before.endswith(("ss", "us", "is"))
    if opening.lower() not in common and before.lower() in common and before[:1].isupper() and runs_on and not (
            head_names & lede_names) and not plural:
        return 0  # "... Storm Mayor | Jo Lee said": a title before a name the head does not give, or its own word
    if opening.lower() not in common and before.lower() not in common and before[:1].isupper() and start == named \
            and not placed:
        return 0  # "... Mayor Jo | Lee said": inside a run of names, where the lede's name starts is unsure
    # (unless an office run opens the lede: "... Be OK | U.K. Minister Ada Thorne told")
    if count_words(first[words[start][0] :]) < 8:
        return 0
    return words[start][0]


_WRITTEN_LOWER = 3
# Small words that a run of names seldom keeps in lower case between its capitals, as Title Case does ("Joins a
# Parade", "Gains in Check"; names have "Society for ...", "Bank of ...", "Trust and ...")
_NO_NAME_SMALL = frozenset("a an the on in to with at from by".split())


def _written_lower(words: list[str], common: Container[str]) -> bool:
    """Whether a Title Case head capitalises words that its own story writes in lower case: three or more,
    and most of those after its first word ("Oil Prices Keep Market Gains in Check | Stocks ...", where
    the story writes "prices", "market" and "gains"), as a headline's style does and a run of names
    ("Harbour Board Chairman Sir Alan Brooks") seldom can."""
    own = common.own if isinstance(common, StoryWords) else frozenset()
    capitalised = [w for w in words if w[:1].isupper() and not w.isupper()]
    written = sum(w.lower() in own for w in capitalised)
    return written >= _WRITTEN_LOWER and 2 * written > len(capitalised)


# (the one-line paste, where its Title Case head ends by ``_title_case_stop``: 0 for none)
WRITTEN_LOWER_EXAMPLES = (
    ("Harbour Wall Repairs Face Long Delay Engineers said on Monday that repairs to the harbour wall would face "
     "a long delay, since the storm damage was worse than the first survey found.", 37),
    ("Ferry Fares Rise Again Across Island Routes Passengers will pay more from May, after the operator said "
     "fares on all island routes would rise again to cover the price of fuel.", 44),
    # Left alone: a lede that opens with a run of names and offices, an office's name in full with a
    # comma in it, a head that capitalises only one word its story writes in lower case (the Title
    # Case rule needs another sign there).
    ("Former Harbour Board Chairman Sir Alan Brooks said on Monday that the board would meet again and that "
     "the harbour wall would be rebuilt by the spring.", 0),
    ("The Minister for Harbours, Ferries and Fisheries, Ada Thorne, has hit out at critics of the new ferry "
     "timetable, saying the harbours and fisheries of the island need the ferries to run on time.", 0),
    ("Velmont Rovers Sign Kelby Striker Rovers said on Monday that the striker had signed a two-year deal and "
     "would play in the cup tie at the weekend against the island side.", 0),
)


def _last_word(head: str) -> str:
    words = head.split()
    return words[-1].lower() if words else ""


# Dashes a wire dateline may close with that ``split_dateline`` does not know: the figure dash ("‒").
_OTHER_DASHES = re.compile(r"[‒]")
# "Mar 14 (Reuters) -": a date and a wire, with no place before them.
_DATED_WIRE = re.compile(rf"^{_MONTHS}[ ]\d{{1,2}}[ ]\([ ]?{_WIRES}[ ]?\)[ ]?[-—–]")
# A place's abbreviation in capitals right before the point found ("ST. | LOUIS —", "FT. | WORTH —").
_CAPITALS_ABBREVIATION = re.compile(r"[ ][A-Z]{1,3}\.[ ]+$")

DATELINE_AFTER_HEAD_EXAMPLES = (
    ("Ferry fares rise again on the island route VELMONT ― The island's ferry fares will rise again in May, the "
     "operator said, for the second time this year.", "Ferry fares rise again on the island route"),
    ("Ferry fares rise again on the island route Mar 3 (Reuters) - The island's ferry fares will rise again in "
     "May, the operator said, for the second time this year.", "Ferry fares rise again on the island route"),
    ("Harbour Wall Holds As Storm Hits The Island ST. KELBY — The old harbour wall held on Monday night as the "
     "storm hit the island, the harbour master said.", "Harbour Wall Holds As Storm Hits The Island"),
    ("Kestrel settles its fare row with Ada Thorne Kelby (AFP) – Kestrel has settled its row over winter fares "
     "with Ada Thorne, the island's ferry union chief, the firm said.", "Kestrel settles its fare row with Ada Thorne"),
    ("Court backs union in Kestrel v. Velmont KELBY, May 3 (UPI) — The island court ruled for the ferry union on "
     "Friday in the long fare case between the two firms.", "Court backs union in Kestrel v. Velmont"),
    ("Ferry fares rise again on the island route By Ola Brann 3 MIN READ KELBY, Velmont (Reuters) - The island's "
     "ferry fares will rise again in May, the operator said.",
     "Ferry fares rise again on the island route By Ola Brann 3 MIN READ"),
    # A name of the head's that the story writes alone is no place's first word; a common word may be ("New",
    # "Port"), and so may a word the story writes only with the place's next word ("Los Angeles").
    ("Velmont board votes to name Thorne Kelby (AFP) – The Velmont board voted on Monday to name Ada Thorne as "
     "its chair. Thorne said she was glad.", "Velmont board votes to name Thorne"),
    ("Ferry strike hits film crews New Kelby (AFP) – A ferry strike stranded two film crews in New Kelby on "
     "Monday, the studio said.", "Ferry strike hits film crews"),
    ("Velmont board votes to name Thorne Los Angeles (AFP) – The Velmont board, meeting in Los Angeles, voted to "
     "name Ada Thorne as its chair.", "Velmont board votes to name Thorne"),
    ("Ferry row reaches Kelby Port Ellen (AFP) – The ferry row reached Kelby on Monday, when Port Ellen staff "
     "walked out.", "Ferry row reaches Kelby"),
    # A date and a wire with no place; an acronym the story writes again, before the place in capitals.
    ("Thorne Receives First Harbour Safety Briefing Aug 27 (Reuters) - Ada Thorne on Saturday received her "
     "first harbour safety briefing.", "Thorne Receives First Harbour Safety Briefing"),
    ("Kelby Wants A New KFU Chair KELBY ― The island's KFU, the ferry union, is looking for a chair, and the KFU "
     "board meets on Monday.", "Kelby Wants A New KFU Chair"),
    # A head that ends on its full stop ends there, before a place in capitals or in mixed case; "ST." is the
    # place's own.
    ("Ferry fares rise again on the route to the US. KELBY, Velmont (AP) — The island's ferry fares will rise "
     "again in May, the operator said.", "Ferry fares rise again on the route to the US."),
    ("Board votes to name Thorne. Kelby (AFP) – The Velmont board voted on Monday to name Ada Thorne as its "
     "chair, the board said.", "Board votes to name Thorne."),
    ("Harbour board picks a new chair Mara Quist ST. KELBY — The harbour board picked a new chair on Monday "
     "after months of argument.", "Harbour board picks a new chair Mara Quist"),
    # A headline of two sentences in Title Case throughout.
    ("Harbour Board Finally Picks A Chair. Is This The Last Vote? KELBY ― The harbour board chose its new "
     "chair on Monday after a year without one.", "Harbour Board Finally Picks A Chair. Is This The Last Vote?"),
    # Left alone: a head that holds a sentence break in sentence case, a date inside a sentence with no wire
    # after it.
    ("The council met. Its members voted on the pier VELMONT ― The vote was close, and the mayor said the "
     "pier would be rebuilt by the summer.", None),
    ("The council met on Mar 3 and its members voted for the new pier, and the mayor said the pier would be "
     "rebuilt by the summer.", None),
)


_DECK_BEFORE_DATELINE_WORDS = 30


def deck_before_dateline(rest: str, language: str = "english") -> int:
    """Where a deck sentence ends when the story after a one-line headline opens with it and a wire
    dateline follows ("As the storm passed, the town counts the cost. KELBY - The ..."), or 0: the first
    sentence, at most 30 words ending in a full stop, then the dateline."""
    spans = sentence_spans(rest[:1000], language)
    if len(spans) < 2:
        return 0
    end = spans[0][1]
    deck = rest[spans[0][0] : end].strip()
    if count_words(deck) > _DECK_BEFORE_DATELINE_WORDS or not _FULL_STOP.search(deck):
        return 0
    return end if _opens_with_dateline(rest[end:].lstrip()[:120]) else 0


DECK_BEFORE_DATELINE_EXAMPLES = (
    ("As the storm passed, the island counts the cost. KELBY, Islay - The harbour wall held on Monday night, the "
     "harbour master said, but the old pier was lost.", "As the storm passed, the island counts the cost."),
    # Left alone: no dateline after the first sentence, a first sentence too long for a deck.
    ("The harbour wall held on Monday night. The harbour master said the old pier was lost, and the ferry "
     "would not sail until Friday.", None),
    ("The harbour wall held on Monday night as the storm hit the island, the harbour master said, though the "
     "old pier was lost and the ferry would not sail until Friday at the earliest. KELBY - The island ...", None),
)


# The front lines a one-line paste may carry between its headline and the story, when no date line parted
# the head: a deck sentence, a byline and the date line ("... costed properly. Jo Lee Wed 12 Feb 2025 07.00
# GMT When the council voted ..."). The date line is the date with a label or weekday before it and a time
# and zone after it; it counts only with a byline before it or a label or a time in it, and a story of a
# capital and 20 words or more after it: "The vote is due on 3 March 2025. The council ..." is the story.
_FRONT_RUN_CHARS, _FRONT_RUN_WORDS = 400, 45
_BEFORE_DATE = re.compile(
    rf"(?:(?P<label>(?:(?:First|Last)[ ]+)?(?:Published|Updated|Posted)(?:[ ]+(?:on|at))?:?)[ ]+)?"
    rf"(?:{_WEEKDAYS},?[ ]+)?$")
_AFTER_DATE = re.compile(
    r"(?P<time>,?[ ]+(?:at[ ]+)?\d{1,2}[:.]\d{2}(?:[ ]?(?:[ap]\.?m\.?|AM|PM))?(?:[ ]+[A-Z]{2,5})?)?")
# "... on record By Marta Ferreira": a capitalised "By" after a lower-case word ends a deck with no full stop
_BY_AFTER_DECK = re.compile(r"(?<=[a-z0-9%'’\"”)])[ ]+(?=By[ ]+[A-Z])")
_DECK_WITHOUT_STOP_WORDS = (4, 30)
FRONT_RUN_EXAMPLES: tuple[tuple[str, dict[str, str]], ...] = (
    ("The city's transport plan rests on a line nobody has costed. Jo Lee Wed 12 Feb 2025 07.00 GMT When the "
     "council voted last week to press ahead with the tram, it did so on the strength of a report that was "
     "never published in full.",
     {"deck": "The city's transport plan rests on a line nobody has costed.", "byline": "Jo Lee",
      "date": "Wed 12 Feb 2025 07.00 GMT"}),
    ("By Ada Thorne Published 3 March 2025 The harbour wall will be repaired this spring after a winter of "
     "storms left a crack along its length, the council said on Monday.",
     {"byline": "By Ada Thorne", "date": "Published 3 March 2025"}),
    ("Drivers face a twelve-mile detour. By Priya Raman, Transport Reporter | 14 May 2025 10:15 BST The Orm "
     "Street bridge will close to all traffic on Monday while engineers replace its old bearings, the council said.",
     {"deck": "Drivers face a twelve-mile detour.", "byline": "By Priya Raman, Transport Reporter",
      "date": "14 May 2025 10:15 BST"}),
    ("Reservoirs are at a third of capacity after the driest winter on record By Ada Thorne and Jo Lee "
     "Published 4 December 2026 The city will ration tap water from Monday, the council said on Thursday, after "
     "a winter that left its reservoirs at a third of their usual level.",
     {"deck": "Reservoirs are at a third of capacity after the driest winter on record",
      "byline": "By Ada Thorne and Jo Lee", "date": "Published 4 December 2026"}),
    # Left alone: a date in the story, with no byline before it and no label or time in it; a date inside a
    # sentence; a short story after the date; two sentences before the byline; "by" inside a sentence; a
    # "By" after too few words to be a deck.
    ("The vote is due on 3 March 2025. The council said it would publish the full report before then, and "
     "residents will be able to put questions to the transport committee.", {}),
    ("Ada Lund said on Wed 12 Feb 2025 at 7.00 that the council would publish the full report, and residents "
     "will be able to put questions to the transport committee.", {}),
    ("Jo Lee Wed 12 Feb 2025 07.00 GMT Short note.", {}),
    ("The report was written by Ada Thorne Published 3 March 2025 The harbour wall will be repaired this "
     "spring after a winter of storms left a crack along its length, the council said.", {}),
    ("Harbour wall By Ada Thorne Published 3 March 2025 The harbour wall will be repaired this spring after a "
     "winter of storms left a crack along its length, the council said.", {}),
    ("The plan rests on a line. Nobody has costed it. Jo Lee Wed 12 Feb 2025 07.00 GMT When the council voted "
     "last week to press ahead with the tram, it did so on the strength of a report never published.", {}),
)


def front_run(rest: str, language: str = "english") -> dict[str, tuple[int, int]]:
    """The spans of the ``deck``, ``byline`` and ``date`` that open ``rest``, the text after a one-line
    paste's headline, and where the ``story`` starts, as ``FRONT_RUN_EXAMPLES`` show; or nothing."""
    date = _DATE.search(rest, 0, _FRONT_RUN_CHARS)
    if date is None or count_words(rest[: date.start()]) > _FRONT_RUN_WORDS:
        return {}
    before = _BEFORE_DATE.search(rest, 0, date.start())
    after = _AFTER_DATE.match(rest, date.end())
    start = before.start() if before else date.start()
    end = after.end() if after else date.end()
    story = len(rest) - len(rest[end:].lstrip(" |·•–—-"))
    opening = rest[story : story + 1]
    if not (opening.isupper() or (opening and opening in "\"“‘")) or count_words(rest[story:]) < 20:
        return {}
    parts: dict[str, tuple[int, int]] = {}
    head = rest[:start].rstrip(_HEAD_SEPARATORS)
    spans = sentence_spans(head, language) if head else []
    if len(spans) > 2:
        return {}
    byline_start = 0
    if len(spans) == 2 or (spans and _FULL_STOP.search(head)):  # a deck sentence first
        deck = head[spans[0][0] : spans[0][1]].rstrip()
        if count_words(deck) > _DECK_BEFORE_DATELINE_WORDS or not _FULL_STOP.search(deck):
            return {}
        parts["deck"] = (spans[0][0], spans[0][0] + len(deck))
        byline_start = spans[1][0] if len(spans) == 2 else len(head)
    elif (by := _BY_AFTER_DECK.search(head)) is not None:  # a deck with no full stop, then "By ..."
        if not _DECK_WITHOUT_STOP_WORDS[0] <= count_words(head[: by.start()]) <= _DECK_WITHOUT_STOP_WORDS[1]:
            return {}
        parts["deck"] = (0, by.start())
        byline_start = by.end()
    byline = head[byline_start:]
    if byline:
        if not (is_byline(byline) or is_bare_byline(byline, language)):
            return {}
        parts["byline"] = (byline_start, len(head))
    elif not ((before and before.group("label")) or (after and after.group("time"))):
        return {}
    parts["date"] = (start, end)
    parts["story"] = (story, len(rest))
    return parts


def _opens_with_dateline(text: str) -> bool:
    return split_dateline(_OTHER_DASHES.sub("—", text))[0] is not None or _DATED_WIRE.match(text) is not None


def _mixed_case_place(text: str, points: list[int]) -> int:
    """Where a dateline in mixed case starts, of the places it could (``points``, in order): a date and a
    wire with no place ("... Briefing | Aug 27 (Reuters)") where there is one; else the first, passing
    over a word that the story names elsewhere without the word after it ("... to name Thorne |
    Kelby (AFP)": a name of the head's, no place's first word), but not a common word ("New York")."""
    for point in points:
        if _DATED_WIRE.match(text[point : point + 40]):
            return point
    common = lower_case_words("english")
    story = text[points[-1] : _STORY_REACH]
    for point, following in pairwise(points):
        word, after = text[point:following].strip(), text[following:].split(maxsplit=1)[0]
        if not word.isalpha() or word.lower() in common:
            return point
        alone = len(re.findall(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])(?![ ]{re.escape(after)})", story))
        if not alone:
            return point
    return points[-1]


def _story_acronym(word: str, text: str) -> bool:
    """Whether a word of two to five capitals is one the story writes again, an acronym ("KFU"), not a place."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and _whole_words(word, text[:_STORY_REACH]) > 1


_HEAD_STOP = re.compile(
    r"(?<![\w.])(?!(?i:St|Ste|Mt|Ft|Pt|Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Jr|Sr|No)\.)[\w’'\-]{2,}[.!?][\"”’')\]]{0,3}[ ]+$")


def _before_dateline(text: str) -> int:
    """Where a head of 3-30 words ends before the wire dateline that opens the story ("Truck attack
    kills 80 NICE, France (AP) — ..."), or 0. The head holds no sentence break of its own. A place
    may take in the head's last words ("... against the rebel army OSLO (UPI) —"): the dateline
    starts at the first place word in capitals when there is one."""
    found = []
    gap = 0
    for match in _WORD_START.finditer(text, 0, 400):
        point = match.end()
        head = text[:point].strip()
        words = count_words(head)
        if words > 30:
            break
        if words >= 3 and _opens_with_dateline(text[point : point + 120]):
            found.append(point)
            gap = 0
        elif found:
            gap += 1  # "... Wants A New KFU | Chair | KELBY ―": a word or two may part them
            if gap > 2:
                break
    if not found:
        return 0
    # an acronym the story writes again ("... by attending KFU | KELBY (UPI) —") is the head's, no place
    capitals = [point for point in found if re.match(r"[A-Z][A-Z.'’\-]+[ ,(]", text[point:])
                and not _story_acronym(text[point:].split(maxsplit=1)[0].rstrip(","), text)]
    # A head never ends on a small word: "... like the US RENO, Nev. (AP)" and "... over Brexit Washington
    # (AFP)" put the head's own last word in the place; the next candidate leaves it to the head.
    ordered = capitals + [point for point in found if point not in capitals]
    whole = [point for point in ordered if _last_word(text[:point]) not in _CONTINUING]
    # nor inside a name the story writes again: "... swords with Mara | Quist Port Elm (AFP) –"
    pairs = story_word_pairs(text)
    named = [point for point in whole
             if not pairs.again(text[:point].rsplit(maxsplit=1)[-1], text[point:].split(maxsplit=1)[0])]
    point = (named or whole or ordered)[0]
    if not capitals and named:
        point = _mixed_case_place(text, named)
    # a head that ends on its full stop ends there: "... nominate Trump. | Cleveland (AFP) –", "... like the
    # US. | RENO, Nev. (AP) —" (a rank or "St." before a place is the place's: "... | ST. LOUIS (AP)")
    stopped = [candidate for candidate in found if _HEAD_STOP.search(text, 0, candidate)]
    if stopped:
        point = stopped[0]
    reading = _READING_TIME.search(text, max(0, point - 12), point + 24)
    if reading is not None and reading.start() < point < reading.end() and \
            _opens_with_dateline(text[reading.end() : reading.end() + 120].lstrip()):
        point = reading.end() + 1  # "... By Ana Silva 3 MIN | READ KELBY (Reuters) -": the place starts after it
    abbreviation = None if stopped else _CAPITALS_ABBREVIATION.search(text, 0, point)
    if abbreviation is not None and count_words(text[: abbreviation.start()]) >= 3:
        point = abbreviation.start() + 1  # "... Mara Quist | ST. KELBY —": the place's abbreviation is its own
    head = text[:point].strip()
    if split_dateline(head)[0] is not None or head[-1] in ",;-–—(":
        return 0
    if _sentence_break(head) and not titled_sentences(head):
        return 0  # a full stop of an abbreviation ("Roe v. Wade") is no sentence break
    return point


def titled_sentences(head: str, language: str = "english") -> bool:
    """Whether a head of two sentences or more is in Title Case throughout ("Harbour Board Finally Picks A
    Chair. Is This The Last Vote?"): a headline in two sentences, as a deck is written in sentence case."""
    return _sentence_break(head) and _title_case(head.split(), story_common_words(head, language))


_LOWER_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_A-Z][\w'’\-]*")
_STORY_REACH = 20_000


@dataclass(frozen=True)
class StoryWords:
    """Common words for reading a one-line paste: those Punkt's model has seen in lower case (``known``),
    and those the story itself writes in lower case (``own``: "spam", "telecoms"), so that a capitalised
    one opening the lede ("Ferry traffic is up ...") reads as a sentence opener, not as a name."""

    known: frozenset[str]
    own: frozenset[str]

    def __contains__(self, word: object) -> bool:
        return word in self.known or word in self.own


def story_common_words(text: str, language: str = "english") -> StoryWords:
    """The story's ``StoryWords``, read once, up to 20,000 characters."""
    own = frozenset(word.lower() for word in _LOWER_WORD.findall(text, 0, _STORY_REACH) if word[:1].islower())
    return StoryWords(lower_case_words(language), own)


@dataclass(frozen=True)
class OneLineCut:
    """A place where the headline of a one-line paste could end, and the evidence about it."""

    point: int  # where the lede would begin, in the first sentence
    head: str
    opener: int | None  # the lede would begin with a word that opens sentences: restated words that confirm it
    stems: int  # the head's content words
    matched: int  # of them, restated in the next 60 words
    in_lede: int  # of them, restated in the rest of the first sentence
    restates_name: bool  # the lede names, within its first words, a name the head holds
    restates_subject: bool  # ... and that name is the head's first word ("Kestrel ... | British firm Kestrel")
    lede_opens_with_subject: bool  # the lede's first word is the head's first word

    @property
    def score(self) -> float:
        return self.matched + self.restates_name - _UNMATCHED_COST * (self.stems - self.matched)


def _opens_sentence(head: str, rest: str, common: Container[str], story: str = "") -> int | None:
    """Whether ``rest`` visibly opens a sentence after ``head``, as a reader sees it: None when it does
    not, otherwise how many of the head's words the story must restate to confirm it.

    - "The", "A" or "An" before a lower-case word, after a lower-case word: no restated word needed,
      nor for "He", "It", "This" ... there after a head of four words or more;
    - "The", "A", "He" ... after a lower-case word, or after a name when the head is in sentence case
      (there, "The" and "A" inside a headline are written in lower case); "The" before a capitalised
      word may start a title ("The Harbour Lights"), so two restated words are needed unless that word
      is named in the head ("... in the UK The UK economy ..."), the head ends on a closing quotation
      mark, or the story writes that word after a lower-case "the" elsewhere ("the Harbour Trust")
      and the head is longer than the three words that could describe a title ("Talent show The X ...");
    - a capitalised common word ("Thousands", "Former") after a lower-case word, followed by a lower-case
      word. Not an acronym ("US", "TV") and not part of a name ("Harbour Trust", "Valley Cup", "Smith &
      Sons Ltd", "ex-Downing Street");
    - after a head in Title Case, "The" or a capitalised common word followed by a lower-case word:
      sentence case begins there. A run of names reads like Title Case, so two restated words are needed,
      and a word followed by its verb ("... Sir Alan Brooks Senior welcomed ...") ends a name.
    """
    words = rest.split(maxsplit=2)
    head_words = head.split()
    tokens = [w.strip("\"'“”‘’()") for w in head_words]
    tokens = [w for w in tokens if w]
    if len(words) < 2 or not tokens:
        return None
    last = next((w for w in reversed(tokens) if any(c.isalpha() for c in w)), "")
    last_capitalised = any(c.isupper() for c in last)
    word = re.split(r"['’]", words[0].strip("\"“‘'"))[0]  # "They’re" opens as "They" does
    after = words[1].strip("\"“‘'(")
    common_word = word[:1].isupper() and word[1:].islower() and word.lower() in common and word != "I"
    sentence_case = any(w[:1].islower() and w.lower() not in _MINOR_WORDS for w in head_words[1:])
    if _title_case(head_words, common) and after[:1].islower() and after.lower() not in _MINOR_WORDS and (
            word in _OPENERS or common_word) and not (_AUXILIARY.fullmatch(after) or after.endswith("ed")):
        return 2  # Title Case ends where sentence case begins: "... To Portray Black People Real estate mogul"
    if word in _OPENERS:
        if after[:1].isupper():
            names = {_bare_name(w)[:5] for w in head_words if w[:1].isupper()}
            if _bare_name(after)[:5] in names or (word == "The" and (_QUOTE_END.search(head) or (
                    len(head_words) > _DESCRIPTION_WORDS and _written_with_the(_name_key(after), story)))):
                return 1
            if (word in _ARTICLES and not last_capitalised and len(head_words) > _DESCRIPTION_WORDS
                    and _lede_subject(rest)):
                return 1  # "... harbour dilemma | The Velmont ferry board is ...": a subject and its verb
            return 2
        if not last_capitalised and (word in ("The", "A", "An") or len(head_words) > _DESCRIPTION_WORDS):
            return 0  # "... silences the critics | This won't ...": no name, no title reads so mid-sentence
        return 1 if not last_capitalised or sentence_case else None
    if word in _CLAUSE_OPENERS and sentence_case:
        # a sentence-case head: a capitalised conjunction or preposition opens a clause ("... trench warfare
        # | For Ada Thorne ...", "... beating Lee | Though he ..."); after a name, only a conjunction does.
        # A run in Title Case after it is a title's ("... the new play | From Here To Kelby ...")
        run = takewhile(lambda w: not w[:1].islower(), (w.strip("\"“‘'(,") for w in rest.split()[1:8]))
        if any(w.lower() in _TITLE_SMALL for w in run):
            return None
        if not last_capitalised:
            return 1
        if word in _CONJUNCTIONS:
            return 2
    if not common_word or after[:1].isupper():
        return None
    if last_capitalised:
        return None  # "Valley Cup tie": after a name, a capitalised common word goes on naming
    return 1


# Words that open a clause, which a sentence-case headline writes in lower case
_CLAUSE_OPENERS = _CONJUNCTIONS | frozenset("Whether On In At For With From Despite During Inside Amid Among Under "
                                            "Through Across Without".split())
_DESCRIPTION_WORDS = 3  # "TV quiz show | The Big Question is ...": three words may describe what follows
_QUOTE_END = re.compile(r"\w[’'”\"]$")


def _written_with_the(name: str, story: str) -> bool:
    """Whether the story writes "the" in lower case before ``name`` ("... said the Harbour Trust"):
    then "The" before it opens a sentence. A title keeps its capital mid-sentence ("fans of The Lanterns")."""
    return bool(name) and re.search(rf"(?<![\w'’\-])the[ ]{re.escape(name)}(?![\w\-])", story) is not None


def continues_title_case(rest: str) -> bool:
    """Whether the text after a cut goes on in Title Case: more than two capitalised words before the
    first lower-case word that is not a minor word. Asked only after a head in Title Case, whose lede
    is in sentence case ("Former mayor Jo Lee said ...", "Jo Lee has ..."): a cut inside the headline
    leaves its remaining words capitalised ("... Rebuild | Its Sea Wall After The Storm Local ...")."""
    capitals = 0
    for word in rest.split()[:12]:
        token = word.strip("\"'“”‘’(),:;")
        if not any(c.isalpha() for c in token):
            continue
        if token[:1].islower():
            if token.lower() not in _MINOR_WORDS:
                return False
        else:
            capitals += 1
            if capitals > _TITLE_RUN:
                return True
    return False


_TITLE_RUN = 2


def _turns_to_sentence_case(head: str, common: Container[str]) -> bool:
    """A head in Title Case whose last words are in sentence case ("... Against The Mayor harbour
    board chief"): the lede has begun inside it. Four Title Case words or more come first."""
    words = [w.strip("\"'“”‘’(),:;") for w in head.split()]
    words = [w for w in words if w]
    lower = next((i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in _MINOR_WORDS), None)
    if lower is None or lower < 4:
        return False
    return _title_case(words[:lower], common)


def _no_lower_case_word(head: str) -> bool:
    """Whether every word of a head but the minor ones is capitalised (or a figure)."""
    words = [w.strip("\"'“”‘’(),:;") for w in head.split()]
    return not any(w[:1].islower() and w.lower() not in _MINOR_WORDS for w in words if w)


def _title_case(words: list[str], common: Container[str]) -> bool:
    """A head in Title Case: every word that is not a minor word starts with a capital (or a figure),
    common words too: at least two after the first ("Says", "Against"), so that a run of names
    ("Thursday at the Harbour Trust Annual ...") is not taken for Title Case."""
    content = [w.strip("\"'“”‘’()") for w in words]
    content = [w for w in content if w and w.lower() not in _MINOR_WORDS]
    capitalised_common = [w for w in content[1:] if w[:1].isupper() and w.lower() in common]
    return len(capitalised_common) >= 2 and all(not w[:1].islower() for w in content)


# A lede's opening time and its comma ("On Monday,", "On the March 4,", "Tuesday night,", "By 3 May,"):
# a sentence's adverbial, which no headline opens with.
_TIME_OPENER_WORDS = frozenset("On By Since Until Through Before After From".split())
_TIME_OPENING = re.compile(
    rf"^(?:(?:{'|'.join(sorted(_TIME_OPENER_WORDS))})[ ])?(?:the[ ])?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTHS}[ ]\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}[ ]{_MONTHS})"
    rf"(?:[ ](?:morning|afternoon|evening|night))?,[ ]")

TIME_OPENING_EXAMPLES = (
    ("On Monday, the harbour board", True),
    ("On the March 4, Harbour Hour", True),
    ("Tuesday night, Kelby council", True),
    ("By 3 May, the ferry firm", True),
    # Left alone: a day in a headline with no comma after it, or not at its start.
    ("Monday mayhem at the harbour", False),
    ("Storm on Monday, floods on Tuesday", False),
    ("Sunday ferry cut to save fuel", False),
    ("March 4 vote on the pier delayed", False),
)


def _titled_sentence_head(text: str, spans: list[tuple[int, int]], common: Container[str]) -> int | None:
    """Where the headline ends when the paste's first sentence is in Title Case throughout, four words
    or more ("Mayor Says Harbour Wall Will Hold ‘Whatever The Storm.’ | Mayor Ada Thorne said ..."):
    a lede is never written so. None when the first sentence is no such headline. The next sentence may
    go on with the headline: when its opening capitals hold a small word ("Is This The Last One?", "Not
    Yet, At Least"), where its Title Case stops ends the headline, and failing one no headline is
    claimed (0); an opening run of names with no small word ("Harbour Master Jo Lee said") is the lede's."""
    begin, end = spans[0]
    first = text[begin:end].rstrip()
    words = first.split()
    if len(words) < _TITLE_HEAD_WORDS[0] or not _TERMINAL.search(first) or not _title_case(words, common):
        return None
    if len(spans) < 2:
        return begin + len(first)
    if len(spans) > 2 and _TERMINAL.search(text[spans[1][0] : spans[1][1]].rstrip()) and len(
            text[begin : spans[1][1]].split()) <= _TITLE_HEAD_WORDS[1] and _titled_run(
            text[spans[1][0] : spans[1][1]], common):
        spans = spans[1:]  # "... Picked A Chair. | Is This The Last Vote? | Something rare ...": both the headline's
        first = text[begin : spans[0][1]].rstrip()
    second = text[spans[1][0] : spans[1][1]]
    opening = []
    for word in second.split():
        token = word.strip("\"'“”‘’(),:;!?")
        if token[:1].islower() and token.lower() not in _MINOR_WORDS:
            break
        opening.append(token)
    # "The" or "In" opens a sentence; a capitalised small word after it is the headline's Title Case
    if not any(w.lower() in _TITLE_SMALL | _NO_END and w[:1].isupper() for w in opening[1:]):
        return begin + len(first)
    stop = _title_case_stop(text[begin : spans[1][1]], common, story_word_pairs(text))
    return begin + stop if stop > len(first) else 0


TITLED_SENTENCE_HEAD_EXAMPLES = (
    ("Harbour Board Praises Ferry Crews For ‘Very Brave Work.’ Kelby harbour board chairman Jo Lee praised the "
     "ferry crews on Monday for their work in the storm.", "Harbour Board Praises Ferry Crews For ‘Very Brave Work.’"),
    ("Mayor Says Harbour Wall Will Hold ‘Whatever The Storm.’ Mayor Ada Thorne said on Monday that the new "
     "harbour wall would hold in any storm.", "Mayor Says Harbour Wall Will Hold ‘Whatever The Storm.’"),
    ("The Harbour Board Finally Picked A Chair. Is This The Last Vote? Something rare happened on Monday in "
     "Kelby: the harbour board agreed on a chair at its first try.",
     "The Harbour Board Finally Picked A Chair. Is This The Last Vote?"),
    # The lede opens with "The" and a name; the next sentence is a list of names, not Title Case.
    ("Harbour Board Calls Ferry Fare Rise ‘A Fair Deal.’ The Kelby Harbour Board “Fair Fares” plan has now "
     "become the fare rule for every ferry to the island.", "Harbour Board Calls Ferry Fare Rise ‘A Fair Deal.’"),
    ("Who Will Run The Harbour Board Next? Kelby and Velmont. The two islands each want the chair, and the "
     "vote is in May.", "Who Will Run The Harbour Board Next?"),
    # Left alone: a lede in sentence case; a second sentence whose capitals hold a small word and no
    # Title Case stop (unsure: no headline).
    ("The harbour board picked a chair on Monday. Ada Thorne, who ran the ferry union, will lead it for "
     "two years.", None),
    ("The Harbour Board Finally Picked A Chair. At The Ferry office, staff said they were glad of the news "
     "from the board.", None),
)


def _titled_run(text: str, common: Container[str]) -> bool:
    """Whether a short text is in Title Case: no lower-case word but minor ones, and a capitalised common
    word after its first ("Is This The Last Vote?"; not "Kelby and Velmont.", a list of names)."""
    tokens = [word.strip("\"'“”‘’(),:;!?.") for word in text.split()]
    tokens = [token for token in tokens if token]
    if any(token[:1].islower() and token.lower() not in _MINOR_WORDS for token in tokens):
        return False
    return any(token[:1].isupper() and token.lower() in common for token in tokens[1:])


def _time_opening_cut(first: str, story: str, language: str, common: Container[str]) -> int:
    """Where the lede opens inside the first sentence on a time, with a capitalised preposition and a comma
    ("Kelby picks a new harbour chief | On Monday, the board ..."), or 0: the head before it has 3-25
    words, could end a headline, reads as one (``_reads_as_head``, a sign of prose allowed), and a word
    of it comes back in the story after it. The preposition marks the start: a bare day ("... voted
    Monday, officials said") may close a lede's clause."""
    for match in _WORD_START.finditer(first):
        point = match.end()
        rest = first[point:]
        head = first[:point].rstrip()
        words = count_words(head)
        if words > _TITLE_HEAD_WORDS[1]:
            break
        if words < 3 or rest.split(maxsplit=1)[0] not in _TIME_OPENER_WORDS or not _TIME_OPENING.match(rest):
            continue
        # the time and its comma open the lede visibly, so the head may read a little like prose, and the
        # lede may run on in capitals ("On Saturday, Sen. Ada Thorne (Lab) said")
        if not (_could_end_headline(head, before_opener=True, next_word="On") and _reads_as_head(
                head, "", language, common, slack=1)):
            return 0
        return point if _echo_stems(head) & _echo_stems(rest + " " + story) else 0
    return 0


TIME_OPENING_CUT_EXAMPLES = (
    ("Kelby picks a new harbour chief On Monday, the board chose Ada Thorne to lead the harbour.",
     "Kelby picks a new harbour chief"),
    ("Why The Ferry Board Got The Fares Wrong On Thursday night, the board raised the fares for the ferry.",
     "Why The Ferry Board Got The Fares Wrong"),
    # Left alone: a bare day closing a clause, a head of two words, a lede's own clause before the time,
    # a head whose words the story never gives again.
    ("Talks between the harbour board and the union broke down Monday, officials said on the island.", None),
    ("Ferry fares On Monday, the board raised the ferry fares by a tenth.", None),
    ("The harbour board said it had voted On Monday, the day after the storm, to rebuild the pier.", None),
    ("Kelby picks a new harbour chief On Monday, voters in Velmont went to the polls.", None),
)


def _reads_as_head(head: str, rest: str, language: str, common: Container[str], *, slack: int = 0) -> bool:
    """A head that could be the whole headline: no dateline, no full stop, no opening time and comma
    (``_TIME_OPENING``), no sign of a lede (``slack`` signs allowed in a head of up to 12 words), and not
    a Title Case headline that goes on in ``rest`` nor one whose last words have turned to sentence case."""
    allowed = slack if count_words(head) <= _SLACK_WORDS else 0
    if split_dateline(head)[0] is not None or _FULL_STOP.search(head) or _TIME_OPENING.match(head) or \
            _head_signals(head, language) > allowed:
        return False
    return not ((_no_lower_case_word(head) and continues_title_case(rest)) or _turns_to_sentence_case(head, common))


def _head_ends(first: str, pairs: StoryPairs) -> Iterator[tuple[int, str, str]]:
    """Each place a head of 3-20 words could end before a lede of 8 words or more (and at least as long
    as the head): the point, the head and the rest. A headline says each thing once, so a
    head that repeats one of its own words has run into the lede that restates it: nothing after it.
    No place parts two words that the story writes side by side again ("... misses Valley | Cup final
    ... Sunday's Valley Cup final"): they are one name or phrase (``pairs``: ``story_word_pairs``)."""
    for match in _WORD_START.finditer(first):
        point = match.end()
        head = first[:point].strip()
        words = count_words(head)
        if words > 20:
            return
        rest = first[point:]
        if words < 3 or count_words(rest) < max(8, words):
            continue
        if _repeats_a_word(head):
            return
        if pairs.again(head.rsplit(maxsplit=1)[-1], rest.split(maxsplit=1)[0]):
            continue
        if _scare_quote(rest):
            continue
        yield point, head, rest


# A short quotation that opens the text and closes with no punctuation inside, before a lower-case word:
# "'ferry tax' idea", "‘top secret’ messages"; the word after it may not be a verb of saying.
_SCARE_QUOTE = re.compile(r"[\"“‘'](?P<quoted>[\w\-]+(?:[ ][\w\-]+){0,3})[\"”’'][ ](?P<after>[a-z][\w\-]*)")


def _scare_quote(rest: str) -> bool:
    """Whether ``rest`` opens with a short quoted phrase that the words after it go on from ("... over |
    'ferry tax' idea Jo Lee ..."): a headline's own words, inside it, not the lede's first quote
    ("'We will rebuild' said the mayor ...", "'Rebuild it,' she said")."""
    from ..quotes.lexicon import CUES

    match = _SCARE_QUOTE.match(rest)
    return match is not None and match.group("after") not in CUES and match.group("after") not in _MINOR_WORDS


SCARE_QUOTE_EXAMPLES = (
    ("'ferry tax' idea Ada Thorne has a word for it.", True),
    ("‘top secret’ messages to the harbour board, Jo Lee said.", True),
    # Left alone: a quotation a verb of saying follows, one with a comma inside, one that ends a
    # sentence, one a small word follows.
    ("'We will rebuild' said the mayor on Monday.", False),
    ("'Rebuild it,' she said on Monday.", False),
    ("'It is over.' The mayor said so on Monday.", False),
    ("'Harbour Lights' is back on air this week.", False),
)


_PAIR_END = re.compile(r"[\"'”’)\].,;:!?]+$|['’]s$")


@dataclass(frozen=True)
class StoryPairs:
    """Whether two words stand side by side more than once in the story (up to 20,000 characters),
    with no punctuation between them: "Valley Cup" in "Sunday's Valley Cup final" and "the Valley
    Cup."; a count asked only for the few places a head could end."""

    text: str

    def again(self, word: str, following: str) -> bool:
        following = _PAIR_END.sub("", following)
        if not word[-1:].isalnum() or not following:
            return False
        pair = f"{word} {following}"
        # a lower-case word before a capitalised one is seldom one name with it ("the patches Kestrel
        # sent" restates "... patches | Kestrel ..."): twice more, not once, makes it a phrase ("new Norland")
        needed = _PAIR_AGAIN + int(word[:1].islower() and following[:1].isupper())
        if self.text.count(pair) < needed:
            return False  # the quick test; the exact one below counts whole words only
        found = re.findall(rf"(?<!\S){re.escape(pair)}(?!\w)", self.text)
        return len(found) >= needed


_PAIR_AGAIN = 2


def story_word_pairs(text: str) -> StoryPairs:
    return StoryPairs(text[:_STORY_REACH])


def _one_line_cuts(first: str, window: str, language: str, common: Container[str],
                   pairs: StoryPairs) -> list[OneLineCut]:
    """Every place where a headline-ese head of 3-20 words could end before a lede of 8 words or more.

    A head that repeats one of its own words has run into the lede that restates it: no later place
    is a candidate.
    """
    cuts = []
    for point, head, rest in _head_ends(first, pairs):
        opener = _opens_sentence(head, rest, common, pairs.text)
        after_words = window[point:].split()[:_ECHO_WINDOW]
        names = {_bare_name(w) for w in head.split() if w[:1].isupper()}
        named = [_bare_name(w) for w in after_words[:_NAME_REACH] if w[:1].isupper()]
        restates_name = any(w in names for w in named)
        restates_subject = _bare_name(head.split()[0]) in named
        # after a name, a lede opens with "The", "A" ... or a capitalised common word before a lower-case
        # word ("... lifts Kestrel Shares in ..."); "Valley Cup Rovers" goes on naming
        following = rest.split()[:2]
        before_opener = opener is not None or following[0] in _OPENERS or (
            following[0].lower() in common and following[0][1:].islower() and following[1][:1].islower())
        if not _could_end_headline(head, before_opener=before_opener, next_word=following[0]):
            continue
        # where the lede plainly begins ("... is delayed | The inclusion of ...", "... turns to innovation |
        # It is ..."), the head may read a little like prose: "The", "A" or "When" before it, or an "is"
        strong = opener == 0 or (opener == 1 and following[0] in _OPENERS and following[1][:1].islower())
        if not _reads_as_head(head, rest, language, common, slack=int(strong)):
            continue
        stems = _echo_stems(head)
        cuts.append(OneLineCut(point, head, opener, len(stems), len(stems & _echo_stems(" ".join(after_words))),
                               len(stems & _echo_stems(rest)), restates_name, restates_subject,
                               bool(named) and named[0] == _bare_name(head.split()[0]) and rest[:1].isupper()
                               and _bare_name(after_words[0]) == named[0]))
    return cuts


def _restated_headline(first: str, window: str, language: str, common: Container[str],
                       pairs: StoryPairs, *, story: str = "") -> int:
    """Where a one-line headline ends, judged by how the story restates it; 0 when unsure.

    A headline is a short span (3-20 words) whose content words come back in the story just after it.
    Every point where a capitalised word (or a figure, or a quotation) starts is a candidate end; the
    candidate kept is the one whose head has the most words restated after it less those that are not:
    cutting inside the headline leaves restated words out, cutting inside the lede takes in words the
    story does not repeat. The head must read as headline-ese, at least two of its words (one when the
    lede opens by naming what the headline names) must come back in the rest of the first sentence,
    and at least half in the next 60 words. A head that repeats one of its own words has run into the
    lede; a capitalised common word after a sentence-case head ("... strike Thousands of ...") is the
    last place the lede can start.
    """
    best, best_score = 0, 0.0
    accepted: list[int] = []
    named_at = 0  # failing a cut the story restates, the first visible one before a name the head holds
    for point, head, rest in _head_ends(first, pairs):
        next_word = rest.split()[0]
        # a capitalised common word ("Former", "Thousands") starts a sentence; before another one it is a
        # name ("Harbour Trust", "Town Hall"); before a name it may describe it ("Conductor Jo Lee")
        sentence_start = next_word.lower() in common and next_word[1:].islower() and next_word != "I" and not (
            _capitalised_common(rest.split()[1:2], common))
        last_candidate = sentence_start and not _capitalised_common(head.split()[1:], common) and (
            head.rsplit(maxsplit=1)[-1].lower() not in _NO_END)  # "... pleased with Athletic display": a name
        after_words = window[point:].split()[:_ECHO_WINDOW]
        # the lede names first what the headline is about: "Portlaw unveils ... Portlaw council is to ...",
        # "Reed sues over pier contract Builder Tom Reed is suing ..."
        # "Germany's economy ..." restates "German growth ...": names compared by their first five letters
        names = {_bare_name(w)[:5] for w in head.split() if w[:1].isupper()}
        restates_name = any(_bare_name(w)[:5] in names for w in after_words[:_NAME_REACH] if w[:1].isupper())
        opener = next_word in _OPENERS or sentence_start or restates_name
        if not _could_end_headline(head, before_opener=opener, next_word=next_word):
            if last_candidate:
                break
            continue
        if not _reads_as_head(head, rest, language, common):
            continue
        if _describes_the_name(head, rest, common):
            continue
        stems = _echo_stems(head)
        if len(stems) < 2:
            continue
        matched = len(stems & _echo_stems(" ".join(after_words)))
        in_lede = len(stems & _echo_stems(rest))
        if in_lede < _IN_LEDE - restates_name:
            continue  # a lede restates its headline; a sentence does not repeat its own subject
        score = matched + restates_name - _UNMATCHED_COST * (len(stems) - matched)
        opening = len(stems & _echo_stems(" ".join(after_words[:4])))
        if matched >= 2 and (matched >= 0.5 * len(stems) or restates_name or (
                opening >= 2)):
            accepted.append(point)
            if score >= best_score:
                best, best_score = point, score
        elif restates_name and not named_at and _visible_end(head, next_word) and _names_first(head, after_words):
            named_at = point
        if last_candidate:
            break  # a capitalised common word after a sentence-case head starts the lede
    best = _before_forename(first, best or named_at, story or window, language, common)
    return _before_description(first, window, best, accepted)


def _describes_the_name(head: str, rest: str, common: Container[str]) -> bool:
    """Whether a sentence-case head with no verb, no colon and no quotation, ending on an office or a
    word for a person ("nominee", "candidate", "adviser": the lexicon's), stands right before a name (or
    a title and a name) that it does not hold: it is the lede's subject described ("Labour party nominee
    | Ada Thorne is ...", "Labour's chief policy adviser | Senator Jo Lee said ..."), not a headline. A
    headline without a verb ends on what happened ("Pay row at the ferry firm | Kestrel staff ..."),
    or names what its lede names ("Kelby gets a new mayor | Kelby voters ...")."""
    from ..quotes.lexicon import PERSON_NOUNS, SENIOR_TITLES

    words = [w.strip("\"“‘'(") for w in rest.split(maxsplit=4)[:4]]
    last = head.rsplit(maxsplit=1)[-1].strip("\"'“”‘’()")
    if len(words) < 2 or not words[0][:1].isupper() or words[0] in _OPENERS or words[0] in _CONJUNCTIONS:
        return False
    if last not in SENIOR_TITLES and last not in PERSON_NOUNS:
        return False
    if words[0].lower() in common and not words[1][:1].isupper():
        return False  # "... | Thousands of ...", "... | Former mayor ...": a sentence opens
    names = {_bare_name(w)[:5] for w in head.split() if w[:1].isupper()}
    if any(_bare_name(w)[:5] in names for w in words if w[:1].isupper()):
        return False
    return not _head_verb(head, common) and _HEADLINE_MARKS.search(head) is None and not _title_case(
        head.split(), common)


DESCRIBES_THE_NAME_EXAMPLES = (
    # (head, the story after it, the head describes the name that follows it)
    ("Presumptive Labour nominee", "Ada Thorne is to visit Kelby on Friday.", True),
    ("Ada Thorne's chief harbour and ferry policy adviser", "Jo Lee wrote to the board on Monday.", True),
    ("Labour's chief policy adviser", "Senator Jo Lee said on Monday that she would quit.", True),
    # Left alone: a head with a verb, one that names what the lede names, one that ends on what happened,
    # a capitalised common word that opens a sentence.
    ("Harbour board backs new chairman", "Jo Lee will take the chair in May.", False),
    ("Kelby's new mayor", "Kelby voters chose Jo Lee on Monday.", False),
    ("Ferry row: the mayor's adviser", "Jo Lee said the adviser had quit.", False),
    ("Pay row at the ferry firm", "Kestrel staff walked out on Monday.", False),
    ("Praise for the island's lifeboat volunteer", "Former mayor Jo Lee said the crew saved four lives.", False),
)


def _names_first(head: str, after_words: list[str]) -> bool:
    """Whether a head of at most eight words opens with the name that the lede names within its first
    words ("Kestrel sees earnings improve | Ferry firm Kestrel has ..."): the headline's subject, not a
    name a sentence happens to give twice ("Shares in Kestrel fell after rival | Kestrel Lines ...")."""
    words = head.split()
    subject = words[0].strip("\"'“”‘’(").removesuffix("'s").removesuffix("’s")[:5]
    return len(words) <= _NAMES_FIRST_WORDS and subject[:1].isupper() and any(
        w.strip("\"'“”‘’(),").removesuffix("'s").removesuffix("’s")[:5] == subject for w in after_words[:_NAME_REACH])


_NAMES_FIRST_WORDS = 8


def _visible_end(head: str, next_word: str) -> bool:
    """Where a reader sees the lede begin after a sentence-case head: a capitalised word right after a
    lower-case word that is not a minor one ("... sees profits improve | Telecoms firm Kestrel ...")."""
    last = head.rsplit(maxsplit=1)[-1].strip("\"'“”‘’()")
    return last[:1].islower() and last.lower() not in _NO_END and next_word[:1].isupper()


def _before_description(first: str, window: str, best: int, accepted: list[int]) -> int:
    """The lede often opens by describing whom the headline names ("British energy firm Kestrel ...",
    "US band Lumen ..."): a cut that ends the head on such a description, right before a name the head
    holds, moves back to where the description starts. A description is one to four plain words (no
    quotation, figure or minor word) ending on a common noun in lower case, which the story does not go
    on to repeat: words that come back after the name are the headline's own ("Kestrel puts cash behind
    solar push Kestrel is spending ... on solar")."""
    if not best:
        return best
    run = []
    for word in first[best:].split()[:4]:
        if not word[:1].isupper():
            break
        run.append(_bare_name(word))
    names = {_bare_name(w) for w in first[:best].split() if w[:1].isupper()}
    if not set(run) & names:
        return best
    later = _echo_stems(" ".join(window[best:].split()[1:_ECHO_WINDOW]))
    for point in accepted:
        between = first[point:best].split()
        # (a "description" that opens with the word the lede opens with is the head's end, restated:
        # "... to enter Indiana governor contest | Indiana GOP Rep. ...")
        if point < best and 1 <= len(between) <= 4 and between[-1][:1].islower() and not any(
                w.lower() in _MINOR_WORDS or not w.replace("-", "").isalpha() for w in between) and (
                _bare_name(between[0]) != run[0]):
            described = _echo_stems(" ".join(between))
            if len(described & later) * 3 <= len(described):
                return point
    return best


_SPEECH_VERBS = frozenset(("says", "say", "said"))
_CLAUSE_COMMA = re.compile(
    r",[ ]+(?:which|who|whom|whose|where|when|while|whereas|but|and|or|nor|so|yet|as|although|though|because|"
    r"since|if|unless|until|after|before|the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|"
    r"its|their|our|then|not|is|are|was|were|has|have|had|will|would|said|says)\b")
# A speech tag closing a headline after a comma: ", says mayor", ", say councillors", ", Jo Lee says".
_SPEECH_TAG = re.compile(r",[ ]+(?:(?:says|say)(?:[ ]+[^\s,]+){1,3}|(?P<after>(?:[^\s,]+[ ]+){1,3}(?:says|say)))$")
_OPEN_QUOTES = re.compile(r"[\"“”]")
# A name, a comma and a description in lower case that no second comma closes ("Merle Kilgore, co-writer
# of ..."); a closed one goes on to the headline's verb ("Lee, stumping for Thorne, trashes Quist").
_OPEN_APPOSITION = re.compile(r"(?<![\w'’])[A-Z][\w'’.\-]{0,30},[ ]+[a-z][^,]*$")


_OPENERS = frozenset("The A An He She It They We This That These Those There His Her Its Their Our".split())
# Words a lede may open with, after a head run into it; words that start a sentence of their own.
_LEDE_OPENINGS, _SENTENCE_STARTS = _OPENERS | _CLAUSE_OPENERS, _OPENERS | _CONJUNCTIONS
# Adjectives that stand only before what they describe ("new Norland plant", "former mayor"), so no
# headline ends on one.
_ATTRIBUTIVE = frozenset("new former local fellow".split())
_NO_END = _MINOR_WORDS | frozenset("his her their our my your this that these those not".split()) | frozenset(
    "behind into about against amid across through without towards between than via despite including under "
    "after before during among upon".split()) | _ATTRIBUTIVE


def _could_end_headline(head: str, *, before_opener: bool, next_word: str = "") -> bool:
    """A headline ends on a content word, a figure or a closing quote; not inside a name ("New York")
    unless "The", "A", "He" ... follows; not on a minor word ("of the") or inside a quotation; and it
    carries no clause after a comma (", which won")."""
    last = head.rsplit(maxsplit=1)[-1]
    tag = _SPEECH_TAG.search(head)  # "Fares to rise, says mayor", "Pier plan dropped, Lee says"
    untagged = head[: tag.start()] if tag else head
    if last.lower() in _NO_END or _CLAUSE_COMMA.search(untagged) or last[-1] in ",;-–—":
        return False  # "... of the", ", which won", "With rival Jo Lee beaten,", "OSLO —"
    if _OPEN_APPOSITION.search(untagged):
        return False  # "Merle Kilgore, co-writer of the country hit": a lede's subject, described, not yet its verb
    if tag and tag.group("after"):
        return True  # the speaker named before "says": the tag ends the headline
    if re.search(r"\w['’]s$", last):
        return False  # a possessive needs what it owns: "... to MSNBC's"
    if last.lower() in _SPEECH_VERBS and next_word and next_word not in _OPENERS:
        return False  # "... rebound, says Kestrel": after "says" a name is the speaker; "... says The ..." ends
    if last[:1].isupper() and not before_opener:
        return False
    return _quotes_closed(head)


def _quotes_closed(head: str) -> bool:
    if len(_OPEN_QUOTES.findall(head)) % 2 or head.count("‘") > head.count("’"):
        return False
    # not inside a quotation in single marks (one closes before a space, a comma or a stop: "'may shut', says",
    # or after the full stop it ends on: "fear 'the pier will fall.'")
    return len(re.findall(r"(?:^|\s)'\w", head)) <= len(re.findall(r"\w[.!?…]?'(?=[\s,;:.!?]|$)", head))


# Heads that may end a headline, and heads that may not (what follows is taken to open a sentence).
HEAD_END_EXAMPLES = (
    ("Harbour tunnel opens", "Mayor backs sea wall plan", "Ferry fares rise 5%", "Council 'must act'",
     "Kestrel takes over", "Fares to rise, says mayor", "Pier plan dropped, Lee says", "No ferry strike, say unions",
     "Pier 'may shut', says mayor", "Lee says cut fares, harbour fees to save ferry",
     "Lee, facing a vote, backs pier plan", "Pier plan dropped, quietly"),
    ("Harbour tunnel opens in the", "Mayor backs plan, which", "With the storm over,", "PORT ELLEN, Islay —",
     "Council backs the mayor's", "Ferry company puts cash behind", "Vote delayed until after",
     "Fares to rise, which", "Fares to rise, says", "Kestrel to open new", "Union backs former",
     "Marta Kessel, founder of the ferry firm", "Kelby, the island's only port", "Fares rose, and the board",
     "Fares rose, but"),
)


_WORD_START = re.compile(r"(?<=\S)[ ]{1,3}(?=[A-Z0-9\"“‘'])")


def _head_signals(head: str, language: str) -> int:
    """``prose_signals`` of a head cut from a one-line paste. Headlines keep modals ("Airline may
    sue", "Bank could cut jobs"), so a modal alone is no sign of a lede; other auxiliaries still are."""
    signals = prose_signals(head, language)
    # what follows "says" is what was said: "Port says fares are too low" has no auxiliary of its own
    said = re.split(r"\bsays\b", head, maxsplit=1)[0]
    if _MODAL.search(head) and not _AUXILIARY.search(_MODAL.sub(" ", said)):
        signals -= 1
    return signals


_SLACK_WORDS = 12
_MODAL = re.compile(r"\b(?:will|would|could|should|can|may|might|must|says)\b(?:[ ](?:have|be)\b)?")
_ECHO_WINDOW = 60
_UNMATCHED_COST = 0.5
_NAME_REACH = 6
_IN_LEDE = 2


def _head_words(head: str) -> list[str]:
    return [w for w in (w.strip("\"'“”‘’,.:;!?()").lower() for w in head.split())
            if len(w) > 1 and w not in _MINOR_WORDS and not w.endswith(("'s", "’s"))]


def _repeats_a_word(head: str) -> bool:
    words = _head_words(head)
    return len(set(words)) < len(words)


def _capitalised_common(words: list[str], common: Container[str]) -> bool:
    """Whether a run of words holds a capitalised common word, as Title Case does ("Mayor Says ...")."""
    return any(w[:1].isupper() and w.strip("\"'“”‘’,.:;!?()").lower() in common for w in words)


def _echo_stems(text: str) -> set[str]:
    """Content words stemmed and cut to five characters ("warning" and "warned" are one, "Japan" and
    "Japanese" too), figures and short names ("UK", "$40m") included."""
    return {_echo_stem(word.lower()) for word in re.findall(r"\w{2,}", text) if word.lower() not in _MINOR_WORDS}


# Inflections taken off a lower-case word before it is cut to five characters, longest first: enough
# to make "warning", "warned" and "warns" one word. (A full stemmer would mean importing NLTK, over a
# second and tens of MB, on a path that otherwise never loads it.)
_INFLECTIONS = ("’s", "'s", "ing", "ies", "ied", "ed", "s")


@lru_cache(maxsize=65536)
def _echo_stem(word: str) -> str:
    for ending in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            word = word[: -len(ending)] + ("y" if ending in ("ies", "ied") else "")
            break
    return word[:5]


# What the one-line split must find (the headline) and leave alone (None: no headline is claimed).
# Each text is the opening of a story pasted as one line; the tests append the rest of a story to it.
ONE_LINE_EXAMPLES: tuple[tuple[str, str | None, str], ...] = (
    # A dateline's place never takes a head's word after a small word or a preposition.
    ("a capitals word before the dateline after 'the'", "Ferry fares still lag behind the UK",
     "Ferry fares still lag behind the UK KELBY, Islay (AP) — Island ferry fares are still a third higher "
     "than on the mainland routes, the operator said on Monday."),
    ("a capitalised word before a mixed-case dateline after 'over'", "Mayor clashes with council over Brexit",
     "Mayor clashes with council over Brexit Kelby (AFP) – The island's mayor clashed with councillors on "
     "Monday over what leaving the union would mean for the ferry."),
    ("lede opens with a name", "Port city faces Canadian fishing row",
     "Port city faces Canadian fishing row Canadian officials have said they will close the fishing grounds "
     "off the port city to foreign boats, in a row over quotas that has lasted two years."),
    ("lede restates the headline's name", "Portlaw unveils new electric bus fleet",
     "Portlaw unveils new electric bus fleet Portlaw council is to replace its ageing buses with a fleet of "
     "electric ones by next spring, the leader of the council has told the local paper."),
    ("capitalised common word starts the lede", "Miners win pay rise after strike",
     "Miners win pay rise after strike Thousands of miners have won a pay rise after a three-week strike at "
     "the country's largest copper mines ended on Monday."),
    ("headline ends on a name", "Reed sues over pier contract",
     "Reed sues over pier contract Builder Tom Reed is suing the town council over the contract for the new "
     "pier, saying the work was taken from him unfairly."),
    ("headline ends on a name, lede opens with a title", "Town hall snubs Brooks",
     "Town hall snubs Brooks Former mayor Alan Brooks has been left off the guest list for the opening of the "
     "new town hall, officials said on Monday."),
    ("'The' before a name opens the lede's subject and its verb", "Kelby's long harbour dilemma",
     "Kelby's long harbour dilemma The Velmont ferry board is set to take sides in the long row over harbour fees at "
     "Kelby, the island's only deep-water port."),
    ("left alone: 'The' before a title, nothing of the head restated", None,
     "The last time The Kelby Courier ran a poll of every island was in 1988, a year when the ferry union won "
     "seven of the nine seats on the council."),
    ("left alone: three words may describe the title after them", None,
     "Island radio quiz The Harbour Hour is to return for a second series after being renewed by Kelby FM. "
     "Last week's quiz was heard by more listeners than any show on the station this year."),
    ("left alone: a head with no verb describes the lede's subject", None,
     "Presumptive Labour nominee Ada Thorne is to visit the island on Friday, her office said, on her first "
     "visit since the ferry strike began."),
    ("left alone: a description before a title and a name", None,
     "Veteran island harbour master Captain Jo Lee argued on Monday that the new pier would need a second sea "
     "wall before the winter."),
    ("a capitalised preposition opens a clause after a sentence-case head", "Inside the quiet island trench war",
     "Inside the quiet island trench war For Ada Thorne and Jo Lee, their plans for winning in May are shaped by a "
     "simple fact: the voters are split. Both rivals know the island vote will decide it."),
    ("a capitalised conjunction after a name in a sentence-case head", "How each rival could play the fight for "
     "Port Ellen", "How each rival could play the fight for Port Ellen As Kelby and Velmont turn their eyes to the "
     "contest in the town next week, it is worth a look at what each needs. The fight is on Tuesday."),
    ("left alone: a preposition opening a title in Title Case", None,
     "Island critics praise the new play From Here To Kelby at the town hall, saying the play about the ferry "
     "strike is the best the island has seen in years. From Here To Kelby runs until May."),
    ("'The' opens the lede after a lower-case word", "Winter storms close mountain roads",
     "Winter storms close mountain roads The highway authority shut three passes on Sunday after snow and "
     "high winds made the mountain roads too dangerous to drive, officials said."),
    ("'The' after a lower-case word, the lede in other words", "Ferry fares go up again",
     "Ferry fares go up again The price of a return ticket to the island will climb by a fifth from next "
     "month, the operator told passengers on Monday, blaming the cost of fuel and the new harbour dues that "
     "it must now pay twice a year to the port authority, which set them in the spring after a long dispute "
     "with the town and its council."),
    ("the last sentence opener is the lede's", "Charity backs Aids drug plan",
     "Charity backs Aids drug plan One of the country's largest charities has pledged money for a plan to "
     "bring cheaper drugs to rural clinics, it said on Friday."),
    ("an acronym opens no sentence", "Mild winter sends UK gas prices down",
     "Mild winter sends UK gas prices down Wholesale gas prices in the UK have fallen to their lowest level "
     "in two years after a mild winter, traders said on Monday."),
    ("a modal in the headline", "Port may close for winter",
     "Port may close for winter The port authority said on Monday that the harbour may have to shut for the "
     "winter months because of storm damage to the port wall."),
    ("the lede describes the name the headline opens with", "Brooks wins harbour contract",
     "Brooks wins harbour contract Yorkshire builder Brooks has won the contract for the new harbour wall, "
     "the council said on Monday after a long vote."),
    ("Title Case ends where sentence case begins", "Harbour Town Votes To Rebuild Its Sea Wall After The Storm",
     "Harbour Town Votes To Rebuild Its Sea Wall After The Storm Local councillors voted on Tuesday to "
     "rebuild the sea wall that the storm destroyed last month, at a cost the town will share."),
    ("Title Case, then a capitalised common word", "Island Ferry Company Cuts Winter Crossings Again",
     "Island Ferry Company Cuts Winter Crossings Again Passengers face two crossings a day instead of four on "
     "the island ferry this winter, the company said on Monday."),
    ("'The' before a name the head holds", "Ferry fares rise again on the Islay crossing",
     "Ferry fares rise again on the Islay crossing The Islay ferry company will raise its fares for the "
     "second time this year, it said on Monday, blaming the cost of fuel."),
    ("no cut inside a Title Case headline", "Mayor Jo Lee Wins Harbour Vote With Help From Ferry Union",
     "Mayor Jo Lee Wins Harbour Vote With Help From Ferry Union Jo Lee has won the vote on the new harbour "
     "wall with the help of the ferry union, the council said on Tuesday."),
    ("the lede opens with a word the story writes in lower case", "Harbour queues keep growing",
     "Harbour queues keep growing Seasick passengers wait for hours on the quay as the ferry queues grow, the "
     "port said, and seasick children now fill the waiting room."),
    ("the lede describes the name the head holds", "Thorne keen on comeback",
     "Thorne keen on comeback Olympic sprinter Ada Thorne says she wants to run again this summer. The "
     "Olympic sprinter hurt a knee in the spring."),
    ("words the lede repeats are the headline's own", "Jo Lee rocks Velmont Bowl crowds",
     "Jo Lee rocks Velmont Bowl crowds Jo Lee wowed fans with a short concert at the Velmont Bowl on "
     "Saturday, playing for an hour in the rain."),
    ("no cut inside a name the story writes again", "Corran misses Velmont Cup final",
     "Corran misses Velmont Cup final Corran goalkeeper Ada Thorne will miss Sunday's Velmont Cup final after "
     "the club dropped her appeal against a ban."),
    ("no cut inside a name the lede opens with", "Thorne named Velmont Athletics chief",
     "Thorne named Velmont Athletics chief Velmont Athletics has ended its search for a head coach by naming "
     "former sprinter Ada Thorne."),
    ("the lede names the headline's subject after a label", "Kestrel sees earnings improve",
     "Kestrel sees earnings improve Coastal ferry firm Kestrel has posted a rise in yearly income, helped "
     "by strong demand on its island routes."),
    ("two capitalised common words make a name, not a sentence start", "Thorne out of Harbour Games",
     "Thorne out of Harbour Games Islay winger Ada Thorne has been ruled out of the rest of the Harbour Games "
     "after breaking a bone in her hand."),
    ("what follows 'says' is what was said", "Velmont says Kestrel bid is too low",
     "Velmont says Kestrel bid is too low Island shipping firm Velmont Lines has said it is worth far more than "
     "the offer made by its rival Kestrel, and told its shareholders to turn the Kestrel bid down."),
    ("the lede restates the headline's words in other forms", "Port chief warning on rising costs",
     "Port chief warning on rising costs Ada Thorne, the harbour master, has warned that the cost of running "
     "the port will rise sharply next year, and that fares may have to follow."),
    ("a speech tag after a comma ends the headline", "Ferry fares to rise, says mayor",
     "Ferry fares to rise, says mayor Island ferry fares will rise by a fifth from May, Mayor Ada Thorne told "
     "the council on Monday, blaming the cost of fuel."),
    ("the lede opens with the head's own first words", "Ferry passengers win new refund rights",
     "Ferry passengers win new refund rights Ferry passengers whose crossings are cancelled or badly delayed can now "
     "claim their money back under new rules, the regional transport authority said."),
    ("'The' before the head's first word opens the lede", "Velmont denies Lights TV comeback",
     "Velmont denies Lights TV comeback The Velmont theatre has said there are no plans for a new run of "
     "the comedy Lights, which closed in 1999."),
    ("a capitalised common word after a preposition names", "Thorne pleased with Athletic display",
     "Thorne pleased with Athletic display Ada Thorne enjoyed her return to the Athletic Harbour side and "
     "scored the first goal in a 3-1 win on Wednesday."),
    ("a two-word name the lede repeats after a description", "Kestrel Lines 'should cut fares'",
     "Kestrel Lines 'should cut fares' US ferry firm Kestrel Lines should cut its fares by a tenth, the "
     "regulator said on Monday after a year-long review."),
    ("where the lede plainly begins, the head may hold an 'is'", "Ferry timetable is delayed",
     "Ferry timetable is delayed The publication of the winter timetable for the island ferry has been put "
     "off until March, the operator said on Monday."),
    ("where the lede plainly begins, the head may open with 'The'", "The year ferries went electric",
     "The year ferries went electric The odds are that when you next board a ferry to the island it will "
     "run on a battery, the operator says."),
    ("two signs of prose are a lede even before 'The'", None,
     "The harbour is closed and ferries have stopped The port said on Monday that the storm had damaged "
     "the outer wall and the ferry berth."),
    ("the lede's forename is no part of the head", "Brooks to face harbour vote",
     "Brooks to face harbour vote Jordan Brooks faces his first vote on the harbour plan since the storm, "
     "with Jordanian money behind the plan."),
    ("'The' before a name the story writes after a lower-case 'the'", "Port workers cleared of blame",
     "Port workers cleared of blame The Maritime Authority has said it will take no action against the dock "
     "workers over the collision, and the Maritime Authority will close its inquiry."),
    ("'The' after a closing quotation mark", "Ferry cuts expose 'neglect'",
     "Ferry cuts expose 'neglect' The Island Council has defended its plans to reduce the winter ferry "
     "crossings to the outer isles from next month."),
    ("three words may describe the title that follows", None,
     "Ferry talent show The Harbour Lights is to return for a second series, its makers said, after the "
     "Harbour Lights drew big crowds."),
    ("'This' after a lower-case word opens the lede", "Thorne proves critics wrong",
     "Thorne proves critics wrong This will not go down as the finest race of a long career, but it showed "
     "that the sprinter can still win on the island."),
    ("a last word the story writes alone is the head's own", "Kestrel Lines sues Velmont",
     "Kestrel Lines sues Velmont Kestrel Lines has begun legal action against its island rival Velmont over "
     "the ferry contract, the company said on Monday."),
    ("unsure: a Title Case headline before a long name", None,
     "Harbour Town Votes To Rebuild Its Sea Wall After The Storm Mayor Jo Lee said the town would rebuild "
     "the sea wall that the storm destroyed, at a cost the town will share."),
    ("a run of names is no Title Case headline", None,
     "Former Harbour Board Chairman Sir Alan Brooks Senior welcomed the vote on the new sea wall, saying "
     "the town had waited too long for it."),
    ("'The' before a title is the lede's own", None,
     "Award-winning stage comedy The Harbour Lights will close next month after a run of three years at "
     "the old theatre on the quay, its producers said."),
    ("a comma ends no headline", None,
     "After a week of talks with the ferry company, Island councillors agreed on Friday to pay for a new "
     "pier so that the ferry company can keep its winter crossings."),
    ("one word restated, the lede opening with the head's subject", "Portlaw unveils new bus fleet",
     "Portlaw unveils new bus fleet Portlaw council is to replace its ageing buses with electric ones by next "
     "spring, the leader of the council has told the local paper."),
    ("a sentence that gives a name twice", None,
     "Shares in Kestrel fell sharply after rival Kestrel Lines said it would cut its fares on every island "
     "route from next month."),
    ("a sentence that gives a name twice, in a list", None,
     "Ferry operator Kestrel and its old rival Kestrel Lines said on Monday that they would merge their "
     "island routes before the summer."),
    ("lede with a title and name", None,
     "Former harbour master John Reed has died at the age of 81, his family said on Tuesday, after a long "
     "illness that kept him from the harbour he loved."),
    ("lede opening with a name", None,
     "Mayor Alan Brooks said the harbour plan would go ahead despite the storm that hit the town last month "
     "and the cost of the repairs."),
    ("the lede's first mention of a person: the full name, then the surname alone", "Ferry union anger over pier fees",
     "Ferry union anger over pier fees Marta Kessel has told the island council that the new fees will drive "
     "the boats away. Kessel leads the ferry union."),
    ("a description before a full name is the lede's own", None,
     "Former island ferry chief Marta Kessel has told the council that the new pier fees will drive the boats "
     "away, and Kessel says the union will fight them."),
    ("a head that holds a full name of its own is the lede's", None,
     "Mayor Jo Lee rejected criticism from ferry union leader Marta Kessel over the pier fees on Monday, and "
     "Lee said that Kessel had misread the plan."),
    ("a lower-case word and a name written side by side once more are no phrase", "Kestrel issues ferry timetable",
     "Kestrel issues ferry timetable Kestrel has told passengers to check the winter times before they travel, "
     "and the timetable Kestrel issued in May is withdrawn."),
    ("no headline ends on 'new'", "Kestrel to open new Velmont ferry terminal",
     "Kestrel to open new Velmont ferry terminal Kestrel is to spend two million on a ferry terminal at "
     "Velmont, the company said, the first new Velmont building in years."),
    ("a particle ends a head before the lede's forename", "Thorne to face pier row head on",
     "Thorne to face pier row head on Ada Thorne will meet the pier builders on Monday to settle the row over "
     "the pier, and Thorne says she will not back down."),
    ("a particle ends a head before the lede's full name", "Kestrel fare row drags on",
     "Kestrel fare row drags on Marta Kessel has told the island council that the fare row could last all "
     "winter, and Kessel says the union will not give way."),
    ("a head with an auxiliary before a full name is the lede's", None,
     "Next winter will be hard for ferry passengers Marta Kessel told the island council on Monday, and Kessel "
     "said fares would rise again."),
    ("a lede that opens its own clause: a subject and its verb", "Ferry firm cuts island winter crossings",
     "Ferry firm cuts island winter crossings Kestrel Lines is to run two boats a day to the island from "
     "November instead of four. The firm blamed the storm."),
    ("a lede's clause after a closing quotation mark", "Harbour board 'ignored' pier warnings",
     "Harbour board 'ignored' pier warnings Island engineers insist the board knew of cracks a "
     "year before it closed. The pier is shut."),
    ("a description the story writes before another name is the lede's own", None,
     "Island biggest ferry operator Kestrel has confirmed talks with mainland operator Velmont on selling "
     "its winter routes. Island travellers fear dearer fares."),
    ("a lede that opens its own clause with a subject in apposition", "Harbour chief quits after pier row",
     "Harbour chief quits after pier row Marta Kessel, who ran the island harbour for a decade, has left her "
     "post. The row over the pier went on all winter."),
    ("a head that opens with what a lede's subject is about describes the name", None,
     "Profits at island ferry operator Kestrel dropped by a third this winter as passengers shunned its "
     "routes to the island."),
    ("a preposition that ends a head wants its object", None,
     "Island voters angry over Kestrel Lines have asked the council to think again about island ferry fares "
     "and timetables."),
    ("a lede's clause may open with 'The' after a name", "Pier plan gets nod from Velmont",
     "Pier plan gets nod from Velmont The Harbour Trust has approved a new pier for the island's main port, "
     "ending a long wait."),
    ("a lede's subject may join two names", "Ferry rivals agree winter truce",
     "Ferry rivals agree winter truce Kestrel and Velmont have decided to share the island crossings this winter, "
     "ending a price war."),
    ("headline-ese keeps 'is' in the passive", "Harbour plan is dropped after protest",
     "Harbour plan is dropped after protest Velmont councillors voted to scrap the harbour wall on Friday, after "
     "a week of marches. The plan had split the town."),
    ("after a name the story gives again, a possessive opens the lede", "Pier deal agreed with Velmont",
     "Pier deal agreed with Velmont Kestrel's board has signed the pier papers at the island quay, ending a long "
     "wait. Velmont will pay half."),
    ("a capitalised word the story never gives again is the lede's first", None,
     "Island choir plans summer tour Singers Ada Thorne and Jo Lee Brooks, both island teachers, will lead the "
     "choir in June, Thorne said."),
    ("a possessive may open the head", "Port's winter ferry fares climb",
     "Port's winter ferry fares climb Velmont ferry passengers will pay a fifth more for crossings from May. "
     "Ferry users are angry."),
    ("after capitalised words, a verb in -s opens the lede's clause", "Harbour board turns down pier bid",
     "Harbour board turns down pier bid Velmont Lines plans to appeal after the island's harbour board threw "
     "out its pier bid."),
    ("a name that qualifies a common noun is no name described", "Harbour fees 'fair' in storm year",
     "Harbour fees 'fair' in storm year Velmont fishermen are happy about the new charges, though the year "
     "has been hard."),
    ("a title after a long description is the lede's own", None,
     "Long-running island stage comedy The Harbour Lights will end its run in June, and fans of The Harbour "
     "Lights are sad."),
    ("a head with an auxiliary before a lede's clause is the lede's", None,
     "Next winter will be \"a real test\" for island ferries Kestrel Lines has warned, blaming the cost of "
     "fuel for ferries. Island ferries face a hard winter."),
    # Where Title Case stops (``_title_case_stop``).
    ("Title Case stops: its small words capitalised, the lede's in lower case",
     "Kestrel Just Raised Its Fares On The Island Route In A Big Way",
     "Kestrel Just Raised Its Fares On The Island Route In A Big Way In a letter to passengers, the Kestrel "
     "chief said island fares would rise by a fifth."),
    ("Title Case stops: the head ends on no small word or possessive",
     "See The Finest Races Of The Velmont Harbour Regatta",
     "See The Finest Races Of The Velmont Harbour Regatta At Saturday’s Velmont regatta in the old harbour, "
     "the island crews raced at last after a week of storms."),
    ("Title Case stops: the lede's full name kept whole", "Kessel Named Chief Of The Harbour Board After Long Search",
     "Kessel Named Chief Of The Harbour Board After Long Search Marta Kessel, who ran the port of Velmont for ten "
     "years, will take over the harbour board in May. Kessel said she would start with the pier."),
    ("Title Case stops: a day opens the lede after a name", "Kestrel Carries More Passengers Than Velmont Lines",
     "Kestrel Carries More Passengers Than Velmont Lines Tuesday was a good day for the island ferry firm Kestrel, "
     "which said it had carried more passengers than its rival this summer."),
    ("Title Case stops: the lede opens with the office before the name the head holds",
     "Thorne: Harbour Wall Plan ‘Defies Belief,’ Needs More Work",
     "Thorne: Harbour Wall Plan ‘Defies Belief,’ Needs More Work U.K. Deputy Mayor Ada Thorne said on Monday that "
     "the plan for the new harbour wall was not ready, and that the board should wait. Thorne spoke at the town hall."),
    ("Title Case stops: a dotted office abbreviation opens the lede", "Thorne To Kelby Voters Worried About The Ferry: "
     "It Will Be OK", "Thorne To Kelby Voters Worried About The Ferry: It Will Be OK U.K. Minister Ada Thorne told "
     "voters in Kelby on Monday that the ferry would keep running through the winter. Thorne spoke at the town hall."),
    ("Title Case stops: an office after 'As' is the head's", "Kelby Board Picks Thorne As Deputy Mayor",
     "Kelby Board Picks Thorne As Deputy Mayor Ada Thorne will take up the post in May, the board said on Monday "
     "after a vote that split the island. Thorne has led the ferry union for ten years."),
    ("Title Case stops: small words kept in lower case, the lede opens with a full name",
     "Thorne Refuses to Back Kessel for Harbour Chief",
     "Thorne Refuses to Back Kessel for Harbour Chief Ada Thorne refuses to back Marta Kessel for the post of "
     "harbour chief, saying the board should look again. Thorne spoke on Monday."),
    ("Title Case stops: a day and a small word open the lede", "Ferry Chief Says Winter Fares Are Too Low to Last",
     "Ferry Chief Says Winter Fares Are Too Low to Last Tuesday at the Kelby harbour offices, the Kestrel chief "
     "told the island council that the fares would have to rise."),
    ("Title Case stops: a conjunction opens the lede", "Kessel Backs Harbour Plan With The Mayor's Blessing",
     "Kessel Backs Harbour Plan With The Mayor's Blessing While islanders have yet to vote on the plan, the ferry "
     "union chief Marta Kessel said on Monday she would back it."),
    ("Title Case stops: one capitalised word opens the lede after a pronoun",
     "Islanders Fear The Storm Will Not Spare Them",
     "Islanders Fear The Storm Will Not Spare Them Resignation and worry filled the harbour hall on Monday as the "
     "islanders waited for the storm to reach the coast."),
    ("Title Case stops: the head ends on its verb's object 'It'", "Harbour Board Says Kelby Voters Will Hate It",
     "Harbour Board Says Kelby Voters Will Hate It A new pier at the old harbour will cost the island twice what "
     "the board had planned, its chief said on Monday."),
    ("Title Case stops: a small word kept low between capitals, a lede's subject holding one",
     "Ferry Fares Keep Island Visitors in Check",
     "Ferry Fares Keep Island Visitors in Check Tourists on the island spent less this summer than in any year "
     "since the new pier was built, the harbour board said."),
    ("Title Case stops: 'a' between capitals, which no run of names keeps",
     "Ferry Chief Joins a Line of Harbour Critics",
     "Ferry Chief Joins a Line of Harbour Critics Island ferry boss Marta Kessel has become the latest to attack "
     "the harbour board over its fees, saying they are the highest in the region."),
    ("Title Case stops: a plural before the lede's full name is no title", "Harbour Files Name The Board's Donors",
     "Harbour Files Name The Board's Donors Marta Kessel was asked last year who paid for the harbour board's "
     "trips abroad. Kessel said the donors were ferry firms."),
    ("a lede opening 'Shares in' and a name is no Title Case head", None,
     "Shares in Velmont's National Society for Mutual Insurance rose sharply on their first day of trading on the "
     "island exchange, dealers said."),
    ("a name holding 'for' is no Title Case head", None,
     "Shares in the Velmont National Society for Mutual Insurance (VNSMI) rose sharply on their first day of "
     "trading on the island exchange, dealers said."),
    ("a run of names with small words capitalised is no headline", None,
     "Former Chairman Of The Island Harbour Trust Sir Alan Brooks welcomed the vote on the new sea wall, saying "
     "the town had waited far too long for it."),
    # "Headline; deck" on one line (``_headline_and_deck``).
    ("a headline with commas and its deck after a semicolon",
     "Mayor on the defensive, blaming the board as costs rise; Harbour repairs run a year late",
     "Mayor on the defensive, blaming the board as costs rise; Harbour repairs run a year late Velmont's harbour "
     "repairs will finish a year later than planned and cost a third more, the mayor told the island council."),
    ("an abbreviation's full stop inside the deck",
     "Port cash tied to shell firm; Sen. Ada Thorne returns $20,000 in gifts",
     "Port cash tied to shell firm; Sen. Ada Thorne returns $20,000 in gifts A shell company that paid for trips to "
     "the island may have given money to the port's board, records show, and Thorne said she would give it back."),
    ("a deck ends where the lede's full name starts", "Pier repairs delayed; Builders wait for steel from Velmont",
     "Pier repairs delayed; Builders wait for steel from Velmont Marta Kessel, the harbour master, told the "
     "island council on Monday that work on the old pier could not start before the summer. Kessel said the "
     "steel was late."),
    ("a semicolon inside the lede's own sentence", None,
     "The council met on Monday; Mayor Jo Lee said the harbour wall would be rebuilt by the spring, and the "
     "vote was carried by nine votes to two."),
    ("lede with a name inside", None,
     "Local fishing boats returned to the harbour on Friday after Canadian officials lifted a ban on the "
     "fishing grounds that had lasted two weeks."),
)
