"""Reported speech the clause model must find, construction by construction, and prose it must leave alone.

Every row is a sentence written for this table: what must be caught (with its speaker and the statement
as printed) and what must not become a statement at all.
"""

from __future__ import annotations

import pytest

from summarizer.article import parse_article
from summarizer.models import Article, Quote
from summarizer.quotes import find_quotes


def article(*paragraphs: str, headline: str = "River town votes on new bridge plan") -> Article:
    """A small article: a headline over the given body paragraphs."""
    return parse_article(headline + "\n\n" + "\n\n".join(paragraphs))


def holding(quotes: list[Quote], fragment: str) -> Quote:
    """The one quote whose text holds ``fragment``."""
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [(q.text, q.speaker, q.kind) for q in quotes]
    return found[0]


INTRO = "Ann Lee, the mayor, met residents of the valley on Monday."

CAUGHT = [
    # (name, paragraph, speaker, statement as printed)
    # A statement with a few quoted words in it, then its tag: the report carries the quotation.
    ("mixed-quote-then-tag", "The failure of the ferry was “heartbreaking,” she said.",
     "Ann Lee", "The failure of the ferry was “heartbreaking,”"),
    ("mixed-quote-one-word-subject", "Hale “caused chaos on every road in the valley,” she said.",
     "Ann Lee", "Hale “caused chaos on every road in the valley,”"),
    ("mixed-quote-inverted-tag", "The new toll is “a tax on work,” said Tom Hale, a commuter.",
     "Tom Hale", "The new toll is “a tax on work,”"),
    # An inverted tag whose speaker goes on with an appositive, a place or a time.
    ("inverted-appositive-place",
     "The river will flood the lower town by Friday, said Tom Hale, director of the Flood Centre in Boston.",
     "Tom Hale", "The river will flood the lower town by Friday"),
    ("inverted-appositive-determiner", "The bridge will close in May, said Tom Hale, the city engineer.",
     "Tom Hale", "The bridge will close in May"),
    ("inverted-time", "The toll will rise in the spring, said Tom Hale on Monday.",
     "Tom Hale", "The toll will rise in the spring"),
    ("inverted-appositive-then-relative",
     "Few drivers will pay the toll, said Tom Hale, a professor of transport at the college, who has "
     "studied the crossing for years.", "Tom Hale", "Few drivers will pay the toll"),
    ("inverted-then-participle", "The toll will rise in the spring, said Tom Hale, adding that he would fight it.",
     "Tom Hale", "The toll will rise in the spring"),
    # A clause after "that" that opens with an aside in commas.
    ("aside-after-subject", "Tom Hale said that drivers, with their long queues each morning, were losing patience.",
     "Tom Hale", "drivers, with their long queues each morning, were losing patience"),
    ("listener-with-to", "Tom Hale said on Friday to the local radio station that he would vote for the bridge.",
     "Tom Hale", "he would vote for the bridge"),
    ("about-half", "The budget office said about half of the shortfall came from lower tolls.",
     "The budget office", "about half of the shortfall came from lower tolls"),
    # A statement goes on past a concession or a relative clause about one of its nouns.
    ("even-though", "Tom Hale said the bridge would close, even though repairs had begun in May.",
     "Tom Hale", "the bridge would close, even though repairs had begun in May"),
    ("relative-who", "Tom Hale said the engineers, who had inspected it twice, found no cracks.",
     "Tom Hale", "the engineers, who had inspected it twice, found no cracks"),
    # ... but not past a comment that may be the writer's.
    ("which-ends", "Tom Hale said the bridge would close in May, which surprised nobody in the valley.",
     "Tom Hale", "the bridge would close in May"),
    ("as-ends", "Tom Hale said the bridge would close in May, as the crowd booed loudly.",
     "Tom Hale", "the bridge would close in May"),
    # Appeals: a demand or a question, shown from its verb on, since what follows is no clause of its own.
    ("called-for", "Tom Hale called for a ban on lorries over the old bridge.",
     "Tom Hale", "called for a ban on lorries over the old bridge"),
    ("calling-for-after-a-clause", "Tom Hale spoke at the hall, calling for a full audit of the ferry company.",
     "Tom Hale", "calling for a full audit of the ferry company"),
    ("and-called-for", "Tom Hale spoke at the hall and called for a full audit of the ferry company.",
     "Tom Hale", "called for a full audit of the ferry company"),
    ("called-on", "Local traders called on the council to reopen the market on Sundays.",
     "Local traders", "called on the council to reopen the market on Sundays"),
    ("urged", "She urged the council to reopen the library before the winter.",
     "Ann Lee", "urged the council to reopen the library before the winter"),
    ("asked-whether", "Tom Hale asked whether the bridge would be safe for school buses.",
     "Tom Hale", "asked whether the bridge would be safe for school buses"),
    ("asked-for", "Tom Hale asked for a recount of the ballots in the ward.",
     "Tom Hale", "asked for a recount of the ballots in the ward"),
    ("asked-colon", "A reporter asked: Did the council talk about the toll on the bridge?",
     "A reporter", "asked: Did the council talk about the toll on the bridge"),
    ("reported-no-arrests", "The county police reported no arrests at the bridge on Monday night.",
     "The county police", "no arrests at the bridge on Monday night"),
    ("said-no-to", "Tom Hale said no to the new toll on the bridge.", "Tom Hale", "no to the new toll on the bridge"),
    ("asked-someone-for", "The county attorney asked the high court for a quick ruling on the toll.",
     "The county attorney", "asked the high court for a quick ruling on the toll"),
    # A tag after a statement that holds a noun form of a speech verb ("promises") or is a clause without
    # a pronoun ("wrote" needs a clause, and the statement before the tag is one).
    ("statement-with-noun-form-then-tag",
     "Tom Hale won over the crowds with speeches and promises to fix the bridge, Ann Lee said.",
     "Ann Lee", "Tom Hale won over the crowds with speeches and promises to fix the bridge"),
    ("inverted-wrote",
     "Ann Lee and her husband had been travelling for a week, wrote Tom Hale, her nephew, on his blog.",
     "Tom Hale", "Ann Lee and her husband had been travelling for a week"),
    # Pledges: an infinitive after a verb of promising is the statement, shown from the verb on.
    ("vowed-to", "Tom Hale vowed to fight the new toll in every court in the state.",
     "Tom Hale", "vowed to fight the new toll in every court in the state"),
    ("promised-not-to", "Tom Hale has promised not to raise fares before the election.",
     "Tom Hale", "promised not to raise fares before the election"),
    ("threatened-to", "The ferry company threatened to close the service by winter.",
     "The ferry company", "threatened to close the service by winter"),
    # Nominal reports: a statement named by a noun that its speaker owns.
    ("possessive-claim", "Engineers rejected Tom Hale's claim that the dam was safe.",
     "Tom Hale", "the dam was safe"),
    ("pronoun-warning", "Engineers repeated her warning that the river would flood the lower town.",
     "Ann Lee", "the river would flood the lower town"),
    ("noun-by-owner", "Drivers welcomed the announcement by the transport agency that the bridge would reopen.",
     "the transport agency", "the bridge would reopen"),
    ("possessive-with-adjective", "Residents doubted the mayor's repeated promise that the tolls would fall.",
     "the mayor", "the tolls would fall"),
    # A share of a group speaks for itself, and so does a poll's share alone; a comparison ends the statement.
    ("share-of-plural", "Most of the bidders said they favour the new bridge over the river.",
     "Most of the bidders", "they favour the new bridge over the river"),
    ("share-of-them", "Most of them said they had loved working at the mill.",
     "Most of them", "they had loved working at the mill"),
    ("quantifier-alone", "Several said they would prefer the county to pay for the bridge.",
     "Several", "they would prefer the county to pay for the bridge"),
    ("poll-share-in-words", "About one in five say they would stay at home in May.",
     "one in five", "they would stay at home in May"),
    ("poll-share-alone", "Only 30% said the mayor should resign before the vote.",
     "30%", "the mayor should resign before the vote"),
    ("poll-comparison", "About 52 percent said Ms. Lee would be better, compared with 41 percent for Mr. Hale.",
     "52 percent", "Ms. Lee would be better"),
    ("share-of-group", "Some of the residents said the bridge was a waste of money.",
     "Some of the residents", "the bridge was a waste of money"),
    ("share-of-owned-group", "Many of her harbour-side neighbours say they share her doubts about the vote.",
     "Many of her harbour-side neighbours", "they share her doubts about the vote"),
    # Two people named together speak together.
    ("two-people", "Ann Lee and Tom Hale said the bridge would close.",
     "Ann Lee and Tom Hale", "the bridge would close"),
    ("two-titled-people", "Professors Lee and Hale suggest the toll has less to do with traffic than with money.",
     "Professors Lee and Hale", "the toll has less to do with traffic than with money"),
    ("two-people-after-opener", "On Monday, Ms. Lee and Mr. Hale stressed that the toll is just one cause.",
     "Ms. Lee and Mr. Hale", "the toll is just one cause"),
    # An adverb after a name belongs to the verb, not to the name.
    ("adverb-after-name", "Hale subsequently defended the toll, saying it paid for the new bridge.",
     "Hale", "it paid for the new bridge"),
    # A time phrase before the speaker is no statement of its own.
    ("time-opener", "Later in the day, the water board said it would cooperate.",
     "the water board", "it would cooperate"),
    ("time-phrase-opener", "Two weeks ago, Ms. Kerr said the bridge would close.",
     "Ms. Kerr", "the bridge would close"),
    ("time-phrase-before-subject", "The week before, at a meeting in Dunmore, Mr. Hale was direct, claiming that the "
     "mayor wanted to raise the toll.", "Mr. Hale", "the mayor wanted to raise the toll"),
    # Asides in a pair of dashes: after the verb, and inside a statement before its tag.
    ("dash-aside-after-verb", "Tom Hale said — on the radio, as it happens — that the toll raised $4 million.",
     "Tom Hale", "the toll raised $4 million"),
    ("dash-aside-in-statement",
     "The valley has seen a surge of new voters -- 900 since May -- driven by the bridge vote, Tom Hale said.",
     "Tom Hale", "The valley has seen a surge of new voters -- 900 since May -- driven by the bridge vote"),
    ("dash-aside-before-tag",
     "In May the town had 115 thefts — most of them bicycles — according to the police records.",
     "the police records", "In May the town had 115 thefts — most of them bicycles"),
    ("one-dash-then-statement", "The council met on Monday -- and the bridge will close for a month, Tom Hale said.",
     "Tom Hale", "and the bridge will close for a month"),
]


@pytest.mark.parametrize(("paragraph", "speaker", "statement"), [row[1:] for row in CAUGHT],
                         ids=[row[0] for row in CAUGHT])
def test_reported_speech_is_caught(paragraph: str, speaker: str, statement: str) -> None:
    """Each construction gives its statement as reported speech, with its speaker."""
    quotes = find_quotes(article(INTRO, paragraph))
    quote = holding(quotes, statement)
    assert quote.kind == "reported"
    assert quote.text == statement
    assert quote.speaker == speaker


# Tags that take the whole quotation: it stays a direct quotation.
WHOLE_QUOTATIONS = [
    ("tag-after", "“We will win the seat back,” Tom Hale said on Monday.", "We will win the seat back"),
    ("conjunction-before", "And “we will win the seat back,” Tom Hale said.", "we will win the seat back"),
    ("opening-phrase-before", "Asked about the vote, “we will win the seat back,” Tom Hale said.",
     "we will win the seat back"),
]


@pytest.mark.parametrize(("paragraph", "text"), [row[1:] for row in WHOLE_QUOTATIONS],
                         ids=[row[0] for row in WHOLE_QUOTATIONS])
def test_a_whole_quotation_stays_direct(paragraph: str, text: str) -> None:
    """Nothing of the statement before the mark: the quotation is the statement, quoted directly."""
    quote = holding(find_quotes(article(INTRO, paragraph)), text)
    assert quote.kind == "direct"
    assert quote.text == text
    assert quote.speaker == "Tom Hale"


LEFT_ALONE = [
    # (name, paragraph, words that must be in no statement)
    ("said-then-a-clause", "The new rules, however, said they would be applied to every driver from May.",
     "The new rules"),
    ("inverted-then-new-clause", "The toll will rise in the spring, said Tom Hale, and he walked out.",
     "The toll will rise"),
    ("subject-with-appositive", "Another driver, Tom Hale of Eastbridge, said drivers kept the road open.",
     "Another driver"),
    ("bare-yes", "Asked about the vote, most residents said yes, but the council said no.", "yes"),
    # An appeal made by a document, or with no demand after it, is no statement.
    ("document-calls-for", "The bill calls for a new tax on lorries crossing the bridge.", "calls for"),
    ("passive-asked", "Tom Hale was asked whether the bridge would close.", "asked whether"),
    ("asked-a-question", "Tom Hale asked a question about the bridge and sat down.", "asked"),
    ("asked-about", "Tom Hale asked about the bridge.", "asked"),
    ("weather-threatened", "The rain threatened to flood the lower town by Friday.", "threatened"),
    ("threatened-an-object", "Officials threatened the protesters with arrest and heavy fines.", "the protesters"),
    ("promised-an-object", "The mayor promised a new bridge.", "promised"),
    ("gerund-asking", "Tom Hale said the toll would stay without drivers asking him to drop it.", "asking"),
    ("opening-phrase-then-tag", "On the stage at the rally, Tom Hale wrote a few notes.", "On the stage"),
    # A statement noun nobody owns, a noun that is no statement, a relative "that", and a claim that is
    # the subject of its sentence (where the clause runs into the main verb).
    ("unowned-announcement", "Drivers welcomed the announcement that the bridge would reopen in May.",
     "the bridge would reopen"),
    ("the-fact-that", "Drivers doubted the fact that the bridge would reopen in May.", "the bridge would reopen"),
    ("his-belief", "Tom Hale kept his belief that the bridge would reopen in May.", "the bridge would reopen"),
    ("relative-that", "Engineers rejected Tom Hale's claim that was made in May.", "was made"),
    ("subject-claim", "Tom Hale's claim that the dam was safe was rejected by engineers.", "the dam was safe"),
    # A share of something that is not people makes no statement.
    ("share-of-documents", "Most of the plan said little about the cost of the bridge.", "little about"),
    ("share-of-time", "Most of the days said nothing about the toll on the bridge.", "nothing about"),
    # Verbs that tag a quotation only, or report only with a clause after them.
    ("went-on-for-hours", "The meeting went on for hours after the vote on the bridge.", "for hours"),
    ("charged-with", "Tom Hale was charged with fraud over the bridge contract in May.", "with fraud"),
    ("charged-an-object", "The county charged drivers a toll of two dollars for the bridge.", "drivers a toll"),
]


@pytest.mark.parametrize(("paragraph", "words"), [row[1:] for row in LEFT_ALONE],
                         ids=[row[0] for row in LEFT_ALONE])
def test_prose_is_left_alone(paragraph: str, words: str) -> None:
    """A clause after "said" is no speaker, and a subject before it is no statement."""
    quotes = find_quotes(article(INTRO, paragraph))
    assert not [q for q in quotes if q.text.startswith(words)], [(q.text, q.speaker) for q in quotes]


def test_statement_nouns_and_appeals_come_from_the_one_lexicon() -> None:
    """Each statement noun is written once, with one verb; appeals and pledges are flags of verbs in it."""
    from collections import Counter

    from summarizer.quotes import lexicon

    nouns = Counter(noun for verb in lexicon.SPEECH_VERBS for noun in verb.nouns)
    assert [noun for noun, count in nouns.items() if count > 1] == []
    assert set(lexicon.STATEMENT_NOUNS) == set(nouns)
    assert {"called for", "calls on", "urged", "asked"} <= lexicon.APPEAL <= lexicon.REPORTING
    assert {"vowed", "pledged", "promised", "threatened"} <= lexicon.PLEDGE <= lexicon.REPORTING
    assert "denial" not in lexicon.STATEMENT_NOUNS  # a denial reports the opposite of its clause


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("Voters in Salem and Tom Hale said the bridge would close.", "Tom Hale"),
    ("The mayor thanked the crews, and Tom Hale said the bridge would close.", "Tom Hale"),
])
def test_a_name_after_and_in_another_clause_speaks_alone(paragraph: str, speaker: str) -> None:
    """Only two names that together open the clause speak together; a name joined to a place or to another
    clause does not join the speaker."""
    quote = holding(find_quotes(article(INTRO, paragraph)), "the bridge would close")
    assert quote.speaker == speaker
