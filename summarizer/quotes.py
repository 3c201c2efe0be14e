"""Key quotes: direct quotations and reported speech, each with its speaker, ranked by importance.

The work is done on ``Article.text`` within the body paragraphs, so a quotation that runs over several
sentences or paragraphs is found whole, and nothing is taken from the headline, captions or page
furniture. Every step is linear in the text: quotation marks are found by one scan, speech tags are
read in short windows around them, and sentences too long to be prose are not searched for speech.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from .models import Article, Quote, Sentence
from .speakers import (
    PERSON_PRONOUNS,
    PRONOUNS,
    Mention,
    PersonIndex,
    Speaker,
    clause_subject,
    np_after,
    subject_before,
)

# Speech verbs and phrases that tag a quotation ("...," she said) or introduce reported speech.
_CUE_WORDS = (
    "said|says|say|saying|told|tells|telling|added|adds|adding|noted|noting|stated|announced|announces|"
    "warned|warns|warning|informed|claimed|claims|claiming|reported|explained|explains|explaining|"
    "insisted|insists|insisting|argued|argues|arguing|wrote|writes|declared|declares|acknowledged|"
    "acknowledges|confirmed|confirms|revealed|admitted|admits|stressed|stresses|emphasized|emphasised|"
    "maintained|maintains|asserted|predicted|predicts|tweeted|tweets|replied|responded|testified|"
    "conceded|concedes|contended|recalled|recalls|repeated|reiterated|alleged|alleges|assured|cautioned|"
    "complained|disclosed|observed|remarked|asked|asks|continued|concluded|vowed|pledged|boasted|joked|"
    "quipped|quip|shouted|yelled|exclaimed|lamented|countered|retorted|suggested|suggests|posted|pointed out|"
    "points out|went on to say|went on to add|according to|wondered|mused|urged|pleaded|promised|"
    "promises|denied|denies|estimated|tell|add|note|argue|claim|warn|suggest|predict|insist|acknowledge|"
    "admit|announce|explain|write|contend|allege|stress|stating|announcing|writing|declaring|"
    "acknowledging|confirming|revealing|admitting|stressing|suggesting|predicting|tweeting|replying|"
    "repeating|reiterating|alleging|asserting|complaining|boasting|vowing|pledging|promising|urging|"
    "asking|questioning|called|calls|call|calling|described|describes|describing|accused|accuses|"
    "accusing|criticized|criticised|criticizes|criticizing|praised|praises|praising|denounced|denouncing|"
    "blasted|slammed|questioned|mentioned|mentions|proposed|proposes|recommended|demanded|demands"
)
_CUE_SET = frozenset(_CUE_WORDS.split("|"))
# One pass over the words, then a set look-up: a regex alternation of hundreds of verbs would try
# each of them at every character.
_CUE_CANDIDATE = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Ww]ent\s+on\s+to\s+(?:say|add)|[Pp]oint(?:s|ed)\s+out|[A-Za-z]+)\b"
)


@dataclass(frozen=True)
class _Cue:
    """A speech verb in the article: where it stands and its words, lower-cased."""

    start: int
    end: int
    text: str


def _find_cues(text: str, low: int, high: int) -> list[_Cue]:
    """Every speech verb between ``low`` and ``high``, in order."""
    cues = []
    for match in _CUE_CANDIDATE.finditer(text, low, high):
        words = match.group(0)
        if words.isalpha() and words.lower() not in _CUE_SET:
            continue
        joined = " ".join(words.lower().split())
        if joined in _CUE_SET:
            cues.append(_Cue(match.start(), match.end(), joined))
    return cues


# Verbs that judge as they speak: a statement only when a named party or a pronoun makes it
# ("Rubio called the plan “reckless”"), never in "a group called Citizens United".
_JUDGING_CUES = frozenset(
    "called calls call calling described describes describing accused accuses accusing criticized criticised "
    "criticizes criticizing praised praises praising denounced denouncing blasted slammed".split()
)
# Cues that introduce reported speech. Left out: beliefs, and verbs that rarely report a statement
# ("wondered", "estimated", "posted", "shouted").
_REPORTED_CUES = frozenset(
    """
    said says say told tells added adds noted stated announced announces warned warns informed claimed
    claims reported explained explains insisted insists argued argues wrote writes declared declares
    acknowledged acknowledges confirmed confirms revealed admitted admits stressed stresses emphasized
    emphasised maintained maintains asserted predicted predicts tweeted replied testified conceded concedes
    contended recalled recalls repeated reiterated alleged alleges assured cautioned disclosed observed
    remarked continued concluded vowed pledged boasted complained suggested suggests saying telling adding
    warning claiming arguing insisting explaining
    tell add note argue claim warn suggest predict insist acknowledge admit announce explain write contend
    allege stress noting stating announcing writing declaring acknowledging confirming revealing admitting
    stressing suggesting predicting tweeting replying repeating reiterating alleging asserting complaining
    boasting vowing pledging promising promised promises asked asks asking urged urging mentioned mentions
    denied denies
    """.split()
) | {"pointed out", "points out", "went on to say", "went on to add", "according to"} | _JUDGING_CUES
# Verbs that report speech only with a clause after them ("wrote that ..."), not with an object.
_NEEDS_CLAUSE = frozenset(
    "wrote writes write writing maintained maintains pledged pledging mentioned mentions".split()
)
_THAT_BEFORE = re.compile(r"\bthat\s*$")
# Present-tense forms that also make futures and infinitives with other meanings ("will add up to").
_BASE_FORMS = frozenset(
    "tell add note argue claim warn suggest predict insist admit explain write stress".split()
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|must|should|to)\s+$")
# A reported statement never opens with these: "told advisers as he ...", "said in the talks, which ...".
_NOT_OPENERS = frozenset(
    "to which who whom of for by with as when while after before because since until though although whereas "
    "during about on in at".split()
)
# Speech verbs that take a listener before what was said: "told reporters that ...".
_OBJECT_CUES = frozenset(
    "told tells telling tell informed assured warned warns reminded briefed asked asks asking".split()
)

# Sentences longer than this are not prose (tables, run-on junk): they are not searched for speech.
_MAX_SENTENCE = 1500
# A single-quoted span longer than this is an apostrophe mistaken for a quotation mark.
_MAX_SINGLE = 1500
_TAG_WINDOW = 300
# A quotation of fewer words than this with no speaker is a scare quote or a title.
_MIN_UNATTRIBUTED_WORDS = 6

_MARK = re.compile(r"''|``|[\"“”„«»‘’']")
_SINGLE_CLOSER = re.compile(r"[’']")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_STOPWORDS = frozenset(
    """
    a an the and or but of to in on at for from by with about as into than that this these those is are was
    were be been being has have had do does did will would can could should may might must shall it its he
    she they them his her their we our you your i me my not no so if then there here what which who whom
    whose when where why how all any some more most also just very said says say told according
    """.split()
)
_DOUBLE_FAMILIES: dict[str, tuple[str, ...]] = {
    "“": ("”", "\"", "“"),
    "„": ("“", "”"),
    "«": ("»",),
    "»": ("«",),
    "\"": ("\"", "”"),
    "''": ("''", "”", "\""),
    "``": ("''",),
}
_PARTICIPLE_LEAD = re.compile(r"(?:[,—–:]|\b(?:is|was|were|are|been|am|be))\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s")
_DOUBLE_MARK = re.compile(r"[\"“”«»„]")
_OPEN_BEFORE = set(" \t\n([{—–-/:;") | {""}


@dataclass
class _Span:
    """A quotation found by the scan: content ranges (one per paragraph) and whether it closed."""

    pieces: list[tuple[int, int]]
    open_mark: int
    close_end: int  # just after the closing mark, or the end of the content when unclosed
    closed: bool


@dataclass
class _Draft:
    """A quote before its speaker is final."""

    kind: str
    start: int
    end: int
    text: str
    sentence_index: int
    speaker: Speaker | None
    cue: str | None
    cue_at: int  # where the speech tag's speaker phrase stands, for pronoun resolution
    paragraph: int
    resolved: Mention | None = field(default=None)
    by_pronoun: bool = False  # the speech tag said "he" or "she"; the name comes from an earlier sentence


class _Extractor:
    """One pass over an article's body: quotation marks, speech tags, reported speech, speakers."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.sentences = article.sentences
        self.starts = [s.start for s in self.sentences]
        self.consumed: set[int] = set()
        self.spans: list[_Span] = []
        self.paragraph_end = {number: high for number, _, high in self._paragraph_ranges()}
        # Speech verbs are found once for the whole body; each speech tag then looks its window up.
        self.cues = [
            cue for _, low, high in self._paragraph_ranges() for cue in _find_cues(self.text, low, high)
        ]
        self.cue_starts = [cue.start for cue in self.cues]
        self.closers = [
            m.start() for m in _SINGLE_CLOSER.finditer(self.text) if self._single_closes(m.start())
        ]

    # -- scanning -------------------------------------------------------------------------------

    def _paragraph_ranges(self) -> list[tuple[int, int, int]]:
        ranges: dict[int, list[int]] = {}
        for sentence in self.sentences:
            span = ranges.setdefault(sentence.paragraph, [sentence.start, sentence.end])
            span[0] = min(span[0], sentence.start)
            span[1] = max(span[1], sentence.end)
        return [(number, span[0], span[1]) for number, span in sorted(ranges.items())]

    def _char(self, position: int, low: int, high: int) -> str:
        return self.text[position] if low <= position < high else ""

    def _single_closes(self, position: int) -> bool:
        before = self.text[position - 1] if position > 0 else " "
        after = self.text[position + 1] if position + 1 < len(self.text) else " "
        if before.isspace() or after.isalnum():
            return False
        # "the voters’ concerns": a plural possessive, not the end of a quotation.
        return not (before == "s" and after == " " and self.text[position + 2: position + 3].islower())

    def cues_between(self, low: int, high: int) -> list[_Cue]:
        """The speech verbs that start in ``[low, high)``, in order."""
        return self.cues[bisect_left(self.cue_starts, low): bisect_left(self.cue_starts, high)]

    def sentence_at(self, position: int) -> Sentence:
        index = max(0, bisect_right(self.starts, position) - 1)
        return self.sentences[index]

    def scan(self) -> list[_Span]:
        """Find every quotation in the body: paired marks, multi-paragraph runs, unbalanced marks."""
        paragraphs = self._paragraph_ranges()
        opener: str | None = None
        open_mark = content_start = 0
        pieces: list[tuple[int, int]] = []
        for number, (_, low, high) in enumerate(paragraphs):
            skip_until = low
            if opener is not None:
                # A quotation left open continues only if this paragraph reopens it.
                reopen = _MARK.match(self.text, low)
                if reopen and reopen.group(0) in (opener, *_DOUBLE_FAMILIES[opener][-1:]) \
                        and reopen.group(0) in _DOUBLE_FAMILIES:
                    pieces.append((content_start, paragraphs[number - 1][2]))
                    content_start = reopen.end()
                    skip_until = reopen.end()
                else:
                    self._unclosed(pieces, open_mark, content_start, paragraphs[number - 1][2])
                    opener, pieces = None, []
            for match in _MARK.finditer(self.text, low, high):
                at = match.start()
                if at < skip_until:
                    continue
                mark = match.group(0)
                before = self._char(at - 1, low, high)
                after = self._char(match.end(), low, high)
                opens = before in _OPEN_BEFORE or (before in "“„«\"‘'" and not after.isspace())
                if opener is None:
                    if mark in ("‘", "'"):
                        if opens and after and not after.isspace():
                            close = self._single_close(match.end(), high)
                            if close is not None:
                                self._add([(match.end(), close)], at, close + 1, closed=True)
                                skip_until = close + 1
                        continue
                    if mark not in _DOUBLE_FAMILIES or not after or after.isspace():
                        continue
                    if mark in ("\"", "''", "»") and not (before in _OPEN_BEFORE or not before.isalnum()):
                        continue
                    opener, open_mark, content_start, pieces = mark, at, match.end(), []
                    continue
                if mark not in _DOUBLE_FAMILIES[opener]:
                    continue  # a nested single quotation or an apostrophe
                looks_open = before.isspace() or before == ""
                if mark in _DOUBLE_FAMILIES and looks_open and after and not after.isspace():
                    # An opening mark while a quotation is open: the earlier one was never closed.
                    self._unclosed(pieces, open_mark, content_start, at)
                    opener, open_mark, content_start, pieces = mark, at, match.end(), []
                    continue
                self._add([*pieces, (content_start, at)], open_mark, match.end(), closed=True)
                opener, pieces = None, []
        if opener is not None and paragraphs:
            self._unclosed(pieces, open_mark, content_start, paragraphs[-1][2])
        return self.spans

    def _single_close(self, start: int, limit: int) -> int | None:
        index = bisect_left(self.closers, start + 1)
        if index < len(self.closers):
            close = self.closers[index]
            if close < limit and close - start <= _MAX_SINGLE:
                return close
        return None

    def _unclosed(self, pieces: list[tuple[int, int]], open_mark: int, content_start: int,
                  limit: int) -> None:
        """An opening mark never closed: the quotation ends with its sentence, never later."""
        if pieces:
            # It ran over paragraphs that each reopened it: it ends with the last of them.
            self._add([*pieces, (content_start, limit)], open_mark, limit, closed=False)
            return
        sentence = self.sentence_at(content_start)
        opens_paragraph = sentence.start >= open_mark - 1 and (
            sentence.index == 0 or self.sentences[sentence.index - 1].paragraph != sentence.paragraph)
        # A paragraph that opens with a quotation mark is that quotation; elsewhere it ends with its sentence.
        end = limit if opens_paragraph else min(sentence.end, limit)
        if end > content_start:
            self._add([(content_start, end)], open_mark, end, closed=False)

    def _add(self, pieces: list[tuple[int, int]], open_mark: int, close_end: int, closed: bool) -> None:
        trimmed = []
        for start, end in pieces:
            chunk = self.text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            tail = len(chunk.rstrip(" \n\t,;:—–-"))
            if tail > lead:
                trimmed.append((start + lead, start + tail))
        if trimmed:
            self.spans.append(_Span(trimmed, open_mark, close_end, closed))

    # -- speech tags for direct quotations ------------------------------------------------------

    def attribute(self, span: _Span) -> tuple[Speaker | None, str | None, int]:
        """The speaker of a quotation from its speech tag: after it, before it, or in the next sentence."""
        first = self.sentence_at(span.open_mark)
        last = self.sentence_at(max(span.pieces[-1][1] - 1, span.open_mark))
        if span.closed:
            found = self._tag_after(span.close_end, last)
            if found:
                return found
        found = self._tag_before(span.open_mark, first)
        if found:
            return found
        if span.closed:
            found = self._tag_next(span.close_end, last)
            if found:
                return found
        return None, None, span.open_mark

    def _tag_after(self, position: int, sentence: Sentence) -> tuple[Speaker, str, int] | None:
        limit = min(max(sentence.end, position), position + _TAG_WINDOW)
        after = self.text[position:limit]
        lead = re.match(r"[\s,!?…]*", after)
        rest_at = lead.end() if lead else 0
        if "." in after[:rest_at]:
            return None
        # "...” — Tom Hale": the sentence splitter may cut before the dash; read on to the paragraph end.
        dashed = self.text[position: min(self.paragraph_end[sentence.paragraph], position + _TAG_WINDOW)]
        dash = re.match(r"\s*[—–-]{1,2}\s*", dashed)
        if dash:
            tail = dashed[dash.end():]
            found = np_after(tail)
            if found and found[0].kind != "pronoun" and not tail[found[1]:].strip(" .\n"):
                return found[0], "—", position
        found_cues = self.cues_between(position + rest_at, min(limit, position + rest_at + 160))
        if not found_cues or found_cues[0].end > limit:
            return None
        cue = found_cues[0]
        left = after[rest_at: cue.start - position]
        if not left.strip(" ,"):
            found = np_after(after[cue.end - position:])
            if found:
                self.consumed.add(cue.start)
                return found[0], cue.text, cue.end
            return None
        if cue.text == "according to":
            return None
        subject = subject_before(left)
        if subject is None or left[: subject[1]].strip(" ,"):
            return None
        self.consumed.add(cue.start)
        return subject[0], cue.text, position + rest_at + subject[1]

    def _tag_before(self, open_mark: int, sentence: Sentence) -> tuple[Speaker, str, int] | None:
        low = max(sentence.start, open_mark - _TAG_WINDOW)
        high = open_mark
        before = self.text[low:high]
        if not before.strip() and sentence.index > 0:
            previous = self.sentences[sentence.index - 1]
            if self.text[max(previous.start, previous.end - 3):previous.end].rstrip().endswith(":"):
                low, high = max(previous.start, previous.end - _TAG_WINDOW), previous.end
                before = self.text[low:high]
            elif previous.paragraph == sentence.paragraph:
                # "Sam Lau said in a statement. “There are ...”": a tag that says nothing itself.
                return self._bare_tag(previous)
        found_cues = self.cues_between(low, high)
        last = None
        for cue in reversed(found_cues[-3:]):
            lead_in = self.text[max(low, cue.start - 12): cue.start]
            if cue.text.endswith("ing") and not _PARTICIPLE_LEAD.search(lead_in):
                continue  # "a statement to Wired explaining why": the participle describes a noun
            last = cue
            break
        if last is None:
            return None
        gap = self.text[last.end: high]
        if len(gap.split()) > 10 or _SENTENCE_BREAK.search(gap) or _DOUBLE_MARK.search(gap):
            return None
        cue_text = last.text
        left = self.text[low: last.start]
        if cue_text == "according to" or not left.strip():
            found = np_after(gap)
            if found is None:
                return None
            self.consumed.add(last.start)
            return found[0], cue_text, last.end
        subject = subject_before(left, progressive=cue_text.endswith("ing"))
        if subject is not None:
            speaker, speaker_at = subject[0], low + subject[1]
        elif cue_text.endswith("ing") and re.search(r"[,—–]\s*$", left):
            # "Sanders spoke in Iowa, saying, “...”": the participle shares the clause's subject.
            opener = clause_subject(self.text[sentence.start: last.start])
            if opener is None:
                return None
            speaker, speaker_at = opener, sentence.start
        else:
            return None
        if not _partial(cue_text, gap):
            # "X said: “...”": the quotation is all that was said. After "X said the plan was “...”"
            # the quotation is part of a report, which the reported-speech pass takes whole.
            self.consumed.add(last.start)
        return speaker, cue_text, speaker_at

    def _bare_tag(self, sentence: Sentence) -> tuple[Speaker, str, int] | None:
        """The speaker of a sentence that is only a speech tag ("Smith said in a statement.")."""
        if sentence.end - sentence.start > _TAG_WINDOW:
            return None
        found = [c for c in self.cues_between(sentence.start, sentence.end) if c.text in _PLAIN_CUES]
        if not found:
            return None
        cue = found[-1]
        rest = self.text[cue.end: sentence.end]
        position = 0
        for _ in range(4):
            intro = _INTRO.match(rest, position)
            if intro is None or intro.end() == position:
                break
            position = intro.end()
        if rest[position:].strip(" .:\n"):
            return None
        subject = subject_before(self.text[sentence.start: cue.start])
        if subject is None or self.text[sentence.start: sentence.start + subject[1]].strip():
            return None
        self.consumed.add(cue.start)
        return subject[0], cue.text, sentence.start + subject[1]

    def _tag_next(self, position: int, sentence: Sentence) -> tuple[Speaker, str, int] | None:
        """ "...our country." Smith said on Monday. A speech tag opening the next sentence."""
        if sentence.end - position > 8 or self.text[position:sentence.end].strip(" .,!?…\n"):
            return None
        if sentence.index + 1 >= len(self.sentences):
            return None
        following = self.sentences[sentence.index + 1]
        if following.paragraph != sentence.paragraph:
            return None
        high = min(following.end, following.start + 160)
        window = self.text[following.start: high]
        if window[:1] in "\"“‘«„'":
            return None
        found_cues = self.cues_between(following.start, high)
        if not found_cues or found_cues[0].text == "according to" or found_cues[0].end > high:
            return None
        cue = found_cues[0]
        left = self.text[following.start: cue.start]
        if len(left.split()) > 12:
            return None
        if re.fullmatch(r"\s*(?:So\s+|Thus\s+)?", left):
            found = np_after(self.text[cue.end: high])
            if found is None:
                return None
            return found[0], cue.text, cue.end
        subject = subject_before(left)
        if subject is None or left[: subject[1]].strip():
            return None
        return subject[0], cue.text, following.start + subject[1]

    # -- reported speech ------------------------------------------------------------------------

    def inside_direct(self, position: int) -> bool:
        index = bisect_right(self._span_starts, position) - 1
        return index >= 0 and position < self._span_ends[index]

    def reported(self, sentence: Sentence) -> list[_Draft]:
        """Reported speech in one sentence: a speech verb, its speaker and the clause it reports."""
        if sentence.end - sentence.start > _MAX_SENTENCE:
            return []
        drafts: list[_Draft] = []
        low, high = sentence.start, sentence.end
        for cue in self.cues_between(low, high):
            if cue.text not in _REPORTED_CUES or cue.start in self.consumed or self.inside_direct(cue.start) \
                    or cue.end > high:
                continue
            left = self.text[low: cue.start]
            right = self.text[cue.end: high]
            draft = self._reported_at(sentence, cue.text, cue.start, cue.end, left, right)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _reported_at(self, sentence: Sentence, cue: str, cue_at: int, right_at: int, left: str,
                     right: str) -> _Draft | None:
        low = sentence.start
        if cue in _BASE_FORMS and _MODAL_BEFORE.search(left[-8:]) and not right.lstrip().startswith("that"):
            return None  # "The closure will add 40 minutes": a future, not a statement
        if cue == "according to":
            found = np_after(right)
            if found is None:
                return None
            speaker, used = found
            rest = right[used:]
            if not left.strip():
                content = _leading_trim(rest, right_at + used)
            else:
                content = _trailing_trim(left, low)
                tail = rest.lstrip()
                if content and tail.startswith(",") and len(tail.split()) > 3:
                    # "The plan, according to X, would fail": the statement wraps the tag.
                    content = (content[0], _end_trim(self.text, right_at + used + len(rest)),
                               self._joined(content[0], right_at + used + 1 + (len(rest) - len(tail)),
                                            _end_trim(self.text, right_at + used + len(rest)), content[1]))
            return self._draft(sentence, "according to", speaker, content, cue_at)
        subject = subject_before(left, progressive=cue.endswith("ing"))
        if subject is None:
            shared = re.search(r"(?:[,—–]|\s-|\band|\bbut|\bthen)\s*(?:(?:also|then|later)\s+)?$", left)
            if shared and (cue.endswith("ing") or re.search(r"\b(?:and|but|then)\s*$", left)):
                # "Rubio flipped his choice, saying ...", "He arrived and said ...": the sentence's subject.
                opener = clause_subject(left)
                after = _content_after(cue, right)
                if opener is not None and after is not None:
                    content = self._slice(right_at + after[0], right_at + after[1])
                    return self._draft(sentence, cue, opener, content, low)
            if left.rstrip().endswith(",") and len(left.split()) >= 3:
                found = np_after(right)  # "The plan will fail, said Smith."
                if found and not right[found[1]:].strip(" .!?\"”’)"):
                    return self._draft(sentence, cue, found[0], _trailing_trim(left, low), cue_at)
            return None
        speaker, np_start = subject
        pre = left[:np_start]
        after = _content_after(cue, right)
        if pre.rstrip().endswith(",") and after is not None and right.lstrip().startswith(","):
            # "The hashtag, he said, was trending": the statement on both sides of the tag.
            first = _trailing_trim(pre, low, minimum=1)
            if first is not None and after is not None:
                start, end = first[0], right_at + after[1]
                return self._draft(sentence, cue, speaker,
                                   (start, end, self._joined(start, right_at + after[0], end, first[1])),
                                   low + np_start)
        if after is not None and (after[2] or not _is_clause_tail(pre)):
            return self._draft(sentence, cue, speaker, self._slice(right_at + after[0], right_at + after[1]),
                               low + np_start)
        if pre.rstrip().endswith(",") and after is None:
            # "X did this, KING-TV reported, while Y did that, the Sun-Times reported": after the earlier tag.
            earlier = [c for c in self.cues_between(low, low + np_start) if c.text in _REPORTED_CUES]
            skip = earlier[-1].end - low if earlier else 0
            trimmed = _trailing_trim(pre[skip:], low + skip)
            if trimmed is not None and skip:
                lead = re.match(r"[\s,]*(?:(?:while|and|but|as|whereas)\s+)?", trimmed[2])
                if lead and lead.end():
                    trimmed = (trimmed[0] + lead.end(), trimmed[1], trimmed[2][lead.end():])
            return self._draft(sentence, cue, speaker, trimmed, low + np_start)
        return None

    def _slice(self, start: int, end: int) -> tuple[int, int, str]:
        return start, end, self.text[start:end]

    def _joined(self, start: int, second: int, end: int, first_end: int) -> str:
        return self.text[start:first_end].rstrip(" ,") + " " + self.text[second:end].lstrip(" ,")

    def _draft(self, sentence: Sentence, cue: str, speaker: Speaker,
               content: tuple[int, int, str] | None, cue_at: int) -> _Draft | None:
        if content is None:
            return None
        start, end, text = content
        text = " ".join(text.split())
        words = text.split()
        if len(words) < 3 or words[0].lower() in ("to", "which", "who", "whom"):
            return None
        if sum(1 for w in words if any(ch.isalpha() for ch in w)) < 3:
            return None
        if cue in _JUDGING_CUES and speaker.kind == "group":
            return None
        if cue in _NEEDS_CLAUSE and not (_CLAUSE_WORD.search(text) or _THAT_BEFORE.search(
                self.text[max(sentence.start, start - 8): start])):
            return None  # "wrote the letter", "maintained a lead": an object, not a statement
        if cue not in _PLAIN_CUES and cue not in _JUDGING_CUES and len(words) < 4:
            return None  # "urged a quick vote", "asked for time": an act, not a statement
        return _Draft("reported", start, end, text, sentence.index, speaker, cue, cue_at, sentence.paragraph)

    # -- putting it together --------------------------------------------------------------------

    def run(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        for span in self.scan():
            text = " ".join(" ".join(self.text[s:e].split()) for s, e in span.pieces)
            speaker, cue, cue_at = self.attribute(span)
            start, end = span.pieces[0][0], span.pieces[-1][1]
            sentence = self.sentence_at(start)
            drafts.append(_Draft("direct", start, end, text, sentence.index, speaker, cue, cue_at,
                                 sentence.paragraph))
        self._span_starts = [d.start for d in drafts]
        self._span_ends = [d.end for d in drafts]
        for sentence in self.sentences:
            drafts.extend(self.reported(sentence))
        reports = sorted((d.start, d.end) for d in drafts if d.kind == "reported")
        report_starts = [start for start, _ in reports]
        kept = []
        for draft in drafts:
            if draft.kind == "direct":
                index = bisect_right(report_starts, draft.start) - 1
                if index >= 0 and reports[index][1] >= draft.end - 2:
                    continue  # a partial quotation inside a report of speech: the report carries it
            kept.append(draft)
        drafts = sorted(kept, key=lambda d: (d.start, d.kind))
        self._resolve(drafts)
        return [d for d in drafts if _worth_keeping(d)]

    def _opens_sentence(self, content_start: int) -> bool:
        """True when a quotation stands at the start of its sentence (nothing but its mark before it)."""
        sentence = self.sentence_at(content_start)
        return content_start - sentence.start <= 4 and \
            not self.text[sentence.start: content_start].strip(" \n\"“„«»‘'`:—–-")

    def _resolve(self, drafts: list[_Draft]) -> None:
        """Give each quote its final speaker: pronouns resolved, short names completed, silence continued."""
        people = PersonIndex()
        for sentence in self.sentences:
            people.add_sentence(self.text[sentence.start:sentence.end], sentence.start, sentence.index)
        speakers: dict[int, Mention] = {}
        previous: _Draft | None = None
        for draft in drafts:
            speaker = draft.speaker
            if speaker is None and draft.kind == "direct" and previous is not None \
                    and previous.paragraph == draft.paragraph and previous.kind == "direct" \
                    and previous.speaker is not None and (
                        self._opens_sentence(draft.start)
                        or (previous.sentence_index == draft.sentence_index and draft.text[:1].islower())):
                # "...," she said. "More words." The second quotation is hers too; so is the rest of
                # an interrupted one ("...," she said, "but more").
                draft.speaker, draft.cue, draft.resolved = previous.speaker, previous.cue, previous.resolved
            elif speaker is not None and speaker.kind == "pronoun":
                mention = None
                if speaker.name in PERSON_PRONOUNS:
                    gender: Literal["f", "m"] = "f" if speaker.name == "she" else "m"
                    mention = people.antecedent(draft.cue_at, self.sentence_at(draft.cue_at).index, gender,
                                                speakers)
                elif speaker.name in ("they", "it") and _spoke_just_before(previous, draft):
                    # "The ministry said ... It added": a group or an institution spoke just before.
                    draft.speaker = previous.speaker if previous is not None else None
                if mention is not None:
                    draft.resolved = mention
                    draft.by_pronoun = True
                    draft.speaker = Speaker(mention.name, mention.role, "person", mention.gender)
                elif draft.speaker is speaker:
                    draft.speaker = None
            elif speaker is not None and speaker.kind == "person":
                full = people.full_name(speaker.name, draft.cue_at)
                if full is not None and len(full.name.split()) > len(speaker.name.split()):
                    speaker = Speaker(full.name, speaker.role or full.role, "person", speaker.gender)
                    draft.speaker = speaker
                mention = Mention(draft.cue_at, self.sentence_at(draft.cue_at).index, speaker.name,
                                  speaker.role, speaker.gender)
                people.add(mention.offset, mention.sentence_index, mention.name, mention.role, mention.gender)
                draft.resolved = mention
            if draft.resolved is not None:
                speakers[self.sentence_at(draft.cue_at).index] = draft.resolved
            previous = draft


def _spoke_just_before(previous: _Draft | None, draft: _Draft) -> bool:
    """True when an institution or a group made the statement a sentence or two before ``draft``."""
    return previous is not None and previous.speaker is not None \
        and previous.speaker.kind in ("organisation", "group") \
        and draft.sentence_index - previous.sentence_index <= 2


def _partial(cue: str, gap: str) -> bool:
    """True when words of the statement stand between the speech verb and the quotation mark."""
    position = 0
    if cue in _OBJECT_CUES:
        listener = _LISTENER.match(gap)
        if listener:
            position = listener.end()
    for _ in range(4):
        intro = _INTRO.match(gap, position)
        if intro is None or intro.end() == position:
            break
        position = intro.end()
    rest = re.sub(r"^\s*(?:that\b)?[\s,:;—–-]*", "", gap[position:])
    return bool(rest.strip())


def _worth_keeping(draft: _Draft) -> bool:
    """Scare quotes and titles are no statements; a report needs someone who made it."""
    if draft.kind == "reported":
        return draft.speaker is not None
    words = draft.text.split()
    if not words:
        return False
    ends_like_speech = draft.text.rstrip("”\"’'").endswith(("!", "?", "."))
    if 2 <= len(words) <= 8 and _title_case(words) and not ends_like_speech:
        return False  # a Title Case name: a book, a film, a show, a slogan
    if draft.speaker is not None:
        return True
    return len(words) >= _MIN_UNATTRIBUTED_WORDS


_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as vs".split())


def _title_case(words: list[str]) -> bool:
    """Every word but the small ones capitalised: "Good Morning America", "The Art of the Deal"."""
    letters = [w.strip("“”\"‘’'.,:;!?()") for w in words]
    letters = [w for w in letters if w and any(ch.isalpha() for ch in w)]
    content = [
        w for w in letters[1:] if w.lower() not in _TITLE_SMALL_WORDS and w not in ("I", "I’m", "I'm")
    ]
    return bool(content) and all(w[:1].isupper() for w in content) and letters[0][:1].isupper()


def _is_clause_tail(pre: str) -> bool:
    """True when the words before the speaker are a finished statement ending in a comma."""
    return pre.rstrip().endswith(",") and len(pre.split()) >= 3


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
    for boundary in _CLAUSE_START.finditer(stripped):
        cut = boundary.end()
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


_INTRO = re.compile(
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
_LISTENER = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their)\s+)?(?:(?:[A-Z][\w.'’&\-]*|of)\s+){0,5}[A-Z][\w.'’&\-]*"
    r"(?:\s*\([^()]{1,20}\))?"
    r"|\s*(?:him|her|them|me|us|you|reporters|journalists|supporters|lawmakers|members|voters|viewers|"
    r"listeners|readers|(?:the|an?|his|her|their|its)(?:\s+[a-z][\w\-]*){1,3}"
    r"(?=\s+(?:that|as|the|a|an|he|she|they|it|we|i|his|her|their)\b))\b"
    r"|\s*(?:the|an?|his|her|their|its)\s+\w+\b"
)


# Where a reported statement may stop: a dash, a semicolon, a colon, or a comma before a new clause.
_TAG_VERBS = (
    "said|says|told|tells|added|adds|insisted|insists|argued|argues|noted|warned|tweeted|wrote|questioned|"
    "reiterated|acknowledged|conceded|calling|saying|adding|claimed|claims|predicted|suggested|asked"
)
_CLAUSE_END = re.compile(
    r"\s(?:—|--|–)\s|;|:\s|"
    r",\s+(?:and|but)\s+(?=(?:he|she|they|it|we|i|the|a|an|his|her|their|its|[A-Z]))|"
    r",\s+(?:as|while|which|though|although|even|according|with|who|whom|where|when|said|says|added|adding|"
    r"saying|(?!including)[a-z]+ing)\b|"
    # another speech tag: "..., he said there was ...", "... and insisted that ..."
    rf",\s+(?:[\w’'.\-]+\s+){{1,3}}?(?:{_TAG_VERBS})\b|"
    rf"\s(?:and|but)\s+(?:also\s+)?(?:[A-Z][\w’'.\-]*\s+){{0,2}}(?:{_TAG_VERBS})\b"
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
        return boundary.start()


def _content_after(cue: str, right: str) -> tuple[int, int, bool] | None:
    """Where the reported statement stands after its speech verb: past the listener, time and "that"."""
    window = right[: _MAX_SENTENCE]
    that = re.search(r"\bthat\b", window[:120])
    position = 0
    if cue in _OBJECT_CUES:
        if that is not None and len(window[: that.start()].split()) <= 8:
            position = that.end()
        else:
            listener = _LISTENER.match(window)
            if listener:
                position = listener.end()
    for _ in range(4):  # a few intros in a row: "said on Tuesday, in a statement, that"
        intro = _INTRO.match(window, position)
        if intro is None or intro.end() == position:
            break
        position = intro.end()
    # "said during this week's debate that ...": a prepositional phrase, then the statement.
    later_that = re.match(r"\s*(?:in|on|at|during|after|before|for|from|with|about|via|through)\s+"
                          r"(?:[^\s,;:.]+\s+){0,9}?that\b", window[position:])
    if later_that:
        position += later_that.end()
    explicit = (that is not None and position >= that.end()) or later_that is not None
    that_here = re.match(r"\s*(?:,\s*)?that\b", window[position:])
    if that_here:
        position += that_here.end()
        explicit = True
    lead = len(window[position:]) - len(window[position:].lstrip(" ,:"))
    position += lead
    first = window[position:].split(None, 1)
    if not explicit and first and first[0].lower().strip(",") in _NOT_OPENERS:
        return None
    end = _end_trim(window, len(window))
    stop = _statement_end(window, position, end)
    if stop < end:
        end = _end_trim(window, stop)
    if end - position < 10 or len(window[position:end].split()) < 3:
        return None
    # A long statement after the verb is what was said even without "that".
    return position, end, explicit or len(window[position:end].split()) >= 6


# -- ranking ---------------------------------------------------------------------------------------

_PLAIN_CUES = frozenset(
    "said says say saying told tells tell telling added adds adding stated noted noting explained "
    "wrote writes informed announced reported insisted argued declared warned claimed".split()
) | {"according to", "went on to say", "went on to add"}
_SPEAKER_WEIGHT = {"person": 1.0, "organisation": 0.75, "group": 0.45}


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 2]


# Words that show a reported statement is a clause with a verb, not a bare noun phrase.
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
    r"he|she|they|it|we|i|there)\b|n['’]t\b",
    re.IGNORECASE,
)


def _stem(word: str) -> str:
    """A crude stem, enough to match "borders" with "border" and "Iraq's" with "Iraq"."""
    word = re.sub(r"['’]s$", "", word)
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _score(drafts: list[_Draft], article: Article) -> list[float]:
    """How much each quote matters: its centrality, who speaks, direct or reported, its length, place."""
    frequency: Counter[str] = Counter()
    for sentence in article.sentences:
        frequency.update(set(_words(sentence.text)))
    count = max(1, len(article.sentences))
    raw = []
    for draft in drafts:
        words = set(_words(draft.text))
        raw.append(sum(math.log1p(frequency[w]) for w in words) / (len(words) + 4))
    top = max(raw, default=1.0) or 1.0
    headline = {_stem(w) for w in _words(article.headline or "")}
    scores = []
    for draft, centrality in zip(drafts, raw, strict=True):
        length = len(draft.text.split())
        length_weight = min(1.0, length / 6) if length <= 60 else max(0.4, 60 / length)
        speaker = _SPEAKER_WEIGHT.get(draft.speaker.kind, 0.3) if draft.speaker else 0.0
        if draft.kind == "direct":
            kind = 1.0 if draft.speaker is not None else 0.4
        elif draft.cue in _PLAIN_CUES:
            # A plain verb of saying reports speech more surely than one that judges; a statement with a
            # verb more surely than a noun phrase ("declared a closure").
            kind = 0.8 if _CLAUSE_WORD.search(draft.text) else 0.6
        else:
            kind = 0.4
        place = 1.0 - 0.5 * draft.sentence_index / count
        # The story's own subject, as its headline states it.
        topical = min(1.0, len(headline & {_stem(w) for w in _words(draft.text)}) / 2) if headline else 0.0
        # A statement tagged "he said" usually follows up one made under the speaker's name.
        follow_up = 0.06 if draft.by_pronoun else 0.0
        scores.append(0.20 * centrality / top + 0.25 * speaker + 0.25 * kind + 0.10 * length_weight
                      + 0.10 * place + 0.10 * topical - follow_up)
    return scores


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3:
        return {tuple(words)}
    return {tuple(words[i: i + 3]) for i in range(len(words) - 2)}


class _DuplicateFilter:
    """Near-duplicate test against the quotes already chosen, through an index of word triples."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, ...], list[int]] = {}
        self._sizes: list[int] = []

    def is_duplicate(self, shingles: set[tuple[str, ...]]) -> bool:
        shared: Counter[int] = Counter()
        for shingle in shingles:
            posting = self._index.get(shingle, ())
            if len(posting) > 50:
                continue  # a phrase many quotes share says nothing about repetition
            for chosen in posting:
                shared[chosen] += 1
        for chosen, overlap in shared.items():
            smaller = min(len(shingles), self._sizes[chosen])
            union = len(shingles) + self._sizes[chosen] - overlap
            if overlap / union >= 0.5 or overlap / smaller >= 0.8:
                return True
        return False

    def add(self, shingles: set[tuple[str, ...]]) -> None:
        number = len(self._sizes)
        self._sizes.append(len(shingles))
        for shingle in shingles:
            self._index.setdefault(shingle, []).append(number)


def _to_quote(draft: _Draft, score: float) -> Quote:
    speaker = draft.speaker
    if speaker is not None and (speaker.kind == "pronoun" or speaker.name.lower() in PRONOUNS):
        speaker = None  # never "he": a pronoun nobody could be found for stays unattributed
    return Quote(
        text=draft.text,
        speaker=speaker.name if speaker else None,
        kind="direct" if draft.kind == "direct" else "reported",
        sentence_index=draft.sentence_index,
        role=speaker.role if speaker else None,
        cue=draft.cue,
        start=draft.start,
        end=draft.end,
        score=round(score, 4),
    )


def find_quotes(article: Article) -> list[Quote]:
    """Every statement in the body, in article order: direct quotations and reported speech.

    Scare quotes and titles (a few words in quotation marks, no speaker) are left out; a report of
    speech is kept only when its speaker is known.
    """
    if not article.sentences:
        return []
    drafts = _Extractor(article).run()
    scores = _score(drafts, article)
    return [_to_quote(draft, score) for draft, score in zip(drafts, scores, strict=True)]


def key_quotes(article: Article, count: int) -> list[Quote]:
    """The ``count`` statements that matter most, in article order, without repeats.

    Chosen greedily by score; a second quote from the same speaker pays a small penalty so that the
    panel shows several voices, and a near-duplicate of a chosen quote is never taken.
    """
    if count <= 0:
        return []
    quotes = find_quotes(article)
    order = sorted(range(len(quotes)), key=lambda i: -quotes[i].score)
    taken = [False] * len(quotes)
    chosen: list[Quote] = []
    duplicates = _DuplicateFilter()
    voices: Counter[str | None] = Counter()
    head = 0  # every quote before ``head`` in ``order`` is taken or rejected
    while head < len(order) and len(chosen) < count:
        window: list[int] = []
        for index in order[head: head + 64]:
            if not taken[index]:
                window.append(index)
        # The best score after a small penalty per quote already shown from the same speaker.
        pick = max(window, key=lambda i: quotes[i].score - 0.12 * voices[quotes[i].speaker])
        taken[pick] = True
        while head < len(order) and taken[order[head]]:
            head += 1
        quote = quotes[pick]
        shingles = _shingles(quote.text)
        if duplicates.is_duplicate(shingles):
            continue
        duplicates.add(shingles)
        voices[quote.speaker] += 1
        chosen.append(quote)
    return sorted(chosen, key=lambda q: q.start)


__all__ = ["find_quotes", "key_quotes"]
