"""The speaker stage: each quote's final speaker, with pronouns resolved and short names completed.

"he" and "she" go to the nearest earlier person of the same gender (the speaker of an earlier
sentence first, then the people it names); "Lee" goes to the latest full name with that surname
("Ann Lee"), so two people who share a surname stay two; an untagged quotation that follows a tagged
one in the same paragraph is the same speaker's. Pure: drafts in, new drafts out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from .body import Body, Draft
from .lexicon import HONORIFICS, PERSON_PRONOUNS, PRONOUNS
from .marks import Span
from .people import Mention, PersonIndex, Speaker, clean_name, index_people


def _opens_sentence(body: Body, content_start: int) -> bool:
    """True when a quotation stands at the start of its sentence (nothing but its mark before it)."""
    sentence = body.sentence_at(content_start)
    return content_start - sentence.start <= 4 and \
        not body.text[sentence.start: content_start].strip(" \n\"“„«»‘'`:—–―-「‹")


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
    if previous.paragraph == draft.paragraph:
        return _opens_sentence(body, draft.start) or (
            previous.sentence_index == draft.sentence_index and draft.text[:1].islower())
    # A paragraph that is one untagged quotation, right after a paragraph that ends with a tagged one,
    # goes on with the same speaker: the convention of running quotes.
    return previous.paragraph == draft.paragraph - 1 and _opens_paragraph(body, draft.start) \
        and not body.text[previous.end: body.paragraph_end[previous.paragraph]].strip(" \n\"”’»“").count(".") > 1


def _nothing_between(body: Body, end: int, start: int) -> bool:
    """True when only the rest of a statement's own sentence stands between it and a quotation."""
    return body.sentence_at(start).index - body.sentence_at(max(end - 1, 0)).index <= 1 \
        and body.sentence_at(max(end - 1, 0)).end >= end


def resolve(body: Body, drafts: list[Draft], spans: list[Span]) -> list[Draft]:
    """Each draft with its final speaker; ``spans`` (the quotations) keep quoted words out of the index."""
    people: PersonIndex = index_people(body.text, body.sentences, [(s.open_mark, s.close_end) for s in spans])
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
        elif speaker is not None and speaker.kind == "pronoun":
            mention = None
            new_speaker: Speaker | None = None
            if speaker.name in PERSON_PRONOUNS:
                gender: Literal["f", "m"] = "f" if speaker.name == "she" else "m"
                mention = people.antecedent(draft.cue_at, body.sentence_at(draft.cue_at).index, gender,
                                            speakers)
                if mention is not None:
                    mention = people.learn_gender(mention, gender)
            elif speaker.name in ("they", "it") and _spoke_just_before(previous, draft):
                # "The ministry said ... It added": a group or an institution spoke just before.
                new_speaker = previous.speaker if previous is not None else None
            if mention is not None:
                draft = replace(draft, resolved=mention, by_pronoun=True,
                                speaker=Speaker(mention.name, mention.role, "person", mention.gender))
            else:
                draft = replace(draft, speaker=new_speaker)
        elif speaker is not None and speaker.kind == "person":
            full = people.full_name(speaker.name, draft.cue_at, speaker.gender)
            if full is not None and _name_length(full.name) > _name_length(speaker.name):
                speaker = Speaker(full.name, speaker.role or full.role, "person", speaker.gender or full.gender)
            mention = Mention(draft.cue_at, body.sentence_at(draft.cue_at).index, speaker.name,
                              speaker.role, speaker.gender)
            people.add(mention.offset, mention.sentence_index, mention.name, mention.role, mention.gender)
            draft = replace(draft, speaker=speaker, resolved=mention)
        if draft.resolved is not None:
            speakers[body.sentence_at(draft.cue_at).index] = draft.resolved
        out.append(draft)
        previous = draft
    return [_cleaned(draft) for draft in out]


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
    if not name:
        return replace(draft, speaker=None)
    if name != speaker.name:
        return replace(draft, speaker=replace(speaker, name=name))
    return draft
