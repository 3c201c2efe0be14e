"""Key quotes, construction by construction: each table row is a sentence the stages must read, and
each table of prose they must leave alone."""

from __future__ import annotations

import pytest

from summarizer.article import parse_article
from summarizer.models import Article, Quote
from summarizer.quotes import find_quotes, key_quotes


def article(*paragraphs: str, headline: str = "River town votes on new bridge plan") -> Article:
    """A small article: a headline over the given body paragraphs."""
    return parse_article(headline + "\n\n" + "\n\n".join(paragraphs))


def holding(quotes: list[Quote], fragment: str) -> Quote:
    """The one quote whose text holds ``fragment``."""
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes]
    return found[0]


# -- reported speech: the clause model ---------------------------------------------------------

REPORTED = [
    # (name, paragraph, speaker, statement)
    ("adverbial-time", "The senator on Tuesday said that the toll would be scrapped by spring.",
     None, "the toll would be scrapped by spring"),
    ("adverbial-place", "Ann Lee in an interview with the local paper said the ferry would keep running.",
     "Ann Lee", "the ferry would keep running"),
    ("adverb", "Tom Hale privately told aides that the budget could not pass.",
     "Tom Hale", "the budget could not pass"),
    ("verb-chain", "Governor Ruth Adeyemi appeared to suggest that the tunnel would be delayed.",
     "Ruth Adeyemi", "the tunnel would be delayed"),
    ("verb-chain-went-on", "Tom Hale went on to argue that the fare rise was unfair to pensioners.",
     "Tom Hale", "the fare rise was unfair to pensioners"),
    ("participle", "Mayor Ana Ruiz defended the budget on Monday, arguing that the cuts would spare schools.",
     "Ana Ruiz", "the cuts would spare schools"),
    ("inverted-long-appositive",
     "The levy will pass easily next month, said Ann Lee, a longtime adviser who has worked for three mayors.",
     "Ann Lee", "The levy will pass easily next month"),
    ("parenthetical", "The new plan, Mayor Ana Ruiz said, will cost the town nothing at all.",
     "Ana Ruiz", "The new plan, Mayor Ana Ruiz said, will cost the town nothing at all"),  # a span, as written
    ("colon", "Governor Ruth Adeyemi added: the bridge will reopen to lorries in May.",
     "Ruth Adeyemi", "the bridge will reopen to lorries in May"),
    ("relative-speaker", "Tom Hale, who said in 2010 that the dam was perfectly safe, now wants it rebuilt.",
     "Tom Hale", "the dam was perfectly safe"),
    ("claims-after-a-name", "Ann Lee claims the new toll will hurt small firms.",
     "Ann Lee", "the new toll will hurt small firms"),
    ("according-to-officials", "The ferry sank near the old pier, according to law enforcement officials in Kelby.",
     "law enforcement officials in Kelby", "The ferry sank near the old pier"),
    ("claimed-a-past", "Tom Hale claimed the harbour board quietly raised the toll last winter.",
     "Tom Hale", "the harbour board quietly raised the toll last winter"),
    ("notes", "Ann Lee notes that the council has never missed a payment.",
     "Ann Lee", "the council has never missed a payment"),
    ("asserts", "Tom Hale asserts that the new fee is illegal under state law.",
     "Tom Hale", "the new fee is illegal under state law"),
    ("responded", "Mayor Ana Ruiz responded that the audit had been wrong from the start.",
     "Ana Ruiz", "the audit had been wrong from the start"),
    ("demanded", "Ann Lee demanded that the council reopen the library this year.",
     "Ann Lee", "the council reopen the library this year"),
    # A second speech verb after "and" or "but", with no subject of its own, is the speaker's next act.
    ("and-accused", "Tom Hale said the offer was fair and accused the union of playing politics.",
     "Tom Hale", "the offer was fair"),
    ("but-called", "Ann Lee said she had not read the plan but called it a good start for the town.",
     "Ann Lee", "she had not read the plan"),
    # A judgement with no clause of its own is shown from its verb on, as an appeal is.
    ("accused-of", "Ann Lee accused the harbour board of wasting the island's money on the tunnel.",
     "Ann Lee", "accused the harbour board of wasting the island's money on the tunnel"),
    ("called-it", "Tom Hale called the new toll a tax on every family that lives on the islands.",
     "Tom Hale", "called the new toll a tax on every family that lives on the islands"),
    # Left whole: "and" before a verb that has a subject of its own inside the statement.
    ("and-subject-agreed", "Ann Lee said the toll will rise because the council and the mayor agreed to it.",
     "Ann Lee", "the toll will rise because the council and the mayor agreed to it"),
]


@pytest.mark.parametrize(("paragraph", "speaker", "statement"), [row[1:] for row in REPORTED],
                         ids=[row[0] for row in REPORTED])
def test_reported_speech_constructions(paragraph: str, speaker: str | None, statement: str) -> None:
    """Each construction gives the statement as reported speech, with its speaker."""
    quotes = find_quotes(article("The council met on Monday to discuss the crossing.", paragraph))
    quote = holding(quotes, statement)
    assert quote.kind == "reported"
    assert quote.text.rstrip(".") == statement
    if speaker is not None:
        assert quote.speaker == speaker
    else:
        assert quote.speaker is not None


NOT_REPORTED = [
    ("noun-state", "The plan was sent to the United States for review before the vote."),
    ("noun-reports", "Reports of damage to the old bridge reached the council on Monday."),
    ("future-add", "The closure will add forty minutes to every journey across the river."),
    ("passive", "The mayor was told the plan would fail, but she went ahead."),
    ("object-wrote", "Ann Lee wrote the letter herself and sent it to every household."),
    ("noun-claims", "The claims of fraud were rejected by the court on Monday."),
    ("noun-calls", "The calls for a new bridge grew louder after the storm."),
    ("according-to-plan", "The work on the harbour wall went ahead according to plan, and it was finished by May."),
    ("according-to-its-rules", "According to its own rules, the harbour board must publish its accounts every year."),
    ("claimed-a-prize", "Ann Lee claimed her third title in a row at the island regatta on Sunday afternoon."),
    ("claimed-a-deed", "A little-known group claimed responsibility for the fire at the ferry terminal."),
    ("name-word", "Kelby won the Grand Slam title in the spring for the first time since the old bridge fell."),
    ("title-word", "She has a small part in the film The World According to Bex, which opens in May."),
]


@pytest.mark.parametrize("paragraph", [row[1] for row in NOT_REPORTED], ids=[row[0] for row in NOT_REPORTED])
def test_prose_that_is_not_reported_speech(paragraph: str) -> None:
    """Nouns that look like speech verbs, futures, passives and objects are not statements."""
    quotes = find_quotes(article("The council met on Monday to discuss the crossing.", paragraph))
    assert [q for q in quotes if q.kind == "reported"] == []


# -- quotation marks as structure ---------------------------------------------------------------

MARKS = [
    # (name, paragraph, quoted text, speaker)
    ("wrong-way-opener", "”We will win the seat back,” Tom Hale said on Monday.",
     "We will win the seat back", "Tom Hale"),
    ("horizontal-bar-tag", "“We will win the seat back.” ― Tom Hale", "We will win the seat back.", "Tom Hale"),
    ("french-spaced-after", "« We will win the seat back », said Tom Hale.", "We will win the seat back", "Tom Hale"),
    ("french-spaced-before", "Tom Hale said: « We will win the seat back in the spring. »",
     "We will win the seat back in the spring.", "Tom Hale"),
    ("german-tag-before", "Tom Hale said: „We will win the seat back in the spring.“",
     "We will win the seat back in the spring.", "Tom Hale"),
    ("german-right-mark", "„We will win the seat back”, said Tom Hale.", "We will win the seat back", "Tom Hale"),
    ("corner-brackets", "「We will win the seat back,」 said Tom Hale.", "We will win the seat back", "Tom Hale"),
    ("single-guillemets", "‹We will win the seat back›, said Tom Hale.", "We will win the seat back", "Tom Hale"),
    ("danish-guillemets", "»We will win the seat back«, said Tom Hale.", "We will win the seat back", "Tom Hale"),
    ("two-apostrophes-around-a-single", "''We will win the seat back, the 'old' way,''' said Tom Hale.",
     "We will win the seat back, the 'old' way,'", "Tom Hale"),
    ("two-apostrophes", "''We will win the seat back,'' said Tom Hale.", "We will win the seat back", "Tom Hale"),
]


@pytest.mark.parametrize(("paragraph", "text", "speaker"), [row[1:] for row in MARKS],
                         ids=[row[0] for row in MARKS])
def test_quotation_mark_styles(paragraph: str, text: str, speaker: str) -> None:
    """Every common quotation style gives the quotation whole, with its speaker."""
    quote = holding(find_quotes(article("The council met on Monday.", paragraph)), "win the seat")
    assert quote.kind == "direct"
    assert quote.text == text
    assert quote.speaker == speaker


def test_french_quotes_interrupted_by_a_tag_keep_the_narration_out() -> None:
    """« ... », said X, « ... »: two quotations from X; the tag between them is no quotation."""
    quotes = find_quotes(article("« We will win the seat back », said Tom Hale, « and we will keep it for years ». "))
    texts = [q.text for q in quotes]
    assert "We will win the seat back" in texts
    assert any(t.startswith("and we will keep it for years") for t in texts)
    assert not any("said Tom Hale" in t for t in texts)
    assert {q.speaker for q in quotes} == {"Tom Hale"}


def test_a_title_in_quotation_marks_never_speaks() -> None:
    """`told “Morning Report” that ...`: the programme is the listener; the speaker is the person."""
    quotes = find_quotes(article(
        "Mayor Ana Ruiz told “Morning Report” that the ferry would run all winter.",
        "“We will not cut the service,” Ana Ruiz told “Morning Report” on Sunday.",
    ))
    reported = holding(quotes, "the ferry would run all winter")
    assert reported.speaker == "Ana Ruiz"
    direct = holding(quotes, "We will not cut the service")
    assert direct.speaker == "Ana Ruiz"
    assert all(q.speaker != "Morning Report" for q in quotes)


def test_a_partial_quotation_stays_inside_its_report() -> None:
    """A few quoted words inside reported speech are part of that report, not a quote of their own."""
    quotes = find_quotes(article("Ann Lee said the plan was “dead on arrival” and would be withdrawn."))
    assert len(quotes) == 1
    assert quotes[0].kind == "reported"
    assert "“dead on arrival”" in quotes[0].text


# -- the person index ---------------------------------------------------------------------------

def test_names_inside_quotations_are_nobody() -> None:
    """“Maybe I ...” and “Would I ...” inside a quotation never become people a pronoun resolves to."""
    quotes = find_quotes(article(
        "Tom Hale opened the meeting on Monday.",
        "“Maybe I was wrong. Would I do it again? Yes,” he said.",
    ))
    assert holding(quotes, "Maybe I was wrong").speaker == "Tom Hale"


def test_a_sentence_opening_word_is_nobody() -> None:
    """A capitalised sentence opener ("Once", "Having") is no name for "she" to resolve to."""
    quotes = find_quotes(article(
        "Ann Lee led the campaign for the new bridge.",
        "Once the vote ended, the crowd went home. Having counted the ballots, she said the fight was over.",
    ))
    assert holding(quotes, "the fight was over").speaker == "Ann Lee"


def test_she_never_resolves_to_a_man() -> None:
    """The pronoun agrees with the honorific, the given name, or a pronoun used earlier for the person."""
    quotes = find_quotes(article(
        "Mr. Hale spoke first. He said the budget was short by a million pounds.",
        "Hale was answered by Ann Lee on Tuesday. She said the budget was balanced and sound.",
    ))
    assert holding(quotes, "budget was balanced").speaker == "Ann Lee"


def test_two_people_who_share_a_surname_stay_two() -> None:
    """"Ms. Lee" after both Ann Lee and Tom Lee speak is Ann Lee, the woman."""
    quotes = find_quotes(article(
        "Ms. Ann Lee runs the ferry company. Her brother, Tom Lee, runs the rival bus line.",
        "Tom Lee said the fares were far too high for commuters.",
        "Ms. Lee said the fares had not risen in five years.",
    ))
    assert holding(quotes, "far too high").speaker == "Tom Lee"
    assert holding(quotes, "not risen in five years").speaker == "Ann Lee"


# -- ranking by prominence ----------------------------------------------------------------------

def test_the_headline_subject_leads_the_key_quotes() -> None:
    """The person the headline is about comes before an analyst with a longer quote."""
    story = article(
        "Mayor Ana Ruiz unveiled the new bridge plan on Monday.",
        "“This plan will change how every family in the valley gets to work, to school and to hospital, "
        "and it will do so for a generation,” said Paul Darby, an analyst at a consultancy.",
        "“We will build it, and we will build it on time,” Ruiz said.",
        headline="Ruiz unveils bridge plan",
    )
    assert key_quotes(story, 1)[0].speaker == "Ana Ruiz"


def test_name_variants_are_one_voice_for_the_repeat_penalty() -> None:
    """"Ann Lee" and "Lee" are one person: the second key quote goes to someone else."""
    story = article(
        "“The bridge will open in May and the tolls will be low for every driver,” said Ann Lee.",
        "“The tolls will stay low for every driver for years after the bridge opens,” Lee said.",
        "“The council must find the money for the bridge somewhere,” said Tom Hale.",
    )
    speakers = [q.speaker for q in key_quotes(story, 2)]
    assert sorted(speakers) == ["Ann Lee", "Tom Hale"]


def test_the_seed_holds_no_quotation_so_its_key_quotes_are_reported_and_unquoted() -> None:
    """The seed article has no quotation marks: every key quote is reported speech, and the text and
    Markdown outputs print none of them inside quotation marks."""
    from pathlib import Path

    from cli.render import markdown_summary, text_summary
    from summarizer import summarize

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_82a48adea5d2f2b5.txt"
    summary = summarize(seed.read_text(encoding="utf-8"))
    assert summary.quotes
    assert {q.kind for q in summary.quotes} == {"reported"}
    for output in (text_summary(summary), markdown_summary(summary)):
        assert not any(mark in output.split("Summary")[0] for mark in "“”\"«»„")


RUNNING_QUOTES = [
    # (name, paragraphs, speaker of the untagged quotation)
    ("runs-on", ["“We will win the seat back in the spring,” Tom Hale said.",
                 "“The voters are tired of waiting for the bridge.”"], "Tom Hale"),
    ("narration-between", ["“We will win the seat back in the spring,” Tom Hale said.",
                           "The council met on Monday. It voted on the bridge.",
                           "“The voters are tired of waiting for the bridge.”"], None),
    ("narration-after-the-tag", ["“We will win the seat back in the spring,” Tom Hale said. Then he left. "
                                 "The hall emptied slowly.",
                                 "“The voters are tired of waiting for the bridge.”"], None),
    ("after-a-report", ["Tom Hale said the seat would be won back in the spring. "
                        "“The voters are tired of waiting for the bridge.”"], "Tom Hale"),
    ("paragraph-after-a-report", ["Tom Hale said the seat would be won back in the spring.",
                                  "“The voters are tired of waiting for the bridge.”"], "Tom Hale"),
    ("narration-after-a-report", ["Tom Hale said the seat would be won back in the spring. The hall emptied.",
                                  "“The voters are tired of waiting for the bridge.”"], None),
    ("after-a-group-report", ["Officials said the seat would be won back in the spring.",
                              "“The voters are tired of waiting for the bridge.”"], None),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), [row[1:] for row in RUNNING_QUOTES],
                         ids=[row[0] for row in RUNNING_QUOTES])
def test_a_running_quotation_keeps_its_speaker(paragraphs: list[str], speaker: str | None) -> None:
    """A paragraph of untagged quotation right after a tagged one goes on with the same speaker; after
    narration it does not."""
    quote = holding(find_quotes(article(*paragraphs)), "tired of waiting")
    assert quote.speaker == speaker


INTRODUCED_NAMES = [
    # (name, paragraph, speaker of the statement after "she"/"he")
    ("named", "A resident named Caroline waited outside the hall. She said the bridge would ruin the view.",
     "Caroline"),
    ("first-name", "One driver, who gave only her first name, Maria, stopped at the toll. "
                   "She said the bridge would ruin the view.", "Maria"),
    ("identified-as", "A man identified only as Omar spoke at the back. He said the bridge would ruin the view.",
     "Omar"),
    # A storm or a ship with a name is no person for "she".
    ("storm-named", "The storm, named Ophelia, hit the coast. She said the bridge would ruin the view.", None),
    ("ship-named", "A ferry named Victoria sailed at noon. She said the bridge would ruin the view.", None),
]


@pytest.mark.parametrize(("paragraph", "speaker"), [row[1:] for row in INTRODUCED_NAMES],
                         ids=[row[0] for row in INTRODUCED_NAMES])
def test_a_person_introduced_by_one_name_is_a_speaker(paragraph: str, speaker: str | None) -> None:
    """A one-word name that the article introduces as a person's is an antecedent for "he" or "she"."""
    quotes = find_quotes(article("The council met on Monday to discuss the crossing.", paragraph))
    found = [q for q in quotes if "ruin the view" in q.text]
    assert [q.speaker for q in found] == ([speaker] if speaker else [])
