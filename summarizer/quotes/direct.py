"""Direct quotations: the speech tag that names each quotation's speaker.

A tag stands after the quotation ("...,” Ann Lee said), before it (Ann Lee said: “...”), in a sentence
of its own before it (Ann Lee said in a statement. “...”), or opening the next sentence. A tag whose
verb carries the quotation whole is reported back as used, so that reported speech does not take
the same verb again, except after a quotation that stands inside a statement ("The failure was
“heartbreaking,” she said"): there the verb reports the whole statement, which reported speech takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Sentence
from .body import Body, Cue
from .lexicon import LISTENER, NOUN_FORMS, PLAIN
from .marks import Span
from .people import Speaker, clause_subject, np_after, subject_before
from .reported import LISTENER_PHRASE, past_intros

_TAG_WINDOW = 300
_PARTICIPLE_LEAD = re.compile(r"(?:[,—–―:]|\b(?:is|was|were|are|been|am|be))\s*$")
# Before a quotation that is a statement of its own (it opens with a capital): "by saying “...”", "upon
# saying", "an email saying “...”" (a term in quotation marks after "by calling them" is no statement).
_STATEMENT_PARTICIPLE_LEAD = re.compile(
    r"\b(?:by|upon|statement|release|memo|letter|email|e-mail|message|post|tweet|note)s?\s*$", re.IGNORECASE)
# A gerund after "by" or "upon" shares the clause's subject: "Ann Lee ended the speech by saying “...”".
# The last closing quotation mark before a speech verb, with the tag after it.
_LAST_CLOSING = re.compile(r"[”»]\s+(?=[^”»\"]*$)|(?<=[\w.,!?])[\"']{1,2}\s+(?=[^”»\"]*$)")
_GERUND_LEAD = re.compile(r"(?:[,—–―]|\b(?:by|upon))\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’»]?\s")
_DOUBLE_MARK = re.compile(r"[\"“”«»„「」‹›]")
_SHARED_SUBJECT = re.compile(r"\b(?:and|but|then)\s+(?:(?:also|then|later|again)\s+)?$")
_BARE_GAP = re.compile(r"\s*(?:that\s*)?[,:]?\s*$")
_DASH_TAG = re.compile(r"\s*(?:[—–―]|--?)\s*")
# The words of a statement before its opening mark: "The failure was “heartbreaking,” she said."
_WORD_BEFORE_MARK = re.compile(r"[\w%)’']\s*$")
_CLAUSE_OPENERS = frozenset("and but so yet still then now also or nor".split())


@dataclass(frozen=True)
class Tag:
    """A quotation's speech tag: the speaker, the verb, where the speaker stands, and the verb used up."""

    speaker: Speaker | None
    cue: str | None
    at: int
    used: int | None = None  # the start of a speech verb this tag takes whole


def attribute(body: Body, span: Span) -> Tag:
    """The speaker of a quotation from its speech tag: after it, before it, or in the next sentence."""
    first = body.sentence_at(span.open_mark)
    last = body.sentence_at(max(span.pieces[-1][1] - 1, span.open_mark))
    found = None
    if span.closed:
        found = _tag_after(body, span.close_end, last)
        if found is not None and found.used is not None and _inside_statement(body, span.open_mark, first):
            # The tag reports the whole statement, words before the quotation and all: reported speech.
            found = Tag(found.speaker, found.cue, found.at, None)
    if found is None:
        found = _tag_before(body, span.open_mark, first)
        if found is not None and found.used is not None and span.closed and _goes_on(body, span, last):
            # "Lee said “the bridge is a scandal” whenever ...": the verb reports more than the quotation.
            found = Tag(found.speaker, found.cue, found.at, None)
    if found is None and span.closed:
        found = _tag_next(body, span.close_end, last)
    if found is None and span.closed:
        found = _dash_paragraph(body, span.close_end, last)
    return found or Tag(None, None, span.open_mark)


# After a closing mark, the words of the statement go on: a word in lower case, not a tag or a new clause.
_GOES_ON = re.compile(r"\s*(?!(?:and|but|or|so|then|he|she|they|it|we|i)\b)[a-z0-9]")


def _goes_on(body: Body, span: Span, sentence: Sentence) -> bool:
    """True when the statement runs on past the closing mark in its sentence ("“our best days are
    ahead” in spite of the defeat"), so that the quotation is only part of what the speech verb reports.
    A quotation that ends in punctuation ("“we will win,” smiling ...") ends its part of the sentence."""
    close_end = span.close_end
    if close_end >= sentence.end or any(ch in ",.;:!?…—–―" for ch in body.text[span.pieces[-1][1] - 1: close_end]):
        return False
    if body.cues_between(close_end, min(sentence.end, close_end + 40)):
        return False  # "“...” she said" or "“...” and added": a tag or another verb of its own
    return bool(_GOES_ON.match(body.text, close_end, sentence.end))


# Examples of ``_goes_on``: a sentence, and whether its speech verb reports more than the quotation
# (the statement is then reported speech holding the quotation; otherwise the quotation is direct).
STATEMENT_GOES_ON: tuple[tuple[str, bool], ...] = (
    ("Mayor Ann Lee said “the bridge is a scandal” whenever the council met to discuss it.", True),
    ("Tom Hale says “our best days are ahead” in spite of the defeat at the county fair.", True),
    ("Ann Lee said: “We will win this race.”", False),
    ("Ann Lee said “we will win,” smiling at the crowd in the hall.", False),
    ("Ann Lee said “we will win” and left the stage.", False),
)


# Compiled once: these are asked for every quotation.
_CLAUSE_SPLIT = re.compile(r"[,;:—–―(]|\s-\s|[\"“”«»„]")  # what ends a clause before a mark
_LEAD_AFTER_CLOSE = re.compile(r"[\s,!?…]*(?:[”\"][\s,!?…]*)?")  # punctuation after a closing mark
_OF_AT_END = re.compile(r"\bof\s*$")
_SO_OR_NOTHING = re.compile(r"\s*(?:So\s+|Thus\s+)?")
_THAT_AND_MARKS = re.compile(r"^\s*(?:that\b)?[\s,:;—–―-]*")


def _inside_statement(body: Body, open_mark: int, sentence: Sentence) -> bool:
    """True when words of the statement stand before the opening mark in its clause, with no
    punctuation between them and the mark ("Hale “caused havoc,” she said")."""
    before = body.text[max(sentence.start, open_mark - _TAG_WINDOW): open_mark]
    if not _WORD_BEFORE_MARK.search(before):
        return False
    clause = _CLAUSE_SPLIT.split(before)[-1]
    words = [w.lower() for w in clause.split()]
    return bool(words) and not all(w in _CLAUSE_OPENERS for w in words)


def _tag_after(body: Body, position: int, sentence: Sentence) -> Tag | None:
    text = body.text
    limit = min(max(sentence.end, position), position + _TAG_WINDOW)
    after = text[position:limit]
    # "“... the fence is 5’9”,” Lee said": an inch mark closed the quotation early; its own mark follows.
    lead = _LEAD_AFTER_CLOSE.match(after)
    rest_at = lead.end() if lead else 0
    if "." in after[:rest_at]:
        return None
    # "...” — Tom Hale": the sentence splitter may cut before the dash; read on to the paragraph end.
    dashed = text[position: min(body.paragraph_end[sentence.paragraph], position + _TAG_WINDOW)]
    dash = _DASH_TAG.match(dashed)
    if dash and dash.group(0).strip():
        tail = dashed[dash.end():]
        found = np_after(tail)
        if found and found[0].kind != "pronoun" and not tail[found[1]:].strip(" .\n"):
            return Tag(found[0], "—", position)
    # A noun form in a name ("the River Post's Tom Hale explained") is no verb: the tag reads on.
    found_cues = [c for c in body.cues_between(position + rest_at, min(limit, position + rest_at + 160))
                  if c.text not in NOUN_FORMS or text[c.start].islower()]
    if not found_cues or found_cues[0].end > limit:
        return None
    cue = found_cues[0]
    left = after[rest_at: cue.start - position]
    if not left.strip(" ,"):
        named = np_after(after[cue.end - position:])
        if named:
            return Tag(named[0], cue.text, cue.end, cue.start)
        return None
    if cue.text == "according to":
        return None
    subject = subject_before(left)
    if subject is None or left[: subject[1]].strip(" ,"):
        return _tag_after_phrase(body, position + rest_at, left, cue, sentence)
    if cue.text in NOUN_FORMS and _noun_not_verb(text, cue, left, subject[0]):
        return None  # "“...” out of Free State": a noun, not a speech verb ("“...,” the envoys state" is one)
    return Tag(subject[0], cue.text, position + rest_at + subject[1], cue.start)


# A phrase that goes on with the statement after its quotation: "“...” during the summer, said Tom Hale."
_STATEMENT_PHRASE = re.compile(
    r"(?:in|on|at|about|by|for|from|with|like|during|over|after|before|to|of|as|since|against|among|into|"
    r"toward|towards|without|despite|than|unlike|including|beyond|through|under|amid)\s[^“”\"«»„;:!?]{1,160}?,\s*$")


# Examples of ``_tag_after_phrase``: a paragraph and the speaker of its first direct quotation.
PHRASE_BEFORE_TAG: tuple[tuple[str, str | None], ...] = (
    ("“The ferry carried more tourists than ever” during the summer, said harbour master Tom Hale. “The "
     "winter will be quieter.”", "Tom Hale"),
    ("“On the east bank, the water plan works” for most of the orchards, said Ann Lee, head of the growers’ "
     "league.", "Ann Lee"),
    ("“Unless the dam holds” through the spring, Ann Lee said at a meeting on Friday, “the valley will "
     "flood.”", "Ann Lee"),
    # A clause of its own after the quotation, or a name that looks like a verb, is no tag for it.
    ("“Our county is a fine old song” in the hall, the band played it, and Ann Lee said she liked it a lot.",
     None),
)


def _tag_after_phrase(body: Body, start: int, left: str, cue: Cue, sentence: Sentence) -> Tag | None:
    """ "“The ferry was full” during the summer, said Tom Hale.": a prepositional phrase goes on
    with the statement after the quotation, then the speech tag ends the sentence. The tag reports the
    statement whole, so its verb is not used up."""
    if not body.text[cue.start].islower():
        return None  # "the River Post reported": a name, not the verb
    phrase = _STATEMENT_PHRASE.match(left)
    if phrase is None:
        split = left.rfind(",")
        phrase = _STATEMENT_PHRASE.match(left[: split + 1]) if split > 0 else None
        if phrase is None:
            return None
    tail = left[phrase.end():]
    rest = body.text[cue.end: min(sentence.end, cue.end + _TAG_WINDOW)]
    if not tail.strip():
        named = np_after(rest)
        return Tag(named[0], cue.text, cue.end) if named is not None else None
    subject = subject_before(tail)
    if subject is None or tail[: subject[1]].strip(" ,"):
        return None
    return Tag(subject[0], cue.text, start + phrase.end() + subject[1])


# Examples of the participle leads: a sentence and the speaker of its quotation (None: left without one).
STATEMENT_PARTICIPLES: tuple[tuple[str, str | None], ...] = (
    ("The clerk closed the hearing by saying “Enough for today.”", "The clerk"),
    ("Later that night, Ann Lee sent a message saying, “Finished.”", "Ann Lee"),
    ("Tom Hale closed the meeting upon saying “We are finished here for the night.”", "Tom Hale"),
    ("“She does not grasp the budget. It has been a poor season for her,” Tom Hale said, adding, “The "
     "voters know it.”", "Tom Hale"),
    # A term in quotation marks after the participle is no statement of its own.
    ("Ann Lee won praise by calling the rivals “dictators” at the fair.", None),
)


# Examples of noun forms after a quotation: a sentence and the speaker of its quotation (None: nobody).
NOUN_FORM_TAGS: tuple[tuple[str, str | None], ...] = (
    ("“We are partners of the river towns,” the farmers state in the letter sent on Monday.", "the farmers"),
    ("“The new pier will bring the tourists back to the quay,” the River Post’s Tom Hale explained.",
     "the River Post’s Tom Hale"),
    ("Her “reckless” letter to the secretary of state drew many replies from the town.", None),
    ("The fans sang “We love the river” out of Free State Stadium on Sunday night.", None),
    # Before a quotation: a capitalised word inside a name ("the Dunmore Post") is no verb either.
    ("Tom Hale told the Dunmore Post, “I like the mayor, but these are hard times for the islands.”", "Tom Hale"),
    ("Ann Lee spoke at the hall. Says Tom Hale, “The ferry is the lifeline of the islands and must run.”",
     "Tom Hale"),
    ("Ann Lee Questioned What It Means To Be “Truly From The Islands.”", "Ann Lee"),
)


def _noun_not_verb(text: str, cue: Cue, left: str, subject: Speaker) -> bool:
    """True when a speech verb that is also a noun ("state", "reports") is the noun after a quotation:
    capitalised ("Free State"), after "of" ("secretary of state"), or after a subject that cannot speak."""
    if not text[cue.start].islower() or _OF_AT_END.search(left):
        return True
    speakers = ("person", "pronoun", "group") if cue.text.startswith("state") else ("person", "pronoun")
    return subject.kind not in speakers


def _last_tag_cue(body: Body, low: int, high: int, statement: bool = False) -> Cue | None:
    for cue in reversed(body.cues_between(low, high)[-3:]):
        lead_in = body.text[max(low, cue.start - 12): cue.start]
        if cue.text in NOUN_FORMS and body.text[cue.start].isupper() and lead_in.rstrip()[-1:].isalpha():
            # "told the Dunmore Post, “...”": a capitalised noun form inside a name is no verb (a headline's
            # capitalised verb, "Lee Questioned What It Means To Be “...”", still is one).
            continue
        if cue.text.endswith("ing") and not _PARTICIPLE_LEAD.search(lead_in) and not (
                statement and _STATEMENT_PARTICIPLE_LEAD.search(lead_in)):
            continue  # "a statement to Wired explaining why": the participle describes a noun
        return cue
    return None


def _tag_before(body: Body, open_mark: int, sentence: Sentence) -> Tag | None:
    text = body.text
    low = max(sentence.start, open_mark - _TAG_WINDOW)
    high = open_mark
    before = text[low:high]
    if not before.strip() and sentence.index > 0:
        previous = body.sentences[sentence.index - 1]
        if text[max(previous.start, previous.end - 3):previous.end].rstrip().endswith(":"):
            low, high = max(previous.start, previous.end - _TAG_WINDOW), previous.end
        elif previous.paragraph == sentence.paragraph:
            # "Sam Lau said in a statement. “There are ...”": a tag that says nothing itself.
            return _bare_tag(body, previous)
    opening = text[open_mark + 1: open_mark + 3].lstrip(" '`\"“„«»‘")
    last = _last_tag_cue(body, low, high, statement=opening[:1].isupper())
    if last is None:
        return None
    gap = text[last.end: high]
    if last.text in NOUN_FORMS and not _BARE_GAP.match(gap):
        return None  # "the Free State with “...”": a noun, not a speech verb
    if len(gap.split()) > 10 or _SENTENCE_BREAK.search(gap) or _DOUBLE_MARK.search(gap) or _DASH_NAME.search(gap):
        return None
    left = text[low: last.start]
    if last.text == "according to" or not left.strip():
        named = np_after(gap)
        if named is None:
            return None
        return Tag(named[0], last.text, last.end, last.start)
    subject = subject_before(left, progressive=last.text.endswith("ing"))
    if subject is not None:
        speaker, speaker_at = subject[0], low + subject[1]
    elif (last.text.endswith("ing") and _GERUND_LEAD.search(left)) or _SHARED_SUBJECT.search(left):
        # "Thorne spoke briefly but told supporters: “...”": the verb shares the clause's subject.
        # "Hale spoke in Dunmore, saying, “...”": the participle shares the clause's subject.
        opener = clause_subject(text[sentence.start: last.start])
        closing = _LAST_CLOSING.search(text, sentence.start, last.start)
        if closing is not None and (opener is None or opener.kind == "pronoun"):
            # "... a total disaster,” Tom Hale said, adding, “...”": the sentence opened inside a quotation;
            # the clause the participle hangs on starts after its closing mark.
            opener = clause_subject(text[closing.end(): last.start]) or opener
        if opener is None:
            return None
        speaker, speaker_at = opener, sentence.start
    else:
        return None
    # "X said: “...”": the quotation is all that was said. After "X said the plan was “...”" the
    # quotation is part of a report, which the reported-speech stage takes whole.
    used = None if _partial(last.text, gap) else last.start
    return Tag(speaker, last.text, speaker_at, used)


def _bare_tag(body: Body, sentence: Sentence) -> Tag | None:
    """The speaker of a sentence that is only a speech tag ("Smith said in a statement.")."""
    if sentence.end - sentence.start > _TAG_WINDOW:
        return None
    found = [c for c in body.cues_between(sentence.start, sentence.end) if c.text in PLAIN]
    if not found:
        return None
    cue = found[-1]
    if not _says_nothing(body.text[cue.end: sentence.end]):
        return None
    subject = subject_before(body.text[sentence.start: cue.start])
    if subject is None or body.text[sentence.start: sentence.start + subject[1]].strip():
        return None
    return Tag(subject[0], cue.text, sentence.start + subject[1], cue.start)


def _tag_next(body: Body, position: int, sentence: Sentence) -> Tag | None:
    """ "...our country." Smith said on Monday. A speech tag opening the next sentence."""
    text = body.text
    if sentence.end - position > 8 or text[position:sentence.end].strip(" .,!?…\n"):
        return None
    if sentence.index + 1 >= len(body.sentences):
        return None
    following = body.sentences[sentence.index + 1]
    if following.paragraph != sentence.paragraph:
        return None
    high = min(following.end, following.start + 160)
    window = text[following.start: high]
    if window[:1] in "\"“‘«„'「‹":
        return None
    found_cues = body.cues_between(following.start, high)
    if not found_cues or found_cues[0].text == "according to" or found_cues[0].end > high:
        return None
    cue = found_cues[0]
    left = text[following.start: cue.start]
    if len(left.split()) > 12:
        return None
    if _SO_OR_NOTHING.fullmatch(left):
        named = np_after(text[cue.end: high])
        if named is None:
            return None
        return Tag(named[0], cue.text, cue.end)
    subject = subject_before(left)
    if subject is None or left[: subject[1]].strip():
        return None
    after_cue = text[cue.end: following.end]
    if _INTRODUCES.match(after_cue, past_intros(after_cue)) or _OWN_CLAUSE.match(after_cue):
        return None  # "Tom Hale said: “...”": the tag introduces the quotation after it, not the one before
    # A story pasted without paragraph breaks: "...predicted.” The authority said the barrier was sound."
    # The sentence makes a statement of its own, so it is no tag for the quotation before it. (Between
    # paragraphs, a quotation opening the paragraph of its speaker's next statement is common.)
    rest = text[cue.end: following.end]
    if len(body.paragraph_end) == 1 and not _says_nothing(rest) and not rest.lstrip().startswith(","):
        return None
    return Tag(subject[0], cue.text, following.start + subject[1])


# "Tom Hale agreed that the toll ...": a sentence whose verb takes a clause says something of its own.
_OWN_CLAUSE = re.compile(r"\s*that\s+(?!day|week|month|year|morning|afternoon|evening|night|time\b)\w")
# "Farmers agree - Tom Hale: “...”": the name after the dash introduces the quotation, not the verb.
_DASH_NAME = re.compile(r"\s[-—–―]\s*[A-Z][^:]{0,60}:\s*$")
# After a speech verb (and when or where it was said), a colon or an opening mark: words follow.
_INTRODUCES = re.compile(r"\s*(?::|,?\s*(?:[“„«]|''|\"(?=\w)))")
_DASH_LINE = re.compile(r"\s*(?:[—–―]|--?)\s*")
_CLOSING_RUN = re.compile(r"[ .\n\"”’»]*")


def _dash_paragraph(body: Body, position: int, sentence: Sentence) -> Tag | None:
    """A quotation that ends its paragraph, and a paragraph of its own that is only a dash and a name:

        “We will win the seat back.”

        — Tom Hale, at the county fair.
    """
    text = body.text
    paragraph_end = body.paragraph_end[sentence.paragraph]
    # only closing marks and full stops to the paragraph's end (a match, not a slice: a long paragraph
    # of many quotations would be copied once for each)
    if _CLOSING_RUN.match(text, position, paragraph_end).end() < paragraph_end:  # type: ignore[union-attr]
        return None
    if sentence.index + 1 >= len(body.sentences):
        return None
    line = body.sentences[sentence.index + 1]
    alone = line.index + 1 >= len(body.sentences) or body.sentences[line.index + 1].paragraph != line.paragraph
    if line.paragraph == sentence.paragraph or not alone or len(line.text.split()) > 15:
        return None
    dash = _DASH_LINE.match(text, line.start, line.end)
    if dash is None or not dash.group(0).strip():
        return None
    found = np_after(text[dash.end(): line.end])
    if found is None or found[0].kind not in ("person", "organisation"):
        return None
    return Tag(found[0], "—", dash.end())


# Examples of ``_dash_paragraph``: paragraphs and the speaker of the quotation that opens them.
DASH_PARAGRAPHS: tuple[tuple[str, str | None], ...] = (
    ("“We will win the seat back in the spring.”\n\n— Tom Hale.\n\nThe claim is hard to check.", "Tom Hale"),
    ("“We will win the seat back in the spring.”\n\n-Mayor Ann Lee, speaking after the vote.\n\nShe won.",
     "Ann Lee"),
    # A dash that opens a paragraph of narration is no tag.
    ("“We will win the seat back in the spring.”\n\n— and then the council met again on Monday to vote on the "
     "new bridge and the toll.", None),
)


def _says_nothing(rest: str) -> bool:
    """True when what follows a speech verb is only when, where or how it was said ("on Monday.",
    "in a statement."), so that the sentence is a bare speech tag."""
    return not rest[past_intros(rest):].strip(" .:\n")


def _partial(cue: str, gap: str) -> bool:
    """True when words of the statement stand between the speech verb and the quotation mark."""
    position = 0
    if cue in LISTENER:
        listener = LISTENER_PHRASE.match(gap)
        if listener:
            position = listener.end()
    position = past_intros(gap, position)
    rest = _THAT_AND_MARKS.sub("", gap[position:])
    return bool(rest.strip())
