"""Key quotes: quotation styles, speakers and roles, pronouns, reported speech, ranking, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.article import parse_article
from summarizer.errors import SummarizerError
from summarizer.models import Article, Quote
from summarizer.quotes import NAMED_IN_PASSING_EXAMPLES, _named_in_passing, find_quotes, key_quotes
from summarizer.quotes.body import read_body
from summarizer.quotes.marks import scan

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_82a48adea5d2f2b5.txt"


def article(*paragraphs: str) -> Article:
    """A small article: a headline over the given body paragraphs."""
    return parse_article("River town votes on new bridge plan\n\n" + "\n\n".join(paragraphs))


def only(quotes: list[Quote], fragment: str) -> Quote:
    """The one quote whose text holds ``fragment``."""
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


# -- direct quotations in every common style -----------------------------------------------------

@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We will rebuild the bridge before winter comes,” Mayor Ana Ruiz said on Monday.",
         "We will rebuild the bridge before winter comes"),
        ('"We will rebuild the bridge before winter comes," Mayor Ana Ruiz said on Monday.',
         "We will rebuild the bridge before winter comes"),
        ("‘We will rebuild the bridge before winter comes,’ Mayor Ana Ruiz said on Monday.",
         "We will rebuild the bridge before winter comes"),
        ("«We will rebuild the bridge before winter comes», Mayor Ana Ruiz said on Monday.",
         "We will rebuild the bridge before winter comes"),
        ("„We will rebuild the bridge before winter comes“, Mayor Ana Ruiz said on Monday.",
         "We will rebuild the bridge before winter comes"),
        ("''We will rebuild the bridge before winter comes,'' Mayor Ana Ruiz said on Monday.",
         "We will rebuild the bridge before winter comes"),
    ],
    ids=["curly", "straight", "british-single", "guillemets", "german", "two-apostrophes"],
)
def test_every_quotation_style_gives_the_quote_and_its_speaker(paragraph: str, expected: str) -> None:
    """Curly, straight, British single, guillemet, German and two-apostrophe quotations are all found."""
    quotes = find_quotes(article("The council met on Monday to discuss the crossing.", paragraph))
    quote = only(quotes, "rebuild")
    assert quote.text == expected
    assert quote.kind == "direct"
    assert quote.speaker == "Ana Ruiz"
    assert quote.role == "Mayor"
    assert quote.cue == "said"


def test_offsets_point_at_the_quoted_text() -> None:
    """``start``/``end`` locate the quoted words in ``Article.text``; sentence_index is their sentence."""
    story = article("The council met on Monday.",
                    "“The old bridge is unsafe for lorries,” the engineer said.")
    quote = only(find_quotes(story), "unsafe")
    assert story.text[quote.start:quote.end] == "The old bridge is unsafe for lorries"
    assert quote.sentence_index == 1


def test_apostrophes_inside_a_british_quotation_do_not_end_it() -> None:
    """‘We don’t know’ keeps its apostrophe; a plural possessive does not close the quotation."""
    story = article("‘We don’t know when the voters’ views will change,’ said the chairman, Tom Hale.")
    quote = only(find_quotes(story), "know")
    assert quote.text == "We don’t know when the voters’ views will change"
    assert quote.speaker == "Tom Hale"
    assert quote.role == "the chairman"


def test_nested_quotation_stays_inside_the_outer_one() -> None:
    """A single-quoted phrase inside a double quotation is part of it."""
    story = article("“They told us ‘wait and see’ for three long years,” said Priya Natarajan, a resident.")
    quote = only(find_quotes(story), "three long years")
    assert quote.text == "They told us ‘wait and see’ for three long years"
    assert quote.speaker == "Priya Natarajan"
    assert quote.role == "a resident"


def test_quotation_over_several_paragraphs_is_one_quote() -> None:
    """A paragraph left open and the next reopened with a mark make one quotation."""
    story = article(
        "Mayor Ana Ruiz spoke to the council on Monday.",
        "“The bridge has carried this town for ninety years. It is tired and it is unsafe.",
        "“We owe our children a crossing that will last another ninety,” she said.",
        "The vote is on Friday.",
    )
    quotes = find_quotes(story)
    quote = only(quotes, "ninety years")
    assert "another ninety" in quote.text
    assert quote.speaker == "Ana Ruiz"
    assert not any(q.text.startswith("We owe") for q in quotes)


def test_unbalanced_mark_never_swallows_the_rest_of_the_article() -> None:
    """An opening mark that is never closed ends with its sentence; later paragraphs stay untouched."""
    story = article(
        "“The budget is far too small for a project like this, the treasurer warned on Tuesday.",
        "The council will meet again next month. Residents can send comments by email.",
        "“We will listen to everyone before we decide,” Mayor Ana Ruiz said.",
    )
    quotes = find_quotes(story)
    assert all("next month" not in q.text for q in quotes)
    quote = only(quotes, "listen to everyone")
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize("text", ["“", "”", "\"", "‘", "’", "«", "„", "''", "“”", "\"\"\"", "“ ” “"])
def test_stray_marks_do_not_crash(text: str) -> None:
    """Lone or empty quotation marks give no quote and no error."""
    story = article(f"The council met on Monday {text} and voted on the plan.")
    assert isinstance(find_quotes(story), list)


def test_scare_quotes_and_titles_are_not_key_quotes() -> None:
    """A few words in quotation marks, or a Title Case name, are not statements."""
    story = article(
        "The so-called “bridge to nowhere” was mentioned in the report.",
        "The mayor appeared on “Good Morning River Town” to explain the plan.",
        "“The plan will cut the commute for every family in the valley,” Mayor Ana Ruiz said.",
    )
    texts = [q.text for q in key_quotes(story, 5)]
    assert texts == ["The plan will cut the commute for every family in the valley"]


def test_a_show_named_in_one_word_is_no_quotation_and_its_speaker_reports() -> None:
    """On “Kelbyline,” Ann Lee said ...: one capitalised word that is no common word is a name; a one-word
    answer in a common word is speech."""
    story = article(
        "Speaking on “Kelbyline,” Mayor Ana Ruiz said the harbour tunnel would open in the spring.",
        "Asked if she would stand again, she smiled. “No,” she said.",
    )
    quotes = find_quotes(story)
    assert "Kelbyline" not in [q.text for q in quotes]
    assert only(quotes, "tunnel").speaker in ("Mayor Ana Ruiz", "Ana Ruiz")
    assert only(quotes, "No").kind == "direct"


@pytest.mark.parametrize(("sentence", "named"), NAMED_IN_PASSING_EXAMPLES)
def test_a_one_word_quotation_inside_its_sentence_names_something(sentence: str, named: bool) -> None:
    story = article("The harbour tunnel opened to traffic on Monday, two years late.", sentence)
    body = read_body(story)
    (span,) = scan(body)
    text = " ".join(body.text[s:e] for s, e in span.pieces)
    assert _named_in_passing(body, span.open_mark, text) is named


def test_markup_pasted_with_the_text_is_no_quotation() -> None:
    """<post author="@kelbycouncil">: an attribute's value is markup, not speech, and no role."""
    story = article(
        '<post id="1202" author="@kelbycouncil" date="2026-11-30">The harbour tunnel will open in spring, the '
        "council said on Monday.</post>",
    )
    quotes = find_quotes(story)
    assert not any(q.text in ("1202", "@kelbycouncil", "2026-11-30") for q in quotes)
    assert all(q.role is None or "author" not in q.role for q in quotes)
    assert "<post" not in " ".join(s.text for s in story.sentences)


def test_short_statement_with_names_is_not_a_title() -> None:
    """“Yes, I support Ana Ruiz,” with a speaker, is a statement even though most words are capitalised."""
    story = article("“Yes, I support Ana Ruiz,” Tom Hale told the local paper.")
    assert only(find_quotes(story), "support").speaker == "Tom Hale"


def test_bracketed_text_survives() -> None:
    """[sic] and editorial brackets stay in the quote text."""
    story = article("“The bridge were [sic] built in 1931 and [it] needs work,” the engineer said.")
    quote = only(find_quotes(story), "1931")
    assert "[sic]" in quote.text and "[it]" in quote.text


# -- speakers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        ("“The repairs will start in spring,” Tom Hale said.", "Tom Hale", "said"),
        ("“The repairs will start in spring,” said Tom Hale.", "Tom Hale", "said"),
        ("Tom Hale said: “The repairs will start in spring.”", "Tom Hale", "said"),
        ("Tom Hale said, “The repairs will start in spring.”", "Tom Hale", "said"),
        ("Tom Hale told reporters: “The repairs will start in spring.”", "Tom Hale", "told"),
        ("“The repairs will start in spring.” — Tom Hale", "Tom Hale", "—"),
        ("According to Tom Hale, “the repairs will start in spring.”", "Tom Hale", "according to"),
        ("“The repairs will start in spring and finish by autumn.” Tom Hale said the money was in place.",
         "Tom Hale", "said"),
        ("“The repairs will start in spring,” Tom Hale, the county engineer, said.", "Tom Hale", "said"),
        ("Tom Hale said in a statement. “The repairs will start in spring.”", "Tom Hale", "said"),
        ("On Monday, after a long wait, Tom Hale spoke, saying, “The repairs will start in spring.”",
         "Tom Hale", "saying"),
        ("“The repairs will start in spring,” Sally Kelly said.", "Sally Kelly", "said"),
        ("“The repairs will start in spring,” Jo Ames, 52, of Hull, Mass., said.", "Jo Ames", "said"),
        ("“The repairs will start in spring,” an angry Tom Hale retaliated.", "Tom Hale", "retaliated"),
        ("“The repairs will start in spring,” Tom Hale went on, as if nobody had asked.", "Tom Hale", "went on"),
        ("“The repairs will start in spring,” Tom Hale charged in his speech.", "Tom Hale", "charged"),
        ("''The repairs will start in spring,'' Senator Tom Hale, Republican of Maine, told Mr. Ruiz.",
         "Tom Hale", "told"),
    ],
    ids=["x-said", "said-x", "x-said-colon", "x-said-comma", "x-told-y", "dash", "according-to",
         "next-sentence", "appositive", "tag-sentence-before", "participle", "name-ending-in-ly",
         "age-and-place", "retaliated", "went-on", "charged", "party-and-state"],
)
def test_speech_tag_patterns(paragraph: str, speaker: str, cue: str) -> None:
    """Each common speech-tag pattern attributes the quotation."""
    quote = only(find_quotes(article("The council met on Monday.", paragraph)), "repairs will start")
    assert quote.kind == "direct"
    assert quote.speaker == speaker
    assert quote.cue == cue


def test_name_is_separated_from_rank_and_role() -> None:
    """Ranks and the appositive go to ``role``; the person is the speaker."""
    story = article(
        "The border is closed, Lt. Gen. Omar al-Rashidi, deputy commander of the Northern Command, told "
        "the state news agency."
    )
    quote = only(find_quotes(story), "border is closed")
    assert quote.speaker == "Omar al-Rashidi"
    assert quote.role == "Lt. Gen., deputy commander of the Northern Command"
    assert quote.kind == "reported"
    assert quote.cue == "told"


def test_role_before_the_name_in_commas() -> None:
    """"a spokeswoman, Jane Okafor, said": the name is the speaker, the noun before it the role."""
    story = article("The plant will close in June, a spokeswoman, Jane Okafor, said on Friday.")
    quote = only(find_quotes(story), "plant will close")
    assert (quote.speaker, quote.role) == ("Jane Okafor", "a spokeswoman")


def test_pronoun_resolves_to_the_person_named_before() -> None:
    """"He went on to say ..." is attributed to the man who spoke in the sentence before."""
    story = article(
        "The river has risen by two metres, Chief Engineer Marcus Webb told local radio.",
        "He went on to say that crews were working through the night to shore up the banks.",
    )
    quote = only(find_quotes(story), "crews were working")
    assert quote.speaker == "Marcus Webb"
    assert quote.kind == "reported"


def test_surname_alone_gets_the_full_name() -> None:
    """A later "Webb said" names the Marcus Webb introduced earlier."""
    story = article(
        "Chief Engineer Marcus Webb inspected the bridge on Monday.",
        "Webb said the cracks in the east pier were getting wider every week.",
    )
    quote = only(find_quotes(story), "cracks")
    assert quote.speaker == "Marcus Webb"


def test_she_skips_a_man_named_in_between() -> None:
    """"she" goes to the woman (Ms.) rather than the man named later in the same sentence."""
    story = article(
        "Ms. Laura Chen met Mr. David Osei at the town hall on Monday.",
        "She said the two had agreed to share the cost of the survey.",
    )
    quote = only(find_quotes(story), "share the cost")
    assert quote.speaker == "Laura Chen"


def test_no_quote_keeps_a_bare_pronoun() -> None:
    """A pronoun with nobody to refer to leaves the speaker null, never "he"."""
    story = article("“It is a disgrace and everyone in this town knows it,” he said.")
    quote = only(find_quotes(story), "disgrace")
    assert quote.speaker is None


def test_quotation_after_a_tagged_one_continues_its_speaker() -> None:
    """"...," she said. "More." The second quotation is hers too."""
    story = article(
        "“The survey took six months,” said Jane Okafor. “Every pier was checked twice by two teams.”"
    )
    quote = only(find_quotes(story), "Every pier")
    assert quote.speaker == "Jane Okafor"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The ministry said the road would reopen to traffic on Thursday morning.", "The ministry"),
        ("A statement from the mayor's office said the road would reopen to traffic on Thursday.",
         "the mayor's office"),
    ],
)
def test_organisations_and_documents_speak(paragraph: str, speaker: str) -> None:
    """Institutions and their statements are speakers."""
    quote = only(find_quotes(article(paragraph)), "road would reopen")
    assert quote.speaker == speaker
    assert quote.kind == "reported"


# -- reported speech -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("paragraph", "content", "cue"),
    [
        ("Mayor Ana Ruiz said that the bridge would be finished by next summer.",
         "the bridge would be finished by next summer", "said"),
        ("Mayor Ana Ruiz told reporters the bridge would be finished by next summer.",
         "the bridge would be finished by next summer", "told"),
        ("Mayor Ana Ruiz announced on Tuesday that the bridge would be finished by next summer.",
         "the bridge would be finished by next summer", "announced"),
        ("The bridge would be finished by next summer, Mayor Ana Ruiz said.",
         "The bridge would be finished by next summer", "said"),
        ("The bridge would be finished by next summer, according to Mayor Ana Ruiz.",
         "The bridge would be finished by next summer", "according to"),
        ("Mayor Ana Ruiz warned that the bridge would not be finished by next summer.",
         "the bridge would not be finished by next summer", "warned"),
    ],
)
def test_reported_speech_gives_the_content_clause(paragraph: str, content: str, cue: str) -> None:
    """A speech verb with a speaker yields the reported clause, not the whole sentence."""
    quote = only(find_quotes(article(paragraph)), "bridge would")
    assert quote.kind == "reported"
    assert quote.text == content
    assert quote.speaker == "Ana Ruiz"
    assert quote.cue == cue


def test_partial_quotation_goes_with_its_report() -> None:
    """"Ruiz said the plan was “a gift to the valley”": one reported quote holding the quoted words."""
    story = article("Ana Ruiz said the new plan was “a gift to the whole valley” and urged a quick vote.")
    quotes = find_quotes(story)
    assert len(quotes) == 1
    assert quotes[0].kind == "reported"
    assert "“a gift to the whole valley”" in quotes[0].text


def test_poll_shares_speak() -> None:
    """"Six in 10 voters say ..." reports what a share of those polled said."""
    quote = only(find_quotes(article("Six in 10 voters say the bridge should be rebuilt.")), "rebuilt")
    assert quote.speaker == "Six in 10 voters"
    assert quote.text == "the bridge should be rebuilt"


def test_group_with_a_place_speaks() -> None:
    """"Shop owners on the east side of the river said ..." is a group speaking, named in full."""
    story = article("Shop owners on the east side of the river said the closure would hurt trade.")
    quote = only(find_quotes(story), "hurt trade")
    assert quote.speaker == "Shop owners on the east side of the river"


def test_future_of_a_verb_that_can_be_speech_is_not_a_report() -> None:
    """"The closure will add up to 40 minutes" is arithmetic, not someone adding a remark."""
    assert find_quotes(article("The closure will add up to 40 minutes to the journeys of commuters.")) == []


def test_speech_verb_without_speaker_is_no_quote() -> None:
    """A passive ("was told") has no speaker: nothing is reported."""
    story = article("The crew was told the bridge would be closed for a month.")
    assert find_quotes(story) == []


# -- ranking -------------------------------------------------------------------------------------

RANKED = article(
    "The town council approved the new bridge on Monday after a long debate about its cost.",
    "“This bridge will carry the town for the next hundred years,” Mayor Ana Ruiz said.",
    "Officials said the bridge would cost about twelve million pounds to build.",
    "“This bridge will carry the town for the next hundred years!” the mayor repeated later.",
    "“The cost of the new bridge is too high for a town of this size,” said councillor Tom Hale.",
    "Some residents said the old bridge should simply be repaired.",
)


def test_zero_hides_quotes() -> None:
    """``count`` 0 gives no quotes."""
    assert key_quotes(RANKED, 0) == []


def test_more_than_exist_returns_all_without_duplicates() -> None:
    """Asking for many returns every statement once: the repeated quotation is dropped."""
    quotes = key_quotes(RANKED, 50)
    assert len([q for q in quotes if "hundred years" in q.text]) == 1
    assert len(quotes) == len(find_quotes(RANKED)) - 1


def test_key_quotes_come_in_article_order_and_prefer_named_direct_quotes() -> None:
    """The top two are the named people's direct quotations, in the order the article has them."""
    quotes = key_quotes(RANKED, 2)
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Tom Hale"]
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[0].start < quotes[1].start


def test_quotes_come_only_from_the_body() -> None:
    """The headline and captions are never quoted."""
    story = parse_article(
        "“We will not give up,” says mayor\n\nPhoto: The old bridge at dusk / Photo: River Town Archive\n\n"
        "The council met on Monday to discuss the crossing and its future."
    )
    assert find_quotes(story) == []


# -- the seed article ------------------------------------------------------------------------------

def test_seed_article_key_quotes() -> None:
    """The seed gives the border statement, es-Suaydi, Sudani, and "He went on" for al-Muhammadawi."""
    story = parse_article(SEED.read_text(encoding="utf-8"))
    quotes = find_quotes(story)
    borders = only(quotes, "completely secured")
    assert borders.text == "Iraq's borders have been completely secured"
    assert borders.speaker == "Qais al-Muhammadawi"
    assert "deputy commander of the Iraqi Joint Operations Command" in (borders.role or "")
    assert only(quotes, "stepping up security").speaker == "Muhammad Abdulwahab es-Suaydi"
    assert only(quotes, "security and stability of both countries").speaker == "Muhammad Shia al-Sudani"
    assert only(quotes, "awaiting more orders").speaker == "Qais al-Muhammadawi"
    assert all(q.speaker is None or q.speaker.lower() not in {"he", "she", "they", "it"} for q in quotes)
    key = key_quotes(story, 3)
    assert {q.speaker for q in key} == {"Qais al-Muhammadawi", "Muhammad Abdulwahab es-Suaydi",
                                        "Muhammad Shia al-Sudani"}
    assert "Iraq's borders have been completely secured" in [q.text for q in key]


# -- bad input ---------------------------------------------------------------------------------------

def test_long_line_without_punctuation_is_handled() -> None:
    """A very long run of words and marks gives a result, not an error."""
    words = " ".join(["said", "“word", "told", "‘it’s", "according to", "he"] * 3000)
    story = article(words)
    assert isinstance(key_quotes(story, 3), list)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,:;\n“”\"'‘’«»„-—Hhe said told Mr. Ruiz")), max_size=400))
def test_no_text_raises_anything_but_summarizer_errors(text: str) -> None:
    """Any text either parses and gives quotes, or fails with a SummarizerError."""
    try:
        story = parse_article(text)
    except SummarizerError:
        return
    quotes = key_quotes(story, 3)
    for quote in find_quotes(story):
        assert 0 <= quote.start <= quote.end <= len(story.text)
        assert quote.speaker is None or quote.speaker.lower() not in {"he", "she", "they", "it", "i", "we"}
    assert len(quotes) <= 3


def test_rank_before_a_described_role_comes_first() -> None:
    """'Opposition education spokesman Sen. Paul Darby' → speaker Paul Darby, role 'Sen., Opposition ...'."""
    article = parse_article(
        "The minister defended the plan on Monday. Opposition education spokesman Sen. Paul Darby (R-Ohio) "
        "said the policy was welcome but warned that some schools lacked kitchens."
    )
    quote = next(q for q in find_quotes(article) if q.speaker == "Paul Darby")
    assert quote.role == "Sen., Opposition education spokesman"


def test_a_poll_share_ranks_below_a_group_that_speaks() -> None:
    """ "52 percent said ..." is a figure of a poll: a key quote only after the people and groups who spoke."""
    article = parse_article(
        "Voters split on the new bridge\n\n"
        "About 52 percent said the new bridge would be better for the valley than the old ferry.\n\n"
        "Local farmers said the new bridge would be better for the valley than the old ferry.")
    assert [q.speaker for q in key_quotes(article, 1)] == ["Local farmers"]
