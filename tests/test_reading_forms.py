# ruff: noqa: E501  (article paragraphs are one line each, as they are pasted)
"""Every paste shape reads as the same article: one line, hard-wrapped, one paragraph per line, CRLF, Markdown."""

from __future__ import annotations

import textwrap

import pytest

from summarizer import parse_article
from summarizer.article import PAGE_TAIL_EXAMPLES, front, page_tail
from summarizer.article.blocks import wrap_width
from summarizer.article.front import (
    BARE_BYLINE_EXAMPLES,
    BYLINE_EXAMPLES,
    DATE_EXAMPLES,
    DATED_BYLINE_EXAMPLES,
    HEAD_END_EXAMPLES,
    LEADING_KICKER_EXAMPLES,
    ONE_LINE_EXAMPLES,
    PAST_WITH_OBJECT,
    PAST_WITH_OBJECT_EXAMPLES,
    PERFECT_EXAMPLES,
    PERFECT_TENSE,
    PLACED_BYLINE_EXAMPLES,
    PROSE_OPENER_EXAMPLES,
    QUESTION_HEADLINE_EXAMPLES,
    QUOTED_HEADLINE_EXAMPLES,
    SPEAKER_HEADLINE_EXAMPLES,
    _bare_name,
    _could_end_headline,
    is_bare_byline,
    is_byline,
    is_date,
    is_placed_byline,
    split_dated_byline,
    split_kicker,
)
from summarizer.models import Article

HEADLINE = "Harbour town votes to rebuild storm-hit sea wall"
PARAGRAPHS = [
    "The town council voted on Tuesday to rebuild the sea wall that collapsed during last month's storm, ending weeks of argument over the cost of the work along the harbour front; the vote was nine to four.",
    "Engineers from the regional authority told members two things: the old wall could not be repaired, and a new one would take two years.",
    "\"We cannot ask families to live behind a wall made of hope,\" said Mayor Alan Brooks, who proposed the plan and won support from the U.S. firm that built the harbour's new pier in the spring of last year.",
    "Some residents had argued for moving the homes inland instead of rebuilding, and a petition against the wall gathered more than a thousand names.",
    "The government has promised to pay half of the cost, and the rest will come from a small rise in local taxes over five years.",
]


def _read(article: Article) -> tuple[str | None, list[str]]:
    return article.headline, [s.text for s in article.sentences]


PLAIN = _read(parse_article("\n\n".join([HEADLINE, *PARAGRAPHS])))


def test_plain_form_has_headline_and_every_sentence() -> None:
    assert PLAIN[0] == HEADLINE
    assert len(PLAIN[1]) == 5 and PLAIN[1][0].startswith("The town council voted")


def test_one_line_paste_keeps_its_headline() -> None:
    """A story pasted as one line still yields the headline that opens it, and the headline is no body sentence."""
    article = parse_article(" ".join([HEADLINE, *PARAGRAPHS]))
    assert article.headline == HEADLINE
    assert article.sentences[0].text.startswith("The town council voted on Tuesday")
    assert [s.text for s in article.sentences] == PLAIN[1]


@pytest.mark.parametrize(("evidence", "headline", "opening"), ONE_LINE_EXAMPLES, ids=[e[0] for e in ONE_LINE_EXAMPLES])
def test_one_line_headline_examples(evidence: str, headline: str | None, opening: str) -> None:
    """The one-line split finds the headline from how the lede restates it, and claims none when unsure."""
    from summarizer.article.front import split_dateline

    article = parse_article(" ".join([opening, *PARAGRAPHS]))
    assert article.headline == headline
    first = article.sentences[0].text
    story = opening[len(headline) :].strip() if headline else opening
    story = story[split_dateline(story)[1] :]  # a wire dateline is the article's, not the sentence's
    assert first.startswith(story[:30])


@pytest.mark.parametrize(("opening", "headline"), front.CLAUSE_BEFORE_CLAUSE_EXAMPLES)
def test_a_head_with_its_own_verb_ends_where_the_ledes_own_clause_begins(opening: str, headline: str | None) -> None:
    """ "Playbook passes the torch | Seven years ago, I was ...": two clauses side by side are a head and a
    lede; a description before a name, a plural noun or a head that embeds the next clause is none."""
    text = " ".join([opening, *PARAGRAPHS])
    first = text[: front.sentence_spans(text)[0][1]]
    cut = front._clause_before_clause(first, "english", front.story_common_words(text), front.story_word_pairs(text))
    article = parse_article(text)
    assert article.headline == headline
    if headline:
        assert first[:cut].strip() == headline
    if headline is None:
        assert cut == 0
        assert article.sentences[0].text.startswith(opening[:40])


def test_a_head_ending_on_a_word_the_story_only_writes_before_another_is_no_clause_before_a_clause() -> None:
    """ "... afford to take older | Kelby voters for granted": the story writes "older" only before what it
    describes ("older people"), so no head ends on it, however the lede's words read."""
    text = " ".join(["Island parties cannot afford to take older Kelby voters for granted at the next election, "
                     "says a survey of older people on the island.", *PARAGRAPHS])
    first = text[: front.sentence_spans(text)[0][1]]
    assert front._modifier_only("older", text)
    assert not front._modifier_only("storm", text)  # "last month's storm," ends a phrase in the story
    assert front._clause_before_clause(first, "english", front.story_common_words(text),
                                       front.story_word_pairs(text)) == 0


@pytest.mark.parametrize("head", [
    "Sea wall wins the vote after long row; Town will pay half of the cost from a small rise in taxes",
    "Harbour town backs new sea wall; Residents fear the bill will fall on them for years",
])
def test_one_line_headline_and_deck_head_is_kept_as_the_split_cut_it(head: str) -> None:
    """A "headline; Deck" head (US exports) pasted as one line: its deck reads like a sentence ("will pay"),
    but the one-line split cut it from the story on the lede's evidence, and the head stays the headline."""
    article = parse_article(" ".join([head, *PARAGRAPHS]))
    assert article.headline == head
    assert [s.text for s in article.sentences] == PLAIN[1]


@pytest.mark.parametrize("width", range(56, 80))
def test_hard_wrapped_text_reads_as_unwrapped(width: int) -> None:
    """Lines that happen to end in ';', ':', a closing quote or "U.S." are not paragraph ends."""
    wrapped = [textwrap.fill(p, width, break_on_hyphens=False) for p in PARAGRAPHS]
    assert _read(parse_article("\n\n".join([HEADLINE, *wrapped]))) == PLAIN


@pytest.mark.parametrize("width", range(60, 80))
def test_wrapped_paragraphs_on_single_lines_with_no_break_spaces(width: int) -> None:
    """One paragraph a line, then hard-wrapped: a wrapper never breaks at a no-break space, so a line that
    ends before two words joined by one ("Mayor\u00a0Alan") was wrapped there, not ended by the writer.
    (Below 60 columns the 48-character headline and the lede's first two words would not fit one line,
    so the headline itself reads as a wrapped line: no blank line tells it apart.)"""
    joined = [_every_other_space_unbroken(p) for p in PARAGRAPHS]
    wrapped = [textwrap.fill(p, width, break_on_hyphens=False) for p in joined]
    assert _read(parse_article("\n".join([HEADLINE, *wrapped]))) == PLAIN


# Short paragraphs, so that the runs of sentences glued together ("Holt.Traders") fall at many line ends;
# many end on a name, so that a wrong break before one leaves a line that opens with a capital.
_SHORT_PARAGRAPHS = [
    "The old fish market closed on Friday, said Mayor Ines Holt.", "Traders packed up by noon, said Tom Rask.",
    "Some had worked there since they were boys in Kelby.", "The hall will become flats, said Councillor Ann Vey.",
    "Work on the roof starts in the autumn, said Piet Lorne.", "Another market will open by the ring road at Dunmore.",
    "Traders say the site is too far from the harbour at Kelby.", "The council has room for more stalls, said Ann Vey.",
    "Rents there will be frozen for three years, said Ines Holt.", "Their farewell dance was held on Saturday in Kelby.",
]


@pytest.mark.parametrize("width", range(56, 80))
def test_wrapped_text_with_sentences_run_together(width: int) -> None:
    """Paragraphs pasted with no space between them ("Holt.Traders"), then hard-wrapped: the wrapper took
    "Holt.Traders" for one word, so a line that ends before it was wrapped there, not ended by the writer."""
    story = "".join(_SHORT_PARAGRAPHS)
    glued = _read(parse_article("\n\n".join([HEADLINE, story])))
    assert glued[1] == _SHORT_PARAGRAPHS
    wrapped = "\n\n".join([HEADLINE, textwrap.fill(story, width, break_on_hyphens=False)])
    assert _read(parse_article(wrapped)) == glued


@pytest.mark.parametrize("width", range(60, 77))
def test_wrapped_text_of_many_one_line_paragraphs(width: int) -> None:
    """One paragraph a line, most of them short, then wrapped: the few long paragraphs' lines crowd just
    below the widest, and a break inside a sentence ("... said Ines" / "Holt.") is read as the wrap it is.
    (From 77 columns the short paragraphs, 41 to 59 characters, fill the columns just below the wrapped
    lines as much as those fill the widest ones: no width can be read, and the lines are read as written.)"""
    paragraphs = [*_SHORT_PARAGRAPHS[:6], PARAGRAPHS[0], *_SHORT_PARAGRAPHS[6:], PARAGRAPHS[2], PARAGRAPHS[3]]
    plain = _read(parse_article("\n".join([HEADLINE, *paragraphs])))
    wrapped = "\n".join([HEADLINE, *(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs)])
    assert _read(parse_article(wrapped)) == plain


_SPREAD_LINES = [
    "Stalls open at six.", "The harbour was quiet by evening.", "Boats came in late with half a catch, said Piet Lorne.",
    "Prices at the quay rose again on Monday, and traders blamed the closure of the old hall.",
    "Ice ran short.", "The council met the traders on Tuesday to talk about the move to the ring road site at Dunmore.",
    "Nobody came to an agreement.", "A second meeting is planned for the spring, the council said.",
]


def test_short_lines_of_spread_lengths_are_not_taken_for_wrapped_text() -> None:
    """Lines of one paragraph each, unwrapped, of lengths spread from short to long: no wrap width is read
    from them, and they read as the same paragraphs set apart by blank lines."""
    assert wrap_width([HEADLINE, *_SPREAD_LINES]) == 0
    assert _read(parse_article("\n".join([HEADLINE, *_SPREAD_LINES]))) == \
        _read(parse_article("\n\n".join([HEADLINE, *_SPREAD_LINES])))


def _every_other_space_unbroken(text: str) -> str:
    words = text.split(" ")
    return "".join(word + ("\u00a0" if number % 2 == 0 else " ") for number, word in enumerate(words)).rstrip("\u00a0 ")


def test_the_wrapped_forms_do_end_lines_awkwardly() -> None:
    """The widths above put ';', ':', a closing quote and "U.S." at line ends (so the test means something)."""
    ends = {line.rstrip()[-4:] for width in range(56, 80)
            for p in PARAGRAPHS for line in textwrap.wrap(p, width, break_on_hyphens=False)}
    assert {"ont;", "ngs:", 'pe,"', "U.S."} <= ends


def test_one_paragraph_per_line() -> None:
    assert _read(parse_article("\n".join([HEADLINE, *PARAGRAPHS]))) == PLAIN


def test_crlf_line_ends() -> None:
    assert _read(parse_article("\r\n\r\n".join([HEADLINE, *PARAGRAPHS]) + "\r\n")) == PLAIN


def test_markdown_without_inventing_words() -> None:
    """Markup goes, words stay: no body word that the plain form lacks."""
    text = "\n\n".join([f"# {HEADLINE}", "**" + PARAGRAPHS[0][:8] + "**" + PARAGRAPHS[0][8:],
                        PARAGRAPHS[1].replace("regional authority", "[regional authority](https://example.org/ra)"),
                        *PARAGRAPHS[2:]])
    assert _read(parse_article(text)) == PLAIN


def test_one_line_story_with_photo_credit_inside_is_summarised() -> None:
    """A 'Photo:' somewhere in a one-line 700-word story makes no caption of the whole story."""
    body = " ".join(PARAGRAPHS[:3]) + " Photo: Jane Doe for the Courier. " + " ".join(PARAGRAPHS * 5)
    assert len(body.split()) > 700
    article = parse_article(body)
    assert len(article.sentences) == 28  # every sentence of the story
    assert article.captions == ("Photo: Jane Doe for the Courier.",)
    assert article.sentences[0].text.startswith("The town council voted")


def test_bare_body_gets_no_headline() -> None:
    """A lede dense with names, with no headline above it, is the lede."""
    text = "\n\n".join(["Mayor Alan Brooks, council leader Rosa Meyer and Harbour Board chair Sam Okafor met on Tuesday.", *PARAGRAPHS])
    article = parse_article(text)
    assert article.headline is None
    assert article.sentences[0].text.startswith("Mayor Alan Brooks")


# The signs that a one-sentence first paragraph is the lede, not a headline: each pattern with its examples.
_RESTATED = "{sentence}, the council said on Tuesday, ten years after the work began under the bay and the harbour."
_OTHER = ("The harbour tunnel will open to traffic in the spring, Mayor Alan Brooks said on Tuesday, ten years "
          "after work on it began under the bay.")
_LEDE_SIGNS = {
    "perfect tense": (PERFECT_TENSE.search, PERFECT_EXAMPLES, _RESTATED),
    "past tense with its object": (PAST_WITH_OBJECT.search, PAST_WITH_OBJECT_EXAMPLES, _OTHER),
    "prose opener": (front._PROSE_OPENER.match, PROSE_OPENER_EXAMPLES, _RESTATED),
}


@pytest.mark.parametrize(("sign", "sentence"), [(name, text) for name, (_, examples, _) in _LEDE_SIGNS.items()
                                                 for text in examples[0]])
def test_a_first_sentence_that_reads_as_news_told_is_the_lede(sign: str, sentence: str) -> None:
    """A one-sentence first paragraph above a longer one (restating it, or going on) is the lede."""
    matches, _, following = _LEDE_SIGNS[sign]
    assert matches(sentence)
    second = following.format(sentence=sentence[:-1])
    article = parse_article("\n\n".join([sentence, second, *PARAGRAPHS[1:]]))
    assert article.headline is None
    assert article.sentences[0].text == sentence


@pytest.mark.parametrize(("sign", "headline"), [(name, text) for name, (_, examples, _) in _LEDE_SIGNS.items()
                                                 for text in examples[1]])
def test_the_lede_signs_leave_headline_ese_alone(sign: str, headline: str) -> None:
    matches, _, _ = _LEDE_SIGNS[sign]
    assert not matches(headline)


@pytest.mark.parametrize("headline", ["Mayor says tunnel will open in spring.", "Harbour tunnel opens. Finally."])
def test_sentence_style_and_two_sentence_headlines(headline: str) -> None:
    article = parse_article("\n\n".join([headline, "The harbour tunnel will open to traffic in the spring, Mayor Alan Brooks said on Tuesday, ten years after work on it began under the bay.", *PARAGRAPHS[1:]]))
    assert article.headline == headline


def test_deck_is_reported_and_never_summarised() -> None:
    """The second headline line, above the byline, is the deck."""
    deck = "Council backs nine-year plan despite a petition from residents"
    article = parse_article("\n\n".join([HEADLINE, deck, "By Jane Fielding", *PARAGRAPHS]))
    assert (article.headline, article.deck, article.byline) == (HEADLINE, deck, "Jane Fielding")
    assert all(deck not in s.text for s in article.sentences)


def test_front_lines_wrapped_after_a_space_read_with_single_spaces() -> None:
    """A headline and deck wrapped with the space left at the line's end ("fold -s") read as one line
    each, single-spaced, as the body sentences do."""
    text = ("Harbour town votes to rebuild \nstorm-hit sea wall\n\nCouncil backs nine-year plan despite a \n"
            "petition from residents\n\nBy Jane Fielding\n\n" + "\n\n".join(PARAGRAPHS))
    article = parse_article(text)
    assert (article.headline, article.deck, article.byline) == (
        HEADLINE, "Council backs nine-year plan despite a petition from residents", "Jane Fielding")


def test_deck_on_the_headline_lines() -> None:
    """A deck on the line under the headline, with paragraphs set apart by blank lines."""
    deck = "Council backs nine-year plan despite a petition from residents"
    article = parse_article(f"{HEADLINE}\n{deck}\n\n" + "\n\n".join(PARAGRAPHS))
    assert (article.headline, article.deck) == (HEADLINE, deck)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("DENVER, March 3 (UPI) — ", "DENVER, March 3 (UPI)"),
        ("Washington (AFP) – ", "Washington (AFP)"),
        ("LONDON — ", "LONDON"),
        ("KELBY ― ", "KELBY"),
        ("EL KELBY, Islay — ", "EL KELBY, Islay"),
        ("BEIRUT, Lebanon (AP) -- ", "BEIRUT, Lebanon (AP)"),
        ("(CNN) ", "(CNN)"),
        ("VALDORA (Wire) — ", "VALDORA (Wire)"),
        ("KESTREL BAY, March 3 (Harbour News) -- ", "KESTREL BAY, March 3 (Harbour News)"),
        # places joined by a slash, the day before the month, a year, no dash after the agency
        ("LONDON/KELBY, March 3 (Reuters) - ", "LONDON/KELBY, March 3 (Reuters)"),
        ("KELBY, 3 March (IANS) ", "KELBY, 3 March (IANS)"),
        ("Kelby/Velmont, 3 March 2025 (AFP) - ", "Kelby/Velmont, 3 March 2025 (AFP)"),
        # a press release's wire
        ("KELBY, Scotland, March 3, 2025 /PRNewswire/ -- ", "KELBY, Scotland, March 3, 2025 /PRNewswire/"),
        ("Kelby, Scotland, March 3, 2025 (GLOBE NEWSWIRE) -- ", "Kelby, Scotland, March 3, 2025 (GLOBE NEWSWIRE)"),
        ("KELBY, Scotland--(BUSINESS WIRE)--", "KELBY, Scotland--(BUSINESS WIRE)"),
    ],
)
@pytest.mark.parametrize("with_headline", [True, False])
def test_datelines_in_wire_forms(opening: str, dateline: str, with_headline: bool) -> None:
    """Found on the first body paragraph, with or without a headline above it."""
    parts = [opening + PARAGRAPHS[0], *PARAGRAPHS[1:]]
    article = parse_article("\n\n".join([HEADLINE, *parts] if with_headline else parts))
    assert article.dateline == dateline
    assert article.headline == (HEADLINE if with_headline else None)
    assert article.sentences[0].text.startswith("The town council voted")


@pytest.mark.parametrize(
    "opening",
    [
        "WHO (World Health Organization) officials ",  # no dash: an acronym spelt out
        "Valdora (Wire) — ",  # an unknown agency after a place in mixed case may be a name and a party
        "NORDBANK (Nordic Bank) said on Monday that ",
        "Kelby/Velmont flights (AFP reported) resumed and ",  # a slash between names inside a sentence
        "Kelby, March 3 2025 /pause/ the vote was close and ",  # slashes around a lower-case word, no dash
    ],
)
def test_unknown_agency_needs_a_place_in_capitals_and_a_dash(opening: str) -> None:
    article = parse_article("\n\n".join([HEADLINE, opening + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert article.dateline is None
    assert article.sentences[0].text.startswith(opening.strip())


def test_short_paragraph_with_a_date_is_no_date_line() -> None:
    """The date line holds a date and date words only; a sentence with a date is prose."""
    text = "\n\n".join([HEADLINE, "Work starts on 3 March 2025, the council said.", *PARAGRAPHS])
    article = parse_article(text)
    assert article.date is None
    assert article.sentences[0].text == "Work starts on 3 March 2025, the council said."


@pytest.mark.parametrize(
    "prose",
    [
        "The latest Reuters/Ipsos poll showed the mayor ahead with 41 percent of the vote.",
        "Spoiler alert: the council did not take their advice.",
        "Case in point: After the 2019 vote, turnout fell by a third.",
    ],
)
def test_prose_that_looks_like_furniture_is_kept(prose: str) -> None:
    article = parse_article("\n\n".join([HEADLINE, PARAGRAPHS[0], prose, *PARAGRAPHS[1:]]))
    assert prose in [s.text for s in article.sentences]


def test_glued_captions_are_cut_and_sentences_kept() -> None:
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0],
                        "The mayor, pictured with her husband at the opening, said the wall would be finished on time.",
                        "Deputy mayor Pat Lee (left) said the vote was close. Scroll down for video Open again: cars cross the harbour road",
                        *PARAGRAPHS[1:]])
    sentences = [s.text for s in parse_article(text).sentences]
    assert "The mayor said the wall would be finished on time." in sentences
    assert "Deputy mayor Pat Lee said the vote was close." in sentences
    assert not any("Scroll" in s or "Open again" in s for s in sentences)
    assert sentences[-1] == PARAGRAPHS[-1].split(", and ")[0] + ", and the rest will come from a small rise in local taxes over five years."


def test_run_in_caption_glued_to_the_next_sentence() -> None:
    """'Label: caption' without its full stop, run into the next sentence: the caption goes, the sentence stays."""
    paragraph = "Strictly business: The actress wears a striped jacket in the spread As for her role, she said the show was the best work of her life."
    article = parse_article("\n\n".join([HEADLINE, PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]]))
    assert "As for her role, she said the show was the best work of her life." in [s.text for s in article.sentences]
    assert article.captions == ("Strictly business: The actress wears a striped jacket in the spread",)


def test_deck_is_shown_under_the_headline_and_in_json() -> None:
    """The deck appears in the text output right after the headline and as "deck" in JSON."""
    from cli import render
    from summarizer import summarize

    deck = "Council backs nine-year plan despite a petition from residents"
    summary = summarize("\n\n".join([HEADLINE, deck, "By Jane Fielding", *PARAGRAPHS]))
    assert render.text_summary(summary).splitlines()[:2] == [HEADLINE, deck]
    assert summary.as_dict()["deck"] == deck
    assert all(deck not in s.text for s in summary.sentences)


@pytest.mark.parametrize("line", BYLINE_EXAMPLES[0])
def test_bylines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", BYLINE_EXAMPLES[1])
def test_sentences_that_open_with_by_are_no_bylines(line: str) -> None:
    """A lower-case word other than a linking word means a sentence has begun."""
    assert not is_byline(line)


@pytest.mark.parametrize(("line", "byline", "date"), DATED_BYLINE_EXAMPLES[0])
def test_a_byline_and_its_date_on_one_line_are_told_apart(line: str, byline: str, date: str) -> None:
    assert split_dated_byline(line) == (byline, date)


@pytest.mark.parametrize("line", DATED_BYLINE_EXAMPLES[1])
def test_lines_that_are_no_byline_with_a_date_are_left_whole(line: str) -> None:
    """No date after the byline, a weekday or a figure before the date, no byline before it, or a sentence."""
    assert split_dated_byline(line) is None


@pytest.mark.parametrize("line", ["By Ada Thorne, 3 March 2025", "By Ada Thorne | March 3, 2025"])
def test_a_dated_byline_under_the_headline_gives_byline_and_date_and_no_deck(line: str) -> None:
    article = parse_article("\n\n".join([HEADLINE, line, *PARAGRAPHS]))
    assert (article.headline, article.deck, article.byline) == (HEADLINE, None, "Ada Thorne")
    assert article.date is not None and article.date in line and "Thorne" not in article.date


def test_a_deck_above_a_dated_byline_is_still_the_deck() -> None:
    deck = "Work on the crack in the wall will take a year"
    article = parse_article("\n\n".join([HEADLINE, deck, "By Ada Thorne | March 3, 2025", *PARAGRAPHS]))
    assert (article.deck, article.byline, article.date) == (deck, "Ada Thorne", "March 3, 2025")


@pytest.mark.parametrize(("line", "is_name"), [(t, True) for t in BARE_BYLINE_EXAMPLES[0]]
                         + [(t, False) for t in BARE_BYLINE_EXAMPLES[1]])
def test_a_bare_byline_is_a_name_whose_surname_is_no_common_word(line: str, is_name: bool) -> None:
    assert is_bare_byline(line) is is_name


def test_a_name_alone_over_the_date_line_is_the_byline_and_no_subhead() -> None:
    article = parse_article("\n\n".join([HEADLINE, "Jo Lee\nWed 12 Feb 2025 07.00 GMT", *PARAGRAPHS]))
    assert (article.byline, article.date, article.subheads) == ("Jo Lee", "Wed 12 Feb 2025 07.00 GMT", ())


def test_a_name_alone_with_no_date_line_under_it_is_no_byline() -> None:
    """Without the date below it, a short capitalised line may be anything (a subhead, a place)."""
    article = parse_article("\n\n".join([HEADLINE, "Jo Lee", *PARAGRAPHS]))
    assert article.byline is None


@pytest.mark.parametrize(("line", "kicker", "headline"), LEADING_KICKER_EXAMPLES[0])
def test_a_section_label_opening_the_headline_line_is_the_kicker(line: str, kicker: str, headline: str) -> None:
    assert split_kicker(line) == (kicker, headline)
    article = parse_article("\n\n".join([line, *PARAGRAPHS]))
    assert (article.kicker, article.headline) == (kicker, headline)


@pytest.mark.parametrize("line", LEADING_KICKER_EXAMPLES[1])
def test_headline_lines_with_no_leading_section_label_stay_whole(line: str) -> None:
    assert split_kicker(line) == (None, line)


@pytest.mark.parametrize(("rest", "parts"), front.FRONT_RUN_EXAMPLES)
def test_the_front_lines_between_a_one_line_headline_and_its_story(rest: str, parts: dict[str, str]) -> None:
    found = {name: rest[slice(*span)] for name, span in front.front_run(rest).items() if name != "story"}
    assert found == parts


def test_a_one_line_paste_with_a_deck_sentence_byline_and_date_reads_as_on_separate_lines() -> None:
    lines = ["Opinion | Why the harbour vote matters more than the council admits",
             "The plan rests on a sea wall that nobody has costed properly.", "Jo Lee", "Wed 12 Feb 2025 07.00 GMT",
             *PARAGRAPHS]
    apart, one_line = parse_article("\n\n".join(lines)), parse_article(" ".join(lines))
    fields = ("kicker", "headline", "deck", "byline", "date")
    assert [getattr(one_line, name) for name in fields] == [getattr(apart, name) for name in fields] == [
        "Opinion", lines[0][10:], lines[1], "Jo Lee", lines[3]]
    assert [s.text for s in one_line.sentences] == [s.text for s in apart.sentences]


def test_a_paragraph_of_sentences_above_the_dateline_is_no_deck() -> None:
    """Several sentences under the headline are the story, not a deck, even with a dateline next."""
    text = (
        "Council agrees budget\n\n"
        "The council met on Monday and agreed the budget. The mayor said it was a good day. Residents cheered\n\n"
        "PORT ELLIS — The town council voted on Tuesday to rebuild the sea wall that collapsed in the storm.\n"
    )
    article = parse_article(text)
    assert article.deck is None
    assert article.sentences[0].text.startswith("The council met on Monday")


@pytest.mark.parametrize(("text", "head"), __import__("summarizer.article.front", fromlist=["x"]).ONE_LINE_DATE_EXAMPLES)
def test_a_date_parts_the_head_of_a_one_line_paste(text: str, head: str | None) -> None:
    """Only a short head with no full stop before a full date is split off; a sentence holding a date is not."""
    from summarizer.article.front import one_line_date

    found = one_line_date(text)
    assert (text[: found[0]] if found else None) == head


def test_one_line_paste_with_kicker_headline_and_date() -> None:
    """"Kicker | Headline Date Story ..." on one line: each part found, the story starts after the date."""
    text = ("Valley | Harbour tunnel opens to traffic 30 November 2026 The harbour tunnel opened to traffic on "
            "Monday, three years after work began under the estuary. Engineers said it would carry about 20,000 "
            "vehicles a day. Shop owners said trade had suffered during the works and hoped customers would "
            "now return to the streets around the harbour. The mayor cut the ribbon at the northern entrance.")
    article = parse_article(text)
    assert (article.kicker, article.headline, article.date) == (
        "Valley", "Harbour tunnel opens to traffic", "30 November 2026")
    assert article.sentences[0].text.startswith("The harbour tunnel opened")


@pytest.mark.parametrize(("opening", "headline", "dateline"), [
    ("Harbour tunnel opens to traffic PORT ELLEN, Islay (AP) — The first cars drove through the new harbour "
     "tunnel on Monday morning, two years after work on it began.", "Harbour tunnel opens to traffic",
     "PORT ELLEN, Islay (AP)"),
    ("Ferry crossings cut for Islay Sound BOWMORE (AP) — The island's ferry company will run two crossings "
     "a day instead of four this winter, it said on Monday.", "Ferry crossings cut for Islay Sound", "BOWMORE (AP)"),
    ("BOWMORE (AP) — The island's ferry company will run two crossings a day instead of four this winter, "
     "it said on Monday.", None, "BOWMORE (AP)"),
    # a byline the head carries, with or without its role, is no part of the headline
    ("Ferry crossings cut for Islay Sound By Ana de Souza BOWMORE (AP) — The island's ferry company will run "
     "two crossings a day instead of four this winter.", "Ferry crossings cut for Islay Sound", "BOWMORE (AP)"),
    ("Ferry crossings cut for Islay Sound By Ana de Souza, Transport Editor BOWMORE (AP) — The island's ferry "
     "company will run two crossings a day instead of four.", "Ferry crossings cut for Islay Sound", "BOWMORE (AP)"),
])
def test_a_wire_dateline_parts_the_head_of_a_one_line_paste(opening: str, headline: str | None,
                                                             dateline: str) -> None:
    """Where the wire dateline starts, the story starts: the head before it is the headline (a place
    that takes in the head's last words starts at its first word in capitals); none before it, none."""
    article = parse_article(" ".join([opening, *PARAGRAPHS]))
    assert (article.headline, article.dateline) == (headline, dateline)
    assert article.sentences[0].text.startswith("The ")


@pytest.mark.parametrize(("head", "may_end"), [(h, True) for h in HEAD_END_EXAMPLES[0]]
                         + [(h, False) for h in HEAD_END_EXAMPLES[1]])
def test_where_a_one_line_headline_may_end(head: str, may_end: bool) -> None:
    """A headline ends on a content word, a figure or a quotation; never on a minor word, a preposition,
    a possessive, a comma or a dash, nor with a clause after a comma."""
    assert _could_end_headline(head, before_opener=True) is may_end


@pytest.mark.parametrize(("line", "is_a_date"), [(t, True) for t in DATE_EXAMPLES[0]] + [(t, False) for t in DATE_EXAMPLES[1]])
def test_date_lines(line: str, is_a_date: bool) -> None:
    """A date line holds a date (with its year, or with the weekday when the year is left out) and date
    words only; a sentence or a label with a date in it is no date line."""
    assert is_date(line) is is_a_date


def test_a_line_in_brackets_is_no_headline() -> None:
    """An aside in brackets above the story ("(after extra time)") is never taken for its headline."""
    article = parse_article("\n\n".join(["(after extra time, the score was level)", *PARAGRAPHS]))
    assert article.headline is None


@pytest.mark.parametrize(("next_word", "may_end"), [("The", True), ("Kestrel", False), ("Harbour", False)])
def test_a_head_ending_on_says_needs_an_opener_after_it(next_word: str, may_end: bool) -> None:
    """After "says" a name is the speaker ("Ferry fares rise says Kestrel"); "The" begins the lede."""
    assert _could_end_headline("House prices rise again says", before_opener=True, next_word=next_word) is may_end


@pytest.mark.parametrize(("head", "parts"), __import__("summarizer.article.front", fromlist=["x"]).ONE_LINE_HEAD_EXAMPLES)
def test_the_head_of_a_one_line_paste_gives_up_its_kicker_byline_and_date_label(head: str, parts: dict[str, str]) -> None:
    """Capitals before a sentence-case headline are a kicker; "By" and a name after it a byline."""
    from summarizer.article.front import one_line_head_parts

    assert {name: head[start:end] for name, (start, end) in one_line_head_parts(head).items()} == parts


@pytest.mark.parametrize(("headline", "rest", "parts"), __import__("summarizer.article.front", fromlist=["x"]).ONE_LINE_DECK_EXAMPLES)
def test_a_one_line_paste_gives_up_the_deck_and_byline_between_headline_and_lede(
        headline: str, rest: str, parts: dict[str, str]) -> None:
    """Where a sentence opener starts the lede inside the first sentence, the words before it are the deck."""
    from summarizer.article.front import one_line_deck

    found = {name: rest[start:end] for name, (start, end) in one_line_deck(headline, rest).items()}
    if "lede" in found:
        assert found.pop("lede").startswith(parts["lede"])
        parts = {name: text for name, text in parts.items() if name != "lede"}
    assert found == parts


@pytest.mark.parametrize(("text", "head"), __import__("summarizer.article.front", fromlist=["x"]).BEFORE_LABEL_EXAMPLES)
def test_a_capitals_label_after_a_one_line_head_opens_the_story(text: str, head: str | None) -> None:
    from summarizer.article.front import before_label

    cut = before_label(text)
    assert (text[:cut] if cut else None) == head


@pytest.mark.parametrize(("text", "head"), __import__("summarizer.article.front", fromlist=["x"]).DATELINE_AFTER_HEAD_EXAMPLES)
def test_a_wire_dateline_after_a_one_line_head_ends_it(text: str, head: str | None) -> None:
    from summarizer.article.front import _before_dateline

    cut = _before_dateline(text)
    assert (text[:cut].strip() if cut else None) == head


def test_one_line_head_with_byline_and_reading_time_before_a_dateline() -> None:
    """A page pasted as one line: kicker, headline, byline, reading time, then the wire dateline and the
    story. Each part goes to its place, the reading time to none, and the body is the story's alone."""
    story = " ".join(PARAGRAPHS)
    article = parse_article(f"WORLD NEWS {HEADLINE} By Ola Brann 3 MIN READ KELBY, Velmont (Reuters) - {story}")
    assert (article.kicker, article.headline, article.byline) == ("WORLD NEWS", HEADLINE, "Ola Brann")
    assert article.dateline == "KELBY, Velmont (Reuters)"
    assert [s.text for s in article.sentences] == PLAIN[1]


@pytest.mark.parametrize(("head", "rest", "described"),
                         __import__("summarizer.article.front", fromlist=["x"]).DESCRIBES_THE_NAME_EXAMPLES)
def test_a_head_that_describes_the_name_after_it_is_no_headline(head: str, rest: str, described: bool) -> None:
    from summarizer.article.front import _describes_the_name, story_common_words

    assert _describes_the_name(head, rest, story_common_words(f"{head} {rest}")) is described


@pytest.mark.parametrize(("head", "headline"), __import__("summarizer.article.front", fromlist=["x"]).DECK_START_EXAMPLES)
def test_a_deck_sentence_inside_the_head_before_a_dateline_is_parted(head: str, headline: str | None) -> None:
    from summarizer.article.front import _deck_start, story_common_words

    point = _deck_start(head, "english", story_common_words(head))
    assert (head[:point].strip() if point else None) == headline


@pytest.mark.parametrize(("rest", "deck"), __import__("summarizer.article.front", fromlist=["x"]).DECK_BEFORE_DATELINE_EXAMPLES)
def test_a_deck_sentence_before_a_wire_dateline_stands_apart(rest: str, deck: str | None) -> None:
    from summarizer.article.front import deck_before_dateline

    end = deck_before_dateline(rest)
    assert (rest[:end].strip() if end else None) == deck


@pytest.mark.parametrize(("headline", "deck", "lede"), [
    ("Harbour wall holds as storm sweeps the island", "As the storm passed, the island counts the cost.",
     "The harbour wall held on Monday night as the storm swept the island, the harbour master said, but the old "
     "pier was lost."),
    # the deck opens on a word that opens clauses, and the story does not restate the headline's words at once
    ("Lee 'glad to end' row with harbour board", "After months of talks, the two sides are now at peace.",
     "Jo Lee and the island's port authority signed a truce on Friday that settles a long dispute over landing "
     "fees."),
])
def test_one_line_paste_with_headline_deck_sentence_and_dateline(headline: str, deck: str, lede: str) -> None:
    """"Headline Deck sentence. PLACE - Story ...": the headline ends where the deck begins, the deck stands
    apart, and the story opens after its dateline, as when the three stand on lines of their own."""
    article = parse_article(" ".join([headline, deck, "KELBY, Islay -", lede, *PARAGRAPHS]))
    assert (article.headline, article.deck, article.dateline) == (headline, deck, "KELBY, Islay")
    assert article.sentences[0].text == lede


def test_one_line_paste_with_a_label_between_headline_and_story() -> None:
    story = ("Ferry fares to rise; Islanders face a costly winter ABSTRACT. The island's only ferry will cost a "
             "third more from May, the operator said on Monday, after two years of losses on the winter "
             "crossings. FULL TEXT. The operator said fuel had doubled in price since the spring and that the "
             "harbour fees had risen too. Islanders said they would have to cut back on trips to the mainland.")
    article = parse_article(story)
    assert article.headline == "Ferry fares to rise; Islanders face a costly winter"
    assert [s.text[:20] for s in article.sentences] == [
        "The island's only fe", "The operator said fu", "Islanders said they "]


def test_one_line_paste_with_deck_and_byline_and_no_date_or_dateline() -> None:
    story = ("Village school saved after parents raise £80,000 Councillors had planned to shut the old school "
             "in July By Ines Varga, Education Reporter A village primary school that was due to close this "
             "summer will stay open after parents raised more than £80,000 in six weeks. Glenbrae Primary, "
             "which has 38 pupils, was one of four rural schools the county council said it could no longer "
             "afford to run. The money will pay for a new heating system and repairs to the roof, which the "
             "council had said would cost too much.")
    article = parse_article(story)
    assert (article.headline, article.deck, article.byline) == (
        "Village school saved after parents raise £80,000",
        "Councillors had planned to shut the old school in July", "Ines Varga, Education Reporter")
    assert article.sentences[0].text.startswith("A village primary school that was due to close")
    assert len(article.sentences) == 3


def test_one_line_paste_with_kicker_byline_and_published_date() -> None:
    lede = ("A flood barrier built to protect the old town gave way on Tuesday night, sending water into the "
            "streets near the cathedral. The regional water authority said the barrier had been inspected in "
            "January and found sound, and that an inquiry would begin once the water went down.")
    article = parse_article("SPORT AND LEISURE Flood barrier fails as river reaches record height "
                            "By Marta Kessel Published March 4, 2026 " + lede)
    assert (article.kicker, article.headline, article.byline, article.date) == (
        "SPORT AND LEISURE", "Flood barrier fails as river reaches record height", "Marta Kessel",
        "Published March 4, 2026")
    assert article.sentences[0].text.startswith("A flood barrier built")


@pytest.mark.parametrize(
    ("head", "is_headline"),
    [(head, caught) for table in (QUESTION_HEADLINE_EXAMPLES, SPEAKER_HEADLINE_EXAMPLES, QUOTED_HEADLINE_EXAMPLES)
     for caught, heads in zip((True, False), table, strict=True) for head in heads],
)
def test_a_one_line_paste_may_open_with_a_question_or_a_speaker_for_its_headline(head: str,
                                                                                 is_headline: bool) -> None:
    """A short question in headline-ese, "Thorne: 'We will rebuild.'", or a head closing on a quotation's
    full stop above the lede is the headline; a lede's own question, "He said: '...'", or a sentence
    with an article or an auxiliary before its quotation, is the lede's prose."""
    article = parse_article(" ".join([head, *PARAGRAPHS]))
    assert article.headline == (head if is_headline else None)
    assert article.sentences[0].text.startswith("The town council" if is_headline else head[:20])


def test_names_keep_their_own_final_s() -> None:
    """Names are compared without quotation marks, commas and possessives, and keep a final "s"."""
    assert [_bare_name(w) for w in ("Kestrel's", "Jones", "'Rees,", "Davies’s", "Bus")] == [
        "Kestrel", "Jones", "Rees", "Davies", "Bus"]


def _caught_and_left(table: tuple[tuple[str, ...], tuple[str, ...]]) -> list[tuple[str, bool]]:
    """A rule's table of lines it must catch and lines it must leave alone, as (line, caught) rows."""
    return [(line, caught) for caught, lines in zip((True, False), table, strict=True) for line in lines]


@pytest.mark.parametrize(
    ("line", "titled"),
    _caught_and_left(front.TITLE_CASE_EXAMPLES),
)
def test_title_case_capitalises_the_small_words(line: str, titled: bool) -> None:
    """Title Case sets "Is", "Of" and "The" in capitals; prose, names, titles of works and capitals do not."""
    assert front.title_cased(line) is titled


def test_a_title_case_headline_of_two_long_sentences_is_the_headline() -> None:
    """Two sentences of over twelve words in Title Case stand above the story as its headline; the same
    two sentences in sentence case are its opening prose."""
    head = "Council Gives A Green Light To The New Pier. Work Starts In The Spring."
    article = parse_article("\n\n".join([head, *PARAGRAPHS]))
    assert article.headline == head
    prose = "Council gives a green light to the new pier. Work starts in the spring."
    assert parse_article("\n\n".join([prose, *PARAGRAPHS])).headline is None


def test_a_long_title_case_headline_is_the_headline() -> None:
    """A Title Case line of over eighteen words with a full stop is set as a headline; the same words in
    sentence case are a lede."""
    head = "Council Says The New Pier Will Open In The Spring, And The Ferry Will Run Again To The Island Each Day."
    assert parse_article("\n\n".join([head, *PARAGRAPHS])).headline == head
    prose = "Council says the new pier will open in the spring, and the ferry will run again to the island each day."
    assert parse_article("\n\n".join([prose, *PARAGRAPHS])).headline is None


@pytest.mark.parametrize(
    ("head", "lede", "in_full"),
    [(head, lede, caught) for caught, pairs in zip((True, False), front.NAMES_IN_FULL_EXAMPLES, strict=True)
     for head, lede in pairs],
)
def test_a_lede_gives_in_full_the_names_its_headline_shortens(head: str, lede: str, in_full: bool) -> None:
    """A headline's surname comes back in the lede after a forename or a title; a lede sentence's names
    come back shorter in the paragraph after it, or not at all."""
    assert front.names_in_full(head, lede) is in_full


def test_a_sentence_style_headline_whose_names_the_lede_gives_in_full_is_the_headline() -> None:
    """A short sentence ending in a full stop, with a present-tense verb, stands above the story when the
    lede below introduces its names in full; the same line over a lede that does not is the story's start."""
    head = "Lund says the island ferry will run again."
    lede = ("Harbour mayor Ada Lund told the council on Monday that the island ferry would run again from May, "
            "after a winter in which no boat crossed and the shops on the quay closed early.")
    other = ("The harbour mayor told the council on Monday that the island ferry would run again from May, "
             "after a winter in which no boat crossed and the shops on the quay closed early.")
    more = "She said the first crossing would leave at seven in the morning, weather permitting, on the first of May."
    assert parse_article("\n\n".join([head, lede, more])).headline == head
    assert parse_article("\n\n".join([head, other, more])).headline is None


# (headline, line under it, lede): a deck that ends in a full stop is told from a short lede by how the
# paragraph below relates to it.
DECK_WITH_STOP_EXAMPLES = (
    (("Island ferry to run again in May.", "Lund says boats will sail twice a day.",
      "Harbour mayor Ada Lund said on Monday that two boats would sail to the island twice a day from May, "
      "after a winter in which no ferry crossed and the shops on the quay closed early."),
     ("Pier vote delayed again.", "Councillors want costs of new pier checked.",
      "Councillors have asked for the costs of the new pier to be checked by an outside firm before they vote, "
      "delaying a decision that was due this week for the third time since March.")),
    (("Island ferry to run again in May.", "It has been a long winter.",
      "For five months no boat crossed to the island, and the shops on the quay closed early every day as "
      "the few visitors who came left on the last bus at four."),
     ("Lund sets ferry date", "Mayor Lund will set a date for the island ferry.",
      "Harbour mayor Ada Lund is expected to tell the council on Monday when the island ferry will run again, "
      "after a winter in which no boat crossed and the shops on the quay closed early."),
     ("Pier vote delayed again.", "Ada Lund has called the council's bluff.",
      "The harbour mayor told a meeting on Monday that she would pay for an outside check of the costs herself "
      "if the council did not vote by the end of the month.")),
)


@pytest.mark.parametrize(
    ("head", "line", "lede", "is_deck"),
    [(*row, caught) for caught, rows in zip((True, False), DECK_WITH_STOP_EXAMPLES, strict=True) for row in rows],
)
def test_a_deck_with_a_full_stop_is_the_line_the_lede_restates(head: str, line: str, lede: str,
                                                               is_deck: bool) -> None:
    """A short line with a full stop under the headline is its deck when the lede restates it or gives its
    names in full; otherwise it is the story's first paragraph and stays in the body."""
    more = "She said the first crossing would leave at seven in the morning, weather permitting, on the first of May."
    article = parse_article("\n\n".join([head, line, lede, more]))
    assert article.headline == head
    assert article.deck == (line if is_deck else None)
    assert (article.sentences[0].text == line) is not is_deck


@pytest.mark.parametrize(
    ("line", "label"),
    _caught_and_left(front.LABEL_BELOW_EXAMPLES),
)
def test_a_label_is_a_word_or_two_in_capitals(line: str, label: bool) -> None:
    """"ANALYSIS." is a label; a word in lower case, a short initialism or a line of capitals is not."""
    assert front.is_label(line) is label


def test_a_sentence_over_a_label_in_capitals_is_the_headline() -> None:
    """A sentence with a full stop above a label in capitals and then the story is the headline; the same
    sentence above the story itself is its lede."""
    head = "Ferry crossings are coming back to the island."
    article = parse_article("\n\n".join([head, "ANALYSIS.", *PARAGRAPHS]))
    assert article.headline == head
    assert parse_article("\n\n".join([head, *PARAGRAPHS])).headline is None


def test_a_label_closed_by_a_full_stop_is_no_headline() -> None:
    """"ANALYSIS." above the story names its section; "Ferry strike." above it may be its headline."""
    assert parse_article("\n\n".join(["ANALYSIS.", *PARAGRAPHS])).headline is None
    assert parse_article("\n\n".join(["Ferry strike ends.", *PARAGRAPHS])).headline == "Ferry strike ends."


_STORY_AFTER_DATE = ("KELBY (AP) — The island ferry will run a late boat from May, the operator said on Monday, after "
                     "a winter in which islanders who work on the mainland could not get home the same night. The "
                     "boat will leave the mainland pier at twenty past nine and reach the island before ten, and "
                     "fares will match the daytime ones. Season tickets will be valid on it, the operator said. "
                     "Mayor Ada Lund said the council had asked for the late sailing for three years.")


@pytest.mark.parametrize("mark", ["|", ">", "»"])
def test_one_line_kicker_before_a_section_mark(mark: str) -> None:
    article = parse_article(f"Transport {mark} Late ferry to sail from Kelby harbour By Ana de Souza "
                            f"Updated 09:40 GMT, 12 February 2025 {_STORY_AFTER_DATE}")
    assert article.kicker == "Transport"
    assert article.headline == "Late ferry to sail from Kelby harbour"
    assert article.byline == "Ana de Souza"
    assert article.date == "Updated 09:40 GMT, 12 February 2025"


def test_one_line_slash_in_a_headline_is_no_section_mark() -> None:
    article = parse_article(f"Ferry / bus strike called off in Kelby 12 February 2025 {_STORY_AFTER_DATE}")
    assert article.kicker is None
    assert article.headline == "Ferry / bus strike called off in Kelby"


_SHORT_LEDE = ("Tuesday marks four weeks since the harbour board in Kelby voted to raise fares for the island "
               "crossing by a tenth, over the objections of the ferry users' group.")


def test_short_one_line_paste_with_a_title_case_head_gives_its_headline() -> None:
    article = parse_article(f"How the Harbour Board Thinks About Ferry Fares {_SHORT_LEDE}")
    assert article.headline == "How the Harbour Board Thinks About Ferry Fares"
    assert article.sentences[0].text == _SHORT_LEDE


def test_short_one_line_paste_with_a_wire_dateline_after_its_head_gives_its_headline() -> None:
    article = parse_article(f"Harbour board raises ferry fares KELBY (AP) — {_SHORT_LEDE}")
    assert (article.headline, article.dateline) == ("Harbour board raises ferry fares", "KELBY (AP)")
    assert article.sentences[0].text == _SHORT_LEDE


@pytest.mark.parametrize("text", [
    f"Harbour board raises ferry fares {_SHORT_LEDE}",  # sentence case: too little text to tell
    f"The board met. It raised ferry fares KELBY (AP) — {_SHORT_LEDE}",  # a head that is a sentence
    _SHORT_LEDE + " The group said it would appeal.",  # no headline at all
    "The Harbour Board Met On Tuesday In Kelby And Voted To Raise Fares For The Island Crossing By A Tenth, "
    "Over The Objections Of The Ferry Users.",  # Title Case throughout: no lede in sentence case
])
def test_short_one_line_paste_claims_no_headline_without_a_title_case_head(text: str) -> None:
    assert parse_article(text).headline is None


@pytest.mark.parametrize(("head", "opens"), __import__("summarizer.article.front", fromlist=["x"]).TIME_OPENING_EXAMPLES)
def test_a_time_and_its_comma_open_a_lede_not_a_headline(head: str, opens: bool) -> None:
    from summarizer.article.front import _TIME_OPENING

    assert (_TIME_OPENING.match(head) is not None) is opens


def test_one_line_paste_opening_with_a_time_and_a_name_the_story_repeats_has_no_headline() -> None:
    text = ("On the March 4, Harbour Hour Weekly show on Kelby FM from 6 to 9 in the morning, host and Harbour Hour "
            "founder Ada Thorne will talk to the island's ferry chiefs about the winter timetable and the fares. "
            + " ".join(PARAGRAPHS))
    assert parse_article(text).headline is None


@pytest.mark.parametrize(("first", "head"), __import__("summarizer.article.front", fromlist=["x"]).TIME_OPENING_CUT_EXAMPLES)
def test_a_time_with_its_preposition_and_comma_opens_the_lede_of_a_one_line_paste(first: str, head: str | None) -> None:
    from summarizer.article.front import _time_opening_cut, story_common_words

    point = _time_opening_cut(first, "", "english", story_common_words(first))
    assert (first[:point].rstrip() if point else None) == head


@pytest.mark.parametrize(("text", "headline"), __import__("summarizer.article.front", fromlist=["x"]).TITLED_SENTENCE_HEAD_EXAMPLES)
def test_a_one_line_paste_whose_first_sentence_is_in_title_case_opens_with_its_headline(text: str,
                                                                                      headline: str | None) -> None:
    article = parse_article(" ".join([text, *PARAGRAPHS]))
    assert article.headline == headline
    if headline:
        assert not article.sentences[0].text.startswith(headline)


@pytest.mark.parametrize("opening", ["US — ", "UK, Kelby — "])
def test_two_capital_letters_alone_are_no_dateline_place(opening: str) -> None:
    """A place of two letters is taken only before a second word in capitals ("EL PASO")."""
    from summarizer.article.front import split_dateline

    assert split_dateline(opening + "The island's ferry firm said on Monday.")[0] is None


@pytest.mark.parametrize(("rest", "inside"), __import__("summarizer.article.front", fromlist=["x"]).SCARE_QUOTE_EXAMPLES)
def test_a_short_quoted_phrase_the_head_goes_on_from_is_no_place_for_the_lede_to_open(rest: str, inside: bool) -> None:
    from summarizer.article.front import _scare_quote

    assert _scare_quote(rest) is inside


@pytest.mark.parametrize(("head", "possessive"), __import__("summarizer.article.front", fromlist=["x"]).POSSESSIVE_END_EXAMPLES)
def test_a_deck_that_would_end_on_a_possessive_is_cut_too_early(head: str, possessive: bool) -> None:
    from summarizer.article.front import _POSSESSIVE_END

    assert (_POSSESSIVE_END.search(head) is not None) is possessive


@pytest.mark.parametrize(("head", "may_end"), _caught_and_left(front.ENDS_TITLE_HEAD_EXAMPLES))
def test_a_title_case_head_may_end_on_its_verbs_object(head: str, may_end: bool) -> None:
    """A Title Case head ends cleanly, or on "It" or "This" capitalised after a capitalised word: the
    object of its verb ("... Will HATE It"), not a small word left over from the lede."""
    assert front._ends_title_head(head) is may_end


@pytest.mark.parametrize(("head", "lede"), front.SURNAME_THEN_FULL_NAME_EXAMPLES)
def test_a_surname_before_the_same_persons_full_name_is_the_headlines(head: str, lede: str) -> None:
    """News names a person in full before the surname alone: a head holding the surname, before a lede
    that opens with the full name, ends there; without the surname in the head, nothing is claimed."""
    text = f"{head} {lede} The harbour board meets again on Friday to decide what to do with the old pier."
    caught = front.SURNAME_THEN_FULL_NAME_EXAMPLES.index((head, lede)) < 2
    first = front.sentence_spans(text, "english")[0]
    point = front._surname_then_full_name(text[first[0]:first[1]], "english", front.story_common_words(text),
                                          front.story_word_pairs(text))
    assert point == (len(head) + 1 if caught else 0)


@pytest.mark.parametrize("line", PLACED_BYLINE_EXAMPLES[0])
def test_bylines_with_the_place_filed_from(line: str) -> None:
    assert is_placed_byline(line)


@pytest.mark.parametrize("line", PLACED_BYLINE_EXAMPLES[1])
def test_lines_with_a_place_that_are_no_bylines(line: str) -> None:
    assert not is_placed_byline(line)


@pytest.mark.parametrize(("paragraphs", "kept"), PAGE_TAIL_EXAMPLES)
def test_page_tail_examples(paragraphs: tuple[str, ...], kept: int) -> None:
    assert page_tail(list(paragraphs)) == kept


# A page copied whole from a browser, one element a line: the page's skip link, section, headline, deck,
# byline with its place, two date lines, share buttons, a caption, the story, then topics and lists of links.
BROWSER_COPY = """Skip to main content
Island news
Velmont council votes to close the old harbour baths
Residents say the decision was rushed through without a proper consultation
Kit Marlow in Velmont
Mon 4 Mar 2019 10.42 GMT
Last modified on Mon 4 Mar 2019 12.10 GMT
Share on Facebook
Share via Email
Swimmers at the old harbour baths in Velmont. Photograph: Ada Quist/Kelby Pictures
Velmont council has voted to close the old harbour baths at the end of the summer, ending more than a century of open-air swimming in the town.
Councillors approved the closure by nine votes to four on Monday night, after officials said repairs to the sea wall would cost two million pounds.
Campaigners said they would seek a review of the decision.
Topics
Velmont
Local government
Reuse this content
Most viewed
Storm batters the north coast overnight
The ten best walks on the islands"""


def test_a_page_copied_whole_from_a_browser_reads_as_its_story() -> None:
    article = parse_article(BROWSER_COPY)
    assert article.headline == "Velmont council votes to close the old harbour baths"
    assert article.deck == "Residents say the decision was rushed through without a proper consultation"
    assert article.byline == "Kit Marlow in Velmont"
    assert article.date == "Mon 4 Mar 2019 10.42 GMT"
    assert [s.text[:20] for s in article.sentences] == ["Velmont council has ", "Councillors approved", "Campaigners said the"]


# Stories copied whole from pages of four kinds of news site, one element a line: each yields its headline,
# deck and byline, and the story's five sentences alone, whatever furniture the page sets around them.
_FERRY_STORY = """Ferry fares between Velmont and the mainland will rise by a fifth from May, the operator said on Monday.
Kestrel Lines blamed higher fuel costs and new harbour fees for the increase.
Islanders said the rise would hit families who rely on the boat to reach work and school.
"We have no other way off the island," said Ada Thorne, who chairs the residents' group.
The operator said season tickets would be frozen until the autumn."""
_FERRY = "Velmont ferry fares to rise by a fifth"
PAGE_COPIES = (
    # a public broadcaster's page: publication time in two lines, image source and caption labels, topics
    (f"""{_FERRY}
Published
3 hours ago
Share
Image source, Kelby Pictures
Image caption,
The ferry has run from the mainland since 1952
By Jo Lee
Island News, Velmont
{_FERRY_STORY}
Related Topics
Velmont
Ferry travel
More on this story
Ferry timetable cut for winter""", _FERRY, None, "Jo Lee"),
    # a cable channel's page: a copied-link notice, a video caption above its source credit, a dateline line
    (f"""{_FERRY}
By Jo Lee, Kelby News
Updated 10:42 AM EST, Mon March 4, 2019
Link Copied!
The ferry to Velmont, seen from the mainland pier.
Source: Kelby News
{_FERRY_STORY}""", _FERRY, None, "Jo Lee, Kelby News"),
    # a newspaper's page: a sponsor label before the headline, a deck, share and audio lines, where the
    # reporter filed from, and the print edition's note at the end
    (f"""Supported by
SKIP ADVERTISEMENT
Velmont Ferry Fares to Rise by a Fifth
Islanders say the increase will hit families who rely on the boat to reach work and school.
Share full article
Listen to this article · 5:32 min Learn more
By Jo Lee
Reporting from Velmont
March 4, 2019
{_FERRY_STORY}
A version of this article appears in print on March 5, 2019, Section A, Page 12 with the headline: Ferry Fares to Rise.""",
     "Velmont Ferry Fares to Rise by a Fifth",
     "Islanders say the increase will hit families who rely on the boat to reach work and school.", "Jo Lee"),
    # an embedded post and its signature among the story's paragraphs
    (f"{_FERRY}\nBy Jo Lee\n" + _FERRY_STORY.replace(
        "increase.", "increase.\nFares up again from May, third time in two years\n"
        "— Velmont Watch (@velmontwatch) March 4, 2019"), _FERRY, None, "Jo Lee"),
)


@pytest.mark.parametrize(("page", "headline", "deck", "byline"), PAGE_COPIES)
def test_a_page_copied_whole_yields_its_story_alone(page: str, headline: str, deck: str | None, byline: str) -> None:
    article = parse_article(page)
    assert (article.headline, article.deck, article.byline) == (headline, deck, byline)
    assert [s.text for s in article.sentences] == _FERRY_STORY.split("\n")


@pytest.mark.parametrize(("head", "short", "after"), front.SHORT_LEDE_EXAMPLES)
def test_a_head_before_a_short_first_sentence_that_the_story_after_it_restates(head: str, short: str,
                                                                                after: str) -> None:
    """A one-line head run into a short first sentence of its lede that restates nothing ends where that
    sentence visibly opens, when the story after the sentence restates the head; otherwise nothing is
    claimed."""
    text = f"{head} {short} {after}"
    caught = front.SHORT_LEDE_EXAMPLES.index((head, short, after)) < 2
    assert front.one_line_headline(text) == (len(head) + 1 if caught else 0)


@pytest.mark.parametrize(("word", "following", "placed"), front.PLACED_RANK_EXAMPLES)
def test_a_place_before_a_rank_cut_short_belongs_to_the_lede(word: str, following: str, placed: bool) -> None:
    assert front._placed_rank(word, following, {"former", "of", "inc"}) is placed


@pytest.mark.parametrize(("head", "lede"), front.PLACED_RANK_HEAD_EXAMPLES)
def test_a_title_case_head_ends_before_the_place_of_a_rank_cut_short(head: str, lede: str) -> None:
    """A rank cut short ("Sen.", "Gov.") stands only before a name, and the place before it ("Velmont Sen.")
    opens the lede with it: the Title Case head ends before the place, not inside the run of names."""
    text = f"{head} {lede} The board meets again on Friday to decide what to do with the old pier.".lstrip()
    assert front.one_line_headline(text) == (len(head) + 1 if head else 0)


@pytest.mark.parametrize("head", [
    "Sea wall to be rebuilt after storm By Kit Marlow, Staff Writer Published 10:04 AM EST, Tue March 3, 2025",
    "Sea wall to be rebuilt after storm By Kit Marlow Updated Tuesday, 3 March 2025 Share Save",
    "Sea wall to be rebuilt after storm By Kit Marlow March 3, 2025 Listen Share",
])
def test_a_page_copied_as_one_line_gives_up_its_byline_date_and_tool_buttons(head: str) -> None:
    """A browser's copy of a whole page run into one line: the headline is the headline alone, the byline
    and the date line (label and weekday included) are read as such, and the share buttons glued to the
    lede are no part of the story."""
    article = parse_article(" ".join([head, *PARAGRAPHS]))
    assert article.headline == "Sea wall to be rebuilt after storm"
    assert article.byline is not None and article.byline.startswith("Kit Marlow")
    assert article.date is not None and article.date.endswith("2025")
    assert article.sentences[0].text == PARAGRAPHS[0]


@pytest.mark.parametrize(("head", "lede", "caught"), front.FUNCTION_WORD_LEDE_EXAMPLES)
def test_a_head_before_a_lede_that_opens_with_a_capitalised_function_word(head: str, lede: str,
                                                                          caught: bool) -> None:
    """A sentence-case head run into a lede that opens with "On", "After", "When" ... in capitals right
    after a lower-case word ends there; a story told in the past, a short or Title Case head, or an
    opener that opens no clause of a lede is left alone."""
    text = f"{head} {lede}"
    found = front._function_word_lede(text, "english", front.story_common_words(text), front.story_word_pairs(text))
    assert found == (len(head) + 1 if caught else 0)
    if caught:
        assert parse_article(" ".join([text, *PARAGRAPHS])).headline == head


@pytest.mark.parametrize("head", front.HEADLINE_AND_DECK_EXAMPLES)
def test_a_headline_and_deck_head_may_end_on_an_abbreviation_or_a_question(head: str) -> None:
    """A "headline; Deck" head is one headline when its headline ends on an abbreviation ("Ga.") or a
    question mark, its deck opens with one ("Sen."), reads as a sentence or ends on a name before "The";
    a sentence ended by its full stop before the semicolon, or a head of two sentences, is not."""
    text = " ".join([head, *PARAGRAPHS])
    if front.HEADLINE_AND_DECK_EXAMPLES.index(head) < 5:
        assert front._headline_and_deck(text, "english") == len(head) + 1
        assert parse_article(text).headline == head
    else:
        assert front._headline_and_deck(text, "english") == 0


@pytest.mark.parametrize(("word", "following", "opens"), front.OPENS_AFTER_NAME_EXAMPLES)
def test_a_word_that_opens_a_sentence_after_a_name(word: str, following: str, opens: bool) -> None:
    """After a name that ends a deck ("... in Kelby | Now the board ..."), "The", a determiner or a sentence
    adverb before a lower-case word opens the lede; a name or a capitalised common word goes on naming."""
    assert front._opens_after_name(word, following) is opens


@pytest.mark.parametrize(("head", "lede", "headline"), front.BEFORE_PLACED_RANK_EXAMPLES)
def test_a_sentence_case_head_ends_before_the_place_of_a_rank_cut_short(head: str, lede: str, headline: str) -> None:
    """A rank cut short ("Gov.") stands only before a name: the place before it opens the lede, and a
    sentence-case head ends before that place when it may still end a headline there."""
    first = f"{head} {lede}"
    end = front._before_placed_rank(first, len(head) + 1, {"harbour", "chief", "storm", "damage", "governor"})
    assert first[:end].strip() == headline


@pytest.mark.parametrize(("words", "goes_on"), front.TITLE_CASE_GOES_ON_EXAMPLES)
def test_where_a_title_case_head_goes_on_past_a_lower_case_small_word(words: str, goes_on: bool) -> None:
    """A head that lowers "to" but capitalises "In" keeps its Title Case past "to"; a lede's small words
    stay in lower case before names ("on Wednesday", "and Jo Lee")."""
    assert front._title_case_goes_on(words.split(), 0) is goes_on


def test_a_title_case_head_is_not_cut_at_its_lower_case_to() -> None:
    head = "Ferry Chief Wades In: Urges Kelby to Remain In Island Union"
    lede = "White House hopeful Ada Thorne has waded into the ferry debate, throwing her weight behind the mayor."
    article = parse_article(" ".join([head, lede, *PARAGRAPHS]))
    assert article.headline is not None and article.headline.startswith(head)


@pytest.mark.parametrize(("text", "end"), front.WRITTEN_LOWER_EXAMPLES)
def test_a_title_case_head_is_known_by_the_words_its_story_writes_in_lower_case(text: str, end: int) -> None:
    """A Title Case head with no small word in it ("Harbour Wall Repairs Face Long Delay") is still a
    headline's style when the story writes most of its capitalised words in lower case; a lede opening
    with a run of names and offices, or a head with one such word, is left alone."""
    found = front._title_case_stop(text, front.story_common_words(text), front.story_word_pairs(text))
    assert found == end
    if end:
        assert parse_article(" ".join([text, *PARAGRAPHS])).headline == text[:end].rstrip()


def test_a_one_line_paste_with_a_kicker_an_unstopped_deck_and_a_bylined_date_reads_as_on_separate_lines() -> None:
    lines = ["WORLD NEWS", "Drought forces Kelby to ration water for the first time in thirty years",
             "Officials say the reservoirs are at a third of capacity after the driest winter on record",
             "By Ada Thorne and Jo Lee", "Published 4 December 2026", *PARAGRAPHS]
    apart, one_line = parse_article("\n\n".join(lines)), parse_article(" ".join(lines))
    fields = ("kicker", "headline", "deck", "byline", "date")
    assert [getattr(one_line, name) for name in fields] == [getattr(apart, name) for name in fields] == [
        "WORLD NEWS", lines[1], lines[2], "Ada Thorne and Jo Lee", lines[4]]
    assert [s.text for s in one_line.sentences] == [s.text for s in apart.sentences]
    # without the kicker, the same
    apart, one_line = parse_article("\n\n".join(lines[1:])), parse_article(" ".join(lines[1:]))
    assert [getattr(one_line, name) for name in fields[1:]] == [getattr(apart, name) for name in fields[1:]]
    assert [s.text for s in one_line.sentences] == [s.text for s in apart.sentences]


@pytest.mark.parametrize(("text", "headline"), front.SENTENCE_HEADLINE_EXAMPLES)
def test_a_headline_set_as_a_sentence_opening_a_one_line_paste(text: str, headline: str | None) -> None:
    end = front.sentence_headline(text)
    assert (text[:end] if end else None) == headline


@pytest.mark.parametrize("headline", ["Council votes to rebuild sea wall after storm.", "Sea wall to be rebuilt. Finally."])
def test_a_one_line_paste_under_a_sentence_style_headline_reads_as_on_separate_lines(headline: str) -> None:
    paragraphs = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]]
    apart = parse_article("\n\n".join([headline, *paragraphs]))
    one_line = parse_article(" ".join([headline, *paragraphs]))
    assert one_line.headline == apart.headline == headline
    assert [s.text for s in one_line.sentences] == [s.text for s in apart.sentences] == paragraphs


def test_the_weekday_and_the_time_beside_a_one_line_date_are_the_date_lines() -> None:
    from summarizer.article.front import one_line_date

    text = ("Shipyard to cut 1,200 jobs as orders dry up Ada Thorne, Business Correspondent Tuesday 1 December 2026 "
            "16.40 GMT Kelby Marine, the last shipbuilder on the island, is to cut 1,200 jobs over the next two "
            "years, the company said on Tuesday.")
    found = one_line_date(text)
    assert found is not None and text[found[1] : found[2]] == "Tuesday 1 December 2026 16.40 GMT"
    # a capitalised place after the time is a dateline's, not a time zone
    text = text.replace("16.40 GMT Kelby Marine", "16.40 KELBY (AP) - Kelby Marine")
    found = one_line_date(text)
    assert found is not None and text[found[1] : found[2]] == "Tuesday 1 December 2026 16.40"


def test_a_one_line_paste_with_a_role_byline_and_a_dated_time_reads_as_on_separate_lines() -> None:
    lines = ["Shipyard to cut 1,200 jobs as orders dry up",
             "The owners blame a slump in ferry orders and rising steel prices",
             "Ada Thorne, Business Correspondent", "Tuesday 1 December 2026 16.40 GMT", *PARAGRAPHS]
    apart, one_line = parse_article("\n\n".join(lines)), parse_article(" ".join(lines))
    fields = ("headline", "deck", "byline", "date")
    assert [getattr(one_line, name) for name in fields] == [getattr(apart, name) for name in fields]
    assert apart.date == lines[3] and apart.deck == lines[1]
    assert [s.text for s in one_line.sentences] == [s.text for s in apart.sentences]


def _folded(text: str, width: int = 72) -> str:
    """``text`` wrapped as ``fold -s`` wraps it: each line broken after a space, which stays at its end."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if line and len(line) + len(word) > width:
                lines.append(line)
                line = ""
            line += word + " "
        lines.append(line.rstrip())
    return "\n".join(lines)


def test_text_wrapped_with_the_space_left_at_each_line_end_reads_as_unwrapped() -> None:
    paragraphs = ["Harbour wall to be rebuilt after storm", *PARAGRAPHS, "___",
                  "Associated Press writer Ada Thorne in Port Elm contributed to this report."]
    plain = "\n\n".join(paragraphs)
    folded = _folded(plain)
    assert any(line.endswith(" ") for line in folded.split("\n"))
    apart, wrapped = parse_article(plain), parse_article(folded)
    assert wrapped.headline == apart.headline == paragraphs[0]
    assert [s.text for s in wrapped.sentences] == [s.text for s in apart.sentences]
    assert not any("contributed" in s.text for s in wrapped.sentences)


def test_a_separator_glued_to_the_contributor_line_in_a_one_line_paste_goes_with_it() -> None:
    paragraphs = ["Harbour wall to be rebuilt after storm", *PARAGRAPHS, "___",
                  "Associated Press writer Ada Thorne in Port Elm contributed to this report."]
    apart, one_line = parse_article("\n\n".join(paragraphs)), parse_article(" ".join(paragraphs))
    assert [s.text for s in one_line.sentences] == [s.text for s in apart.sentences]
    assert not any("contributed" in s.text or "___" in s.text for s in one_line.sentences)


@pytest.mark.parametrize(("line", "expected"), [(line, True) for line in front.ROLED_BYLINE_EXAMPLES[0]]
                         + [(line, False) for line in front.ROLED_BYLINE_EXAMPLES[1]])
def test_a_name_and_its_newsroom_role_without_a_comma_is_a_byline(line: str, expected: bool) -> None:
    assert front.is_roled_byline(line) is expected


def test_a_one_line_paste_with_a_roled_byline_and_a_glued_photograph_credit_reads_as_on_separate_lines() -> None:
    lines = ["Sea wall to be rebuilt after winter storm",
             "Engineers say the old wall cannot be repaired, prompting calls for the homes behind it to be moved",
             "Ada Thorne Transport correspondent", "Mon 30 Nov 2026 12.07 GMT",
             PARAGRAPHS[0], "Workers inspect the broken wall at Kelby harbour. Photograph: Jo Lee/The Courier",
             PARAGRAPHS[1], PARAGRAPHS[3]]
    apart, one_line = parse_article("\n\n".join(lines)), parse_article(" ".join(lines))
    fields = ("headline", "deck", "byline", "date")
    assert [getattr(one_line, name) for name in fields] == [getattr(apart, name) for name in fields] == lines[:4]
    assert [s.text for s in one_line.sentences] == [s.text for s in apart.sentences]
    # the caption keeps its credit, as on its own line
    assert one_line.captions == apart.captions == (lines[5],)


def test_a_one_line_cut_that_leaves_a_stub_of_a_sentence_style_headline_gives_way_to_it() -> None:
    text = ("Jobs figures give Kelby mayor a lift; Solid upturn, with a rise in hourly pay, could blunt Harbour Party "
            "claims. Jobs figures published on Monday gave the mayor of Kelby a lift, with the island adding 400 "
            "jobs in a month and hourly pay rising for the first time in a year.")
    assert text[: front.one_line_headline(text)] == text[: text.index(" Jobs figures published")]


@pytest.mark.parametrize("after", ["ABSTRACT.", "KELBY, Velmont (AP) —"])
def test_a_label_or_a_dateline_after_a_one_line_cut_is_no_stub_of_the_headline(after: str) -> None:
    text = (f"Harbour board backs the tunnel plan by a wide margin {after} The harbour board backed the tunnel plan "
            "by a wide margin on Monday, ending ten years of argument over the crossing.")
    assert text[: front.one_line_headline(text)].rstrip() == "Harbour board backs the tunnel plan by a wide margin"


@pytest.mark.parametrize(("text", "headline"), [
    # after a name the story never writes in lower case, the lede opens where the head's subject comes back
    ("Ada Thorne to skip Green conference Ada Thorne’s long feud with the party board will keep her away from "
     "this week’s Green Party conference, her office said on Monday, in the latest turn of a row that began last "
     "year when the board cut her budget.", "Ada Thorne to skip Green conference"),
    # after a common word that opens sentences ("More than ..."), the lede opens there
    ("Kelby members' £4m windfall More than 80,000 Kelby Building Society members are to receive a share of the "
     "society's profits worth on average £52 each, the society said, after a year of strong lending.",
     "Kelby members' £4m windfall"),
])
def test_a_one_line_lede_that_names_the_heads_subject_again(text: str, headline: str) -> None:
    assert text[: front.one_line_headline(text)].rstrip() == headline


@pytest.mark.parametrize(("text", "headline"), [
    # the words before the name open as the lede does: the head's own end, restated, not a description
    ("Ada Thorne planning to enter Velmont governor contest Velmont Labour Rep. Ada Thorne is planning to leave her "
     "seat on the island council and seek her party's nomination next year, two people close to her said.",
     "Ada Thorne planning to enter Velmont governor contest"),
    # a description of the name the head holds opens the lede
    ("Kestrel puts cash into solar British energy firm Kestrel is to spend £40m on solar farms across the north "
     "of England over the next five years, the company said on Monday.", "Kestrel puts cash into solar"),
])
def test_a_lede_that_describes_the_heads_name_and_one_that_restates_the_heads_end(text: str, headline: str) -> None:
    assert text[: front.one_line_headline(text)].rstrip() == headline


def test_a_one_line_heads_deck_starts_at_a_word_the_story_writes_in_lower_case() -> None:
    """ "Mortality" is no word Punkt's model has seen in lower case; the story writes it so, and so it opens
    the deck; without the story, nothing tells it from a name."""
    from summarizer.article.front import one_line_head_parts

    head = "Salmon farms lose record numbers of fish to disease Mortality rates at the farms doubled last year"
    story = head + " Salmon farms lost a record number of fish last year, and mortality at the marine farms doubled."
    parts = one_line_head_parts(head, story=story)
    assert head[slice(*parts["deck"])] == "Mortality rates at the farms doubled last year"
    assert "deck" not in one_line_head_parts(head)
