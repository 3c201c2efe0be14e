"""Article structure: furniture is recognised and never becomes a body sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import EmptyArticleError, parse_article
from summarizer.article.blocks import MARKUP_EXAMPLES, blank_markup

SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("000_*.txt"))

WIRE_STORY = """\
Politics >

City council backs new tram line after marathon session

Updated 14:02 GMT, 3 March 2025

By Jane Doe and John Roe

BRISTOL (AP) — The city council approved a new tram line on Monday after a nine-hour debate.

The vote was 31 to 20. Opponents said the cost would burden residents for decades.

Advertisement

Construction is due to start next spring and last three years.
"""

CAPTIONED_STORY = """\
WORLD NEWS

Flood waters recede in river valley as clean-up begins

Ana Silva, Reuters

Residents clear mud from a street in the valley town. Photograph: Ana Silva

Flood waters began to recede on Sunday across the river valley, leaving thousands of homes damaged.

Image caption Volunteers filled sandbags through the night

Emergency crews worked through the night to reinforce levees near the town centre.

Pictured: a rescue boat on the flooded high street

Officials said the damage would take months to assess. (Getty Images)

Share this article

Follow us on Facebook for the latest updates

The regional government has promised emergency funds for affected families.

Sign up for our morning newsletter
"""

NO_HEADLINE = """\
The central bank raised interest rates by half a point on Thursday, its third rise this year.

Economists had expected a smaller move. The bank said further rises could follow if prices keep climbing.
"""

SUBHEADS = """\
School meals to be free for all primary pupils

All primary school pupils will receive free lunches from September, the education minister announced.

Who benefits

Around 400,000 children who currently pay for meals will no longer have to.

What it costs

The scheme will cost an estimated 150 million a year, funded from the general budget.
"""


def _texts(text: str) -> list[str]:
    return [s.text for s in parse_article(text).sentences]


def test_seed_body_is_exactly_its_fourteen_sentences() -> None:
    """The seed yields its 14 body sentences, whole, and nothing else."""
    article = parse_article(SEED.read_text(encoding="utf-8"))
    texts = [s.text for s in article.sentences]
    assert len(texts) == 14
    assert texts[1].startswith("Iraq's borders have been completely secured, Lt. Gen. Qais al-Muhammadawi")
    assert texts[1].endswith("informed the Iraqi News Agency (INA).")
    assert texts[10].startswith("Clashes broke out on Nov. 27 between")
    assert texts[11].startswith("Over Nov. 27–28, opposition forces")
    assert texts[13].startswith("On Nov. 29, opposition groups entered")
    assert article.headline == "Iraq shuts Syria border as opposition advances on Assad's forces"
    assert article.kicker == "Iraq"
    assert article.date == "December 01, 2024"
    assert article.captions == (
        "Clashes erupted in Syria as regime forces and opposition forces fought for control. / Photo: AA",
    )
    assert article.subheads == ("Sudani-Assad phone call", "Clashes erupt in Syria’s Deraa")
    joined = " ".join(texts)
    for furniture in ("Iraq |", "December 01", "/ Photo", "Sudani-Assad phone call", "Clashes erupt in Syria’s"):
        assert furniture not in joined


def test_the_seed_pasted_as_one_line_keeps_its_lede_and_its_caption() -> None:
    """One line: the photo credit after the caption's slash is glued to the lede ("... / Photo: AA According to
    local media, ..."); the caption goes with its credit, the lede stays the first body sentence."""
    seed = SEED.read_text(encoding="utf-8")
    apart, one_line = parse_article(seed), parse_article(" ".join(seed.split()))
    assert one_line.headline == apart.headline and one_line.date == apart.date and one_line.kicker == apart.kicker
    assert one_line.captions == apart.captions
    texts = [s.text for s in one_line.sentences]
    assert texts[:4] == [s.text for s in apart.sentences][:4]
    assert texts[0].startswith("According to local media, the Iraqi government declared")
    assert not any("Photo" in text for text in texts)


@pytest.mark.parametrize(("text", "read"), MARKUP_EXAMPLES)
def test_markup_pasted_with_the_text_is_written_over_with_spaces(text: str, read: str | None) -> None:
    blanked = blank_markup(text)
    assert len(blanked) == len(text)  # every offset still points where it did
    assert " ".join(blanked.split()) == (read if read is not None else " ".join(text.split()))


def test_sentence_offsets_point_into_the_text() -> None:
    """Every sentence's offsets cut its own text out of Article.text."""
    article = parse_article(SEED.read_text(encoding="utf-8"))
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_wire_story_furniture() -> None:
    """Kicker, headline, updated date, byline and the wire dateline are reported, not summarised."""
    article = parse_article(WIRE_STORY)
    assert article.kicker == "Politics"
    assert article.headline == "City council backs new tram line after marathon session"
    assert article.date == "Updated 14:02 GMT, 3 March 2025"
    assert article.byline == "Jane Doe and John Roe"
    assert article.dateline == "BRISTOL (AP)"
    assert [s.text for s in article.sentences] == [
        "The city council approved a new tram line on Monday after a nine-hour debate.",
        "The vote was 31 to 20.",
        "Opponents said the cost would burden residents for decades.",
        "Construction is due to start next spring and last three years.",
    ]
    assert "Advertisement" in article.boilerplate


def test_captions_credits_and_boilerplate_are_left_out() -> None:
    """Captions (Photograph:, Image caption, Pictured:, Getty credit) and page boilerplate never reach the body."""
    article = parse_article(CAPTIONED_STORY)
    assert article.kicker == "WORLD NEWS"
    assert article.headline == "Flood waters recede in river valley as clean-up begins"
    assert article.byline == "Ana Silva, Reuters"
    assert [s.text for s in article.sentences] == [
        "Flood waters began to recede on Sunday across the river valley, leaving thousands of homes damaged.",
        "Emergency crews worked through the night to reinforce levees near the town centre.",
        "The regional government has promised emergency funds for affected families.",
    ]
    assert len(article.captions) == 4
    assert {"Share this article", "Follow us on Facebook for the latest updates",
            "Sign up for our morning newsletter"} <= set(article.boilerplate)


def test_running_prose_first_paragraph_has_no_headline() -> None:
    """A text that opens with prose reports no headline and keeps its lede as a sentence."""
    article = parse_article(NO_HEADLINE)
    assert article.headline is None
    assert article.sentences[0].text.startswith("The central bank raised interest rates")
    assert len(article.sentences) == 3


def test_short_lede_sentence_is_not_promoted_to_headline() -> None:
    """A one-sentence lede paragraph that reads as prose is not a headline."""
    text = "The mayor has resigned after a long inquiry.\n\nShe will leave office at the end of the month."
    assert parse_article(text).headline is None


def test_subheads_are_recognised() -> None:
    """Short unpunctuated lines between paragraphs are subheads."""
    article = parse_article(SUBHEADS)
    assert article.headline == "School meals to be free for all primary pupils"
    assert article.subheads == ("Who benefits", "What it costs")
    assert len(article.sentences) == 3


def test_hard_wrapped_lines_are_joined() -> None:
    """Prose wrapped at a fixed width is one paragraph, its sentences whole."""
    text = (
        "The committee published its report on Tuesday after a year of\n"
        "hearings with ministers and officials. It found no evidence of\n"
        "wrongdoing but criticised the pace of the review.\n"
    )
    assert _texts(text) == [
        "The committee published its report on Tuesday after a year of hearings with ministers and officials.",
        "It found no evidence of wrongdoing but criticised the pace of the review.",
    ]


def test_crlf_and_lf_give_the_same_article() -> None:
    """Windows line ends change nothing."""
    crlf = WIRE_STORY.replace("\n", "\r\n")
    assert _texts(crlf) == _texts(WIRE_STORY)
    assert parse_article(crlf).headline == parse_article(WIRE_STORY).headline


def test_missing_space_after_full_stop_is_restored() -> None:
    """Text scraped with lost spaces ("home.Then") still splits into sentences."""
    assert _texts("The team flew home.Then the coach resigned.") == [
        "The team flew home.", "Then the coach resigned."
    ]


@pytest.mark.parametrize(("glued", "restored"), [
    ("The team flew home.Then it rained.", "The team flew home. Then it rained."),
    ("Was it over?Yes, it was!Then we left.", "Was it over? Yes, it was! Then we left."),
    ("\u201cWe won,\u201d she said.\u201dThe fans cheered.", "\u201cWe won,\u201d she said.\u201d The fans cheered."),
    ("He said \"go.\"Next day he went.", "He said \"go.\" Next day he went."),
    ("The U.S.Army base and the e.g.The note", "The U.S.Army base and the e.g.The note"),  # no two letters before
    ("The home.THE END", "The home.THE END"),  # no lower-case letter after the capital
    ("Version 2.0.Release", "Version 2.0.Release"),
])
def test_normalise_restores_only_spaces_lost_between_sentences(glued: str, restored: str) -> None:
    """A space comes back after a sentence's end glued to a capitalised word; abbreviations stay as written."""
    from summarizer.article.blocks import normalise

    assert normalise(glued) == restored


def test_run_in_scroll_prompt_is_cut_from_a_sentence() -> None:
    """'Scroll down for video' glued to a paragraph is dropped with the caption after it."""
    text = "The bridge reopened on Friday after repairs. Scroll down for video Open again: cars cross the bridge"
    assert _texts(text) == ["The bridge reopened on Friday after repairs."]


@pytest.mark.parametrize("text", ["", "   \n\t  \n", "Advertisement\n\nShare this article\n"])
def test_nothing_to_summarise_raises(text: str) -> None:
    """Empty, blank or furniture-only text raises EmptyArticleError."""
    with pytest.raises(EmptyArticleError):
        parse_article(text)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("WASHINGTON (AP) — ", "WASHINGTON (AP)"),
        ("LONDON (Reuters) - ", "LONDON (Reuters)"),
        ("(CNN) -- ", "(CNN)"),
        ("(CNN)", "(CNN)"),
        ("( cnn ) ", "(cnn)"),
        ("NAIROBI, Kenya — ", "NAIROBI, Kenya"),
    ],
)
def test_wire_datelines_are_taken_off_the_first_sentence(opening: str, dateline: str) -> None:
    """The dateline is reported apart and the lede sentence starts after it."""
    article = parse_article(opening + "Talks resumed on Monday. Both sides sent envoys.")
    assert article.dateline == dateline
    assert article.sentences[0].text == "Talks resumed on Monday."


def test_a_capitalised_word_and_dash_inside_prose_is_not_a_dateline() -> None:
    """Only the opening of the first paragraph can be a dateline."""
    article = parse_article("Talks resumed on Monday. PARIS — the venue — was chosen late.")
    assert article.dateline is None


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Ana Silva; Editing by Tom Hale",
        "(Additional reporting by Li Wei)",
        "RELATED: Five things to know about the budget",
        "Tags: politics, budget",
        "4 min read",
        "https://example.org/news/budget",
        "2 hours ago",
        "© 2025 City News",
        "Listen to this article",
        "Skip Advertisement",
    ],
)
def test_page_boilerplate_lines_are_left_out(line: str) -> None:
    """Agency sign-offs, link lines, reading times and relative times are boilerplate."""
    article = parse_article(f"The budget passed on Monday.\n\n{line}\n\nThe vote was close.")
    assert [s.text for s in article.sentences] == ["The budget passed on Monday.", "The vote was close."]


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters at the scene on Sunday. (AP Photo/Ana Silva)",
        "A protester waves a flag in the square. REUTERS/Tom Hale",
        "Image caption, Volunteers filled sandbags",
        "Image source, Getty Images",
        "File photo of the plant.",
        "The ship in harbour (Getty Images)",
    ],
)
def test_photo_credits_mark_captions(line: str) -> None:
    """Agency photo credits and BBC-style image labels are captions."""
    article = parse_article(f"The plant closed on Monday.\n\n{line}\n\nWorkers were sent home.")
    assert article.captions == (line,)
    assert len(article.sentences) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Last modified on Tue 3 Mar 2025 14.02 GMT",
        "Published: 12:01 EST, 2 May 2013 | Updated: 14:00 EST, 2 May 2013",
        "2025-03-03",
        "Monday, March 3, 2025 at 2:02 p.m.",
    ],
)
def test_date_lines_in_common_styles(line: str) -> None:
    """Date lines of several publishers are reported as the date."""
    article = parse_article(f"Council backs new tram line\n\n{line}\n\nThe council approved the line on Monday.")
    assert article.date == line
    assert article.headline == "Council backs new tram line"


def test_all_capitals_headline_above_prose_is_the_headline() -> None:
    """A short all-capitals line directly above the story is its headline, not a kicker."""
    article = parse_article("COUNCIL AGREES BUDGET\n\nThe council agreed its budget on Monday after a long debate.")
    assert article.headline == "COUNCIL AGREES BUDGET"
    assert article.kicker is None


def test_all_capitals_label_above_a_headline_is_the_kicker() -> None:
    """Above a headline-sized line, a short all-capitals line is the section kicker."""
    article = parse_article(
        "BUSINESS\n\nCouncil agrees budget after long debate\n\nThe council agreed its budget on Monday."
    )
    assert article.kicker == "BUSINESS"
    assert article.headline == "Council agrees budget after long debate"


@pytest.mark.parametrize("crumb", ["News > Politics", "World | Middle East", "Home / World / Asia"])
def test_section_breadcrumb_above_a_headline_is_the_kicker(crumb: str) -> None:
    """A breadcrumb of sections above the headline is the kicker, and the headline stays the headline."""
    body = "The council agreed its budget on Monday after a long and bitter debate."
    article = parse_article(f"{crumb}\n\nCouncil agrees budget after long debate\n\n{body}")
    assert article.kicker == crumb
    assert article.headline == "Council agrees budget after long debate"


def test_short_label_above_a_headline_is_the_kicker() -> None:
    """A one-word section label without a mark, above the headline, is the kicker, not a sentence."""
    seed = SEED.read_text(encoding="utf-8").replace("Iraq |", "Iraq", 1)
    article = parse_article(seed)
    assert article.kicker == "Iraq"
    assert article.headline == "Iraq shuts Syria border as opposition advances on Assad's forces"
    assert len(article.sentences) == 14


def test_short_headline_above_a_lede_is_not_taken_for_a_kicker() -> None:
    """A three-word headline keeps its place; the lede under it is never promoted to headline."""
    article = parse_article(
        "Rovers 2-1 United\n\nA late header from Sam Idowu gave Rovers the win.\n\n"
        "United had led at half-time through a penalty, and Rovers levelled with twenty minutes left."
    )
    assert article.headline == "Rovers 2-1 United"
    assert article.kicker is None
    assert article.sentences[0].text == "A late header from Sam Idowu gave Rovers the win."


@pytest.mark.parametrize("control", ["\x00", "\x08", "\x1f", "\x7f"])
def test_a_control_character_between_words_parts_them(control: str) -> None:
    """A NUL, a backspace or a separator left between two words by a bad copy holds no letters but parts
    the words: each reads as a space, so no word is made that the text does not hold."""
    article = parse_article(f"Harbour wall to be rebuilt\n\nThe council{control}voted on Tuesday to rebuild the "
                            "sea wall that fell in the storm.")
    assert article.sentences[0].text == "The council voted on Tuesday to rebuild the sea wall that fell in the storm."


def test_a_zero_width_space_inside_a_word_is_dropped() -> None:
    """A zero-width space is no space: the word around it stays one word."""
    article = parse_article("Harbour wall to be rebuilt\n\nThe coun\u200bcil voted on Tuesday to rebuild the "
                            "sea wall that fell in the storm.")
    assert article.sentences[0].text.startswith("The council voted")
