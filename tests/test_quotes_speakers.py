"""The speaker stage: each rule's own examples (what it must catch, what it must leave alone) and the
speaker phrases it must read."""

from __future__ import annotations

import pytest

from summarizer import quotes
from summarizer.article import parse_article
from summarizer.models import Quote
from summarizer.quotes import direct, find_quotes, people, speakers
from summarizer.quotes.people import clause_subject, parse_speaker, subject_before
from summarizer.quotes.reported import NOUN_OR_VERB, TAG_THEN_PARTICIPLE
from summarizer.quotes.speakers import UNTAGGED_RULES


def quotes_of(paragraph: str) -> list[Quote]:
    return find_quotes(parse_article("River town votes on new bridge plan\n\n" + paragraph))


CATCHES = [(rule.name, paragraph, speaker) for rule in UNTAGGED_RULES for paragraph, speaker in rule.catches]
LEAVES = [(rule.name, paragraph) for rule in UNTAGGED_RULES for paragraph in rule.leaves]


@pytest.mark.parametrize(("rule", "paragraph", "speaker"), CATCHES, ids=[f"{r}-{i}" for i, (r, _, _) in
                                                                         enumerate(CATCHES)])
def test_untagged_quotation_gets_the_speaker_its_sentence_names(rule: str, paragraph: str, speaker: str) -> None:
    """A long quotation without a speech tag is credited to whom the sentence around it names."""
    direct = [q for q in quotes_of(paragraph) if q.kind == "direct"]
    assert [q.speaker for q in direct] == [speaker], (rule, [(q.text, q.speaker) for q in direct])


@pytest.mark.parametrize(("rule", "paragraph"), LEAVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(LEAVES)])
def test_untagged_quotation_without_a_named_subject_stays_unattributed(rule: str, paragraph: str) -> None:
    """A sign, a list, a common noun or another paragraph names nobody: no speaker is made up."""
    direct = [q for q in quotes_of(paragraph) if q.kind == "direct"]
    assert direct, rule
    assert all(q.speaker is None for q in direct), (rule, [(q.text, q.speaker) for q in direct])


def test_short_untagged_quotation_gets_no_speaker_of_its_own() -> None:
    """A few words in quotation marks after a named subject are a phrase inside a statement, not a direct
    quote of their own: "Ann Lee praised the mayor’s “bold step”" credits no direct quote to Ann Lee."""
    quotes = quotes_of("Ann Lee praised the mayor’s “bold step” at the meeting.")
    assert not [q for q in quotes if q.kind == "direct" and q.speaker is not None]


@pytest.mark.parametrize(
    ("left", "name", "role"),
    [
        ("Tom Hale, Harbour Board’s director of planning, ", "Tom Hale", "Harbour Board’s director of planning"),
        ("Ann Lee, Mrs. Hale's chief of staff, ", "Ann Lee", "Mrs. Hale's chief of staff"),
        ("Jeff Ruiz, Lee’s campaign manager, ", "Jeff Ruiz", "Lee’s campaign manager"),
        ("Ann Lee, New Jersey’s longest-serving mayor, ", "Ann Lee", "New Jersey’s longest-serving mayor"),
    ],
)
def test_appositive_role_held_for_a_named_owner(left: str, name: str, role: str) -> None:
    """ "X, Harbour Board’s director of planning, said": the possessive role describes the name before it."""
    found = subject_before(left)
    assert found is not None
    assert (found[0].name, found[0].role) == (name, role)


def test_possessive_phrase_alone_is_no_appositive() -> None:
    """ "The plan would fail, Hale’s aides said": the possessive phrase is the speaker, not a role."""
    found = subject_before("The plan would fail, Hale’s aides ")
    assert found is not None
    assert found[0].name == "Hale’s aides"
    assert found[0].kind == "group"


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("Speaking at a town hall in Dunmore, North Velmont, Tom Hale went after the mayor, calling her",
         "Tom Hale"),
        ("Speaking to the paper on Monday in Salem, which hosts the vote, Ann Lee described the plan as",
         "Ann Lee"),
        ("Hastily announcing the cuts in May, much as he did before, Tom Hale blamed the council,", "Tom Hale"),
        ("Speaking on Monday, the mayor", "the mayor"),
        ("Manning the booth all day, Ann Lee", "Ann Lee"),
    ],
)
def test_subject_after_an_opening_participial_phrase(clause: str, subject: str) -> None:
    """A participial phrase that opens the sentence is no speaker; the subject follows it."""
    found = clause_subject(clause)
    assert found is not None
    assert found.name == subject


@pytest.mark.parametrize("clause", ["Manning told the board", "Fleming called the plan"])
def test_name_ending_in_ing_is_still_a_name(clause: str) -> None:
    """A surname that ends in "-ing" is not mistaken for a participle."""
    found = clause_subject(clause)
    assert found is not None
    assert found.name == clause.split(maxsplit=1)[0]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“I think Lee would be the best nominee, but she has no chance,” Hale said on the radio, adding, "
         "“The race is over for the rest of them.”", "Hale"),
        ("''We have started all those talks,'' Mr. Hale said, adding of Ms. Lee, ''She is going to be a fine "
         "candidate for the state.''", "Mr. Hale"),
    ],
)
def test_second_quotation_in_a_tagged_sentence_keeps_the_speaker(paragraph: str, speaker: str) -> None:
    """The words of the first quotation are never the subject of "adding" that introduces the second."""
    direct = [q for q in quotes_of(paragraph) if q.kind == "direct"]
    assert [q.speaker for q in direct] == [speaker, speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The River Trust issued a statement saying it took the action because of the unsafe road.",
         "The River Trust"),
        ("Mayor Ana Ruiz released a long memo arguing that the bridge would cost less than the tunnel.",
         "Ana Ruiz"),
    ],
)
def test_document_before_a_participle_speaks_for_its_issuer(paragraph: str, speaker: str) -> None:
    """ "X issued a statement saying ...": the speaker is X, not "a statement"."""
    reported = [q for q in quotes_of(paragraph) if q.kind == "reported"]
    assert [q.speaker for q in reported] == [speaker]


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("At a campaign event in Tarn, Velmont, on Sunday, Mrs. Lee tried to explain,", "Mrs. Lee"),
        ("Asked on Monday whether Mr. Hale would serve, Mrs. Lee shook her head and", "Mrs. Lee"),
        ("Back in 1999, Mr. Hale praised the mayor,", "Mr. Hale"),
        ("Ann Lee spoke,", "Ann Lee"),
    ],
)
def test_subject_after_an_opening_place_or_past_participle(clause: str, subject: str) -> None:
    """Neither a place in an opening phrase nor an opening "Asked", "Reached", "Back in" is a subject."""
    found = clause_subject(clause)
    assert found is not None
    assert found.name == subject


@pytest.mark.parametrize(
    ("name", "dropped"),
    [("Immediately", True), ("Acknowledging", True), ("Reached", True), ("Early", True),
     ("King", False), ("Kelly", False), ("Manning", False), ("Ted", False), ("Tom Early", False)],
)
def test_opening_adverb_is_no_speaker_but_a_surname_is(name: str, dropped: bool) -> None:
    """An adverb or participle standing alone is never printed as a name; surnames with such endings are."""
    assert speakers._common_word(name) is dropped


def test_quotation_after_a_connective_continues_the_tagged_one() -> None:
    """ "“...,” Hale said. Instead, “...”": the connective adds no speaker, the quotation goes on."""
    direct = [q for q in quotes_of("“He is supposed to be a cheerleader for the town,” Hale said. Instead, "
                                   "“he just acts like a defeated man in every way.”") if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Hale", "Hale"]
    other = [q for q in quotes_of("“He is supposed to be a cheerleader for the town,” Hale said. Lee "
                                  "disagreed, calling it “a cheap shot from a defeated man in every way.”")
             if "cheap shot" in q.text]
    assert all(q.speaker != "Hale" for q in other)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "the Hale campaign" speaks as a campaign, never as the person Hale
        ("Minutes later, the Hale campaign issued a statement saying that the remark was a joke.",
         "the Hale campaign"),
        ("The Ruiz administration said that the tunnel would open in May.", "The Ruiz administration"),
        # a title in quotation marks stays inside the description; "including X" names examples, not the speaker
        ("Tom Hale, a contestant on the show “The Island,” who went on to work for the mayor, said his boss "
         "was always kind and generous.", "Tom Hale"),
        ("Several candidates, including Hale, said the town should refuse to take more lorries.",
         "Several candidates"),
        ("A spokeswoman, Anna White, said the town would appeal the ruling.", "Anna White"),
    ],
)
def test_the_reported_speaker_is_the_whole_subject(paragraph: str, speaker: str) -> None:
    """A name used as a modifier keeps its noun; an appositive with a title or examples is the subject's."""
    reported = [q for q in quotes_of(paragraph) if q.kind == "reported"]
    assert [q.speaker for q in reported] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speakers_"),
    [
        # All on one line, as a paste without paragraph breaks: the next sentence says something of its
        # own, so it is no tag for the quotation before it; the running quotation stays the mayor's.
        ("“We did what the engineers asked,” said Mayor Rosa Lind. “The river rose faster than anyone "
         "thought.” The water board said the wall had passed its last inspection in January.",
         ["Rosa Lind", "Rosa Lind"]),
        # A sentence that is only a tag (when and where it was said) still names the speaker before it.
        ("The board met late into the night. “The wall passed every inspection we made.” Its chair "
         "Tom Ibsen said on Tuesday.", ["Tom Ibsen"]),
    ],
)
def test_a_sentence_with_a_statement_of_its_own_is_no_tag_for_the_quotation_before(
        paragraph: str, speakers_: list[str]) -> None:
    direct = [q for q in quotes_of(paragraph) if q.kind == "direct"]
    assert [q.speaker for q in direct] == speakers_, [(q.text, q.speaker) for q in direct]


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("The water board said the wall was sound. Its director, Ilse Varga, told reporters that an "
         "inquiry would begin once the water went down.", None),
        ("Ilse Varga, director of the water board, told reporters that an inquiry would begin soon.",
         "director of the water board"),
    ],
)
def test_a_role_that_points_back_with_a_possessive_is_not_shown(paragraph: str, role: str | None) -> None:
    """ "Its director" means nothing in a quote panel without the sentence before; the name stands alone."""
    found = [q for q in quotes_of(paragraph) if q.speaker == "Ilse Varga"]
    assert found and found[0].role == role


def test_an_untagged_quotation_looks_back_a_bounded_way_for_its_sentence_subject() -> None:
    """The subject of a sentence credits its quotation only within reach (which bounds each read)."""
    near = "Ann Lee thanked the mayor for “a bridge that every family in the valley will use for years.”"
    far = ("Ann Lee thanked the mayor, " + "the engineers from the county, " * 16 +
           "and the crews for “a bridge that every family in the valley will use for years.”")
    assert [q.speaker for q in quotes_of(near) if q.kind == "direct"] == ["Ann Lee"]
    assert [q.speaker for q in quotes_of(far) if q.kind == "direct"] == [None]


@pytest.mark.parametrize(("paragraphs", "expected"), speakers.RUNNING_QUOTES,
                         ids=[f"running-{i}" for i in range(len(speakers.RUNNING_QUOTES))])
def test_an_untagged_quotation_goes_on_with_the_speaker_just_before(
        paragraphs: str, expected: tuple[str | None, ...]) -> None:
    """A quotation right after a tagged one (or a report) is the same speaker's; after narration it is nobody's."""
    direct = [q for q in quotes_of(paragraphs) if q.kind == "direct"]
    assert tuple(q.speaker for q in direct) == expected, [(q.text, q.speaker) for q in direct]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), speakers.THEY_EXAMPLES,
                         ids=[f"they-{i}" for i in range(len(speakers.THEY_EXAMPLES))])
def test_they_stands_for_the_nearest_plural_subject(paragraph: str, words: str, speaker: str | None) -> None:
    """ "they" is the group (or the two people) a nearby sentence opens with; after one person, nobody."""
    found = [q for q in quotes_of(paragraph) if q.kind == "reported" and words in q.text]
    assert [q.speaker for q in found] == ([speaker] if speaker else []), [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize("phrase", ["The day before", "One Sunday", "Two weeks ago", "Wednesday morning",
                                    "the past", "The next month"])
def test_a_time_phrase_is_no_speaker(phrase: str) -> None:
    """A time where a subject would stand ("One Sunday said") names nobody."""
    assert parse_speaker(phrase) is None


def test_a_name_after_a_time_word_is_still_a_speaker() -> None:
    """ "Sunday Adeyemi" and "Tom Day" are names, not times."""
    assert parse_speaker("Tom Day") is not None


@pytest.mark.parametrize(("paragraph", "words", "speaker"), speakers.NESTED_REPORTS,
                         ids=[f"nested-{i}" for i in range(len(speakers.NESTED_REPORTS))])
def test_a_report_inside_a_report_is_the_outer_speakers(paragraph: str, words: str, speaker: str) -> None:
    """ "Ann Lee said Tom Hale had told her ...": the statement is Ann Lee's; a clause of its own keeps its speaker."""
    found = sorted((q for q in quotes_of(paragraph) if q.kind == "reported" and words in q.text),
                   key=lambda q: len(q.text))
    assert found, paragraph
    assert found[0].speaker == speaker, [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(("sentence", "goes_on"), direct.STATEMENT_GOES_ON,
                         ids=[f"goes-on-{i}" for i in range(len(direct.STATEMENT_GOES_ON))])
def test_a_statement_that_runs_past_its_quotation_is_reported_whole(sentence: str, goes_on: bool) -> None:
    """ "Lee said “the bridge is a scandal” whenever ...": the verb reports the whole clause, the quotation inside."""
    found = quotes_of(sentence)
    assert found, sentence
    if goes_on:
        assert [q.kind for q in found] == ["reported"], [(q.kind, q.text) for q in found]
        assert found[0].text.endswith(sentence.rstrip(".")[-12:]) and found[0].speaker is not None
    else:
        assert [q.kind for q in found][:1] == ["direct"], [(q.kind, q.text) for q in found]


@pytest.mark.parametrize(("phrase", "name"), [
    ("an adviser to the mayor", "an adviser to the mayor"),
    ("one longtime adviser to Ann Lee", "one longtime adviser to Ann Lee"),
    ("a spokeswoman to the county board", "a spokeswoman to the county board"),
    ("one county clerk", "one county clerk"),
    # "to" after any other word ends the phrase; "one" alone is nobody.
    ("Ann Lee went to the mayor", None),
    ("one", None),
])
def test_a_role_held_to_someone_stays_in_the_speaker_phrase(phrase: str, name: str | None) -> None:
    """ "an adviser to the mayor said": "to" after a role noun is part of who speaks; the adviser is not the mayor."""
    speaker = parse_speaker(phrase)
    assert (speaker.name if speaker else None) == name


@pytest.mark.parametrize(("left", "name", "given"), people.UNCLOSED_APPOSITIVES,
                         ids=[f"unclosed-{i}" for i in range(len(people.UNCLOSED_APPOSITIVES))])
def test_an_appositive_left_unclosed_still_names_the_speaker(left: str, name: str, given: bool) -> None:
    """ "Ann Lee, who chairs the fund said": the closing comma is missing; Ann Lee still speaks."""
    found = subject_before(left)
    assert ((found[0].name if found else None) == name) is given, found


@pytest.mark.parametrize(("paragraph", "speaker"), direct.PHRASE_BEFORE_TAG,
                         ids=[f"phrase-{i}" for i in range(len(direct.PHRASE_BEFORE_TAG))])
def test_a_phrase_between_quotation_and_tag_goes_on_with_the_statement(paragraph: str, speaker: str | None) -> None:
    """ "“...” during the summer, said Tom Hale": the tag after the phrase names the quotation's speaker."""
    found = [q for q in quotes_of(paragraph) if q.kind == "direct"]
    assert found, paragraph
    assert found[0].speaker == speaker, [(q.kind, q.text, q.speaker) for q in found]


@pytest.mark.parametrize(("paragraphs", "speaker"), direct.DASH_PARAGRAPHS,
                         ids=[f"dash-paragraph-{i}" for i in range(len(direct.DASH_PARAGRAPHS))])
def test_a_dash_and_a_name_in_a_paragraph_of_their_own_tag_the_quotation(paragraphs: str, speaker: str | None) -> None:
    """ "“...”" then "— Tom Hale." as its own paragraph: the name is the quotation's speaker."""
    found = [q for q in quotes_of(paragraphs) if q.kind == "direct"]
    assert found and found[0].speaker == speaker, [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(("left", "name"), people.MODIFIED_SUBJECTS,
                         ids=[f"modified-{i}" for i in range(len(people.MODIFIED_SUBJECTS))])
def test_a_relative_clause_or_participle_before_the_verb_keeps_its_subject(left: str, name: str | None) -> None:
    """ "officials who spoke with the Herald said": the officials speak, not the Herald."""
    found = subject_before(left)
    assert (found[0].name if found else None) == name, found


@pytest.mark.parametrize(("sentence", "speaker"), direct.STATEMENT_PARTICIPLES,
                         ids=[f"participle-{i}" for i in range(len(direct.STATEMENT_PARTICIPLES))])
def test_a_statement_after_by_saying_or_an_email_saying_is_the_subjects(sentence: str, speaker: str | None) -> None:
    """ "closed the hearing by saying “Enough.”": the clause's subject said it; a term after "by calling" is none."""
    found = [q for q in quotes_of(sentence) if q.kind == "direct"]
    assert {q.speaker for q in found} == ({speaker} if speaker else set()), [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("As Tom Hale, a former ferry captain, put it: “The river does not forgive. It never has.”", "Tom Hale"),
    ("As the county clerk Ann Lee puts it, “The budget is thin, and the roads are worse.”", "Ann Lee"),
    # "put it" with a thing put somewhere introduces nobody's words.
    ("Ann Lee put it on the table and left. “We will see about the toll,” Tom Hale said.", "Tom Hale"),
    # An inch mark inside the quotation closes it early; the tag after its own closing mark still counts.
    ("“The new fence along the quay is far too tall; it is like 5’9”,” Ann Lee said on Sunday.", "Ann Lee"),
    # A role with a prefix ("co-Anchor") is no part of the name.
    ("“That was the last ferry of the season, mayor,” River Morning co-Anchor Ann Lee said.", "Ann Lee"),
])
def test_one_direct_quotation_and_its_speaker(paragraph: str, speaker: str) -> None:
    """ "As Tom Hale put it, “...”": the words are Tom Hale's; a tag is read past an inch mark; "co-Anchor"
    is a role, not a name like "al-Sudani"."""
    found = [q for q in quotes_of(paragraph) if q.kind == "direct"]
    assert [q.speaker for q in found] == [speaker], [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(("sentence", "speaker"), direct.NOUN_FORM_TAGS,
                         ids=[f"noun-form-{i}" for i in range(len(direct.NOUN_FORM_TAGS))])
def test_a_noun_form_is_a_verb_only_where_a_speaker_uses_it(sentence: str, speaker: str | None) -> None:
    """ "the farmers state" is a tag; "Free State", "secretary of state" and "River Post" are names."""
    found = [q for q in quotes_of(sentence) if q.kind == "direct"]
    named = [q.speaker for q in found if q.speaker]
    assert named == ([speaker] if speaker else []), [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(
    ("clause", "subject"),
    [*people.LINKED_SUBJECTS, *people.OPENING_PHRASES],
    ids=[f"linked-{i}" for i in range(len(people.LINKED_SUBJECTS))]
    + [f"opening-phrase-{i}" for i in range(len(people.OPENING_PHRASES))],
)
def test_links_and_opening_phrases_before_the_subject_are_passed(clause: str, subject: str | None) -> None:
    """ "And then Tom Hale turned to the budget, saying ...", "Speaking Sunday on the radio, Hale admitted
    ..., but said": the subject is the named person."""
    found = clause_subject(clause)
    assert (found.name if found else None) == subject


@pytest.mark.parametrize(
    ("left", "name"),
    [*people.LONG_APPOSITIVES, *people.OPENING_PLACES],
    ids=[f"appositive-{i}" for i in range(len(people.LONG_APPOSITIVES))]
    + [f"opening-place-{i}" for i in range(len(people.OPENING_PLACES))],
)
def test_names_in_appositives_and_opening_places_are_not_the_speaker(left: str, name: str) -> None:
    """ "Tom Hale, whose firm, River Data, sells maps, said": Tom Hale speaks, not his firm; "Speaking in
    Dunmore, Lee, without naming him, said": Lee speaks, not Dunmore."""
    found = subject_before(left)
    assert found is not None and found[0].name == name, found


@pytest.mark.parametrize(("paragraph", "ending"), quotes.CLOSED_REPORTS,
                         ids=[f"closed-report-{i}" for i in range(len(quotes.CLOSED_REPORTS))])
def test_a_report_runs_to_the_close_of_a_quotation_it_opened(paragraph: str, ending: str) -> None:
    """The quoted words of a report are never cut off from it and left without a speaker."""
    found = quotes_of(paragraph)
    reported = [q for q in found if q.kind == "reported"]
    assert len(reported) == 1 and reported[0].text.endswith(ending), [(q.kind, q.text) for q in found]
    assert all(q.speaker is not None for q in found), [(q.kind, q.speaker, q.text) for q in found]


@pytest.mark.parametrize(("left", "name"), people.DENIED_SUBJECTS,
                         ids=[f"denied-{i}" for i in range(len(people.DENIED_SUBJECTS))])
def test_a_denied_statement_has_no_speaker(left: str, name: str | None) -> None:
    """ "Tom Hale never said the dam was safe": nobody made that statement; "never" is no part of a name."""
    found = subject_before(left)
    assert (found[0].name if found else None) == name, found


@pytest.mark.parametrize(("sentence", "speaker"), TAG_THEN_PARTICIPLE,
                         ids=[f"tag-participle-{i}" for i in range(len(TAG_THEN_PARTICIPLE))])
def test_a_participle_after_a_speech_tag_reports_for_its_speaker(sentence: str, speaker: str) -> None:
    """ "..., Tom Hale said, adding that ...": the report after "adding" is Tom Hale's, not the statement's
    subject."""
    found = [q for q in quotes_of(sentence) if q.kind == "reported" and q.cue and q.cue.endswith("ing")]
    assert [q.speaker for q in found] == [speaker], [(q.cue, q.speaker, q.text) for q in found]


@pytest.mark.parametrize(("left", "name"), people.PRONOUN_AFTER_NOUN,
                         ids=[f"pronoun-after-noun-{i}" for i in range(len(people.PRONOUN_AFTER_NOUN))])
def test_a_pronoun_after_a_noun_is_the_subject(left: str, name: str) -> None:
    """ "an investment he concludes has paid off": the speaker is "he", not "an investment he"."""
    found = subject_before(left)
    assert found is not None and found[0].name == name, found


@pytest.mark.parametrize(("sentence", "speaker"), NOUN_OR_VERB,
                         ids=[f"noun-or-verb-{i}" for i in range(len(NOUN_OR_VERB))])
def test_a_noun_form_after_a_is_a_noun(sentence: str, speaker: str) -> None:
    """ "a false claim that": after "a" the verb would be "claims", so "claim" is a noun, and "a false" is
    nobody; "A farmer claims" and "The farmers claim" are verbs."""
    found = [q for q in quotes_of(sentence) if q.kind == "reported"]
    assert {q.speaker for q in found} <= {speaker}, [(q.cue, q.speaker, q.text) for q in found]
    assert found or sentence.startswith("“")


@pytest.mark.parametrize("tag", ["R-Ore.,", "D-Maine,", "D-N.Y.,", "I-Vt.,", "R-Ore."])
def test_a_legislators_party_and_state_tag_is_never_the_speaker(tag: str) -> None:
    """ "Sen. Mara Quist, R-Ore., said ...": the senator speaks; the wire's tag only describes her (also
    when its closing comma is left out)."""
    lede = f"Sen. Mara Quist, {tag} said the bill \"spends money we do not have on ports that few people use.\""
    article = parse_article(f"Harbor bill stalls\n\n{lede} The committee will vote again next week.")
    speakers_found = {quote.speaker for quote in find_quotes(article)}
    assert speakers_found == {"Mara Quist"}, speakers_found


@pytest.mark.parametrize(("sentence", "speaker", "role"), [
    ("“The market has turned a corner,” said Kelby's chief economist, Ada Thorne.", "Ada Thorne",
     "Kelby's chief economist"),
    ("“The market has turned a corner,” said the bank’s chief economist, Ada Thorne.", "Ada Thorne",
     "the bank’s chief economist"),
    # "one" opens the role as a determiner does
    ("“The market has turned a corner,” said one estate agent, Ada Thorne, 54.", "Ada Thorne", "one estate agent"),
    # no name after the role: the role is the speaker
    ("“The market has turned a corner,” said one estate agent, who asked not to be named.", "one estate agent",
     None),
    ("“The market has turned a corner,” said Kelby's chief economist, who asked not to be named.",
     "Kelby's chief economist", None),
])
def test_a_name_after_an_owners_role_in_an_inverted_tag_is_the_speaker(sentence: str, speaker: str,
                                                                        role: str | None) -> None:
    article = parse_article(f"House prices rise again\n\n{sentence} Buyers are returning in most regions.")
    quote = next(q for q in find_quotes(article) if q.kind == "direct")
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(("sentence", "role"), [
    ("“The market has turned a corner,” said Ada Thorne, Chief Executive of Kelby Marine.",
     "Chief Executive of Kelby Marine"),
    ("“The market has turned a corner,” said Ada Thorne, Director of the Kelby Trust.", "Director of the Kelby Trust"),
])
def test_a_role_opening_with_an_office_in_capitals_after_the_name_is_kept(sentence: str, role: str | None) -> None:
    article = parse_article(f"House prices rise again\n\n{sentence} Buyers are returning in most regions.")
    quote = next(q for q in find_quotes(article) if q.kind == "direct")
    assert (quote.speaker, quote.role) == ("Ada Thorne", role)


def test_a_participle_after_according_to_is_the_writers_not_the_sources() -> None:
    """ "..., according to official figures, prompting calls for ...": the source is the figures, and
    neither the participle clause nor the tag is part of the statement."""
    article = parse_article("Salmon farms lose record numbers of fish\n\nScottish salmon farms lost a record 4 "
                            "million fish to disease last year, according to official figures, prompting renewed "
                            "calls for a halt to the industry's expansion. Campaigners want a moratorium.")
    quote = next(q for q in find_quotes(article) if q.cue == "according to")
    assert (quote.speaker, quote.role) == ("official figures", None)
    assert quote.text == "Scottish salmon farms lost a record 4 million fish to disease last year"


@pytest.mark.parametrize(("sentence", "role"), [
    ("“We will appeal,” said Ada Thorne, speaking outside the court.", None),
    ("“We will appeal,” said Ada Thorne, acting chair of the board.", "acting chair of the board"),
])
def test_a_participle_after_the_name_is_no_role_but_an_acting_office_is(sentence: str, role: str | None) -> None:
    article = parse_article(f"Kelby board to appeal ruling\n\n{sentence} The board lost the case on Monday.")
    quote = next(q for q in find_quotes(article) if q.kind == "direct")
    assert (quote.speaker, quote.role) == ("Ada Thorne", role)
