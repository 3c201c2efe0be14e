"""Reported speech: a speech verb, who used it, and the clause it reports, read without quotation marks.

The clause model reads a speaker (a name, a role, a pronoun, a relative "who"), words between the
speaker and the verb (adverbs, auxiliaries, "on Tuesday"), a verb chain ("appeared to suggest"), and
after the verb a listener ("told reporters"), time and place ("in a statement on Monday"), "that",
and the statement up to its clause boundary. The tag may also follow the statement ("..., said Ann
Lee, a longtime adviser"), stand inside it ("The plan, the mayor said, will fail"), or end in a colon
("The governor added: ..."). A statement may hold quoted words ("The failure was “heartbreaking,” she
said"). Appeals and pledges are shown from their verb on ("called for a recount", "vowed to fight the
toll"), since what follows them is no clause of its own; a statement noun that a speaker owns reports
its clause ("rejected Tom Hale's claim that the dam was safe"). Every regular expression reads a
bounded window.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..models import Sentence
from .body import Body, Draft, trie_pattern
from .lexicon import (
    APPEAL,
    BASE_FORMS,
    CHAIN_VERBS,
    DETERMINERS,
    FINITE,
    GROUP_NOUNS,
    IRREGULAR_PAST,
    JUDGING,
    LISTENER,
    NEEDS_CLAUSE,
    NORM_NOUNS,
    NOUN_FORMS,
    NP_LINKS,
    ORG_WORDS,
    PEOPLES,
    PERSON_NOUNS,
    PLACE_LINKS,
    PLAIN,
    PLEDGE,
    RANKS,
    REPORTING,
    ROLE_ING,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    TAKING,
)
from .people import TIME_PHRASE, Speaker, SpeakerKind, clause_subject, np_after, parse_speaker, subject_before

# Sentences longer than this are not prose (tables, run-on junk): they are not searched for speech.
_MAX_SENTENCE = 1500
_THAT_BEFORE = re.compile(r"\bthat\s*$")
_CHAIN = re.compile(
    rf"\s(?:{'|'.join(sorted(CHAIN_VERBS))})\s+(?:on\s+)?to\s*$"
)
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:who|whom|whose|which)\b")
# A relative clause whose verb is the speech verb: "Tom Hale, who said in 2010 that ...".
_RELATIVE_BEFORE = re.compile(r",\s*who\s+(?:[\w’'\-]+\s+){0,3}$")
# What may follow the speaker of an inverted tag to the end of its sentence: an appositive, a place or
# a time ("said Tom Hale, director of the Flood Research Center in Boston"), up to a relative clause or a
# participle ("..., who ...", "..., adding ..."); never a new clause ("said Lee, and the crowd cheered").
_TAG_REST_END = re.compile(r"\s*,?\s*(?:who|whom|whose|which)\b|\s*,\s*[a-z]+ing\b|[.!?;:]")
_TAG_REST_START = re.compile(r"\s*(?:,|(?:in|at|of|from|on|for|with)\s)|\s*[.!?]?[\"”’)]*\s*$")
_NOT_APPOSITIVE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|that|"
    r"and\s+(?:he|she|they|it|we|i)|but|then|so)\b"
)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _inverted_speaker(phrase: str) -> bool:
    """True when the words after an inverted tag's verb read as a speaker ("said Tom Hale", "said the
    mayor", "said Lee's spokesman"), not as a clause ("said they believed ...", "said Republicans showed")."""
    if _PRONOUN_FIRST.match(phrase):
        return False
    words = phrase.split(",", maxsplit=1)[0].split()
    named = False
    for word in words:
        if word[:1].isupper():
            named = not _POSSESSIVE_END.search(word)
        elif named and word.lower() not in NP_LINKS and word.lower() not in PLACE_LINKS \
                and word.lower() not in DETERMINERS:
            return False
    return True


def _ends_tag(rest: str) -> bool:
    """True when ``rest`` (the words after an inverted tag's speaker) adds no clause of its own."""
    if not _TAG_REST_START.match(rest) and not _TAG_REST_END.match(rest):
        return False
    stop = _TAG_REST_END.search(rest, 0, 300)
    head = rest[: stop.start()] if stop else rest[:300]
    if stop is None and len(rest) > 300:
        return False
    return len(head.split()) <= 25 and not _NOT_APPOSITIVE.search(head) and not any(
        ch in head for ch in "\"“”()")


_PRONOUN_FIRST = re.compile(r"\s*(?:he|she|they|we|i|it|you)\b", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s*(?:,\s*)?that\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|it|they|who|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:also\s+|now\s+|still\s+)?$")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|must|should|to)\s+$")
# A reported statement never opens with these: "told advisers as he ...", "said in the talks, which ...".
NOT_OPENERS = frozenset(
    "to which who whom of for by with as when while after before because since until though although whereas "
    "during about on in at".split()
)
_BARE_ANSWER = re.compile(r"(?:yes|no)\b(?=\s*(?:[,.;:!?]|$|(?:but|and|while|though|when)\b))", re.IGNORECASE)
# Words that show a reported statement is a clause with a verb, not a bare noun phrase.
_CLAUSE_WORDS = (
    "is are was were be been has have had will would can could should may might must do does did "
    "he she they it we i there"
).split()
# A letter trie of the words: one branch is tried where a word starts, twice as fast as an alternation.
CLAUSE_WORD = re.compile(rf"\b(?:{trie_pattern(sorted(_CLAUSE_WORDS))})\b|n['’]t\b", re.IGNORECASE)
# A clause's verb after a "claim" (``TAKING``): a clause word, or a past tense after the object's first word
# ("claimed the quarantine violated her rights"); its first words, as many as a subject takes.
_CLAUSE_VERB = re.compile(
    rf"{CLAUSE_WORD.pattern}|(?:^|(?<=[\s\"“‘']))(?:[a-z]{{2,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\b", re.IGNORECASE)
_TAKEN_WORDS = 14


@dataclass(frozen=True)
class Quoted:
    """The spans of the article inside quotation marks, for "is this position quoted?"."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def holds(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


_OPENING_PHRASE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|Once|When|After|Before|As|While|If|Although|Though|Because|Since|Until|In|On|At|"
    r"During|For|With|Asked|Pressed|Speaking|Later|Earlier|Last|Next|Then|Now|Meanwhile|Afterwards|Hours|"
    r"Days|Weeks|Months|Years|Under|From|By|Through|Without|Despite|Amid|Following|Throughout|Across|Like|"
    r"Unlike|Separately|Elsewhere|Again|Previously|Recently)\b[^,]*,\s*$"
)


# A statement ends in a comma before its tag, inside a closing quotation mark when it ends in a quotation.
_COMMA_END = re.compile(r",\s*[”’\"'»]?\s*$")


def _ends_in_comma(text: str) -> bool:
    """True when ``text`` ends in a comma, or a comma and a closing mark ("was “heartbreaking,”")."""
    return bool(_COMMA_END.search(text[-8:]))


def _is_clause_tail(pre: str) -> bool:
    """True when the words before the speaker are a finished statement ending in a comma, not an
    opening phrase ("Having counted the ballots, she said ...")."""
    time = TIME_PHRASE.match(pre.lstrip())
    if time is not None and pre.lstrip()[time.end():].strip() == ",":
        return False  # "Two weeks ago, Lee said ...": a time, no statement
    return _ends_in_comma(pre) and len(pre.split()) >= 3 and not _OPENING_PHRASE.match(pre)


_CLAUSE_START = re.compile(r"(?:\s(?:—|--|–)\s|;\s|:\s)")
_SUBORDINATE = re.compile(
    r"^\s*(?:As|When|While|If|Although|Though|Because|Since|After|Before|Even if|Even though|Until|Once)\b"
    r"[^,]{0,200},"
)


def _trailing_trim(text: str, offset: int, minimum: int = 3) -> tuple[int, int, str] | None:
    """The statement standing before a speech tag: ``text`` without its trailing comma.

    It starts after the last dash, semicolon or colon, and after an opening subordinate clause
    ("As China builds islands, it is his job, he said" → "it is his job").
    """
    stripped = text.rstrip(" \n,;:—–-")
    cut = 0
    before_aside: int | None = None  # where the statement started before an open dash
    for boundary in _CLAUSE_START.finditer(stripped):
        if not _DASH.fullmatch(boundary.group(0)):
            cut, before_aside = boundary.end(), None
        elif before_aside is None:
            cut, before_aside = boundary.end(), cut
        else:
            # "the town has seen 900 new voters -- most of them young -- since May": a pair of dashes
            # sets off an aside inside the statement, which goes on past it.
            cut, before_aside = before_aside, None
    if before_aside is not None and _DASH.search(text[len(stripped) - 1:] + " "):
        cut = before_aside  # the aside's closing dash stands right before the tag: "... — according to X"
    subordinate = _SUBORDINATE.match(stripped, cut)
    if subordinate and len(stripped[subordinate.end():].split()) >= minimum:
        cut = subordinate.end()
    offset += cut
    stripped = stripped[cut:]
    lead = len(stripped) - len(stripped.lstrip())
    if len(stripped.split()) < minimum:
        return None
    return offset + lead, offset + len(stripped), stripped.strip()


def _leading_trim(text: str, offset: int) -> tuple[int, int, str] | None:
    """The statement after "According to X,": without the comma and the final full stop."""
    lead = len(text) - len(text.lstrip(" \n,;:"))
    end = _end_trim(text, len(text))
    if end <= lead:
        return None
    return offset + lead, offset + end, text[lead:end]


def _end_trim(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " \n.!?;:,)\"”’'":
        if text[end - 1] in ")\"”’'" and end >= 2 and text[end - 2] not in ".!?":
            break
        end -= 1
    return end


INTRO = re.compile(
    r"\s*(?:(?:on|late|early|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|earlier|later|last\s+(?:week|month|year)|this\s+(?:week|month|year)|recently)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|\s*(?:in|on|at|during|after|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:statement|interview|tweet|post|posts|press\s+conference|news\s+conference|conference\s+call|speech|"
    r"letter|rally|briefing|email|e-mail|video|address|hearing|debate|appearance|call|op-ed|memo|filing|"
    r"release|remarks|meeting|event|town\s+hall|session)"
    r"(?:\s+(?:with|to|on|at|in|for|from)\s+(?:[\w.'’&\-]+\s+){0,3}?[\w.'’&\-]+(?=\s*(?:,|that\b)))?"
    r"|\s*(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,2}[\w'’\-]+(?=\s*,)"
    r"|\s*(?:on|via)\s+(?:Twitter|Facebook|Instagram|Fox\s+News|CNN|MSNBC|NBC|CBS|ABC|television|TV|radio)\b"
    r"|\s*,",
    re.IGNORECASE,
)


def past_intros(text: str, position: int = 0) -> int:
    """Where ``text`` goes on after up to four ``INTRO`` phrases (when, where or how it was said)."""
    for _ in range(4):
        intro = INTRO.match(text, position)
        if intro is None or intro.end() == position:
            break
        position = intro.end()
    return position
LISTENER_PHRASE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[A-Z][\w.'’&\-]*|of)\s+){0,5}[A-Z][\w.'’&\-]*"
    r"(?:\s*\([^()]{1,20}\))?"
    r"|\s*(?:him|her|them|me|us|you|reporters|journalists|supporters|lawmakers|members|voters|viewers|"
    r"listeners|readers|(?:the|an?|his|her|their|its)(?:\s+[a-z][\w\-]*){1,3}"
    r"(?=\s+(?:that|as|the|a|an|he|she|they|it|we|i|his|her|their)\b))\b"
    r"|\s*(?:the|an?|his|her|their|its)\s+\w+\b"
)


# Where a reported statement may stop: a dash, a semicolon, a colon, or a comma before a new clause.
# (As a letter trie: one branch is tried at each position, not every verb.)
_TAG_VERBS = trie_pattern(sorted(FINITE | {"calling", "saying", "adding", "questioned"}))
# Right after "and" or "but", with no subject of its own, any other speech verb is the speaker's own
# next act, not part of what was said: "said the offer was fair and accused the union of ...".
_AND_VERBS = "|".join(sorted({
    form for verb in SPEECH_VERBS for form in verb.verb_only_forms
    if form != verb.lemma and not form.endswith("ing")} - FINITE, key=lambda w: (-len(w), w)))
# Each boundary opens with a space, a comma, a semicolon or a colon: that character is read first, and which
# it was is looked back at, so that the search passes over the words between boundaries at once.
_CLAUSE_END = re.compile(
    r"[\s,;:](?:"
    r"(?<=\s)(?:—|--|–)\s|(?<=;)|(?<=:)\s|"
    r"(?<=,)\s+(?:and|but)\s+(?=(?:he|she|they|it|we|i|the|a|an|his|her|their|its|[A-Z]))|"
    # ", even though ...", ", who ...", ", where ..." go on with the statement; ", which ..." and ", as ..."
    # may be the writer's comment on it, and end it.
    r"(?<=,)\s+compared\s+(?:with|to)\b|(?<=\s)\s*compared\s+(?:with|to)\b|"
    r"(?<=,)\s+(?:as|while|which|according|with|when|said|says|added|adding|"
    r"saying|(?!including)[a-z]+ing)\b|"
    # another speech tag: "..., he said there was ...", "... and insisted that ..."
    rf"(?<=,)\s+(?:[\w’'.\-]+\s+){{1,3}}?(?:{_TAG_VERBS})\b|"
    rf"(?<=\s)(?:and|but)\s+(?:also\s+)?(?:[A-Z][\w’'.\-]*\s+){{0,2}}(?:{_TAG_VERBS})\b|"
    rf"(?<=\s)(?:and|but)\s+(?:also\s+)?(?:{_AND_VERBS})\b"
    r")"
)
_DASH = re.compile(r"\s(?:—|--|–)\s")


def _statement_end(window: str, start: int, end: int) -> int:
    """Where the statement that starts at ``start`` ends: the first clause boundary, skipping an aside
    set off by a pair of dashes ("the call — itself a rebuttal — was weak")."""
    position = start
    while True:
        boundary = _CLAUSE_END.search(window, position, end)
        if boundary is None:
            return end
        if _DASH.fullmatch(boundary.group(0)):
            closing = _DASH.search(window, boundary.end(), end)
            if closing is not None:
                position = closing.end()
                continue
        if boundary.group(0).startswith(",") and len(window[start: boundary.start()].split()) < 3:
            # "that trials, with expert witnesses, were decisive": an aside in commas after the subject.
            closing_comma = window.find(",", boundary.end(), min(end, boundary.end() + 200))
            if closing_comma > 0:
                position = closing_comma + 1
                continue
        return boundary.start()


_ASIDE_AFTER_VERB = re.compile(r"\s*(?:—|--|–)\s[^—–\n]{1,80}?\s(?:—|--|–)\s")


# "that" as a word. (The word first and the look back after it: the search skips to each "that" at once.)
_THAT = re.compile(r"that(?<!\wthat)\b")
_SENTENCE_STOP = re.compile(r"[.;:!?]\s")
_LEAD = re.compile(r"[ ,:]*")
_FIRST_WORD = re.compile(r"\s*(\S+)")
_LATER_THAT = re.compile(r"\s*(?:in|on|at|during|after|before|for|from|with|about|via|through|to)\s+"
                         r"(?:[^\s,;:.]+\s+){0,9}?that\b")
# "said at least ...", "said about half ...": an amount, not a preposition, opens the statement.
_AMOUNT = re.compile(r"(?:at\s+(?:least|most)|about\s+(?:\d|half|a\s+(?:third|quarter|fifth|dozen)))\b")


def _content_after(cue: str, right: str) -> tuple[int, int, bool] | None:
    """Where the reported statement stands after its speech verb: past the listener, time and "that"."""
    window = right[: _MAX_SENTENCE]
    that = _THAT.search(window, 0, 200)
    # "said — on the radio, as it happens — that ...": an aside in dashes before the statement.
    aside = _ASIDE_AFTER_VERB.match(window)
    position = aside.end() if aside else 0
    if cue in LISTENER:
        # "told a packed crowd in Dunmore, North Velmont, on Monday that ...": a long listener.
        if that is not None and len(window[: that.start()].split()) <= 20 \
                and not _SENTENCE_STOP.search(window[: that.start()]):
            position = that.end()
        else:
            listener = LISTENER_PHRASE.match(window)
            if listener:
                position = listener.end()
    position = past_intros(window, position)  # a few in a row: "said on Tuesday, in a statement, that"
    # "said during this week's debate that ...": a prepositional phrase, then the statement.
    later_that = _LATER_THAT.match(window, position)
    if later_that:
        position = later_that.end()
    explicit = (that is not None and position >= that.end()) or later_that is not None
    that_here = _THAT_AFTER.match(window, position)
    if that_here:
        position = that_here.end()
        explicit = True
    position = _LEAD.match(window, position).end()  # type: ignore[union-attr]
    if not explicit:
        if _BARE_ANSWER.match(window, position):
            return None  # "said yes, but ...": an answer, no statement ("said no to the war" is one)
        first = _FIRST_WORD.match(window, position)
        if first and first.group(1).lower().strip(",") in NOT_OPENERS and not _AMOUNT.match(window, position):
            return None
    end = _end_trim(window, len(window))
    stop = _statement_end(window, position, end)
    if stop < end:
        end = _end_trim(window, stop)
    if end - position < 10:
        return None
    # Its words counted up to six: fewer than three are no statement; six or more are one even without "that".
    words = len(window[position:end].split(None, 5))
    if words < 3:
        return None
    return position, end, explicit or words >= 6



_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'\-]+\s+$")
_NOUN_AFTER = re.compile(r"\s*(?:of|for|from|to|about|on|against|and|or|were|are|have|had)\b")


_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+)?$")
# Examples of ``_verb_use`` through whole sentences: a sentence, and the only speaker its reports may have
# (the claim "a false claim" makes is no report of its own).
NOUN_OR_VERB: tuple[tuple[str, str], ...] = (
    ("“I was against the toll from the start,” Tom Hale said, echoing a false claim that he had opposed it.",
     "Tom Hale"),
    ("A farmer claims that the new dam has dried out every well in the valley.", "A farmer"),
    ("The farmers claim that the new dam has dried out every well in the valley.", "The farmers"),
)


def _verb_use(form: str, left: str, right: str) -> bool:
    """True when a form that is also a noun ("claims", "reports") is used as a verb: before "that",
    after a pronoun, or after a name when no noun's complement follows ("Lee claims the plan ...").
    "state" stays a noun after a name: "the Free State", "the Harbour State"."""
    if _OWNER_PRONOUN.search(left[-60:]):
        return False  # "the mayor's claim that", "his promise that": a noun its speaker owns
    if not form.endswith("s") and _INDEFINITE_BEFORE.search(left[-30:]):
        return False  # "echoing a false claim that": after "a" a verb would be "claims"
    if _THAT_AFTER.match(right) or _PRONOUN_BEFORE.search(left[-12:]):
        return True
    if form in ("state", "states"):
        return False
    return bool(_NAME_BEFORE.search(left[-40:])) and not _NOUN_AFTER.match(right)


def speech_sentences(body: Body) -> list[Sentence]:
    """The sentences in which ``reported`` may find speech, in order: those where a speech verb starts
    or that hold " that " (a statement noun's clause). ``reported`` finds nothing in the others."""
    starts = body.starts
    found = {bisect_right(starts, cue.start) - 1 for cue in body.cues}
    text = body.text
    that = text.find(" that ")
    while that >= 0:
        found.add(bisect_right(starts, that) - 1)
        that = text.find(" that ", that + 1)
    sentences = body.sentences
    if any(sentences[i].end > sentences[i + 1].start for i in range(len(sentences) - 1)):
        return list(sentences)  # sentences that overlap: each is read
    return [sentences[index] for index in sorted(found) if index >= 0]


def _statement_start(cue: str, right: str, after: int, cue_at: int, right_at: int) -> int:
    """Where a report's statement is shown from: where it stands after the verb, or for a judgement with
    no clause of its own, the verb, as for an appeal ("accused Jo Lee of lying", not "Jo Lee of lying")."""
    if cue in JUDGING and _THAT.search(right, 0, after) is None:
        return cue_at
    return right_at + after


def _title_cased(sentence: str) -> bool:
    """A sentence set in Title Case (a live blog's entry heading: "Christie Says He Would Issue A
    Quarantine"), where a capitalised verb is still a verb: most of its words of four letters or more
    capitalised."""
    words = [w for w in sentence.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) * 3 >= len(words) * 2


def reported(body: Body, sentence: Sentence, used: frozenset[int], quoted: Quoted) -> list[Draft]:
    """Reported speech in one sentence: a speech verb, its speaker and the clause it reports.

    ``used`` holds the speech verbs that direct quotations took whole; ``quoted`` tells whether a
    position lies inside a quotation.
    """
    if sentence.end - sentence.start > _MAX_SENTENCE:
        return []
    low, high = sentence.start, sentence.end
    cues = body.cues_between(low, high)
    if not cues:
        return _nominal(body, sentence, quoted)  # no speech verb: only a statement noun may report
    drafts: list[Draft] = []
    for cue in cues:
        if cue.text not in REPORTING or cue.start in used or quoted.holds(cue.start) or cue.end > high:
            continue
        left = body.text[low: cue.start]
        right = body.text[cue.end: high]
        if cue.text in NOUN_FORMS and not _verb_use(cue.text, left, right):
            continue  # "the United States", "reports of fraud": a noun, not a speech verb
        if body.text[cue.start].isupper() and left.strip() and left.rstrip()[-1:] not in ".:“\"‘'(—–-" and (
                not _title_cased(body.text[low:high])):
            continue  # "the Grand Slam title", "a Call for Papers": capitalised in a sentence, a name's word
        draft = _reported_at(body, sentence, cue.text, cue.start, cue.end, left, right)
        if draft is not None:
            drafts.append(draft)
    taken = {draft.start for draft in drafts}
    for draft in _nominal(body, sentence, quoted):
        if draft.start not in taken:
            drafts.append(draft)
    return drafts


# -- nominal reports: "the mayor's claim that ...", "his warning that ...", "the pledge by X that ..." --

# Each " that " of a sentence is one fast search; the noun and its owner are bounded looks before it.
_NOUNS = trie_pattern(sorted(STATEMENT_NOUNS))
_NOUN_BEFORE_THAT = re.compile(rf"\b({_NOUNS})\s*,?$")
_NOUN_BY_BEFORE_THAT = re.compile(rf"\b({_NOUNS})\s+(?:by|from)\s+([^,.;:!?\"“”()]{{2,80}}?)\s*,?$")
_OWNER_PRONOUN = re.compile(r"(?:\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(['’]s))\s+(?:[a-z][\w\-]*\s+){0,2}$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){0,2}$")
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# The owner before "’s": a capitalised name ("Ann Lee’s") or a common noun with its article ("the mayor’s").
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*$|\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?[a-z]+$"
)
# "that" opening a relative clause, not a statement: "the claim that was rejected".
_RELATIVE_THAT = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|led|made|drew|got|won)\b"
)


def _nominal(body: Body, sentence: Sentence, quoted: Quoted) -> list[Draft]:
    """Statements named by a noun that a speaker owns: "Ann Lee's claim that the dam was safe"."""
    text = body.text
    drafts = []
    that = text.find(" that ", sentence.start, sentence.end)
    while that >= 0:
        content_at = that + 6
        speaker, owner_at, noun = _owner_of(text, sentence.start, that, quoted)
        that = text.find(" that ", content_at - 1, sentence.end)
        if speaker is None or not _may_speak(speaker):
            continue
        # As the sentence's subject the clause runs into the main verb ("Her claim that the dam was safe
        # was rejected"), with no mark where it ends: only a claim in object position is read.
        if len(text[sentence.start: owner_at].split()) < 2:
            continue
        start = content_at
        window = text[start: sentence.end]
        if _RELATIVE_THAT.match(window) or window.split(None, 1)[:1] == ["that"]:
            continue
        first = window.split(None, 1)
        if not first or first[0].lower().strip(",") in NOT_OPENERS:
            continue
        end = _end_trim(window, len(window))
        stop = _statement_end(window, 0, end)
        if stop < end:
            end = _end_trim(window, stop)
        draft = _draft(body, sentence, noun, speaker, _slice(body, start, start + end), owner_at)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _owner_of(text: str, low: int, that: int, quoted: Quoted) -> tuple[Speaker | None, int, str]:
    """The speaker who owns the statement noun just before ``that`` ("Ann Lee's claim", "his warning",
    "the pledge by the agency"), where the owner stands, and the noun."""
    found = _NOUN_BEFORE_THAT.search(text, max(low, that - 20), that)
    if found is not None and not quoted.holds(found.start()):
        look = max(low, found.start() - 60)
        owned = _OWNER_PRONOUN.search(text, look, found.start())
        if owned is None:
            return None, 0, ""
        if owned.group(1):
            return Speaker(_POSSESSIVE_PRONOUNS[owned.group(1).lower()], None, "pronoun"), owned.start(), \
                found.group(1)
        owner = _OWNER_BEFORE.search(text, max(low, owned.start() - 80), owned.start())
        if owner is None:
            return None, 0, ""
        return parse_speaker(owner.group(0)), owner.start(), found.group(1)
    look = max(low, that - 120)
    if text.find("by", look, that) < 0 and text.find("from", look, that) < 0:
        return None, 0, ""  # no "by" or "from" for the pattern to find
    by = _NOUN_BY_BEFORE_THAT.search(text, look, that)
    if by is None or quoted.holds(by.start()) or _ARTICLE_BEFORE.search(text, max(low, by.start() - 40),
                                                                           by.start()) is None:
        return None, 0, ""
    return parse_speaker(by.group(2)), by.start(2), by.group(1)


def _may_speak(speaker: Speaker) -> bool:
    """True for a speaker that can make a demand or own a claim: a person, a pronoun, an institution
    ("the transport agency"), or a group of people ("Democrats", "officials"), never a document ("the
    plan calls for ...")."""
    if speaker.kind != "group":
        return True
    head = speaker.name.split()[-1]
    return head.lower() in _SPEAKING_HEADS or head[:1].isupper() \
        or head.lower().endswith(_PEOPLE_ENDINGS)


_SPEAKING_HEADS = GROUP_NOUNS | PEOPLES | ORG_WORDS | RANKS | PERSON_NOUNS
# Plural nouns for people ("traders", "investors", "economists", "islanders"), never for documents.
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ans")


# -- appeals: "urged the council to act", "called for a recount", "asked whether ..." -------------------

# What an appeal needs after its verb (and listener): an infinitive, a question word, "that", or for
# "call for" a demand of its own.
_APPEAL_OBJECT = re.compile(
    r"\s*:\s|(?:\s+[\w’'.\-]+){0,8}?\s+to\s+[a-z]|\s+(?:(?:[\w’'.\-]+\s+){0,10}?)(?:whether|if|why|how|what|when|where|"
    r"who|that)\s|(?:\s+[\w’'.\-]+){0,6}?\s+for\s+[\w“\"]"
)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|am)\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+)?$")
_INFINITIVE = re.compile(r"\s+(?:not\s+|never\s+)?to\s+[a-z]")
_NEXT_VERB = re.compile(r",?\s+(?:and|but)\s+(?:then\s+|also\s+)?[a-z]+ed\b")
_DEMAND_OBJECT = re.compile(r"\s+(?:an?|the|his|her|their|its|more|new|[a-z]+er|\w+['’]s)\s+\w|\s+[A-Z]\w+\s+to\s")


_PAUSE_AT_END = re.compile(r"[,—–]\s*$")
_LINK_AT_END = re.compile(r"\b(?:and|but|then)\s*$")
_COLON = re.compile(r"\s*:\s*")


def _appeal(body: Body, sentence: Sentence, cue: str, cue_at: int, right_at: int, left: str,
            right: str) -> Draft | None:
    """A demand, a question or a pledge, shown from its verb on: "Ann Lee urged the council to reopen the
    library" gives "urged the council to reopen the library"; "Hale vowed to fight" gives "vowed to fight"."""
    low = sentence.start
    participle = cue.split(maxsplit=1)[0].endswith("ing")
    subject = subject_before(left, progressive=participle)
    if subject is not None and participle and not _BE_BEFORE.search(left[-40:]):
        return None  # "without reporters asking him to ...": a gerund, not a report
    if subject is not None:
        speaker, speaker_at = subject[0], low + subject[1]
    elif (participle and _PAUSE_AT_END.search(left)) or _LINK_AT_END.search(left):
        # "Lee spoke on Monday, calling for a recount", "Lee spoke and called for a recount".
        opener = clause_subject(left)
        if opener is None:
            return None
        speaker, speaker_at = opener, low
    else:
        return None
    if (cue.startswith("call") or cue.startswith("threat")) and not _may_speak(speaker):
        return None  # "The plan calls for three lanes", "The rain threatened to flood the town"
    window = right[:_MAX_SENTENCE]
    if cue in PLEDGE:
        pattern = _INFINITIVE  # "vowed to fight the toll"
    elif cue.startswith("call") and cue.endswith(" for"):
        pattern = _DEMAND_OBJECT  # "called for a recount"
    else:
        pattern = _APPEAL_OBJECT  # "urged the council to act", "asked whether ..."
    if not pattern.match(window):
        return None
    colon = _COLON.match(window)  # "A reporter asked: Did they ...?"
    end = _end_trim(window, len(window))
    stop = _statement_end(window, colon.end() if colon else 0, end)
    verb = _NEXT_VERB.search(window, 0, stop)  # "called for a ban and proposed a zone": the act ends
    if verb is not None:
        stop = verb.start()
    if stop < end:
        end = _end_trim(window, stop)
    if len(window[:end].split()) < 4:
        return None
    return _draft(body, sentence, cue, speaker, _slice(body, cue_at, right_at + end), speaker_at)

# Words before a verb whose subject is the sentence's: "..., saying", "and said", "but then added".
_SHARED_SUBJECT = re.compile(r"(?:[,—–]|\s-|\band|\bbut|\bthen)\s*(?:(?:also|then|later)\s+)?$")
_ADVERB_AT_END = re.compile(r"(?:also|then|later)$")


def _shares_subject(left: str) -> bool:
    """``_SHARED_SUBJECT`` searched where it may match: its words end ``left`` but for spaces, so the
    search starts a few letters before them rather than at every position of the sentence."""
    kept = left.rstrip()
    adverb = _ADVERB_AT_END.search(kept, max(0, len(kept) - 6))
    if adverb is not None:
        kept = kept[: adverb.start()].rstrip()
    return _SHARED_SUBJECT.search(left, max(0, len(kept) - 6)) is not None
_LEADING_LINK = re.compile(r"[\s,]*(?:(?:while|and|but|as|whereas)\s+)?")


# After a speech tag's verb, before the participle: a listener or a time, then the comma ("said on Friday, ").
_TAG_TAIL = re.compile(r"(?:\s+(?!that\b)[\w.'’\-]+){0,5}\s*,\s*$")


def _tag_subject(body: Body, low: int, left: str) -> Speaker | None:
    """The speaker of the speech tag that ends ``left`` right before a participle: "The bridge will not
    open, Tom Hale said, adding that ..." → Tom Hale (not "The bridge")."""
    cues = body.cues_between(low, low + len(left))
    if not cues or cues[-1].text not in PLAIN:
        return None
    tag = cues[-1]
    if not _TAG_TAIL.fullmatch(left, tag.end - low):
        return None
    found = subject_before(left[: tag.start - low])
    if found is None or not left[: tag.start - low][: found[1]].rstrip().endswith((",", "”", "\"", "''")):
        return None  # the tag is inverted after a statement: "..., Tom Hale said,"
    return found[0]


# Examples of ``_tag_subject``: a sentence and the speaker of its participle's report.
TAG_THEN_PARTICIPLE: tuple[tuple[str, str], ...] = (
    ("The bridge will not open before the winter floods, Tom Hale said, adding that the council had known "
     "about the cracks for a year.", "Tom Hale"),
    ("The toll is a tax on the islands, the mayor told reporters on Friday, arguing that families would pay "
     "twice for the same crossing.", "the mayor"),
    ("Ann Lee changed her mind about the ferry, saying that the islands needed the early boat after all.",
     "Ann Lee"),
)


def _reported_at(body: Body, sentence: Sentence, cue: str, cue_at: int, right_at: int, left: str,
                 right: str) -> Draft | None:
    low = sentence.start
    # The chain ends in "to": only a left side that does is searched.
    chain = _CHAIN.search(left[-60:]) if left.rstrip().endswith("to") else None
    if chain is not None:
        # "appeared to suggest that", "went on to argue that": the subject stands before the chain.
        left = left[: len(left) - (len(left[-60:]) - chain.start())]
    elif cue in BASE_FORMS and _MODAL_BEFORE.search(left[-8:]) and not right.lstrip().startswith("that"):
        return None  # "The closure will add 40 minutes": a future, not a statement
    if cue in APPEAL or (cue in PLEDGE and _INFINITIVE.match(right)):
        return _appeal(body, sentence, cue, cue_at, right_at, left, right)
    if cue == "according to":
        found = _source_after(right)
        if found is None:
            return None
        speaker, used = found
        rest = right[used:]
        tail = rest.lstrip()
        wraps = tail.startswith(",") and len(tail.split()) > 1 and not _CLOSING_CONJUNCTION.match(tail)
        leads = all(word.lower().strip(",") in _OPENER_WORDS for word in left.split())
        if leads or (wraps and len(left.split()) < 4 and not left.rstrip().endswith(",")):
            # "According to X, ...", and a tag after a few words that are no statement ("By Jo Lee According
            # to X, ..."): the statement follows the tag.
            content = _leading_trim(rest, right_at + used)
        else:
            content = _trailing_trim(left, low, minimum=1 if wraps else 3)
            if content and wraps:
                # "The plan, according to X, would fail": the statement wraps the tag, shown as written.
                content = _slice(body, content[0], _end_trim(body.text, right_at + used + len(rest)))
        return _draft(body, sentence, "according to", speaker, content, cue_at)
    after = _content_after(cue, right)
    if after is None and "," not in left:
        # No statement after the verb, and no comma before it for a statement to end in ("..., she said"):
        # nothing to report, whoever the speaker.
        return None
    subject = subject_before(left, progressive=cue.endswith("ing"))
    if subject is None:
        if after is not None and _shares_subject(left) and (cue.endswith("ing") or _LINK_AT_END.search(left)):
            # "Adeyemi changed her mind, saying ...", "He arrived and said ...": the sentence's subject,
            # or the speaker of a speech tag the participle follows ("..., Tom Hale said, adding that").
            opener = (_tag_subject(body, low, left) if cue.endswith("ing") else None) or clause_subject(left)
            if opener is not None:
                content = _slice(body, right_at + after[0], right_at + after[1])
                return _draft(body, sentence, cue, opener, content, low)
        if _ends_in_comma(left) and len(left.split()) >= 3:
            found = np_after(right)  # "The plan will fail, said Smith."
            # The speaker may go on with a relative clause: "said Ann Lee, a longtime adviser who ...".
            if found and found[0].kind != "pronoun" and _inverted_speaker(right[: found[1]]) \
                    and _ends_tag(right[found[1]:]):
                return _draft(body, sentence, cue, found[0], _trailing_trim(left, low), cue_at)
        return None
    speaker, np_start = subject
    pre = left[:np_start]
    if after is not None and _RELATIVE_BEFORE.search(left):
        # "Tom Hale, who said in 2010 that the dam was safe, now wants ...": the clause closes at a comma.
        comma = right.find(",", after[0], after[1])
        if comma > after[0]:
            after = (after[0], comma, after[2])
    if pre.rstrip().endswith(",") and after is not None and right.lstrip().startswith(","):
        # "The hashtag, he said, was trending": the statement on both sides of the tag.
        first = _trailing_trim(pre, low, minimum=1)
        if first is not None and after is not None:
            # Shown as written, tag and all: a quote is always a span of the article.
            return _draft(body, sentence, cue, speaker, _slice(body, first[0], right_at + after[1]),
                          low + np_start)
    if after is not None and (after[2] or not _is_clause_tail(pre)):
        start = _statement_start(cue, right, after[0], cue_at, right_at)
        return _draft(body, sentence, cue, speaker, _slice(body, start, right_at + after[1]), low + np_start)
    if _ends_in_comma(pre) and after is None and _is_clause_tail(pre):
        # "X did this, KING-TV reported, while Y did that, the Sun-Times reported": after the earlier tag.
        # An earlier verb ends a tag of its own only when a comma follows it ("..., KING-TV reported,");
        # a noun form is no tag at all ("promises to shake things up").
        earlier = [c for c in body.cues_between(low, low + np_start) if c.text in REPORTING and (
            c.text not in NOUN_FORMS or body.text[c.end: c.end + 1] == ",")]
        skip = earlier[-1].end - low if earlier else 0
        trimmed = _trailing_trim(pre[skip:], low + skip)
        if trimmed is not None and skip:
            lead = _LEADING_LINK.match(trimmed[2])
            if lead and lead.end():
                trimmed = (trimmed[0] + lead.end(), trimmed[1], trimmed[2][lead.end():])
        return _draft(body, sentence, cue, speaker, trimmed, low + np_start)
    return None

# Words that open a sentence before "according to X," and are no part of the statement.
_OPENER_WORDS = frozenset(
    "but and now still however moreover meanwhile yet so also in addition fact instead further furthermore "
    "then indeed overall thus separately similarly".split()
)
# After "..., according to X," these words start a clause of the writer's: the statement ended at the tag.
_CLOSING_CONJUNCTION = re.compile(
    r",\s*(?:but|and|while|though|although|which|as|whereas|so|"
    rf"(?!(?:{'|'.join(sorted(ROLE_ING))})\b)[a-z]{{2,}}ing)\b")  # "..., according to X, prompting ..."
# The source after "according to": a noun phrase up to a comma or the sentence's end; its full stops may
# be inside abbreviations and addresses ("U.N. records", "example.com").
_SOURCE = re.compile(r"\s*((?:[^,;:!?()\"“”.\n]|\.(?=[A-Za-z0-9]|\s+[a-z]))+)")
_SOURCE_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}
_CLAUSE_IN_SOURCE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|that|who|which)\b")


def _source_after(right: str) -> tuple[Speaker, int] | None:
    """The source of "according to X" and where it ends: a person, an institution, or a document ("a BBC
    tally", "U.N. records", "figures the campaign released"); never what something goes by ("according to
    plan", "according to its own rules": ``NORM_NOUNS``), unless a name owns it ("the Harbour Board's plan")."""
    match = _SOURCE.match(right[:200])
    if match is not None and _norm(match.group(1)):
        return None
    found = np_after(right)
    if match is None:
        return found
    phrase = match.group(1).rstrip()
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in _SOURCE_PRONOUNS:
        return Speaker(_SOURCE_PRONOUNS[words[0].lower()], None, "pronoun"), match.start(1) + len(phrase)
    if found is not None and found[1] >= match.start(1) + len(phrase) - 1:
        return found  # the person index read the whole phrase
    if not words or len(words) > 10 or _CLAUSE_IN_SOURCE.search(phrase) or not phrase[:1].isalnum():
        return found
    kind: SpeakerKind = "organisation" if any(w[:1].isupper() for w in words) else "group"
    return Speaker(phrase, None, kind), match.start(1) + len(phrase)


_HEAD_ENDS = frozenset("of for in on by from at to with released published issued set laid drawn which that".split())


def _norm(phrase: str) -> bool:
    """Whether an "according to" phrase names what something goes by: its head noun, the last word before a
    preposition or a participle ("the laws | of physics", "a schedule | released by ..."), is a norm noun
    (``NORM_NOUNS``: "according to plan", "its own rules"), and no capitalised word owns it ("the Harbour
    Board plan"); "law enforcement officials" are a source."""
    head: list[str] = []
    for word in phrase.split()[:8]:
        if word.lower() in _HEAD_ENDS:
            break
        head.append(word)
    return bool(head) and head[-1].strip("’'").lower() in NORM_NOUNS and not any(w[:1].isupper() for w in head)


def _slice(body: Body, start: int, end: int) -> tuple[int, int, str]:
    return start, end, body.text[start:end]

_OWNER_WORDS = frozenset("his her their its the a an".split())
_OWNED_NOUN_FIRST = re.compile(
    rf"(?:his|her|their|its|the|an?|[\w.\-]+['’]s)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_NOUNS})\s*,?\s+that\b",
    re.IGNORECASE,
)


def _lettered(words: list[str], least: int) -> bool:
    """True when at least ``least`` of ``words`` hold a letter; stops as soon as they do."""
    found = 0
    for word in words:
        if any(map(str.isalpha, word)):
            found += 1
            if found >= least:
                return True
    return False


def _draft(body: Body, sentence: Sentence, cue: str, speaker: Speaker,
           content: tuple[int, int, str] | None, cue_at: int) -> Draft | None:
    if content is None:
        return None
    start, end, text = content
    words = text.split()
    text = " ".join(words)
    if len(words) < 3 or words[0].lower() in ("to", "which", "who", "whom"):
        return None
    owned = words[0].lower() in _OWNER_WORDS or words[0].endswith(("'s", "’s"))
    if owned and _OWNED_NOUN_FIRST.match(text):
        return None  # "repeated her warning that ...": the owner made the statement, not the verb's subject
    if not _lettered(words, 3):
        return None
    if cue in JUDGING and speaker.kind == "group":
        return None
    # The clause's verb or subject comes within its first words: "wrote the plan would fail".
    # An act shown from its verb on ("threatened to close") carries its own verb.
    # A statement before an inverted tag is a clause already ("..., wrote Tom Hale on his blog"); before
    # "..., Tom Hale wrote" it may be an opening phrase ("On the stage, Hale wrote ...").
    if cue in NEEDS_CLAUSE and not body.text[end: end + 40].lower().lstrip(" \n,”’\"").startswith(cue) \
            and not text.lower().startswith(cue) and not (
            CLAUSE_WORD.search(" ".join(words[:4])) or _THAT_BEFORE.search(
                body.text[max(sentence.start, start - 8): start])):
        return None  # "wrote the letter", "maintained a lead": an object, not a statement
    if cue not in PLAIN and cue not in JUDGING and len(words) < 4:
        return None  # "urged a quick vote", "asked for time": an act, not a statement
    if cue in TAKING and start > cue_at and not _THAT_BEFORE.search(body.text[max(sentence.start, start - 8): start]) \
            and not _CLAUSE_VERB.search(" ".join(words[:_TAKEN_WORDS])):
        return None  # "claimed his third victory", "claimed responsibility for the attack": taken, not said
    return Draft("reported", start, end, text, sentence.index, speaker, cue, cue_at, sentence.paragraph)

