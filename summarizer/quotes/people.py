"""The people who speak: a speech tag's noun phrase split into speaker and role, and pronouns resolved.

Everything here works on short windows of text (a speech tag, a sentence's opening words), so the
regular expressions run on bounded input and never backtrack over a whole article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from .lexicon import (
    BREAK_WORDS,
    DETERMINERS,
    FEMALE_HONORIFICS,
    FEMALE_NAMES,
    FIRST_PERSON,
    GROUP_NOUNS,
    HONORIFICS,
    IRREGULAR_PAST,
    MALE_HONORIFICS,
    MALE_NAMES,
    MONTHS_DAYS,
    NAME_PARTICLES,
    NOT_NAME_OPENERS,
    NP_LINKS,
    ORG_WORDS,
    PARTY_MEMBERS,
    PARTY_STATE_TAG,
    PEOPLES,
    PERSON_NOUNS,
    PLACE_LINKS,
    PRONOUNS,
    RANKS,
    ROLE_ING,
    ROLES_TO,
    SENIOR_TITLES,
    SENTENCE_ADVERBS,
    TIME_WORDS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from ..models import Sentence

SpeakerKind = Literal["person", "organisation", "group", "pronoun"]

# The longest speech-tag phrase looked at; longer "subjects" are clauses, not speakers.
MAX_PHRASE = 260

_TOKEN = re.compile(r"[\w’'.&\-]+|\(|\)|,|;|:")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
# al-Sudani, es-Suaydi, el-Sisi; never a prefix of a role ("co-Anchor", "ex-Governor", "vice-Chair").
_PARTICLE_NAME = re.compile(r"^(?!(?:co|ex|vice|non|pro|anti)-)[a-z]{1,3}-[A-Z]")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def _is_possessive(token: str) -> bool:
    """``_POSSESSIVE.search`` for a token, which holds no white space: it ends in "'s", "’s" or a mark."""
    return token.endswith(_POSSESSIVE_ENDS)


# Documents speak for whoever issued them: "a statement from Sudani's office" → "Sudani's office".
_DOCUMENT = re.compile(
    r"^(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’\-]+\s+){0,2}?"
    r"(?:statement|release|report|letter|filing|memo|document|transcript|post|tweet|video|e-?mail|"
    r"message|communique|communiqué|notice|announcement|readout|complaint|lawsuit|study|survey|poll)s?"
    r"\s+(?:from|by|of|issued by|released by|posted by)\s+(?P<issuer>.+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Speaker:
    """Who made a statement: ``name`` as the article gives it, ``role`` where it says one."""

    name: str
    role: str | None
    kind: SpeakerKind
    gender: Literal["f", "m"] | None = None


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _bare(token: str) -> str:
    return token.lower().rstrip(".")


def is_name_token(token: str) -> bool:
    """A capitalised word, an initial, or an Arabic name with its article ("al-Sudani")."""
    if not token:
        return False
    if token[0].isupper():
        return any(ch.isalpha() for ch in token)
    return "-" in token[1:4] and bool(_PARTICLE_NAME.match(token))  # the article's hyphen comes early


def _is_acronym(token: str) -> bool:
    for char in token[:2]:
        if char.isalpha() and not char.isupper():
            return False  # a lower-case letter near the start: "Smith" is no acronym
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:—–-")


# The article that opens an Arabic surname ("al-Sudani" is known as "sudani").
_NAME_ARTICLE = re.compile(r"^[a-z]{1,3}-(?=\w{3})")


@lru_cache(maxsize=2048)
def surname_key(name: str) -> str:
    """The part of a name later references use: "Muhammad Shia al-Sudani" → "sudani"."""
    tokens = [t for t in name.split() if _bare(t) not in HONORIFICS]
    if not tokens:
        return ""
    return _surname_of(tokens[-1])


def _surname_of(word: str) -> str:
    """The surname key of a name's last word (not an honorific)."""
    last = _POSSESSIVE.sub("", word).rstrip(".,").lower()
    return _NAME_ARTICLE.sub("", last, count=1) if "-" in last[1:4] else last


def _split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title words, name words) at its last rank or office.

    A courtesy title stays only before a bare surname: "Ms. White", but "Laura Chen" for "Ms. Laura Chen".
    """
    titles, name, _, _ = _split_title_bares(tokens, [_bare(token) for token in tokens])
    return titles, name


def _split_title_bares(tokens: list[str], bares: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """``_split_title`` of ``tokens``, whose ``_bare`` forms are ``bares``: the title words, the name words,
    and the bare forms of each."""
    cut = 0
    for position in range(len(tokens) - 1):
        if bares[position] in RANKS:
            cut = position + 1
    titles, name, title_bares, name_bares = tokens[:cut], tokens[cut:], bares[:cut], bares[cut:]
    if len(name) >= 3 and name_bares[0] in HONORIFICS:
        titles, name = [*titles, name[0]], name[1:]
        title_bares, name_bares = [*title_bares, name_bares[0]], name_bares[1:]
    return titles, name, title_bares, name_bares


def _name_gender(tokens: list[str]) -> Literal["f", "m"] | None:
    """The gender an honorific or a common given name tells ("Ms. Lee", "Tom Hale"); None otherwise."""
    return _gender_of([_bare(token) for token in tokens])


def _gender_of(bares: list[str]) -> Literal["f", "m"] | None:
    """``_name_gender`` of the tokens whose ``_bare`` forms are ``bares``."""
    given = None
    for bare in bares:
        if bare in FEMALE_HONORIFICS:
            return "f"
        if bare in MALE_HONORIFICS:
            return "m"
        if given is None and bare not in RANKS and bare not in HONORIFICS:
            given = bare
    if given is not None and len(bares) >= 2:
        if given in FEMALE_NAMES:
            return "f"
        if given in MALE_NAMES:
            return "m"
    return None


def _looks_like_person(name_tokens: list[str], bare: list[str] | None = None) -> bool:
    """True when the name words could be a person's; ``bare`` holds their ``_bare`` forms when known."""
    if not name_tokens or len(name_tokens) > 5:
        return False
    if bare is None:
        bare = [_bare(t) for t in name_tokens]
    if not ORG_WORDS.isdisjoint(bare):
        return False
    if any(_is_acronym(t) and not _INITIALS.match(t) for t in name_tokens):
        return False
    return MONTHS_DAYS.isdisjoint(bare)


_SHORT_BRACKETS = re.compile(r"\([^()]{0,40}\)")
_CONTRACTION = re.compile(r"['’](?:m|s|d|ll|re|ve)$")
_POSSESSIVE_S = re.compile(r"['’]s$")
_BREAK_NOT_ITS = BREAK_WORDS - {"it's"}
_GROUPS_OR_PEOPLES = GROUP_NOUNS | PEOPLES
# Words that join two names into one institution's ("Bank of America"), never a person's name.
_NAME_LINKS = frozenset(("of", "for", "and", "&", "on"))


def _parse_segment(segment: str) -> Speaker | None:
    """One comma-free noun phrase → speaker: a name with its title, an institution, or a group."""
    if "(" in segment:
        segment = _SHORT_BRACKETS.sub(" ", segment)  # "Paul Darby (R-Ohio)": the party is no name
    tokens = [t for t in _tokens(segment) if t not in "()"]
    if not tokens or len(tokens) > 12:
        return None
    lowered = [t.lower().rstrip(".") for t in tokens]  # ``_bare`` of each
    single = lowered[0] if len(tokens) == 1 else None  # its ``_bare`` form before a contraction is cut
    if len(tokens) == 1:
        lowered[0] = _CONTRACTION.sub("", lowered[0])  # "I'm", "he's"
    while len(tokens) > 1 and len(tokens[0]) >= 3 and tokens[0].isupper() and tokens[0].isalpha() \
            and not tokens[1].isupper():
        tokens, lowered = tokens[1:], lowered[1:]  # a dateline's "ORLANDO" or "PARIS" is nobody
    if len(tokens) == 1 and lowered[0] in PRONOUNS:
        return Speaker(lowered[0] if lowered[0] != "i" else "I", None, "pronoun")
    if _POSSESSIVE_S.search(tokens[-1]):
        return None  # "Editor’s note": a possessive modifies a noun, it never speaks
    while len(tokens) > 1 and tokens[0][:1].isupper() and (lowered[0] in BREAK_WORDS or lowered[0] in NP_LINKS
                                                           or lowered[0] in SENTENCE_ADVERBS):
        tokens, lowered = tokens[1:], lowered[1:]  # a sentence-initial "With", "In", "As"
    if not _BREAK_NOT_ITS.isdisjoint(lowered[1:]) and any(
            t in _BREAK_NOT_ITS and t not in NP_LINKS and t not in PLACE_LINKS
            and not (t == "to" and lowered[i] in ROLES_TO) for i, t in enumerate(lowered[1:])):
        return None  # (``lowered[i]`` is the word before ``t``: "an adviser to the mayor")
    # The trailing run of name words is the name; the words before it are the role.
    run_start = len(tokens)
    while run_start > 0:
        if is_name_token(tokens[run_start - 1]) or (
            lowered[run_start - 1] in NAME_PARTICLES and run_start < len(tokens)
        ):
            run_start -= 1
        elif 2 <= run_start < len(tokens) and lowered[run_start - 1] in ("of", "for", "&", "and", "on") \
                and is_name_token(tokens[run_start - 2]):
            run_start -= 1  # "Club for Growth", "Bank of America"
        else:
            break
    plain = lowered if single is None else [single]  # the ``_bare`` forms of ``tokens``
    run, run_bares = tokens[run_start:], plain[run_start:]
    if len(run) == 1 and run_bares[0] in PRONOUNS:
        # "... to pay its bills He said": a sentence break lost before the pronoun.
        return Speaker(run_bares[0] if run_bares[0] != "i" else "I", None, "pronoun")
    after_link = run_start > 0 and lowered[run_start - 1] in ("of", "from", "for", "at", "in", "with", "to")
    while run and run_bares[0] in DETERMINERS:  # sentence-initial "The"
        run, run_bares = run[1:], run_bares[1:]
        run_start += 1
    if (run and not _is_possessive(run[-1])) or (run and run[-1].endswith("s'")):
        titles, name, title_bares, name_bares = _split_title_bares(run, run_bares)
        prefix = tokens[:run_start]
        # "Opposition education spokesman Sen. Paul Darby": the rank first, then the description,
        # as an apposition reads ("Lt. Gen., deputy commander of ...").
        rank_words = [t for t, bare in zip(titles, title_bares, strict=True) if bare not in HONORIFICS]
        role_words = [*rank_words, ",", *prefix] if rank_words and prefix else prefix + rank_words
        if len(name) == 1 and name_bares[0] in _GROUPS_OR_PEOPLES:
            return Speaker(_clean(" ".join(tokens)), None, "group")  # "Many prominent Republicans"
        if name and _looks_like_person(name, name_bares) and not (len(name) == 1 and name_bares[0] in HONORIFICS) \
                and not after_link and _NAME_LINKS.isdisjoint(name_bares):
            role_text = _clean(" ".join(role_words).replace(" , ", ", "))
            role = None if not role_text or role_text.lower() in DETERMINERS else role_text
            return Speaker(_clean(" ".join(name)), role, "person", _gender_of(run_bares))
        if name and all(bare in MONTHS_DAYS or bare in TIME_WORDS for bare in name_bares):
            return None  # "Sunday said" is a broken sentence, not a speaker
        if name:
            # An institution: keep the whole phrase ("the Iraqi government", "the U.S. State Department").
            return Speaker(_clean(" ".join(tokens)), None, "organisation")
    # The head noun stands before any prepositional phrase: "Traders on the south side of the harbour".
    links = [i for i, t in enumerate(lowered) if i > 0 and (t in NP_LINKS or t in PLACE_LINKS)]
    head = lowered[links[0] - 1] if links else lowered[-1]
    if not head[:1].isalpha() or head in DETERMINERS or head in NP_LINKS or head in MONTHS_DAYS:
        return None
    if head.endswith("ly") and head not in GROUP_NOUNS:
        return None
    has_name = any(is_name_token(t) for t in tokens[1:]) or (is_name_token(tokens[0]) and lowered[0] not in
                                                                DETERMINERS)
    plural = head in GROUP_NOUNS or (head.endswith("s") and not head.endswith("ss"))
    if has_name and not (plural and not any(is_name_token(t) for t in tokens[1:])):
        return Speaker(_clean(" ".join(tokens)), None, "organisation")  # "Sudani's office"
    if lowered[0] in DETERMINERS or (lowered[0] == "one" and len(tokens) > 1) or plural:
        return Speaker(_clean(" ".join(tokens)), None, "group")  # "a spokesman", "one adviser", "aides"
    return None


def _split_commas(phrase: str) -> list[str]:
    """Comma-separated parts of a phrase, ignoring commas inside brackets."""
    if "," not in phrase:
        return [phrase.strip()]
    if "(" not in phrase:
        return [p.strip() for p in phrase.split(",")]  # no brackets: every comma splits
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in phrase:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts]


_AGE = re.compile(r"\d{1,3}")


def _role_text(parts: list[str]) -> str | None:
    # "Smith, 45, said": the age is no role.
    kept = [p for p in parts if p and not _AGE.fullmatch(p)]
    role = _clean(", ".join(kept))
    return role or None


_EXAMPLES = re.compile(r"(?:including|like|such as|among them|notably|especially)\b", re.IGNORECASE)
# Words that open a clause, never a speaker's noun phrase.
_CLAUSE_LEAD = re.compile(r"(?:that|whether|if|because|since|although|though|when|where|how|why)\b", re.IGNORECASE)


# A share of a group, or a poll's share alone: "Some of the residents", "Many of her supporters", "Two-thirds
# of Democrats", "Only 30%". The group after "of" must be people.
_SHARE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|only|just|some|over|under|at least|more than|fewer than|less than)\s+)?"
    r"(?:(?P<word>many|some|most|few|several|all|half|none|each|both|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+(?:majority|minority|third|quarter|fifth|half|number|handful|dozen)|dozens|hundreds|"
    r"thousands|millions|(?:one|two)-thirds|(?:one|three)-quarters|one-half)"
    r"|(?P<share>\d[\d,.]*\s*(?:%|percent|per\s+cent)))"
    r"(?:\s+of\s+(?:(?:the|his|her|their|its|these|those|our|all)\s+)?(?P<group>.+))?$",
    re.IGNORECASE,
)


_BRACKETED = re.compile(r"\([^()]*\)")


def _share_of_group(phrase: str) -> Speaker | None:
    """A share of a group of people (or a bare poll share) as the speaker; None for any other phrase."""
    share = _SHARE.match(phrase)
    if share is None:
        return None
    group = share.group("group")
    if group is None:
        # "52 percent said", and a quantifier standing for people named before ("Several said").
        alone = share.group("share") or (share.group("word") or "").lower() in _ALONE
        return Speaker(phrase, None, "group") if alone else None
    head = _BRACKETED.sub("", group).split()
    if not head or len(head) > 5:
        return None
    last = head[-1].lower().strip(".,")
    # People, or a plural that stands for them: "Most of the candidates", "most of them".
    people = last in GROUP_NOUNS or last in PEOPLES or last in ("them", "those", "us") or (
        last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and last not in _NOT_PEOPLE)
    return Speaker(phrase, None, "group") if people else None


# Quantifiers that speak alone for a group already named ("Several said", "Many say").
_ALONE = frozenset("many most several some few".split())
# Plurals that are never people, though a share of them may be said to "say" something.
_NOT_PEOPLE = frozenset("days weeks months years times things ways parts cases terms items funds".split())


_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|while|as|so|then)\s+", re.IGNORECASE)


@lru_cache(maxsize=2048)
def parse_speaker(phrase: str) -> Speaker | None:
    """A speech tag's noun phrase → ``Speaker``; ``None`` when it is not a noun phrase at all.

    ``Lt. Gen. Qais al-Muhammadawi, deputy commander of the Iraqi Joint Operations Command`` gives the
    person ``Qais al-Muhammadawi`` and the role ``Lt. Gen., deputy commander of ...``; ``a spokeswoman,
    Anna White`` gives ``Anna White`` and ``a spokeswoman``.
    """
    phrase = _clean(phrase)
    if not phrase or len(phrase) > MAX_PHRASE:
        return None
    phrase = _LEADING_CONJUNCTION.sub("", phrase)
    if _CLAUSE_LEAD.match(phrase):
        return None  # "that Ms. Lee lost the vote": a clause, not a noun phrase
    time = TIME_PHRASE.fullmatch(phrase)
    if time is not None and (" " in phrase or phrase.islower()):  # "Day" alone may be a surname
        return None  # "The day before said", "Two weeks ago": a time, nobody who speaks
    share = _share_of_group(phrase) if "," not in phrase else None
    if share is not None:
        return share
    document = _DOCUMENT.match(phrase)
    if document:
        issuer = parse_speaker(document.group("issuer"))
        if issuer is not None and issuer.kind != "pronoun":
            kind: SpeakerKind = "organisation" if issuer.kind == "person" else issuer.kind
            return Speaker(issuer.name if issuer.kind != "person" else _clean(document.group("issuer")),
                           issuer.role, kind)
    parts = [p for p in _split_commas(phrase) if p]
    if not parts:
        return None
    first = _parse_segment(parts[0])
    if len(parts) == 1:
        return first
    second = _parse_segment(parts[1])
    if _EXAMPLES.match(parts[1]):
        second = None  # "Several candidates, including Hale": the examples do not speak for the group
    if first is not None and first.kind == "person":
        role_parts = ([first.role] if first.role else []) + parts[1:]
        return Speaker(first.name, _role_text(role_parts), "person", first.gender)
    if second is not None and second.kind == "person":
        # "a spokeswoman, Anna Richardson White": role first, then the name.
        role_parts = [parts[0]] + ([second.role] if second.role else []) + parts[2:]
        return Speaker(second.name, _role_text(role_parts), "person", second.gender)
    if first is not None and first.kind != "pronoun":
        return Speaker(first.name, _role_text(parts[1:]), first.kind)
    return None


# Words between a speaker and the speech verb: "Smith also said", "Smith has repeatedly said".
# Words that skip as adverbs or auxiliaries in lower case but are names when capitalised ("Theresa May").
_NAMES_TOO = frozenset("may will just last".split())
_BEFORE_VERB = frozenset(
    """
    also later then now still too has had have having previously once again would will could might may
    recently publicly repeatedly reportedly earlier first finally further simply flatly privately openly often
    herself himself themselves itself just last week night today yesterday tonight subsequently initially
    allegedly separately similarly likewise bluntly frankly quickly immediately only even simply
    """.split()
)


# "Ann Lee, who chairs the river fund said": an appositive relative clause whose closing comma was left out.
# The name opens the clause (or follows a closing quotation mark); the relative clause runs to the verb.
_UNCLOSED_APPOSITIVE = re.compile(
    r"(?:^|(?<=[”\"’]\s)|(?<=[”\"’],\s))(?P<name>(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]*),\s+"
    r"(?:(?:the|a|an)\s+[a-z][^,;:]{0,60}?\s)?who\s[^,;:“”\"]{3,120}$")
# Examples: the text before a speech verb, a name, and whether the rule gives that name (True) or must
# not give it (False).
UNCLOSED_APPOSITIVES: tuple[tuple[str, str, bool], ...] = (
    ("Ann Lee, who chairs the river fund ", "Ann Lee", True),
    ("Tom Hale, the engineer who founded the water board ", "Tom Hale", True),
    ("Tom Hale, the engineer who founded the water board, ", "Tom Hale", True),
    # An opening phrase of place before the comma is nobody.
    ("In River Town, the clerk who counts the votes ", "River Town", False),
    ("After Ann Lee, the clerk who counts the votes ", "Ann Lee", False),
)


def _unclosed_appositive(text: str) -> tuple[Speaker, int] | None:
    """The person whose appositive relative clause runs, unclosed, to the end of ``text``."""
    # The clause needs "who": without it the search is skipped.
    unclosed = _UNCLOSED_APPOSITIVE.search(text) if "who" in text else None
    if unclosed is None or unclosed.group("name").split()[0].lower() in _NOT_NAME_START:
        return None
    named = parse_speaker(unclosed.group("name"))
    return (named, unclosed.start("name")) if named is not None and named.kind == "person" else None


# A subject and what modifies it, with no comma, before the verb: a relative clause ("officials who spoke
# with the Herald said") or a participle of talking ("a source speaking to the Herald said").
_SUBJECT_MODIFIER = re.compile(
    r"\s(?:who(?:['’]d|['’]s|['’]ve)?\s|(?:speaking|talking|writing|appearing|testifying|commenting)\s+"
    r"(?:to|with|on|in|at|before|for)\s)[^,;:“”\"()—–]{2,160}$")
# Examples: the text before a speech verb and the speaker it names.
MODIFIED_SUBJECTS: tuple[tuple[str, str | None], ...] = (
    ("Two county officials who spoke with the River Herald ", "Two county officials"),
    ("A harbour worker speaking to the River Herald ", "A harbour worker"),
    ("Most of the orchard owners who had planted pears for Ann Lee or Tom Hale ", "Most of the orchard owners"),
    ("A town official who spoke on condition of anonymity ", "A town official"),
    # No subject before the relative pronoun: nobody is named.
    ("The vote was close, and who ", None),
)


def _modified_subject(text: str) -> tuple[Speaker, int] | None:
    """The subject before a relative clause or a participle of talking that runs to the end of ``text``."""
    # The modifier holds "who" or a word in -ing: without one, the search is skipped.
    modifier = _SUBJECT_MODIFIER.search(text) if "who" in text or "ing" in text else None
    if modifier is None:
        return None
    tail = np_tail(text[: modifier.start()])
    if tail is None:
        return None
    named = parse_speaker(tail[0])
    if named is None or named.kind == "pronoun":
        return None
    return named, tail[1]


_NON_SPACE = re.compile(r"\S+")


# A subject pronoun after a noun phrase ends a relative clause's subject; examples (text before the verb,
# speaker) run as tests.
_SUBJECT_PRONOUNS = frozenset("he she they".split())
PRONOUN_AFTER_NOUN: tuple[tuple[str, str], ...] = (
    ("The move was three years of work, an investment he ", "he"),
    ("It was the plan they ", "they"),
    ("Tom Hale and she ", "she"),
    ("Tom Hale ", "Tom Hale"),
)
# Words before a speech verb that deny the statement ("never said", "cannot say"); examples (the text
# before the verb and the speaker, or None) run as tests.
_DENIALS = frozenset("never cannot".split())
DENIED_SUBJECTS: tuple[tuple[str, str | None], ...] = (
    ("Ann Lee cannot ", None),
    ("Tom Hale has never ", None),
    ("Tom Hale never ", None),
    ("Ann Lee has often ", "Ann Lee"),
)


def _subject_end(words: list[re.Match[str]], progressive: bool) -> int | None:
    """How many of ``words`` are left once the adverbs and auxiliaries before the verb are walked back
    over; ``None`` for a passive ("was told", "is said to")."""
    end = len(words)
    while end > 0:
        word = words[end - 1].group(0)
        bare = word.lower().strip(",")
        if word.endswith(","):
            break
        if bare in _DENIALS:
            return None  # "Hale never said that ...", "Lee cannot say whether ...": no statement was made
        if bare in ("was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "am"):
            if progressive and bare not in ("get", "got", "gets"):  # "is telling", "was saying"
                end -= 1
                continue
            return None
        if (bare in _BEFORE_VERB and (word.islower() or bare not in _NAMES_TOO)) or bare in WEEKDAYS \
                or (bare.endswith("ly") and bare.isalpha() and word.islower() and len(bare) > 4):
            end -= 1
            continue
        break
    return end


@lru_cache(maxsize=1024)
def subject_before(left: str, progressive: bool = False) -> tuple[Speaker, int] | None:
    """The speaker phrase that ends ``left`` (the text just before a speech verb), and where it starts.

    Memoised: the direct and the reported stages often ask about the same words before one verb.

    Walks back over adverbs and auxiliaries ("also", "has"), then over the noun phrase, and over one
    appositive in commas ("X, deputy commander of Y,"). Returns ``None`` for a passive ("was told").
    """
    window_start = max(0, len(left) - MAX_PHRASE)
    window = left[window_start:]
    for _ in range(2):  # "the senator on Tuesday", "Ann Lee in an interview with the paper"
        adverbial = _adverbial_tail(window)
        if adverbial is None or not window[: adverbial.start()].strip():
            break
        window = window[: adverbial.start()]
    # The walk back to the subject reads the last stretch's words, and all of them when it passes that
    # stretch's first word but one.
    start = _tail_start(window)
    words = list(_NON_SPACE.finditer(window, start))
    end = _subject_end(words, progressive)
    if start and end is not None and end < 2:
        words = list(_NON_SPACE.finditer(window))
        end = _subject_end(words, progressive)
    if not end:
        return None
    last_word = words[end - 1].group(0)
    if end >= 2 and last_word in _SUBJECT_PRONOUNS and not words[end - 2].group(0).endswith(","):
        # "an investment he concludes has paid off": a relative clause without "that"; "he" is the subject.
        return Speaker(last_word, None, "pronoun"), window_start + words[end - 1].start()
    head_words = window[: words[end - 1].end()]
    # A poll's share always holds "in" or "of" between spaces, among its last seven words (the share's
    # "in 10" or "of every voter", and three words at most after it): without one, the long search is skipped.
    hint_from = words[end - 7].start() - 1 if end >= 7 else 0
    poll = _POLL_SHARE.search(head_words) if _POLL_HINT.search(head_words, max(0, hint_from)) else None
    if poll:  # "Six in 10 say", "About 4 in 10 voters say"
        return Speaker(_clean(poll.group(0)), None, "group"), window_start + poll.start()
    if last_word.lower() == "who" and end >= 2:
        # "Barkley, who said ...", "leaders who say ...": the relative clause's speaker is the phrase before.
        head = window[: words[end - 2].end() - (1 if words[end - 2].group(0).endswith(",") else 0)]
        tail = np_tail(head)
        if tail is None:
            return None
        speaker = parse_speaker(tail[0])
        return (speaker, window_start + tail[1]) if speaker is not None else None
    body = head_words
    unclosed = _unclosed_appositive(body) or _modified_subject(body)
    if unclosed is not None:
        return unclosed[0], window_start + unclosed[1]
    stripped = body.rstrip()
    if stripped.endswith(","):
        if progressive:
            return None  # "Hale spoke in Dunmore, saying ...": the clause's subject, found elsewhere
        return _appositive_subject(stripped[:-1], window_start)
    if "," in stripped and PARTY_STATE_TAG.match(stripped[stripped.rfind(" ") + 1 :]):
        return _appositive_subject(stripped, window_start)  # "Sen. Ann Lee, R-Ore. said": the tag's comma left out
    tail = np_tail(body)
    if tail is None:
        return None
    text, offset = tail
    speaker = parse_speaker(text)
    if speaker is None:
        return None
    if progressive and _BARE_DOCUMENT.match(text):
        # "Black Lives Matter issued a statement saying ...": the statement speaks for the clause's subject.
        issuer = clause_subject(window[:offset])
        if issuer is None or issuer.kind not in ("person", "organisation", "pronoun"):
            return None
        at = window.find(issuer.name)
        return issuer, window_start + max(0, at)
    if speaker.kind == "person":
        # "Ann Lee and Tom Hale said", "Professors Lee and Hale argue": two people speak together.
        before = window[max(0, offset - 60): offset]
        pair = _COORDINATED.search(window, max(0, offset - 60), offset) if before.rstrip().endswith("and") else None
        if pair is not None and pair.end() == offset and (
                not window[: pair.start()].strip() or window[: pair.start()].rstrip().endswith(",")):
            first = parse_speaker(pair.group("first"))
            if first is not None and first.kind == "person":
                return Speaker(f"{pair.group('first')} and {text}", None, "group"), window_start + pair.start()
    return speaker, window_start + offset


# The first of two people named together before a speech verb ("Ann Lee and Tom Hale said").
_COORDINATED = re.compile(r"(?:\b[Bb]oth\s+)?(?P<first>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*)\s+and\s+$")


# A document named by its kind alone ("a statement", "a press release"), which speaks for whoever issued it.
_BARE_DOCUMENT = re.compile(
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+)?(?:statement|release|memo|letter|email|e-mail|"
    r"message|post|tweet|video|ad|advertisement|report|notice)s?$", re.IGNORECASE)


_EVENT_NOUNS = (
    "statement|interview|tweet|post|press conference|news conference|conference call|speech|letter|rally|"
    "briefing|email|e-mail|video|address|hearing|debate|appearance|call|op-ed|memo|filing|release|remarks|"
    "meeting|event|town hall|session|radio interview|television interview|podcast"
)
_PERIODS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|"
            "weekend")
# A time or an occasion between a speaker and the speech verb.
_ADVERBIAL_TAIL = re.compile(
    rf"\s+(?:(?:on|late|early|last|this|earlier|later)\s+(?:{_PERIODS})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:in|during|at)\s+\d{4}|in\s+the\s+past|for\s+the\s+first\s+time"
    r"|(?:a\s+few|two|three|several|some)\s+(?:days|weeks|months|years)\s+ago"
    r"|(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,2}?"
    rf"(?:{_EVENT_NOUNS})(?:\s+(?:with|to|on|at|in|for)\s+(?:[\w.'’&\-]+\s+){{0,3}}?[\w.'’&\-]+)?)\s*$"
)
# The words an adverbial tail ends with (a period, "past", "time", "ago", an occasion), or, after an occasion
# ("in an interview with the River Herald"), holds among its last six; a year is the other end it may have.
_ADVERBIAL_WORDS = frozenset([*_PERIODS.split("|"), "past", "time", "ago",
                              *(noun.split()[-1] for noun in _EVENT_NOUNS.split("|"))])


def _adverbial_tail(window: str) -> re.Match[str] | None:
    """``_ADVERBIAL_TAIL`` searched in the last 120 characters of ``window``: only when one of the last six
    words is one a tail needs."""
    last = window[-120:].rsplit(None, 6)[-6:]
    if not last or (_ADVERBIAL_WORDS.isdisjoint(last) and not (len(last[-1]) == 4 and last[-1].isdigit())):
        return None
    return _ADVERBIAL_TAIL.search(window, max(0, len(window) - 120))


_POLL_HINT = re.compile(r"\s(?:in|of)\s", re.IGNORECASE)
_POLL_SHARE = re.compile(
    r"(?:\b(?:about|nearly|almost|roughly|some|more than|fewer than|only)\s+)?"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out of)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|every\s+\w+)"
    r"(?:\s+[a-z]+){0,3}$",
    re.IGNORECASE,
)


def _comma_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the comma-separated parts of ``text``, ignoring commas inside brackets."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    if "(" not in text:  # no brackets: every comma splits
        position = text.find(",")
        while position >= 0:
            spans.append((start, position))
            start = position + 1
            position = text.find(",", start)
        spans.append((start, len(text)))
        return spans
    for position, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            spans.append((start, position))
            start = position + 1
    spans.append((start, len(text)))
    return spans


# A role held for someone named: up to four capitalised words, a possessive, then a lower-case noun.
_OWNER_ROLE = re.compile(r"\s*(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*(?:['’]s|s['’])\s+[a-z]")
_STATE_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2,3}|[A-Z]{2})$")


def _appositive_like(part: str, previous: str) -> bool:
    """A part that describes the name before it: a role, an age, a relative clause, a place."""
    words = part.split()
    if not words:
        return True
    first = words[0]
    if first[:1].islower() or first[:1].isdigit() or first.lower() in DETERMINERS:
        return True
    if first[:1] in "“”\"‘’«»„'":
        return True  # a title in quotation marks inside the description: "a contestant on “The Island,”"
    if _OWNER_ROLE.match(part):
        return True  # "Harbour Board’s director of planning", "Mrs. Hale’s chief of staff", "Ellis’ aide"
    if first.lower() in PARTY_MEMBERS or (len(words) == 1 and PARTY_STATE_TAG.match(first)):
        return True  # "Representative Ann Lee, Democrat of Ohio,", "Sen. Ann Lee, R-Ore.,": the party and the state
    # "of Flint, Mich.", "in Elizabeth, Colorado": a place after a place.
    previous_words = previous.split()
    after_place = bool(previous_words) and previous_words[-1][:1].isupper()
    if len(words) == 1 and _STATE_ABBREVIATION.match(first):
        return True
    return after_place and len(words) <= 2 and all(w[:1].isupper() for w in words) and not any(
        _bare(w) in RANKS or _bare(w) in HONORIFICS for w in words) and len(previous_words) >= 2 and \
        previous_words[-2].lower() in ("in", "of", "from", "at", "near")


# An opening phrase up to its place: "In ", "Speaking in ", "Campaigning across " (not "Officials in ").
_OPENING_PLACE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\s+(?:[a-z]+\s+){0,2})?(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Nn]ear|[Ii]nside|[Oo]utside|[Aa]cross|"
    r"[Aa]round|[Tt]o)\s+$")


def _after_preposition(text: str) -> bool:
    """True when ``text`` is an opening phrase up to a preposition, so that the name after it is its object
    ("Speaking in Dunmore"), not the subject."""
    return bool(_OPENING_PLACE.fullmatch(text))


def _appositive_subject(text: str, offset: int) -> tuple[Speaker, int] | None:
    """The speaker of "X, role, said" (``text`` is everything before the last comma).

    Walks left over the parts that describe a name (roles, ages, places: "Cory James, 22, of Flint,
    Mich.,") to the name itself; "a spokeswoman, Anna White," puts the role first.
    """
    spans = _comma_spans(text)[-6:]
    parts = [text[start:end] for start, end in spans]
    k = len(parts) - 1
    while k > 0 and _appositive_like(parts[k], parts[k - 1]):
        k -= 1
    k = _before_relative(parts, k)
    head = np_tail(parts[k])
    if head is None:
        return None
    head_text, head_start = head
    if k + 1 < len(parts) and _after_preposition(parts[k][:head_start]):
        # "Speaking in Dunmore, Lee, without naming him, said": a preposition's object opens the sentence;
        # the subject is the name after it.
        after = np_tail(parts[k + 1])
        named = parse_speaker(after[0]) if after is not None else None
        if after is not None and named is not None and named.kind == "person" \
                and not parts[k + 1][: after[1]].strip():
            k += 1
            head_text, head_start = after
    role_parts = [p.strip() for p in parts[k + 1:]]
    speaker = parse_speaker(", ".join([head_text, *role_parts]))
    start = spans[k][0] + head_start
    if speaker is not None and speaker.kind == "person":
        if k == len(parts) - 1 and k >= 1:
            # "a spokeswoman, Anna White,": the role stands before the name.
            role = np_tail(parts[k - 1])
            if role is not None and (role[0][:1].islower() or role[0].split()[0].lower() in DETERMINERS):
                named = Speaker(speaker.name, _clean(role[0]), "person", speaker.gender)
                return named, offset + spans[k - 1][0] + role[1]
        return speaker, offset + start
    if speaker is not None and speaker.kind == "organisation" and k >= 2 and \
            _appositive_like(parts[k - 1], parts[k - 2]):
        # "Ann Lee, the keeper of the county's oldest inn, the Red Lantern, said": the inn names what she keeps.
        person = np_tail(parts[k - 2])
        owner = parse_speaker(person[0]) if person is not None else None
        if person is not None and owner is not None and owner.kind == "person":
            held = _role_text([p.strip() for p in parts[k - 1:]])
            return Speaker(owner.name, held, "person", owner.gender), offset + spans[k - 2][0] + person[1]
    if speaker is not None and speaker.kind in ("organisation", "group") and k < len(parts) - 1:
        return speaker, offset + start  # "Several candidates, including Hale, said": the group speaks
    return None


_TAIL_WORD = re.compile(r"[^\s,;:()—–]+(?:\s*\([^()]{1,40}\))?")
_RELATIVE_OPENER = re.compile(r"\s*(?:who|whose|whom|which)\b")


def _before_relative(parts: list[str], k: int) -> int:
    """Where the walk over an appositive goes on when a relative clause opened it earlier: in "Tom
    Hale, whose firm, River Data, sells maps, said", the name inside the clause is not the speaker."""
    for opener in range(k, 0, -1):
        if _RELATIVE_OPENER.match(parts[opener]):
            j = opener
            while j > 1 and _appositive_like(parts[j - 1], parts[j - 2]):
                j -= 1
            return j - 1
    return k


def np_tail(text: str) -> tuple[str, int] | None:
    """The noun phrase that ends ``text``: walk back over words until a verb, conjunction or comma.

    The walk reads the words of the text's last stretch (``_tail_start``), and all of them only when it
    comes within two words of that stretch's start. (A bracket may hold a space inside one of its words,
    so a text with one is read whole.)
    """
    start = _tail_start(text) if "(" not in text else 0
    if start:
        found, holds = _np_tail_in(text, list(_TAIL_WORD.finditer(text, start)), whole=False)
        if holds:
            return found
    return _np_tail_in(text, list(_TAIL_WORD.finditer(text)), whole=True)[0]


# How many characters from the end the walks back over a text's last words read first.
_TAIL_READ = 80


def _tail_start(text: str) -> int:
    """Where a word starts about ``_TAIL_READ`` characters before the end of ``text``, just after a space (0
    for a short text), so that the words read from there on are the text's own last words."""
    if len(text) <= _TAIL_READ:
        return 0
    return text.rfind(" ", 0, len(text) - _TAIL_READ) + 1


_PHRASE_BREAK = re.compile("[,;:—–]")  # marks between two words that end a noun phrase


def _np_tail_in(text: str, words: list[re.Match[str]], whole: bool) -> tuple[tuple[str, int] | None, bool]:
    """``np_tail`` of ``text`` from its last ``words`` (all of them when ``whole``), and whether that answer
    holds: False when the walk came within two words of the first one read, and words before it may count."""
    if not words:
        return None, whole
    tail_end = len(text.rstrip())
    if text[words[-1].end():].strip():
        return None, True  # the text ends in punctuation, not a word
    start_index = len(words)
    while start_index > 0:
        match = words[start_index - 1]
        word = match.group(0)
        bare = word.lower().strip(".'’\"“”")
        between = text[match.end(): words[start_index].start()] if start_index < len(words) else ""
        if between and between != " " and _PHRASE_BREAK.search(between):
            break
        if bare in _BREAKS_BUT_LINKS or bare.endswith(("n't", "n’t")):
            break
        if word[:1] in "\"“”‘'«»":
            break
        start_index -= 1
        if bare in DETERMINERS:
            # "of the harbour", "on the south side": the phrase goes on before a linking preposition.
            before = words[start_index - 1].group(0).lower() if start_index > 0 else ""
            linked = before in NP_LINKS or before in PLACE_LINKS
            if not (linked and start_index >= 2 and words[start_index - 2].group(0).isalpha()
                    and words[start_index - 2].group(0).lower() not in BREAK_WORDS
                    and not text[words[start_index - 2].end(): match.start()].count(",")):
                break
            start_index -= 1  # past the preposition; the walk goes on
        if start_index < len(words) - 12:
            return None, whole or start_index >= 2
    if not whole and start_index < 2:
        return None, False
    if start_index == len(words):
        return None, True
    # A noun phrase does not start with a linking word: "of the agency" is no speaker.
    while start_index < len(words) and words[start_index].group(0).lower() in NP_LINKS:
        start_index += 1
    if start_index == len(words):
        return None, True
    begin = words[start_index].start()
    return (text[begin:tail_end], begin), True


# Words that end a noun phrase, before or after a speech verb (those that link one go on).
_BREAKS_BUT_LINKS = BREAK_WORDS - NP_LINKS
_PHRASE_AFTER = re.compile(r"\s*([^.;:!?\"“”—–(]+(?:\([^()]{1,40}\)[^.;:!?\"“”—–(]*)?)")
_PHRASE_AFTER_STOP = re.compile(r"\.[^.;:!?\"“”—–(]*")
_RELATIVE = re.compile(r"\s(?:who|whom|whose|which)\s")


# An office that a role after the name may open with in capitals ("said Ada Thorne, Chief Executive of ...").
_CAPITALISED_ROLE_HEADS = SENIOR_TITLES | PERSON_NOUNS
# What opens a role that the name after it identifies: a determiner, or "one" ("said one islander, Ada Lee").
_BEFORE_A_NAMED_ROLE = DETERMINERS | {"one"}


def np_after(text: str) -> tuple[Speaker, int] | None:
    """The speaker phrase that opens ``text`` (after "said" or "according to"), and where it ends.

    It runs to the end of the clause, keeping one appositive: "said Lt. Gen. X, deputy commander of Y."
    """
    window = text[:MAX_PHRASE]
    match = _PHRASE_AFTER.match(window)
    if not match:
        return None
    phrase = match.group(1)
    # Ranks and initials end in a full stop that does not end the sentence: "said Lt. Gen. X".
    end = match.end(1)
    while end < len(window) and window[end] == "." and _abbreviation_ends(window[:end]):
        more = _PHRASE_AFTER_STOP.match(window[end:])
        end += more.end() if more else 1
    phrase = window[match.start(1):end]
    stop = end < len(window) and window[end] in ".;!?"
    parts = _split_commas(phrase)
    # "said Smith, who ..." or "according to X, the plan ...": the first part (and a role) is the speaker.
    kept = [parts[0]]
    second = parts[1] if len(parts) > 1 and (len(parts) > 2 or stop) else ""
    # "said Ann Lee, a longtime adviser who has worked for three mayors": the role ends before "who".
    relative = _RELATIVE.search(second)
    if relative:
        second = second[: relative.start()]
    if second and (second[:1].islower() or second.split()[0].lower() in DETERMINERS
                   or second.split()[0].lower() in _CAPITALISED_ROLE_HEADS) \
            and not _looks_like_clause(second) and len(second.split()) <= 10:
        kept.append(second)  # "said Ann Lee, a longtime adviser", "said Ada Thorne, Chief Executive of Kelby Marine"
    elif second and len(second.split()) <= 5 and all(is_name_token(t) for t in second.split()) \
            and parts[0].split() and (
                parts[0].split()[0].lower() in _BEFORE_A_NAMED_ROLE or _OWNER_ROLE.match(parts[0])):
        kept.append(second)  # "said the chairman, Tom Hale.", "said Kelby's chief economist, Ada Thorne."
    phrase = ", ".join(kept)
    words = phrase.split()
    # Cut at a verb or conjunction: "said Smith on Tuesday" → "Smith".
    cut = len(words)
    for position, word in enumerate(words):
        bare = word.lower().strip(",")
        if position > 0 and (bare in _BREAKS_BUT_LINKS or bare in MONTHS_DAYS) and bare not in ("of",) \
                and not (bare == "to" and words[position - 1].lower().strip(",") in ROLES_TO):
            cut = position
            break
    phrase = " ".join(words[:cut])
    speaker = parse_speaker(phrase)
    if speaker is None:
        return None
    consumed = window.find(phrase) + len(phrase) if phrase else 0
    return speaker, consumed


def _abbreviation_ends(text: str) -> bool:
    """True when ``text`` ends with a rank, a courtesy title or an initial that takes a full stop."""
    words = text.split()
    if not words:
        return False
    bare = words[-1].lower()
    return bare in RANKS or bare in HONORIFICS or bare in ("st", "jr", "sr") or (
        len(bare) == 1 and bare.isalpha()
    )


def _looks_like_clause(text: str) -> bool:
    lowered = [w.lower() for w in text.split()]
    if lowered and lowered[0].endswith("ing") and len(lowered[0]) > 4 and lowered[0] not in ROLE_ING:
        return True
    return any(w in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                     "should", "did", "does", "do") for w in lowered)


@dataclass(frozen=True)
class Mention:
    """A person named in the body: where, under which full name, with which role."""

    offset: int
    sentence_index: int
    name: str
    role: str | None
    gender: Literal["f", "m"] | None


_NAME_WORD = r"(?:[A-Z][\w’'\-]*\.?|[a-z]{1,3}-[A-Z][\w’'\-]*)"
_INNER_PARTICLE = r"(?:bin|ibn|abu|van|von|de|da|del|der|al|el|la|le|di|du)(?=\s+[A-Z])"
# Words that introduce a person by one name: "a resident named Caroline", "identified only as Omar",
# "who gave only her first name, Maria". Searched in the 40 characters before a capitalised word.
_INTRODUCED = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(PERSON_NOUNS))}),?\s+named|\bidentified\s+(?:only\s+)?as"
    r"|\b(?:first|given)\s+name(?:\s+is|,|\s+of)?)\s+\Z",
    re.IGNORECASE,
)
# The look-ahead repeats what a name word opens with, so that most positions fail at once.
_CAP_RUN = re.compile(rf"\b(?=[A-Z]|[a-z]{{1,3}}-[A-Z]){_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_INNER_PARTICLE})){{0,7}}")
# ``_CAP_RUN`` for a run that opens with a capital: a pattern that opens with a class of letters, which the
# search skips to without trying the pattern at each position. (The look-behind is ``\b`` before the capital.)
_CAPITAL_RUN = re.compile(rf"[A-Z](?<!\w.)[\w’'\-]*\.?(?:\s+(?:{_NAME_WORD}|{_INNER_PARTICLE})){{0,7}}")


def _name_runs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_CAP_RUN.finditer(text, start, end)``, found by ``_CAPITAL_RUN``: a run that opens
    with an Arabic name's article ("al-Sudani") is found at its capital, then read from the article on.
    (Without a hyphen between ``start`` and ``end`` no run opens with an article.)"""
    if text.find("-", start, end) < 0:
        return _CAPITAL_RUN.finditer(text, start, end)
    return _article_runs(text, start, end)


def _article_runs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_name_runs`` of a stretch that holds a hyphen."""
    for match in _CAPITAL_RUN.finditer(text, start, end):
        at = match.start()
        if text[at - 1] == "-" and at - start >= 2:
            opening = _article_before(text, start, at)
            if opening is not None:
                yield from _runs_from(text, opening, end)
                return
        yield match


def _article_before(text: str, start: int, at: int) -> int | None:
    """Where the article of an Arabic name stands, from ``start`` on, before the hyphen that ends at ``at``
    ("al-" of "al-Sudani"): one to three lower-case letters after a word boundary; None for no article.
    (``\\b``, like the look-behind, reads the text before where a search starts.)"""
    opening = at - 1
    while opening > start and at - 1 - opening < 3 and "a" <= text[opening - 1] <= "z":
        opening -= 1
    if opening < at - 1 and (opening == 0 or not _is_word_char(text[opening - 1])):
        return opening
    return None


def _runs_from(text: str, opening: int, end: int) -> Iterator[re.Match[str]]:
    """``_name_runs`` from a run that opens with an Arabic name's article at ``opening`` on."""
    match = _CAP_RUN.match(text, opening, end)
    while match is not None:
        yield match
        position = match.end()
        match = _CAPITAL_RUN.search(text, position, end)
        if match is not None:
            at = match.start()
            if at - position >= 2 and text[at - 1] == "-":
                article = _article_before(text, position, at)
                if article is not None:
                    match = _CAP_RUN.match(text, article, end) or match


def _is_word_char(char: str) -> bool:
    """What ``\\w`` (and so ``\\b``) takes for a letter of a word."""
    return char.isalnum() or char == "_"


class PersonIndex:
    """The people an article names, in order: for full names and for the antecedent of "he"/"she".

    Built by ``index_people``, it reads the body's sentences only as far as a look-up or an added name
    needs them: a look-up at a position sees every name the body gives before it, as if the whole body had
    been read first.
    """

    def __init__(self) -> None:
        self._mentions: list[Mention] = []
        self._offsets: list[int] = []
        self._full: dict[str, tuple[list[int], list[Mention]]] = {}
        # ``_full`` as the reading of the body builds it, from the body's own names alone: the body is read
        # as if before any name was added from outside and before any gender was learnt.
        self._read_full: dict[str, tuple[list[int], list[Mention]]] = {}
        # Genders learnt from "he"/"she", by name: every mention of that name agrees from then on.
        self._learnt: dict[str, Literal["f", "m"]] = {}
        self._unread: _Unread | None = None

    def gender_of(self, mention: Mention) -> Literal["f", "m"] | None:
        """The mention's gender, as its name or title tells it or as a pronoun taught it."""
        return mention.gender or self._learnt.get(mention.name)

    def _read_to(self, position: int) -> None:
        """Read the body's sentences that start at or before ``position``: all the names that stand before it,
        and those at it, so that a name added there comes after them as it would after a full reading."""
        unread = self._unread
        if unread is None:
            return
        text, sentences, quoted, written_lower = unread.text, unread.sentences, unread.quoted, unread.written_lower
        index = unread.next
        while index < len(sentences) and sentences[index].start <= position:
            sentence = sentences[index]
            self._read_sentence(text, sentence.start, sentence.end, sentence.index, quoted, written_lower)
            index += 1
        unread.next = index
        if index == len(sentences):
            self._unread = None

    def _read_sentence(self, text: str, start: int, end: int, sentence_index: int,
                       quoted: tuple[list[int], list[int]], written_lower: Callable[[str], bool]) -> None:
        """Record the people named in the body sentence ``text[start:end]``.

        Names come only from words outside quotation marks (``quoted``: starts and ends of the
        quotations); a sentence's first word counts only when the article never writes it in lower case
        (``written_lower``: "Once", "Having"); pronouns and prepositions are never part of a name.
        """
        starts, ends = quoted
        introduces = None  # whether the sentence introduces someone by one name, looked at when needed
        full = self._read_full
        for match in _name_runs(text, start, end):
            run_text = match.group(0)
            # The common case, one capitalised word: a person only as a known surname, or as a name the
            # article introduces ("a resident named Caroline", "gave only her first name, Caroline").
            # Most sentences introduce nobody, so most such words are passed over before anything else.
            lone = " " not in run_text and (not full or _single_key(run_text) not in full)
            if lone:
                if introduces is None:
                    introduces = text.find("name", start, end) >= 0 or text.find("identified", start, end) >= 0
                if not introduces:
                    continue
            at = match.start()
            if starts:
                inside = bisect_right(starts, at) - 1
                if inside >= 0 and at < ends[inside]:
                    continue
            if lone:
                if _INTRODUCED.search(text, max(start, at - 40), at) and \
                        _looks_like_person([run_text]) and _bare(run_text) not in _NOT_SINGLE_NAME:
                    single = _POSSESSIVE.sub("", run_text).rstrip(".")
                    self._add(at, sentence_index, single, None, _name_gender([single]), True, read=True)
                continue
            # "In", "The", "But" (``openers``): no name starts with them; nor with a first word the article
            # writes in lower case ("Once", "Having").
            tokens, openers, openers_after_first, run = _read_text(run_text)
            if not openers and tokens \
                    and (at == start or text[max(start, at - 4): at].rstrip().endswith(_OPENING_MARKS)) \
                    and written_lower(tokens[0]):
                rest = tokens[1 + openers_after_first:]
                run = _read_run(rest) if rest else None
            if run is None:
                continue
            key, certain, name_text, role, gender = run
            if certain or key in full:
                self._add(at, sentence_index, name_text, role, gender, False, read=True)

    def add(self, offset: int, sentence_index: int, name: str, role: str | None,
            gender: Literal["f", "m"] | None = None, introduced: bool = False) -> None:
        """Record one mention of a person (mentions arrive in article order); an ``introduced`` one-word
        name ("named Caroline") is known by that word from then on."""
        self._read_to(offset)
        self._add(offset, sentence_index, name, role, gender, introduced, read=False)

    def _add(self, offset: int, sentence_index: int, name: str, role: str | None,
             gender: Literal["f", "m"] | None, introduced: bool, read: bool) -> None:
        """``add``; ``read`` for a name the reading of the body gives, which sees the body's names alone."""
        facts = _name_facts(name)
        key = facts[1]
        entries = self._read_full if read else self._full
        if key in entries:  # someone of that name: the full name may be longer
            learnt = _NOTHING_LEARNT if read else self._learnt
            full = _latest_full(entries, learnt, name, facts, offset, gender)
            if full is not None and len(_name_facts(full.name)[0]) > len(facts[0]):
                role = role or full.role
                gender = gender or full.gender or learnt.get(full.name)
                name = full.name
                facts = _name_facts(name)
                key = facts[1]
        mention = Mention(offset, sentence_index, name, role, gender)
        _insert(self._offsets, self._mentions, offset, mention)
        if key and (introduced or facts[2] >= 2):
            _insert_entry(self._full, key, offset, mention)
            if read:
                _insert_entry(self._read_full, key, offset, mention)

    def between(self, low: int, high: int) -> list[Mention]:
        """The mentions that stand in ``[low, high)``, in order."""
        self._read_to(high)
        return self._mentions[bisect_left(self._offsets, low): bisect_left(self._offsets, high)][:_LOOK_BACK]

    def full_name(self, name: str, before: int, gender: Literal["f", "m"] | None = None) -> Mention | None:
        """The latest full-name mention before ``before`` that ``name`` ("Sudani", "Ms. White") refers to.

        A short name with a first name or a gender matches only a full name that agrees: "Tom Lee" is
        not "Ann Lee", and "Mrs. Lee" is not "Mr. Tom Lee".
        """
        self._read_to(before)
        return _latest_full(self._full, self._learnt, name, _name_facts(name), before, gender)

    def learn_gender(self, mention: Mention, gender: Literal["f", "m"]) -> Mention:
        """Record that ``he`` or ``she`` referred to ``mention``: later mentions of the person agree."""
        known = self.gender_of(mention)
        if known is not None:
            return mention if mention.gender is not None else replace(mention, gender=known)
        self._learnt[mention.name] = gender  # one entry, however often the name recurs: linear in the text
        return replace(mention, gender=gender)

    def antecedent(self, offset: int, sentence_index: int, gender: Literal["f", "m"] | None,
                   speakers: dict[int, Mention]) -> Mention | None:
        """The person "he" or "she" at ``offset`` most likely refers to.

        Sentence by sentence backwards (up to four): the sentence's own speaker if it has one, else the
        first person it names (the subject, usually); the pronoun's own sentence only before the pronoun.
        """
        self._read_to(offset)
        position = bisect_left(self._offsets, offset)
        by_sentence: dict[int, list[Mention]] = {}
        for mention in reversed(self._mentions[max(0, position - _LOOK_BACK): position]):
            if mention.sentence_index < sentence_index - 4:
                break
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
        for index in range(sentence_index, sentence_index - 5, -1):
            speaker = speakers.get(index)
            if speaker is not None and speaker.offset < offset and _agrees(self.gender_of(speaker), gender):
                return speaker
            mentions = sorted(by_sentence.get(index, []), key=lambda m: m.offset)
            # A name whose honorific matches the pronoun ("Ms. Olivieri" for "she") wins over one that
            # merely does not contradict it.
            for mention in mentions:
                if gender is not None and self.gender_of(mention) == gender:
                    return mention
            for mention in mentions:
                if _agrees(self.gender_of(mention), gender):
                    return mention
        return None


# How many earlier mentions a pronoun or a surname looks back over: enough for any real story,
# and a bound on the work in pathological input.
_LOOK_BACK = 200
_NOTHING_LEARNT: Mapping[str, Literal["f", "m"]] = MappingProxyType({})  # the reading of the body learns no gender


def _latest_full(entries: dict[str, tuple[list[int], list[Mention]]], learnt: Mapping[str, Literal["f", "m"]],
                 name: str, facts: _NameFacts, before: int, gender: Literal["f", "m"] | None) -> Mention | None:
    """``PersonIndex.full_name`` over the full names ``entries`` (by surname key), with the genders ``learnt``."""
    entry = entries.get(facts[1])
    if entry is None:
        return None  # nobody of that name
    offsets, mentions = entry
    position = bisect_left(offsets, before)
    if position == 0:
        return None  # nobody of that name before
    given = facts[3]
    gender = gender or facts[4]
    fallback = None
    for mention in reversed(mentions[max(0, position - _LOOK_BACK): position]):
        if mention.name == name:
            continue
        if len(given) >= 2 and given[0] not in _name_facts(mention.name)[0]:
            continue
        known = mention.gender or learnt.get(mention.name)
        if gender is not None and known is not None and known != gender:
            continue
        if gender is None or known == gender:
            return mention
        fallback = fallback or mention  # agrees, but tells no gender: taken if nobody agrees better
    return fallback


def _insert_entry(entries: dict[str, tuple[list[int], list[Mention]]], key: str, offset: int,
                  mention: Mention) -> None:
    entry = entries.get(key)
    if entry is None:
        entries[key] = ([offset], [mention])
    else:
        _insert(entry[0], entry[1], offset, mention)


@dataclass
class _Unread:
    """The body sentences an index has still to read, from ``next`` on, with what the reading needs."""

    text: str
    sentences: tuple[Sentence, ...]
    quoted: tuple[list[int], list[int]]
    written_lower: Callable[[str], bool]
    next: int = 0
_PERSONAL = PRONOUNS | FIRST_PERSON
# Words a name never starts with: prepositions, conjunctions, determiners, sentence adverbs.
_NOT_NAME_START = NOT_NAME_OPENERS | DETERMINERS | BREAK_WORDS | SENTENCE_ADVERBS
# A lone title ("Senator", "Mr.") names nobody on its own.
_TITLE_WORDS = RANKS | HONORIFICS
# Words that are never a name introduced alone ("named Caroline").
_NOT_SINGLE_NAME = _NOT_NAME_START | _PERSONAL


# What may stand just before a sentence's first capitalised word when it opens the sentence.
_OPENING_MARKS = ("“", "\"", "‘", ":", "—", "(", "«", "„")


# A run read as a person's name (``_read_run``): surname key, certain, clean name, role, gender.
_Reading = tuple[str, bool, str, str | None, Literal["f", "m"] | None]

# What the lexicon says of a bare word (``_bare``), as bits of one number: one look-up for every list the
# person index asks about.
_OPENER, _RANK, _HONORIFIC, _ORG, _MONTH, _FEMALE_TITLE, _MALE_TITLE, _FEMALE_NAME, _MALE_NAME = (
    1 << bit for bit in range(9))
_WORD_FLAGS: dict[str, int] = {}
for _flag, _words in ((_OPENER, NOT_NAME_OPENERS | DETERMINERS | BREAK_WORDS | SENTENCE_ADVERBS),
                      (_RANK, RANKS), (_HONORIFIC, HONORIFICS), (_ORG, ORG_WORDS), (_MONTH, MONTHS_DAYS),
                      (_FEMALE_TITLE, FEMALE_HONORIFICS), (_MALE_TITLE, MALE_HONORIFICS),
                      (_FEMALE_NAME, FEMALE_NAMES), (_MALE_NAME, MALE_NAMES)):
    for _word in _words:
        _WORD_FLAGS[_word] = _WORD_FLAGS.get(_word, 0) | _flag
del _flag, _words, _word


@lru_cache(maxsize=4096)
def _read_text(run_text: str) -> tuple[tuple[str, ...], int, int, _Reading | None]:
    """A capitalised run's text read once: its words up to a pronoun ("Maybe I", "Tom Hale I"), how many of
    them open it that no name starts with ("In", "The"), how many such follow the first word, and the
    ``_read_run`` of the words after the openers."""
    tokens: list[str] = []
    bares: list[str] = []
    flags: list[int] = []
    for token in run_text.split():
        lower = token.lower()
        if lower in _PERSONAL:
            break
        bare = lower.rstrip(".")
        tokens.append(token)
        bares.append(bare)
        flags.append(_WORD_FLAGS.get(bare, 0))
    lead = 0
    while lead < len(flags) and flags[lead] & _OPENER:
        lead += 1
    after_first = 1
    while after_first < len(flags) and flags[after_first] & _OPENER:
        after_first += 1
    words = tuple(tokens)
    reading = _reading(words[lead:], bares[lead:], flags[lead:]) if lead < len(words) else None
    return words, lead, max(0, after_first - 1), reading


@lru_cache(maxsize=1024)
def _read_run(tokens: tuple[str, ...]) -> _Reading | None:
    """A capitalised run read as a person's name: the surname key, whether it surely names a person (two
    name words, a title or an honorific), the clean name, the role and the gender; None for no person."""
    bares = [_bare(token) for token in tokens]
    return _reading(tokens, bares, [_WORD_FLAGS.get(bare, 0) for bare in bares])


def _reading(tokens: tuple[str, ...], bares: list[str], flags: list[int]) -> _Reading | None:
    """``_read_run`` of ``tokens``, their ``_bare`` forms and their ``_WORD_FLAGS`` given."""
    # ``_split_title``: the title words end at the last rank; a courtesy title before two more words goes too.
    cut = 0
    for position in range(len(tokens) - 1):
        if flags[position] & _RANK:
            cut = position + 1
    titles, name, name_bares, name_flags = tokens[:cut], list(tokens[cut:]), bares[cut:], flags[cut:]
    if len(name) >= 3 and name_flags[0] & _HONORIFIC:
        titles, name, name_bares, name_flags = (*titles, name[0]), name[1:], name_bares[1:], name_flags[1:]
    if any(map(_is_possessive, name)):
        last = name[-1]
        kept = [i for i, token in enumerate(name) if not _is_possessive(token) or token is last]
        name, name_bares, name_flags = [name[i] for i in kept], [name_bares[i] for i in kept], \
            [name_flags[i] for i in kept]
        if name and _is_possessive(name[-1]):
            name[-1] = _POSSESSIVE.sub("", name[-1])
            name_bares[-1] = _bare(name[-1])
            name_flags[-1] = _WORD_FLAGS.get(name_bares[-1], 0)
    # ``_looks_like_person``
    if not name or len(name) > 5:
        return None
    named = 0
    for flag in name_flags:
        named |= flag
    if named & (_ORG | _MONTH) or any(_is_acronym(t) and not _INITIALS.match(t) for t in name):
        return None
    every = 0
    for flag in flags:
        every |= flag
    bare_name = [token for token, flag in zip(name, name_flags, strict=True) if not flag & _HONORIFIC]
    certain = len(bare_name) >= 2 or bool(titles) or bool(every & _HONORIFIC)
    role = (_clean(" ".join(t for t in titles if _bare(t) not in HONORIFICS)) or None) if titles else None
    key = _surname_of(bare_name[-1]) if bare_name else ""  # ``surname_key`` of the words besides honorifics
    return key, certain, clean_name(" ".join(name)), role, _gender_of_flags(bares, flags)


def _gender_of_flags(bares: list[str], flags: list[int]) -> Literal["f", "m"] | None:
    """``_gender_of(bares)``, with the words' ``_WORD_FLAGS`` given."""
    given = -1
    for position, flag in enumerate(flags):
        if flag & _FEMALE_TITLE:
            return "f"
        if flag & _MALE_TITLE:
            return "m"
        if given < 0 and not flag & (_RANK | _HONORIFIC):
            given = position
    if given >= 0 and len(bares) >= 2:
        if flags[given] & _FEMALE_NAME:
            return "f"
        if flags[given] & _MALE_NAME:
            return "m"
    return None


# What the person index asks of a name again and again, found once: its words, its surname key, how many
# words it has besides honorifics, its words besides honorifics and ranks, and its gender.
_NameFacts = tuple[tuple[str, ...], str, int, tuple[str, ...], Literal["f", "m"] | None]


@lru_cache(maxsize=4096)
def _name_facts(name: str) -> _NameFacts:
    words = tuple(name.split())
    bares = [word.lower().rstrip(".") for word in words]  # ``_bare``
    flags = [_WORD_FLAGS.get(bare, 0) for bare in bares]
    return (
        words,
        surname_key(name),
        sum(1 for flag in flags if not flag & _HONORIFIC),
        tuple(word for word, flag in zip(words, flags, strict=True) if not flag & (_HONORIFIC | _RANK)),
        _gender_of_flags(bares, flags),
    )


def _insert(offsets: list[int], mentions: list[Mention], offset: int, mention: Mention) -> None:
    """Keep both lists in offset order; mentions nearly always arrive in order, so this appends."""
    if not offsets or offsets[-1] <= offset:
        offsets.append(offset)
        mentions.append(mention)
        return
    position = bisect_right(offsets, offset)
    offsets.insert(position, offset)
    mentions.insert(position, mention)


def _agrees(known: Literal["f", "m"] | None, gender: Literal["f", "m"] | None) -> bool:
    return gender is None or known is None or known == gender


_LINKS_OR_DETERMINERS = NP_LINKS | DETERMINERS
_OPENING_WORD = re.compile(r"[^\s,;:()—–]+")
_CONTRACTION_NOT_M = re.compile(r"['’](?:s|d|ll|re|ve)$")


def subject_at_start(sentence: str) -> Speaker | None:
    """The noun phrase opening a sentence: the subject a participle or a second verb shares.

    "Ruth Adeyemi changed her mind, saying ..." → Ruth Adeyemi; "The judge rubbed his chin and said ..."
    → the judge. Without a parser this reads capitalised words, or a determiner and up to three words.
    """
    words = _OPENING_WORD.findall(_SHORT_BRACKETS.sub(" ", sentence[:MAX_PHRASE]))
    taken: list[str] = []
    lowercase = 0
    if words and (words[0].lower() in BREAK_WORDS or words[0].lower() in NP_LINKS):
        return None  # "While Hale ...", "From the start ...": the subject is not at the start
    for position, word in enumerate(words):
        # "He’s" → "he"
        bare = _CONTRACTION_NOT_M.sub("", word.lower().strip(".'’\"“”"))
        if not taken and bare in PRONOUNS:
            return Speaker(bare if bare != "i" else "I", None, "pronoun")
        if bare in BREAK_WORDS and bare not in NP_LINKS and taken:
            break
        following = words[position + 1] if position + 1 < len(words) else ""
        # "Former Secretary of State Madeleine Albright": "of" inside a run of capitalised words.
        linked = bare in ("of", "for") and taken and is_name_token(taken[-1]) and is_name_token(following)
        if is_name_token(word) or (bare in NAME_PARTICLES and taken) or linked:
            taken.append(word)
            continue
        if bare in DETERMINERS and not taken:
            taken.append(word)
            continue
        # After a name ("Ruth Adeyemi changed") a lower-case word is the verb; after a determiner or a
        # sentence-initial word ("The judge", "Opposition education spokesman Sen. X") it is a noun.
        names = sum(1 for t in taken[1:] if is_name_token(t))
        # An adverb after a name goes with the verb that follows ("Hale subsequently defended ...").
        adverb = bare.endswith("ly") and len(bare) > 4 and bare not in GROUP_NOUNS
        verb_like = bare.endswith(("ed", "ies")) or bare in IRREGULAR_PAST or adverb
        if verb_like and len(taken) == 1 and is_name_token(taken[0]) and bare.isalpha():
            break  # "Quist shared ...": after a name, a word in -ed is the verb
        if taken and names == 0 and lowercase < 3 and not (verb_like and lowercase) and bare.isalpha():
            taken.append(word)
            lowercase += 1
            continue
        if names and lowercase == 0 and taken[0].lower() in DETERMINERS and word.islower() and bare.isalpha() \
                and not verb_like and not bare.endswith("s"):
            taken.append(word)  # "the Hale campaign", "the Ruiz administration": a name used as a modifier
            lowercase += 1
            continue
        break
    while taken and taken[-1].lower() in _LINKS_OR_DETERMINERS:
        taken.pop()
    if not taken:
        return None
    return parse_speaker(" ".join(taken))


_OPENING_QUOTE = re.compile(r"\s*(?:[“«„「‹]|''|\"|‘)")
_CLOSING_QUOTE = re.compile(r"[”»“」›]|''|\"|’(?!\w)")
# Prepositions of place that open a sentence ("Inside the hall, Lee said") are no subject either.
_PLACE_OPENERS = frozenset("inside outside near behind around along beside outside".split())
_CLAUSE_OPENERS = BREAK_WORDS | NP_LINKS | SENTENCE_ADVERBS | TIME_WORDS | WEEKDAYS | _PLACE_OPENERS


# Examples of ``_appositive_subject``: the text before a speech verb and the speaker it names.
LONG_APPOSITIVES: tuple[tuple[str, str], ...] = (
    ("Tom Hale, whose new firm, River Data, sells maps to farmers, ", "Tom Hale"),
    ("Ann Lee, the keeper of the county's oldest inn, the Red Lantern, ", "Ann Lee"),
    ("A spokeswoman, Anna White, ", "Anna White"),
    ("Sen. Mara Quist, R-Ore., ", "Mara Quist"),
    ("Rep. Tom Reid, D-N.Y., ", "Tom Reid"),
    ("Several candidates, including Tom Hale, ", "Several candidates"),
)
# Examples of a place opening the sentence before "Name, aside,": the text before a speech verb and the
# speaker it names (a noun phrase with a place in it keeps its own reading: "Officials in Tarn, Velmont,").
OPENING_PLACES: tuple[tuple[str, str], ...] = (
    ("Speaking in Dunmore, Lee, without naming him, also ", "Lee"),
    ("In Salem, Ann Lee, the mayor, ", "Ann Lee"),
    ("Campaigning in Salem, Velmont, Ann Lee, a Democrat, ", "Ann Lee"),
    ("Tom Hale, 22, of Flint, ", "Tom Hale"),
    ("A spokeswoman for the board, Anna White, ", "Anna White"),
    ("Ann Lee, who grew up in Tarn, Velmont, ", "Ann Lee"),
)
# Examples of opening phrases that ``clause_subject`` passes (a day after the participle, a comma inside
# a closing mark, a place preposition, an age before the name): the clause and its subject.
OPENING_PHRASES: tuple[tuple[str, str | None], ...] = (
    ("Speaking Sunday on the River Radio show “Morning Tide,” Hale admitted that the toll was wrong, but ", "Hale"),
    ("Inside the town hall in Tarn, Lee on Tuesday dismissed the board as weak, ", "Lee"),
    ("At a June union meeting in Salem, Velmont, 62-year-old Ruth Cole also railed against the board, and ",
     "Ruth Cole"),
    ("Near the quay, the harbour master waved, ", "the harbour master"),
    ("Speaking on Monday, the mayor", "the mayor"),
    ("Manning told the board", "Manning"),
)
# Links that may stand before a clause's subject with no comma: "And then Tom Hale turned ...". Examples
# (clause, subject) run as tests; a common noun after the link is left to the speech tag ("And the ...").
LINKED_SUBJECTS: tuple[tuple[str, str | None], ...] = (
    ("And then Tom Hale turned to the budget, ", "Tom Hale"),
    ("Then Ann Lee spoke, ", "Ann Lee"),
    ("But then the mayor spoke, ", None),
)
_LINKS_BEFORE_SUBJECT = frozenset("and but then so yet still now later also even".split())


def clause_subject(text: str) -> Speaker | None:
    """The subject of the clause a participle hangs on: "At the debate, Quist spoke, saying" → Quist."""
    opening = _OPENING_QUOTE.match(text)
    if opening is not None:
        # "“We won,” Hale said, adding": the words in quotation marks are no subject; the tag after them is.
        closing = _CLOSING_QUOTE.search(text, opening.end())
        if closing is None:
            return None
        text = text[closing.end():].lstrip(" ,")
    for _ in range(3):  # "On Thursday, after a long wait, Warren appeared ...": past the openers
        words = text.split(None, 1)
        opener = words[0].lower().strip(",") if words else ""
        time = TIME_PHRASE.match(text)
        if time is not None and text[time.end():].lstrip().startswith(","):
            text = text[time.end():].lstrip()[1:].strip()  # "The day before, Hale said": past the time
            continue
        if opener in _LINKS_BEFORE_SUBJECT and len(words) > 1 and (
                words[1][:1].isupper() or words[1].split(None, 1)[0].lower() in _LINKS_BEFORE_SUBJECT):
            text = words[1]  # "And then Tom Hale turned to the budget": the links before the subject
            continue
        if opener in _CLAUSE_OPENERS and opener not in _NAMES_TOO and "," in text:  # "Will", "May": names
            # "At an event in Tarn, Velmont, on Sunday, Mrs. Lee tried": past the place as well.
            after = _after_opening_phrase(text)
            text = after if after else text[text.index(",") + 1:].strip()
        elif _PARTICIPLE_OPENER.match(text) and "," in text:
            # "Speaking in Dunmore, North Velmont, Hale went after Lee": the subject follows the participial
            # phrase, at the first comma after which a clause starts with a capital letter or a pronoun.
            text = _after_opening_phrase(text)
            run = _LEADING_NAME.match(text)
            if run is not None:
                return parse_speaker(run.group(0))  # the name alone: "Hale" of "Hale cast the blame"
        else:
            break
    text = text.strip()
    age = _AGE.match(text.split(None, 1)[0]) if text else None
    if age is not None and " " in text:
        text = text.split(None, 1)[1]  # "62-year-old Ruth Cole": the age is no part of the name
    return subject_at_start(text)


# A time phrase that may open a sentence, or stand where a subject would ("The day before", "One Sunday",
# "Two weeks ago", "Wednesday morning"): never a speaker.
TIME_PHRASE = re.compile(
    r"(?:(?:the|this|that|one|last|next|a|an|few|a\s+few|several|two|three|four|five|some)\s+)?(?:(?:next|following|"
    r"same|past|previous|other)\s+)?(?:day|days|week|weeks|month|months|year|years|night|morning|afternoon|"
    r"evening|weekend|past|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:before|after|later|earlier|ago|morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
_LEADING_NAME = re.compile(r"(?:[A-Z][\w’'\-]*\.?\s+){0,4}[A-Z][\w’'\-]*(?=\s+[a-z]|\s*$)")


# A sentence that opens with a participle ("Speaking to reporters", "Hastily announcing the cuts").
# "Speaking Sunday on the radio": a day may follow the participle.
_PARTICIPLE_OPENER = re.compile(
    r"(?:[A-Z][a-z]+ly\s+[a-z]+(?:ing|ed)|[A-Z][a-z]+(?:ing|ed)|Back)\s+(?:[a-z]|[A-Z][a-z]*\s+[A-Z]|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


_COMMA_SPACE = re.compile(r",[”’\"']?\s+")  # a comma may stand inside a closing mark: "show “Tide,” Hale"


# "..., 62-year-old Ruth Cole railed": an age opens the subject after an opening phrase.
_AGE = re.compile(r"\d+-year-old$")


_PRONOUNS_OR_DETERMINERS = PRONOUNS | DETERMINERS


def _after_opening_phrase(text: str) -> str:
    """The text after an opening participial phrase: past the first comma that a capitalised word or a
    pronoun follows, or "" when none does."""
    for comma in _COMMA_SPACE.finditer(text[:MAX_PHRASE]):
        rest = text[comma.end():]
        pieces = rest.split(",", 1)
        part = pieces[0].split()
        first = part[0] if part else ""
        # "..., North Velmont, Hale went": a part of capitalised words only, with more after it, is a place.
        clause = any(w[:1].islower() for w in part) or len(pieces) == 1
        if (first[:1].isupper() or first.lower() in _PRONOUNS_OR_DETERMINERS or _AGE.match(first)) and clause:
            return rest
    return ""


_JUNK = ".,;:!?'’\"“”«»—–―-"  # with white space, what a name never ends in
_TRAILING_JUNK = re.compile(rf"[\s{_JUNK}]+$")
_KEPT_STOP = re.compile(r"(?:\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Bros)|\b[A-Z])\.$")


_ASCII_DIGIT = re.compile(r"[0-9]")


@lru_cache(maxsize=1024)  # an article's speakers each recur with their quotes
def clean_name(name: str, numbers: bool = True) -> str:
    """A speaker's name as an editor prints it: no leading "For" or "Rival", no trailing punctuation,
    function word or number ("Tom Hale." → "Tom Hale", "2019 Valley" → "Valley"). A group
    keeps its numbers when ``numbers`` is false ("Six in 10 voters")."""
    words = name.split()
    if numbers and (not name.isascii() or _ASCII_DIGIT.search(name)):  # (in ASCII only 0-9 are digits)
        words = [w for w in words if not any(map(str.isdigit, w))]
    while len(words) > 1 and _bare(words[0]) in NOT_NAME_OPENERS:
        words = words[1:]
    while len(words) > 1 and (_bare(words[-1]) in NOT_NAME_OPENERS or _bare(words[-1]) in BREAK_WORDS):
        words = words[:-1]
    text = " ".join(words).strip(" \"“”‘«»„")
    if not text or (text[-1] not in _JUNK and not text[-1].isspace()):
        return text  # no junk at the end: the common case, and nothing for the patterns to do
    if _KEPT_STOP.search(text):
        return text
    return _TRAILING_JUNK.sub("", text)


def index_people(text: str, sentences: tuple[Sentence, ...], quoted: list[tuple[int, int]],
                 text_lowered: str | None = None) -> PersonIndex:
    """The people the body names outside quotation marks, sentence by sentence (read as look-ups need them).
    ``text_lowered`` is ``text.lower()`` where the caller has it."""
    ordered = sorted(quoted)
    spans = ([start for start, _ in ordered], [end for _, end in ordered])
    seen: dict[str, bool] = {}
    lowered: list[str] = [] if text_lowered is None else [text_lowered]

    def written_lower(word: str) -> bool:
        """True when the article writes ``word`` in lower case somewhere ("once", "having")."""
        known = seen.get(word)
        if known is None:
            if not lowered:
                lowered.append(text.lower())
            known = seen[word] = _written_lower(text, lowered[0], word.lower())
        return known

    people = PersonIndex()
    if sentences:
        people._unread = _Unread(text, sentences, spans, written_lower)
    return people


def _written_lower(text: str, lowered: str, small: str) -> bool:
    """True when ``small`` stands in ``text`` as a word of its own, in lower case. Each occurrence is
    looked at once, and only until one is found: linear in the text."""
    size = len(small)
    position = lowered.find(small)
    while position >= 0:
        end = position + size
        if text.startswith(small, position) and (position == 0 or not _word_char(text[position - 1])) \
                and (end == len(text) or not _word_char(text[end])):
            return True
        position = lowered.find(small, end)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "’'-_"


@lru_cache(maxsize=2048)
def _single_key(token: str) -> str | None:
    """The surname key a single capitalised word could be known by; None for a lone title ("Senator")."""
    if token.lower().rstrip(".") in _TITLE_WORDS:
        return None
    return surname_key(token)


