"""An interview set out as questions and answers: each answer is the interviewee's own words.

A page that prints an interview as "Q: ... / A: ..." paragraphs quotes its interviewee without quotation
marks: the label says who speaks. The interview is read as one only where at least two paragraphs open
with each label, and the interviewee is the first person the body names in full before the first
question (the introduction: "Ada Thorne has been mayor of Kelby for six years."), not the writer of the
byline. With no such person nothing is claimed: an answer is never shown without its speaker.
"""

from __future__ import annotations

import re

from ..article.sentences import lower_case_words
from .body import Body, Draft
from .lexicon import PERSON_NOUNS
from .people import Speaker, _name_runs, parse_speaker

# "Q:", "Q.", "A:", "A." opening a paragraph, before its first word.
_LABEL = re.compile(r"(?P<label>[QA])[ ]{0,2}[:.][ ]{1,3}(?=\S)")
_MIN_EACH = 2
# A question and answer interview in capitals ("Q&A") may label its answers with the interviewee's
# initials; only the plain labels are read.
INTERVIEW_EXAMPLES: tuple[tuple[tuple[str, ...], str | None, int], ...] = (
    # (the paragraphs, the interviewee, how many answers)
    (("Ada Thorne has been mayor of Kelby for six years. We met her at the town hall.",
      "Q: The tunnel is two years late. Why?", "A: Because we were told the money was coming, and it did not.",
      "Q: Was it worth the wait?", "A: Ask me in a year."), "Ada Thorne", 2),
    # Left alone: one question only (a reader's letter answered), and answers with no one named before them.
    (("Ada Thorne runs the harbour trust.", "Q: Can I moor my boat in winter?",
      "A: Yes, from November to March, for a fee."), None, 0),
    (("We went to the town hall to ask about the tunnel.", "Q: Why is it late?", "A: The money did not come.",
      "Q: Will it open?", "A: Next month."), None, 0),
)


def interviewee(body: Body, before: int, byline: str | None) -> Speaker | None:
    """The first person named in full in the body before offset ``before``, other than the byline's writer
    (the headline and the deck stand above the body and are not read)."""
    for run in _name_runs(body.text, body.paragraphs[0][1], before):
        name = run.group(0).strip()
        if len(name.split()) < 2 or (byline and name in byline):
            continue
        speaker = parse_speaker(name)
        if speaker is None or speaker.kind != "person":
            continue
        first, _, rest = speaker.name.partition(" ")
        if speaker.role is None and len(rest.split()) >= 2 and (
                first.lower() in PERSON_NOUNS or first.lower() in lower_case_words("english")):
            speaker = Speaker(rest, first, "person", speaker.gender)  # "Actress Diane Guerrero": a role, a name
        if len(speaker.name.split()) >= 2:
            return speaker
    return None


def answers(body: Body, byline: str | None = None) -> list[Draft]:
    """The answers of an interview set out as questions and answers, as direct quotations of the
    interviewee (``INTERVIEW_EXAMPLES``); none where the body is no such interview."""
    labelled = [(number, low, high, found) for number, low, high in body.paragraphs
                if (found := _LABEL.match(body.text, low, high)) is not None]
    questions = [item for item in labelled if item[3].group("label") == "Q"]
    replies = [item for item in labelled if item[3].group("label") == "A"]
    if len(questions) < _MIN_EACH or len(replies) < _MIN_EACH:
        return []
    speaker = interviewee(body, questions[0][1], byline)
    if speaker is None:
        return []
    drafts = []
    for number, low, high, found in replies:
        start = found.end()
        text = " ".join(body.text[start:high].split())
        drafts.append(Draft("direct", start, high, text, body.sentence_at(start).index, speaker, None, low, number))
    return drafts
