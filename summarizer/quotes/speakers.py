"""The speaker stage: each quote's final speaker, with pronouns resolved and short names completed.

"he" and "she" go to the nearest earlier person of the same gender (the speaker of an earlier
sentence first, then the people it names); "Lee" goes to the latest full name with that surname
("Ann Lee"), so two people who share a surname stay two; an untagged quotation that follows a tagged
one in the same paragraph is the same speaker's. Pure: drafts in, new drafts out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from ..article.sentences import lower_case_words
from ..models import Sentence
from .body import Body, Draft
from .lexicon import (
    GROUP_NOUNS,
    HONORIFICS,
    PEOPLES,
    PERSON_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    SENTENCE_ADVERBS,
)
from .marks import Span
from .people import (
    Mention,
    PersonIndex,
    Speaker,
    clause_subject,
    clean_name,
    index_people,
    is_name_token,
    np_tail,
    parse_speaker,
    surname_key,
)


def _opens_sentence(body: Body, content_start: int) -> bool:
    """True when a quotation stands at the start of its sentence (nothing but its mark before it)."""
    sentence = body.sentence_at(content_start)
    return content_start - sentence.start <= 4 and \
        not body.text[sentence.start: content_start].strip(" \n\"“„«»‘'`:—–―-「‹")


_CONNECTIVES = frozenset("instead still yet now then later also however but and so again meanwhile".split())


def _after_connective(body: Body, content_start: int) -> bool:
    """True when only a connective stands before a quotation in its sentence ("Instead, “...”")."""
    sentence = body.sentence_at(content_start)
    words = body.text[sentence.start: content_start].strip(" \n\"“„«»‘'`:—–―-,").split()
    if not 1 <= len(words) <= 2 or any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0].lower().strip(",")
    return first in _CONNECTIVES or first in SENTENCE_ADVERBS or (first.endswith("ly") and len(first) > 4)


def _opens_paragraph(body: Body, content_start: int) -> bool:
    """True when a quotation opens its paragraph."""
    sentence = body.sentence_at(content_start)
    first = sentence.index == 0 or body.sentences[sentence.index - 1].paragraph != sentence.paragraph
    return first and _opens_sentence(body, content_start)


def _spoke_just_before(previous: Draft | None, draft: Draft) -> bool:
    """True when an institution or a group made the statement a sentence or two before ``draft``."""
    return previous is not None and previous.speaker is not None \
        and previous.speaker.kind in ("organisation", "group") \
        and draft.sentence_index - previous.sentence_index <= 2


def _continues(previous: Draft | None, draft: Draft, body: Body) -> bool:
    """ "...," she said. "More words." The second quotation is hers too; so is the rest of an
    interrupted one ("...," she said, "but more")."""
    if draft.speaker is not None or draft.kind != "direct" or previous is None or previous.speaker is None:
        return False
    if previous.kind != "direct":
        # "Ann Lee said the plan would fail. “It is a disaster.”": a quotation that opens its sentence
        # right after a person's reported statement, with no narration between, is the same person's.
        return previous.speaker.kind == "person" and _opens_sentence(body, draft.start) \
            and previous.paragraph >= draft.paragraph - 1 \
            and _nothing_between(body, previous.end, draft.start)
    # A quotation that runs over paragraphs ends in a later one than it opens in: its tag stands there.
    last = body.sentence_at(max(previous.start, previous.end - 1))
    if last.paragraph == draft.paragraph:
        # "“...,” Lee said on radio, adding, “...”": a second quotation in the tagged one's sentence.
        return _opens_sentence(body, draft.start) or last.index == draft.sentence_index or (
            draft.sentence_index - last.index == 1 and _after_connective(body, draft.start))
    # A paragraph that is one untagged quotation, right after a paragraph that ends with a tagged one,
    # goes on with the same speaker: the convention of running quotes.
    return last.paragraph == draft.paragraph - 1 and _opens_paragraph(body, draft.start) \
        and _tag_ends_paragraph(body, previous.end, last)


def _within_quoted_paragraph(previous: Draft | None, draft: Draft, body: Body,
                             people: Callable[[], PersonIndex]) -> bool:
    """ "“...,” Lee said, and the toll, she added, was “a tax on work for everyone who drives in.”": a quotation
    inside a sentence of the paragraph a tagged quotation opened, with nobody else named between them, is
    that speaker's. (Only when no rule found a speaker in its own sentence.)"""
    if previous is None or previous.kind != "direct" or previous.speaker is None or draft.kind != "direct":
        return False
    if body.sentence_at(max(previous.start, previous.end - 1)).paragraph != draft.paragraph:
        return False
    if len(draft.text.split()) < UNTAGGED_MIN_WORDS:
        return False
    after_tag = max(previous.end, previous.cue_at + len(previous.speaker.name))
    own = surname_key(previous.speaker.name)
    if any(surname_key(m.name) != own for m in people().between(after_tag, draft.start)):
        return False
    # The words between go on with the speaker's talk: a speech verb or "he"/"she" ("she went on",
    # "adding"), not someone else's view ("though the council saw the toll as ...").
    between = body.text[after_tag: draft.start]
    # The tag's own verb ("Ann Lee said, though ...") is not a second one.
    cues = [c for c in body.cues_between(after_tag, draft.start)
            if not (c.text == previous.cue and c.start - after_tag < 30)]
    return bool(cues) or bool(_SPEAKER_PRONOUN.search(between)) or _opens_main_clause(body, draft.start)


_BARE_SUBJECT = frozenset("it this that".split())


def _opens_main_clause(body: Body, content_start: int) -> bool:
    """True when a quotation opens the main clause of its sentence, after opening phrases only
    ("Unless the rain stops, “the harvest is lost”", "For farmers, “the toll is ...”", "It “costs too much”"):
    nobody else's clause stands before it."""
    sentence = body.sentence_at(content_start)
    before = body.text[sentence.start: content_start].rstrip(_OPENING)
    if not before or _holds_quotation(before):
        return False
    last = before.rsplit(",", 1)[-1].split()
    return ("," in before and not last) or (len(last) == 1 and last[0].lower() in _BARE_SUBJECT)


_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b")


def _tag_ends_paragraph(body: Body, end: int, last: Sentence) -> bool:
    """True when nothing but a quotation's own tag follows it in its paragraph: its sentence ends the
    paragraph, or the quotation ends its sentence and one more sentence (the tag) ends the paragraph.
    Counted in sentences, so that the full stops of "U.S." or "St. Paul" in the tag do not count."""
    later = 0
    index = last.index + 1
    while index < len(body.sentences) and body.sentences[index].paragraph == last.paragraph:
        later += 1
        index += 1
    return later == 0 or (later == 1 and not body.text[end: last.end].strip(" \n\"”’»“.!?,"))


# Examples of ``_continues``: each paragraph (blank lines between paragraphs) with the speakers of its
# direct quotations in order; a None is a quotation the rule must leave without a speaker.
RUNNING_QUOTES: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    # A quotation over two paragraphs, each reopened, tagged in the second: the next one goes on.
    ("“Voters are tired of the old roads,” Ms. Kerr said. “The new bridge will carry them home.\n\n"
     "“There is another side to it that nobody talks about,” she said. “I do not know if it was anger or "
     "fear. But it was plain that many felt it.”", ("Ms. Kerr", "Ms. Kerr", "Ms. Kerr")),
    # Full stops inside the tag ("U.S.") are no sentence of narration after it.
    ("“We will not let the county close the clinic,” Ms. Kerr told the U.S. delegation when asked.\n\n"
     "“It is everything but the clinic, because the clinic means jobs and it means care for the old.”",
     ("Ms. Kerr", "Ms. Kerr")),
    # After a report by a body or a group, the quotation is nobody's: it may be a member's or a critic's.
    ("Some critics said the county would close the clinic. “That is because the clinic, which serves half "
     "the valley, remains the most important place for care.”", (None,)),
    # Inside a later sentence of the paragraph, when the words between go on with the speaker's talk.
    ("“We will not pay for it,” Ann Lee said on Monday. The toll, she went on, was “a tax on work for "
     "everyone who drives in from the valley.”", ("Ann Lee", "Ann Lee")),
    ("“We will not pay for it,” Ann Lee said on Monday. The council saw the toll as “a tax on work for "
     "everyone who drives in from the valley.”", ("Ann Lee", None)),
    ("“We will not pay for it,” Ann Lee said on Monday. To her ally Tom Hale the toll is “a tax on work "
     "for everyone who drives in from the valley.”", ("Ann Lee", None)),
    # A report in the rest of the tag's sentence does not stop the next quotation going on with the tag.
    ("“The hall looked splendid,” Ann Lee told the Herald when asked about the opening night. “They all "
     "worked hard.”", ("Ann Lee", "Ann Lee")),
    # A tag that introduces the next quotation ("Tom Hale said: “...”") is not the one before's.
    ("“The ferry is late again,” Ann Lee said. “It was late all week.” Tom Hale said: “The council sold the "
     "boats.”", ("Ann Lee", "Ann Lee", "Tom Hale")),
    # A sentence that says something of its own is no tag for the quotation before it.
    ("Ann Lee said the orchard “has not paid for three seasons.” Tom Hale agreed that the frost was to blame.\n\n"
     "“We will see about the toll on the bridge,” Tom Hale said.", ("Tom Hale",)),
    # A quotation that opens the main clause of a later sentence, after an opening phrase, goes on too.
    ("“We will not pay for it,” Ann Lee said on Monday. For the farmers in the valley, “the toll is a tax on "
     "work and on everyone who drives in.”", ("Ann Lee", "Ann Lee")),
    # Narration after the tag, then a new paragraph: nobody is named for it.
    ("“We will not let the county close the clinic,” Ms. Kerr said. Then the meeting ended early.\n\n"
     "“It is everything but the clinic, because the clinic means jobs and it means care for the old.”",
     ("Ms. Kerr", None)),
    ("Nobody spoke for long at the meeting on the clinic.\n\n“It is everything but the clinic, because the "
     "clinic means jobs and it means care for the old.”", (None,)),
)


def _within_tag(previous: Draft | None, draft: Draft, body: Body) -> bool:
    """True when a report stands in the rest of a tagged quotation's own sentence ("“...,” Lee told the
    council when asked if the bridge would open. “...”"): the quotation after it goes on with the tag's
    speaker, as if the report were not there."""
    if previous is None or previous.kind != "direct" or previous.speaker is None or draft.kind != "reported":
        return False
    last = body.sentence_at(max(previous.start, previous.end - 1))
    return draft.start >= previous.end and body.sentence_at(draft.start).index == last.index \
        and draft.end <= last.end


def _nothing_between(body: Body, end: int, start: int) -> bool:
    """True when only the rest of a statement's own sentence stands between it and a quotation."""
    return body.sentence_at(start).index - body.sentence_at(max(end - 1, 0)).index <= 1 \
        and body.sentence_at(max(end - 1, 0)).end >= end


# A quotation this long with no speech tag is still a statement (shorter ones are scare quotes or titles).
UNTAGGED_MIN_WORDS = 6
# How far before a quotation (characters) the sentence naming its speaker may start: a long sentence.
_UNTAGGED_REACH = 400
_OPENING = " \n\"“„«»‘'`「‹"
_LEADING_LINK = re.compile(r"^(?:And|But|So|Then|Yet|Or|As)\s+")
_LAST_DASH = re.compile(r"(?:\s[—–-]+\s*|\s*[—–]\s*|\s-(?=[A-Z]))(?P<name>[^—–]{2,80})$")
_PARTICIPLE_WORD = re.compile(r"[A-Z][a-z]+(?:ing|ed)\b")  # "Citing", "Asked": an opening phrase


def _named_subject(clause: str) -> Speaker | None:
    """The subject that opens ``clause`` when it surely names someone: a person, "he" or "she", or an
    institution written as a name ("the Town Board of Elections"); never a common noun ("The timing")."""
    clause = _LEADING_LINK.sub("", clause.strip())
    speaker = clause_subject(clause)
    if speaker is None:
        return None
    # The subject opens the clause, or follows an opening phrase and its comma; a name further on
    # ("Citing last week’s Paris attack as ...") is no subject.
    role = speaker.role or ""
    if role.endswith(("’s", "'s")) or _PARTICIPLE_WORD.match(role):
        return None  # "Citing last week’s Paris": an opening phrase read as a title
    first = (speaker.role or speaker.name).split()[0]
    # Where the whole phrase stands: "the" alone may be found earlier ("addressing the mayor, the Board").
    at = clause.find(f"{speaker.role} {speaker.name}" if speaker.role else speaker.name)
    at = clause.find(first) if at < 0 else at
    if at < 0 or (at > 0 and not clause[:at].rstrip().endswith(",") and
                  clause[:at].strip().lower() not in ("the", "a", "an")):
        return None
    if speaker.kind == "pronoun":
        return speaker if speaker.name in PERSON_PRONOUNS else None
    words = speaker.name.split()
    if any(word.endswith(("’s", "'s")) for word in words[:-1]):
        return None  # "Here’s Hale": a contraction before the name, no subject
    if speaker.kind == "person":
        return speaker
    named = [w for w in words if w.lower() not in ("the", "of", "for", "and", "&")]
    if speaker.kind == "organisation" and named and all(is_name_token(w) for w in named):
        return speaker
    return None


_HERE_IS = re.compile(r"(?:And\s+|But\s+|So\s+)?Here(?:’s|'s|\s+is|\s+was)\s+(?P<name>(?:[A-Z][\w.’'\-]*\s+){0,3}"
                      r"[A-Z][\w’'\-]*)(?=\s+(?:in|on|at|last|this|from|during|after|before)\b|\s*$)")


def _colon_intro(before: str, previous: str) -> Speaker | None:
    """ "Senator Ann Lee released a statement: “...”", "Pollsters agree - Tom Hale: “...”": the clause that
    a colon ends introduces the quotation, and its subject (or the name after a dash) is the speaker."""
    if not before.endswith(":"):
        return None
    clause = before[:-1].rstrip()
    dash = _LAST_DASH.search(clause)
    if dash is not None:
        named = parse_speaker(dash.group("name"))
        if named is not None and named.kind in ("person", "organisation") and \
                all(is_name_token(w) or w.lower() in ("and", "of", "from") for w in named.name.split()):
            return named
        clause = dash.group("name")  # "... - More from Hale:"
    here = _HERE_IS.match(clause)
    if here is not None:
        # "Here is Hale in the spring of 2010:": the name presented is the speaker.
        named = parse_speaker(here.group("name"))
        return named if named is not None and named.kind == "person" else None
    subject = _named_subject(clause)
    if subject is not None:
        return subject
    # "The timing does not surprise pollster Tom Hale:": a full name ends the clause.
    tail = np_tail(clause)
    named = parse_speaker(tail[0]) if tail is not None else None
    if named is not None and named.kind == "person" and len(named.name.split()) >= 2:
        return named
    return None


def _colon_before(before: str, previous: str) -> Speaker | None:
    """ "Mayor Tom Hale released the following statement:" as a sentence (or a paragraph) of its own,
    with the quotation after it: the colon's clause introduces the quotation."""
    if before or not previous.rstrip().endswith(":"):
        return None
    return _colon_intro(previous.rstrip(), "")


def _inside_sentence(before: str, previous: str) -> Speaker | None:
    """ "Ann Lee thanked the mayor for “...”": a quotation inside a sentence whose subject names someone,
    with no speech tag, is that subject's words."""
    if not before or before.endswith(":") or len(before.split()) < 2:
        return None
    return _named_subject(before)


def _after_subject(before: str, previous: str) -> Speaker | None:
    """ "Tom Hale is upbeat about the vote. “We will win it.”": a quotation that is a sentence of its own,
    right after a sentence of the same paragraph about a named person, goes on with that person."""
    if before or not previous:
        return None
    speaker = _named_subject(previous)
    if speaker is None or speaker.kind != "person":
        return None
    # "Nobody spoke for long.": a capitalised common word opening the sentence names nobody.
    one_word = " " not in speaker.name and not speaker.role
    return None if one_word and speaker.name.lower() in lower_case_words("english") else speaker


@dataclass(frozen=True)
class UntaggedRule:
    """A way to find the speaker of a quotation that has no speech tag, with examples: each ``catches``
    row is a paragraph and the speaker the rule gives; each ``leaves`` paragraph keeps no speaker."""

    name: str
    find: Callable[[str, str], Speaker | None]  # (sentence text before the quotation, previous sentence)
    catches: tuple[tuple[str, str], ...]
    leaves: tuple[str, ...]


UNTAGGED_RULES: tuple[UntaggedRule, ...] = (
    UntaggedRule(
        "colon-introduces", _colon_intro,
        catches=(
            ("Senator Ann Lee released the following statement: “We offer our sympathy to every family.”",
             "Ann Lee"),
            ("Turnout keeps rising - Tom Hale: “Early voting in the county has doubled since the last race.”",
             "Tom Hale"),
            ("The timing does not surprise pollster Tom Hale: “Lesser-known candidates always gain in spring.”",
             "Tom Hale"),
            ("And Mayor Ana Ruiz gloated: “I told you all the bridge would be finished early.”", "Ana Ruiz"),
            ("In a radio interview later that day, Hale went even further: “If she loses, it is the end of "
             "her career in the town.”", "Hale"),
            ("Here is Hale in the spring of 2010: “Our new direction must rest on the tides and timetables of "
             "the island.”", "Hale"),
            ("Here’s Ann Lee: “The ferry is the lifeline of every island and the council knows it.”", "Ann Lee"),
        ),
        leaves=(
            "The sign on the door reads: “Closed until further notice for the winter months.”",
            "Here is the list: “bread, milk, eggs, butter, flour, sugar and tea for the week.”",
            "Here is the River Road in winter: “closed until spring, by order of the county board.”",
        ),
    ),
    UntaggedRule(
        "colon-ends-the-sentence-before", _colon_before,
        catches=(
            ("When the old judge died, Mayor Tom Hale released the following statement:\n\n“Our thoughts "
             "are with the judge's family and his many friends.”", "Tom Hale"),
            ("The county clerk Ann Lee echoed:\n\n“He speaks his mind, and that might be what the county "
             "needs.”", "Ann Lee"),
            ("As if to answer the mayor, the River County Board of Elections was firm:\n\n“Further talk on "
             "this issue is not needed at all.”", "the River County Board of Elections"),
        ),
        leaves=(
            "The sign on the door of the hall read as follows:\n\n“Closed until further notice for the "
            "winter months.”",
            "The flood came fast and the road was closed.\n\n“Our thoughts are with the judge's family and "
            "his many friends.”",
        ),
    ),
    UntaggedRule(
        "inside-a-sentence", _inside_sentence,
        catches=(
            ("Ann Lee thanked the mayor for “stepping up and acting when the council would not.”", "Ann Lee"),
            ("Former Gov. Tom Hale, for his part, is calling the fee “a blatant and belligerent abuse of power.”",
             "Tom Hale"),
        ),
        leaves=(
            "The timing of the vote was “a blatant and belligerent abuse of power by the board.”",
            "Residents were told to expect “several weeks of delays on the river road.”",
            "Citing last week’s Salem flood as a warning to the town and its “dreams of a bridge built on sand,”",
            "In contrast to Hale in Tarn, Will had praise for the speech in Dunmore, Velmont, which Will claims "
            "affirmed “the old belief in the sovereignty and the prerogatives of the town.”",
        ),
    ),
    UntaggedRule(
        "after-a-sentence-about-someone", _after_subject,
        catches=(
            ("Tom Hale is upbeat about the vote. “Not only can we win in May, we can win by a wide margin.”",
             "Tom Hale"),
            ("Tom Hale is upbeat about the vote.\n\n“Not only can we win in May, we can win by a wide margin.”",
             "Tom Hale"),
        ),
        leaves=(
            "The vote is in May. “Not only can we win in May, we can win by a wide margin.”",
            "The vote is in May. Tom Hale is upbeat about it.\n\n“Not only can we win in May, we can win by a "
            "wide margin.”",
        ),
    ),
)


def _untagged(body: Body, draft: Draft) -> tuple[Speaker, int] | None:
    """The speaker of a long quotation without a speech tag, by the first rule that finds one, and where
    that speaker stands."""
    if len(draft.text.split()) < UNTAGGED_MIN_WORDS:
        return None
    sentence = body.sentence_at(draft.start)
    if draft.start - sentence.start > _UNTAGGED_REACH:
        return None  # the sentence's subject is too far back to stand for the quotation (and each read is bounded)
    before = body.text[sentence.start: draft.start].rstrip(_OPENING)
    previous = ""
    if sentence.index > 0 and not before:
        earlier = body.sentences[sentence.index - 1]
        # The sentence before, in the same paragraph; from the paragraph before only when its colon
        # introduces this one ("... released the following statement:"), or when it is that paragraph's
        # one sentence and the quotation opens its own ("Tom Hale is upbeat.\n\n“We will win.”").
        alone = earlier.index == 0 or body.sentences[earlier.index - 1].paragraph != earlier.paragraph
        if earlier.end - earlier.start <= _UNTAGGED_REACH and not _holds_quotation(earlier.text) and (
                earlier.paragraph == sentence.paragraph or earlier.text.rstrip().endswith(":")
                or (alone and earlier.paragraph == sentence.paragraph - 1)):
            previous = earlier.text
    for rule in UNTAGGED_RULES:
        found = rule.find(before, previous)
        if found is not None:
            at = sentence.start if before else body.sentences[sentence.index - 1].start
            return found, at
    return None


def _holds_quotation(text: str) -> bool:
    return any(mark in text for mark in "“”\"«»„")


# How many sentences back "they" looks for the group it stands for.
_THEY_REACH = 3
_AND_NAME = re.compile(r"\s+and\s+((?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*)")
_PEOPLE_PLURAL = ("ies", "ers", "ors", "ists", "ians", "ans", "als", "ives", "ents")


def _plural_antecedent(body: Body, cue_at: int, people: Callable[[], PersonIndex]) -> Speaker | None:
    """The group "they" stands for: the nearest plural subject before it ("Senate Democrats blocked the
    bill because they said ...", "Companies say ... They note ..."), or two people named together ("Ann
    Lee and Tom Hale wrote a report. In it, they conclude ..."), within a few sentences and paragraphs."""
    sentence = body.sentence_at(cue_at)
    for index in range(sentence.index, max(-1, sentence.index - _THEY_REACH - 1), -1):
        earlier = body.sentences[index]
        if earlier.paragraph < sentence.paragraph - 1:
            break
        end = cue_at if index == sentence.index else earlier.end
        text = body.text[earlier.start: min(end, earlier.start + _UNTAGGED_REACH)]
        if _holds_quotation(text):
            continue
        subject = clause_subject(text)
        if subject is None or subject.kind == "pronoun":
            continue
        if subject.kind == "person":
            named = _AND_NAME.match(text, text.find(subject.name) + len(subject.name)) \
                if subject.name in text else None
            if named is not None and parse_speaker(named.group(1)) is not None:
                return Speaker(f"{subject.name} and {named.group(1)}", None, "group")
            word = subject.name
            if " " in word or subject.role or not word.lower().endswith(_PEOPLE_PLURAL) or \
                    people().full_name(word, cue_at) is not None:
                return None  # one person is the nearest subject: "they" is somebody else
            return Speaker(word, None, "group")  # "Companies", "Millennials": a plural at the start
        head = subject.name.split()[-1].lower()
        if head in GROUP_NOUNS or head in PEOPLES or head.endswith(_PEOPLE_PLURAL) or (
                head.endswith("s") and not head.endswith(("ss", "'s", "’s"))):
            return subject
    return None


# Examples of ``_plural_antecedent``: a paragraph, words of the statement "they" made, and its speaker
# (None: the report is dropped, since "they" names nobody the article gives).
THEY_EXAMPLES: tuple[tuple[str, str, str | None], ...] = (
    ("The county farmers blocked the plan because they said the water rules were unfair.",
     "the water rules", "The county farmers"),
    ("Shopkeepers say the toll keeps buyers away. What is more, they note, the bridge is closed on Sundays.",
     "the bridge is closed", "Shopkeepers"),
    ("Ann Lee and Tom Hale wrote a long report on the river. In it, they conclude that the dam is unsafe.",
     "the dam is unsafe", "Ann Lee and Tom Hale"),
    ("River valley officials polled residents last spring. The survey, they said, stirred fresh fears "
     "about the toll.", "stirred fresh fears", "River valley officials"),
    ("Ann Lee spoke at the hall on Monday. They said the bridge would close.", "the bridge would close", None),
    ("The bridge was closed for a month. They said the toll would rise.", "the toll would rise", None),
)


def resolve(body: Body, drafts: list[Draft], spans: list[Span]) -> list[Draft]:
    """Each draft with its final speaker; ``spans`` (the quotations) keep quoted words out of the index."""
    built: list[PersonIndex] = []

    def people() -> PersonIndex:
        """The person index, built when a draft first asks for it: many articles need none."""
        if not built:
            built.append(index_people(body.text, body.sentences, [(s.open_mark, s.close_end) for s in spans],
                                       body.lowered))
        return built[0]

    speakers: dict[int, Mention] = {}
    previous: Draft | None = None
    out: list[Draft] = []
    for found in drafts:
        draft, speaker = found, found.speaker
        if _continues(previous, draft, body):
            assert previous is not None
            # After a report, the quotation's speaker is inferred from an earlier sentence, as after "he".
            draft = replace(draft, speaker=previous.speaker, cue=previous.cue, resolved=previous.resolved,
                            by_pronoun=previous.kind != "direct")
            speaker = None
        elif speaker is None and draft.kind == "direct":
            guessed = _untagged(body, draft)
            if guessed is not None:
                speaker = guessed[0]
                draft = replace(draft, speaker=speaker, cue_at=guessed[1])
            elif _within_quoted_paragraph(previous, draft, body, people):
                assert previous is not None
                draft = replace(draft, speaker=previous.speaker, cue=previous.cue, resolved=previous.resolved,
                                by_pronoun=True)
        if speaker is not None and speaker.kind == "pronoun":
            mention = None
            new_speaker: Speaker | None = None
            if speaker.name in PERSON_PRONOUNS:
                gender: Literal["f", "m"] = "f" if speaker.name == "she" else "m"
                mention = people().antecedent(draft.cue_at, body.sentence_at(draft.cue_at).index, gender,
                                            speakers)
                if mention is not None:
                    mention = people().learn_gender(mention, gender)
            elif speaker.name in ("they", "it") and _spoke_just_before(previous, draft):
                # "The ministry said ... It added": a group or an institution spoke just before.
                new_speaker = previous.speaker if previous is not None else None
            elif speaker.name == "they":
                new_speaker = _plural_antecedent(body, draft.cue_at, people)
            if mention is not None:
                draft = replace(draft, resolved=mention, by_pronoun=True,
                                speaker=Speaker(mention.name, mention.role, "person", mention.gender))
            else:
                draft = replace(draft, speaker=new_speaker)
        elif speaker is not None and speaker.kind == "person":
            full = people().full_name(speaker.name, draft.cue_at, speaker.gender)
            if full is not None and _name_length(full.name) > _name_length(speaker.name):
                speaker = Speaker(full.name, speaker.role or full.role, "person", speaker.gender or full.gender)
            mention = Mention(draft.cue_at, body.sentence_at(draft.cue_at).index, speaker.name,
                              speaker.role, speaker.gender)
            people().add(mention.offset, mention.sentence_index, mention.name, mention.role, mention.gender)
            draft = replace(draft, speaker=speaker, resolved=mention)
        if draft.resolved is not None:
            speakers[body.sentence_at(draft.cue_at).index] = draft.resolved
        out.append(draft)
        if (draft.speaker is not None or draft.kind == "direct") and not _within_tag(previous, draft, body):
            previous = draft  # a report nobody is found for is dropped: the quotation before it goes on
    return [_cleaned(draft) for draft in _outer_reporters(body, out)]


# Words that open a clause of its own inside a sentence: a speaker after them reports for himself.
_CLAUSE_BREAK = re.compile(
    r"[;—–―]|\s-\s|\b(?:but|while|whereas|although|though|when|whenever|after|before|because|since|until|"
    r"unless|as|and|or|if|even)\b", re.IGNORECASE)
# A sentence that opens with a subordinate clause ("When Ann Lee said ..., Tom Hale replied"): its
# first report is the occasion, not the one who reports the second.
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:(?:And|But|So|Yet)\s+)?(?:(?:Even\s+)?(?:When|Whenever|After|Before|As|While|Although|Though|If|"
    r"Because|Since|Once|Until|Unless|Whereas))\b")


def _reported_within(outer: Draft, inner: Draft, body: Body) -> bool:
    """True when ``inner``'s speech tag stands inside the words ``outer`` reports, in the same clause:
    "Ann Lee said Tom Hale had told her that ...", "According to the survey, most voters said ..."."""
    if outer.kind != "reported" or outer.speaker is None or not outer.start <= inner.cue_at < outer.end:
        return False
    if outer.start >= inner.start or outer.cue_at >= inner.cue_at:
        return False  # the outer speaker must stand first: "The River Post reported that, according to ..."
    sentence = body.sentence_at(inner.cue_at)
    if body.sentence_at(outer.cue_at).index != sentence.index:
        return False
    if _CLAUSE_BREAK.search(body.text, outer.start, inner.cue_at):
        return False
    return not _SUBORDINATE_OPENING.match(body.text[sentence.start: outer.cue_at + 1])


def _outer_reporters(body: Body, drafts: list[Draft]) -> list[Draft]:
    """A report inside another one is the outer speaker's statement: in "Ann Lee said Tom Hale had told
    her the bridge was unsafe", Ann Lee is the one who says so (Tom Hale's words reach the reader
    through her). Only reports within one clause of one sentence; a direct quotation keeps its tag."""
    out = list(drafts)
    for index, inner in enumerate(out):
        if inner.kind != "reported" or inner.speaker is None:
            continue
        back = index - 1
        while back >= 0 and out[back].sentence_index >= inner.sentence_index - 1:
            outer = out[back]
            if _reported_within(outer, inner, body):
                if outer.speaker != inner.speaker:
                    out[index] = replace(inner, speaker=outer.speaker, cue=outer.cue, cue_at=outer.cue_at,
                                         resolved=outer.resolved, by_pronoun=outer.by_pronoun)
                break
            back -= 1
    return out


# Examples of ``_outer_reporters``: a paragraph, words of a report in it, and that report's speaker.
NESTED_REPORTS: tuple[tuple[str, str, str], ...] = (
    ("Ann Lee said Mayor Tom Hale had told her the bridge was unsafe.", "the bridge was unsafe", "Ann Lee"),
    ("According to a county survey, most farmers said the water rules were unfair.", "the water rules",
     "a county survey"),
    ("The clerk noted that engineers say the dam will hold for another decade.", "the dam will hold",
     "The clerk"),
    # Clauses of their own: each report keeps its own speaker.
    ("Ann Lee said the toll was too high, but Tom Hale said the bridge needed the money.", "the bridge needed",
     "Tom Hale"),
    ("When Ann Lee said the toll was too high, Tom Hale replied that the bridge needed the money.",
     "the bridge needed", "Tom Hale"),
    ("The Town Herald reported that, according to the county clerk, the vote was held in secret.",
     "the vote was held", "The Town Herald"),
)


def _common_word(name: str) -> bool:
    """True for a one-word "name" that is an adverb or a participle opening a sentence ("Immediately",
    "Acknowledging", "Reached"): a word the language writes in lower case, with such an ending."""
    if " " in name or not (name.endswith(("ly", "ed")) or (name.endswith("ing") and len(name) >= 7)):
        return False  # "King", "Ewing": too short to tell from a surname
    return name.lower() in lower_case_words("english")


def _name_length(name: str) -> int:
    """Words of a name without its honorifics: "Ms. Lee" is one word, "Ann Lee" two."""
    return sum(1 for word in name.split() if word.lower().rstrip(".") not in HONORIFICS)


def _cleaned(draft: Draft) -> Draft:
    """The speaker's name as an editor would print it; a pronoun nobody was found for stays unattributed."""
    speaker = draft.speaker
    if speaker is None:
        return draft
    if speaker.kind == "pronoun" or speaker.name.lower() in PRONOUNS:
        return replace(draft, speaker=None)
    name = clean_name(speaker.name, numbers=speaker.kind != "group")
    if not name or _common_word(name):
        return replace(draft, speaker=None)
    role = speaker.role
    if role and role.split(None, 1)[0].lower() in POSSESSIVE_DETERMINERS:
        role = None  # "Its director, Ilse Varga, said": "Its" stands for a body the panel does not show
    if name != speaker.name or role != speaker.role:
        return replace(draft, speaker=replace(speaker, name=name, role=role))
    return draft
