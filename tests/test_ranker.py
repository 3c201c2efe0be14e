"""The rankers of the project: the lede (the default) and the news ranker. Lead facts first, no
furniture, no dangling references, no half quotations, no repeats."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sumy.summarizers._summarizer import AbstractSummarizer

from summarizer import Options, parse_article, summarize
from summarizer.ranking import DEFAULT_ALGORITHM, rank, resolve
from summarizer.ranking.faithfulness import (
    depends_on_previous,
    leans_on_nothing,
    quotation_fragments,
    quotation_groups,
    quotes,
)
from summarizer.ranking.lead import Lede, choose
from summarizer.ranking.stemming import stemmer_and_stop_words
from summarizer.ranking.sumy.adapter import build_document
from summarizer.ranking.sumy.news import NewsRanker

FLOOD = (
    "Flood waters forced 2,000 residents of Millbrook from their homes on Tuesday after the river Lune burst "
    "its banks.\n\n"
    "The river rose two metres overnight following three days of heavy rain across the valley.\n\n"
    "Emergency crews used boats to reach families trapped in the lower town near the old mill.\n\n"
    "The town hall has opened as a shelter and is serving hot meals to evacuated residents.\n\n"
    "Local schools will stay closed until Friday, the council said.\n\n"
    "Forecasters expect the rain to ease by the weekend, but warned the river could rise again."
)


def _ranked_texts(text: str, count: int, algorithm: str = "default") -> list[str]:
    summary = summarize(text, Options(algorithm=algorithm, sentences=count, quotes=0))
    return [s.text for s in summary.sentences]


def test_default_is_the_lede() -> None:
    """``default`` stands for the lede; the news ranker stays selectable by name."""
    assert DEFAULT_ALGORITHM == "lede"
    assert resolve("default") == "lede"
    assert summarize(FLOOD).algorithm == "lede"
    assert summarize(FLOOD, Options(algorithm="news")).algorithm == "news"


def test_it_is_a_sumy_summarizer() -> None:
    """The ranker is a sumy AbstractSummarizer: called with a document and a count, it returns sentences."""
    stemmer, stop_words = stemmer_and_stop_words("english")
    ranker = NewsRanker(stemmer)
    ranker.stop_words = stop_words
    assert isinstance(ranker, AbstractSummarizer)
    document = build_document(parse_article(FLOOD))
    chosen = ranker(document, 2)
    assert len(chosen) == 2
    assert all(not s.is_heading for s in chosen)
    assert str(chosen[0]).startswith("Flood waters forced 2,000 residents")
    assert len(ranker(document, "50%")) == 3


def test_prefers_the_lead_fact() -> None:
    """The one-sentence summary of a news story is its lead fact, not a detail from further down."""
    assert _ranked_texts(FLOOD, 1)[0].startswith("Flood waters forced 2,000 residents")


def test_prefers_the_sentence_the_story_elaborates() -> None:
    """A short aside at the top loses to the sentence the rest of the story is about."""
    text = (
        "It was a cold and grey morning in the valley.\n\n"
        "The Millbrook paper mill will close in June with the loss of 340 jobs, its owners said on Monday.\n\n"
        "The mill has made paper in Millbrook since 1872 and is the town's largest employer.\n\n"
        "Workers at the mill were told of the closure at a meeting on Monday morning.\n\n"
        "The owners blamed the rising cost of energy for the decision to close the mill.\n\n"
        "Union leaders said they would fight to save the jobs at the mill."
    )
    assert _ranked_texts(text, 1, "news")[0].startswith("The Millbrook paper mill will close in June")


def test_skips_photo_captions_and_video_prompts() -> None:
    """Captions and page furniture the parser marks stay out of every summary."""
    text = (
        "Pictured: Residents wade through flood water on the high street in Millbrook\n\n"
        + FLOOD.replace(
            "Emergency crews used boats",
            "Scroll down for video\n\nPictured: A rescue boat on Mill Lane\n\nEmergency crews used boats",
        )
    )
    for count in (1, 3, 6):
        chosen = _ranked_texts(text, count)
        assert chosen
        assert not any("Pictured" in s or "Scroll down" in s for s in chosen)


def test_no_dangling_pronoun_or_connective() -> None:
    """A sentence opening with "He" or "But" is chosen only together with the sentence before it."""
    text = (
        "Maria Lopez was elected mayor of Millbrook on Sunday with 58 per cent of the vote.\n\n"
        "The turnout was the lowest the town has seen in twenty years.\n\n"
        "He promised to rebuild the flood defences along the river Lune before next winter.\n\n"
        "But the flood defences along the river Lune will cost the town far more than it can raise alone.\n\n"
        "Results from the two other wards in the district are expected on Monday."
    )
    article = parse_article(text)
    for algorithm in ("default", "news"):
        for count in (1, 2, 3):
            chosen = [r.index for r in rank(article, algorithm, count)]
            for index in chosen:
                if depends_on_previous(article.sentences[index].text) and index > 0:
                    assert index - 1 in chosen, (count, chosen)


def test_half_a_quotation_is_never_a_sentence() -> None:
    """Sentences of a quotation that runs over several sentences are not chosen on their own."""
    text = (
        "The Millbrook paper mill will close in June with the loss of 340 jobs, its owners said on Monday.\n\n"
        "The owners blamed the rising cost of energy for the closure of the paper mill.\n\n"
        "\u201cThe paper mill has been losing money for five years. The cost of energy for the mill has doubled. "
        "We could not keep the mill open,\u201d said the chairman, Tom Reid.\n\n"
        "Workers at the paper mill were told of the closure at a meeting on Monday."
    )
    article = parse_article(text)
    fragments = quotation_fragments([s.text for s in article.sentences], [s.paragraph for s in article.sentences])
    in_quote = [i for i, s in enumerate(article.sentences) if fragments[i]]
    assert len(in_quote) == 3
    chosen = {r.index for r in rank(article, "default", 3)}
    assert not chosen & set(in_quote)


# Every algorithm that chooses by score: sumy's, and the ones written here. ("lead" is the plain baseline.)
_SCORED = ("luhn", "edmundson", "lsa", "lexrank", "textrank", "sumbasic", "kl", "reduction")
_CENTRAL_QUOTATION = (
    "The Millbrook paper mill will close in June, its owners said on Monday.\n\n"
    "\u201cThe paper mill has been losing money for five years. The cost of energy for the paper mill has "
    "doubled, and the paper mill could not pay it. We could not keep the paper mill open,\u201d said the "
    "chairman of the paper mill, Tom Reid.\n\n"
    "Workers at the paper mill were told of the closure at a meeting.\n\n"
    "The town council said it would help workers find new jobs.\n\n"
    "A buyer for the site has not been found."
)


@pytest.mark.parametrize("algorithm", _SCORED)
@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_every_algorithm_takes_a_quotation_whole_or_not_at_all(algorithm: str, count: int) -> None:
    """A quotation over several sentences, central to the story: each algorithm's summary holds all of
    it or none of it, so that no summary line opens or closes half a quotation."""
    article = parse_article(_CENTRAL_QUOTATION)
    groups = quotation_groups([s.text for s in article.sentences], [s.paragraph for s in article.sentences])
    quotation = {i for i, group in enumerate(groups) if group is not None}
    assert len(quotation) == 3
    chosen = {r.index for r in rank(article, algorithm, count)}
    assert len(chosen) == count  # a quotation that does not fit leaves its place to other sentences
    assert chosen & quotation in (set(), quotation)


def test_the_same_fact_is_not_chosen_twice() -> None:
    """A caption-like repeat of the lead is passed over for a sentence that adds something."""
    text = FLOOD.replace(
        "The river rose two metres",
        "Flood waters forced 2,000 residents of Millbrook from their homes after the river Lune burst its banks.\n\n"
        "The river rose two metres",
    )
    chosen = _ranked_texts(text, 2)
    assert sum(s.startswith("Flood waters forced 2,000") for s in chosen) == 1


def test_headline_lifts_the_sentence_it_names() -> None:
    """With a headline, the sentence sharing its words scores higher than without it."""
    body = parse_article(FLOOD)
    with_headline = parse_article("Schools closed until Friday in Millbrook\n\n" + FLOOD)
    assert with_headline.headline is not None
    stemmer, stop_words = stemmer_and_stop_words("english")
    ranker = NewsRanker(stemmer)
    ranker.stop_words = stop_words
    plain = ranker.rate(build_document(body))
    lifted = ranker.rate(build_document(with_headline))
    schools = next(i for i, s in enumerate(body.sentences) if s.text.startswith("Local schools"))
    assert lifted[schools] > plain[schools]
    others = [i for i in range(len(plain)) if i != schools]
    assert max(lifted[i] - plain[i] for i in others) < lifted[schools] - plain[schools]


def test_deterministic() -> None:
    """The same input gives the same summary, scores and ranks."""
    first = summarize(FLOOD, Options(sentences=3)).as_dict()["summary"]
    assert all(summarize(FLOOD, Options(sentences=3)).as_dict()["summary"] == first for _ in range(3))


def test_scores_and_ranks_come_with_each_sentence() -> None:
    """Each summary sentence carries its score and a distinct rank from 1."""
    summary = summarize(FLOOD, Options(sentences=3))
    assert sorted(s.rank for s in summary.sentences if s.rank is not None) == [1, 2, 3]
    assert all(isinstance(s.score, float) and s.score > 0 for s in summary.sentences)
    by_rank = sorted(summary.sentences, key=lambda s: s.rank or 0)
    scores = [s.score for s in by_rank]
    assert scores == sorted(scores, reverse=True)


QUOTED = (
    "Residents of Millbrook spoke to reporters on Tuesday after the flood waters went down in the lower town.\n\n"
    "\u201cWe have lost everything. The water came so fast. We had no time to save anything.\u201d\n\n"
    "\u201cThe council must act now. People are sleeping in the town hall. Nobody has come to help.\u201d"
)


def test_a_story_of_quotations_still_gets_a_full_summary() -> None:
    """When the news ranker's rules would leave too few sentences, the rest are filled by score."""
    assert len(_ranked_texts(QUOTED, 5, "news")) == 5


@pytest.mark.parametrize(("count", "expected"), [(1, 1), (2, 1), (3, 1), (4, 4), (5, 4), (7, 7)])
def test_lede_takes_a_quotation_whole_or_not_at_all(count: int, expected: int) -> None:
    """The lede never ends inside a quotation: one that does not fit is passed over, whole."""
    chosen = _ranked_texts(QUOTED, count)
    assert len(chosen) == expected
    opened = sum(s.startswith("\u201cWe have lost") for s in chosen)
    assert opened == sum(s.startswith("We had no time") for s in chosen)


def test_lede_is_the_opening_of_a_plain_story() -> None:
    """With nothing to pass over, the lede is the first sentences, ranked in order."""
    summary = summarize(FLOOD, Options(sentences=3, quotes=0))
    assert [s.index for s in summary.sentences] == [0, 1, 2]
    assert [s.rank for s in summary.sentences] == [1, 2, 3]


def test_lede_passes_over_what_leans_on_a_sentence_left_out() -> None:
    """After a quotation too long to fit, a "She" sentence is passed over; a sentence with a name is taken."""
    text = (
        "The council of Millbrook voted on Monday to rebuild the flood wall along the river Lune.\n\n"
        "\u201cWe cannot wait for another flood. The wall must be ready by winter,\u201d said the mayor, "
        "Maria Lopez.\n\n"
        "She said the work would start in March.\n\n"
        "The wall will cost 4 million pounds, paid by the town and the regional government."
    )
    chosen = _ranked_texts(text, 2)
    assert chosen[0].startswith("The council of Millbrook voted")
    assert chosen[1].startswith("The wall will cost")


def test_lede_passes_over_a_repeat_and_keeps_what_follows_it() -> None:
    """A sentence printed twice is taken once; a "He" sentence after the repeat may follow."""
    texts = [
        "Maria Lopez was elected mayor of Millbrook on Sunday with 58 per cent of the vote.",
        "Maria Lopez was elected mayor of Millbrook on Sunday with 58 per cent of the vote.",
        "She promised to rebuild the flood defences before next winter.",
        "Turnout was the lowest in twenty years.",
    ]
    lengths = [len(t.split()) for t in texts]
    assert choose(texts, [0, 1, 2, 3], lengths, 2) == [0, 2]
    assert choose(texts, [0, 1, 2, 3], lengths, 2, rules=Lede(repeat=2.0)) == [0, 1]
    different = [texts[0], "Lopez, 44, was a teacher at the Millbrook primary school for twenty years.", *texts[2:]]
    assert choose(different, [0, 1, 2, 3], lengths, 2) == [0, 1]


def test_lede_keeps_a_word_budget() -> None:
    """With a word budget the lede takes opening sentences while they fit, never a dangling one."""
    texts = ["One two three four five six.", "He said seven eight nine ten eleven.", "Twelve thirteen."]
    lengths = [len(t.split()) for t in texts]
    assert choose(texts, [0, 1, 2], lengths, 3, words=8) == [0, 2]
    assert choose(texts, [0, 1, 2], lengths, 3, words=20) == [0, 1, 2]
    assert choose(texts, [0, 1, 2], lengths, 3, words=3) == [2]


@pytest.mark.parametrize(
    ("sentences", "groups"),
    [
        # curly marks over two sentences, then a complete one
        (["\u201cWe will rebuild.", "It will take years,\u201d she said.", "The \u201cwall\u201d is old."],
         [(0, 1), (0, 1), None]),
        # tokenised text: the mark that opens the next sentence's quotation ends this one
        (["kamal resigned on wednesday. '", "everyone saw what happened, ' he said.", "the board met."],
         [None, None, None]),
        (["the mayor spoke on monday. '", "we will rebuild.", "it will take years, ' she said."],
         [None, (1, 2), (1, 2)]),
        # straight double quotes: open before a word, close after punctuation; a stray closing mark is no group
        (['He said "we will go.', 'We will stay." The mayor left.', "Rain fell."], [(0, 1), (0, 1), None]),
        (['Mane scored twice as Spurs lost at Anfield."', "Chelsea lead the table."], [None, None]),
        # a lone mark with spaces both sides toggles: open, then close
        (["she wrote: ' i am not racist '.", "the note was found."], [None, None]),
        # marks seven sentences apart do not pair (a stray mark in text without paragraph breaks)
        (["the red wings ' miller is back.", *[f"fact number {n} is here." for n in range(5)], "it was ' lucky."],
         [None] * 7),
    ],
)
def test_quotation_groups(sentences: list[str], groups: list[tuple[int, int] | None]) -> None:
    """Multi-sentence quotations are found as groups, in curly and in tokenised text."""
    assert quotation_groups(sentences, [0] * len(sentences)) == groups


def test_long_text_is_ranked() -> None:
    """A long article (thousands of sentences) is ranked without trouble."""
    paragraph = " ".join(
        f"Report {n} says the {['river', 'council', 'mill', 'school'][n % 4]} spent {n} pounds on item {n * 7}."
        for n in range(40)
    )
    text = "\n\n".join(paragraph for _ in range(60))
    chosen = _ranked_texts(text, 5)
    assert len(chosen) == 5


@pytest.mark.parametrize(
    ("sentence", "dependent"),
    [
        ("He said the river was rising.", True),
        ("But the council disagreed.", True),
        ("That's why the bridge was closed.", True),
        ("\u201cThey never came,\u201d she said.", True),
        ("However, the water kept rising.", True),
        ("In addition, two schools were shut.", True),
        ("The river rose two metres.", False),
        ("Hendricks said the river was rising.", False),
        ("This year the festival was cancelled.", False),
        ("There were 30 people in the hall.", False),
        ("Theirs is a small town.", False),
        ("Butter prices rose.", False),
    ],
)
def test_depends_on_previous(sentence: str, dependent: bool) -> None:
    """Pronouns and connectives at the start make a sentence lean on its predecessor; names do not."""
    assert depends_on_previous(sentence) is dependent


def test_quotation_marks_and_apostrophes() -> None:
    """Apostrophes never open or close a quotation; curly, straight and tokenised marks do."""
    sentences = [
        "The mayor said the town\u2019s defences were \u2018not fit for purpose\u2019.",  # complete
        "\u2018We will rebuild.",  # opens
        "It will take years.",  # inside
        "But we will do it,\u2019 she said.",  # closes
        "The players\u2019 kit was lost in the flood.",  # apostrophe only
        "told the paper: ' i was surprised how calm i was.",  # tokenised, opens
        "it is a relief. '",  # tokenised, closes
    ]
    fragments = quotation_fragments(sentences, [0, 1, 1, 1, 2, 3, 3])
    assert fragments == [False, True, True, True, False, True, True]
    assert quotes(sentences[0]) and not quotes(sentences[4])


@pytest.mark.parametrize("budget", [15, 25, 40, 60])
def test_word_budget_keeps_the_rules(budget: int) -> None:
    """A word budget is not filled up with a dangling "He" or "But"."""
    text = (
        "Maria Lopez was elected mayor of Millbrook on Sunday with 58 per cent of the vote.\n\n"
        "Turnout was the lowest in twenty years.\n\n"
        "He promised new flood defences.\n\n"
        "But the defences will cost more than the town can raise.\n\n"
        "Results from the two other wards in the district are expected on Monday."
    )
    summary = summarize(text, Options(words=budget, quotes=0))
    chosen = [s.index for s in summary.sentences]
    assert chosen
    for index in chosen:
        if index and depends_on_previous(summary.article.sentences[index].text):
            assert index - 1 in chosen


def test_run_in_caption_labels_are_captions() -> None:
    """A run-in caption ("Soggy start: ..." without a full stop) is furniture; a clause before a colon is prose."""
    text = (
        "Flood waters forced 2,000 residents of Millbrook from their homes on Tuesday.\n\n"
        "Soggy start: Residents of the lower town carry belongings through the water on Mill Lane\n\n"
        "The reason is simple: The river defences were never finished.\n\n"
        "Here goes: Nobody in the town hall expected the river to rise so fast.\n\n"
        "MAYOR LOPEZ: We will rebuild the defences before next winter."
    )
    article = parse_article(text)
    body = [s.text for s in article.sentences]
    assert any(c.startswith("Soggy start:") for c in article.captions)
    assert not any(s.startswith("Soggy start:") for s in body)
    assert any(s.startswith("The reason is simple:") for s in body)
    assert any(s.startswith("Here goes:") for s in body)
    assert any(s.startswith("MAYOR LOPEZ:") for s in body)
    assert not any("Soggy" in s for s in _ranked_texts(text, 5))


def test_video_placeholder_glued_to_a_sentence_is_removed() -> None:
    """"Media playback is not supported on this device" is furniture, even glued to the next sentence."""
    text = (
        "Millbrook Rovers reached the cup final with a 2-0 win over Harbour Town on Saturday.\n\n"
        "Media playback is not supported on this deviceThe hosts scored twice in the first half.\n\n"
        "Media playback is not supported on this device\n\n"
        "Rovers will play the final at the national stadium in May."
    )
    article = parse_article(text)
    body = [s.text for s in article.sentences]
    assert "The hosts scored twice in the first half." in body
    assert not any("Media playback" in s for s in body)
    hosts = next(s for s in article.sentences if s.text.startswith("The hosts"))
    assert article.text[hosts.start : hosts.end] == hosts.text


def test_default_path_and_sumy_summarizer_choose_alike() -> None:
    """The default path (no sumy) and NewsRanker through sumy's document pick the same sentences."""
    from pathlib import Path

    stemmer, stop_words = stemmer_and_stop_words("english")
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for text in [FLOOD, *(p.read_text(encoding="utf-8") for p in seeds)]:
        article = parse_article(text)
        ranker = NewsRanker(stemmer)
        ranker.stop_words = stop_words
        lengths = [len(s.text.split()) for s in article.sentences]
        through_sumy = sorted(ranker.choose(build_document(article), 4, lengths=lengths))
        direct = [(r.index, r.score) for r in rank(article, "news", 4)]
        assert [i for i, _ in through_sumy] == [i for i, _ in direct]
        assert [s for _, s in through_sumy] == pytest.approx([s for _, s in direct])


def test_stemmer_and_stop_words_are_sumys() -> None:
    """The stemmer and stop words made without importing sumy's modules equal sumy's own."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    for language in ("english", "german", "french", "czech"):
        stemmer, stop_words = stemmer_and_stop_words(language)
        assert stop_words == get_stop_words(language)
        words = ["running", "elections", "governments", "Häuser", "nationalité", "ministrů"]
        assert [stemmer(w) for w in words] == [Stemmer(language)(w) for w in words]


def test_default_path_loads_no_sumy_module() -> None:
    """Summarising with the default ranker imports neither sumy's modules nor requests."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, summarizer\n"
        f"summarizer.summarize({FLOOD!r})\n"
        "print(sorted(m for m in sys.modules\n"
        "             if m.startswith(('sumy', 'requests', 'pycountry', 'summarizer.ranking.sumy'))))\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


_PIECES = [
    "The council met on Monday.", "He said the river was rising.", "But the mayor disagreed.",
    "\u201cWe will rebuild.", "It will take years,\u201d she said.", "Rain fell on the town all week.",
    "\u201cNobody came,\u201d a resident said.", "They waited for the boats.", "Schools stay closed until Friday.",
    "The council met on Monday.",
]


@settings(max_examples=200, deadline=None)
@given(
    picks=st.lists(st.integers(0, len(_PIECES) - 1), min_size=1, max_size=14),
    breaks=st.lists(st.booleans(), min_size=14, max_size=14),
    count=st.integers(1, 6),
    words=st.one_of(st.none(), st.integers(1, 40)),
)
# A quotation whose first sentence repeats an earlier one is passed over; its second sentence is not said,
# so the sentence leaning on it may not follow.
@example(picks=[3, 3, 4, 1], breaks=[False, True, *[False] * 12], count=3, words=None)
def test_lede_never_dangles_never_halves_a_quotation(
    picks: list[int], breaks: list[bool], count: int, words: int | None
) -> None:
    """Whatever the story, the lede's choice keeps every rule: in order, within the limits, no sentence that
    leans on one left out (unless it repeats what is said), no part of a quotation without the rest."""
    texts = [_PIECES[p] for p in picks]
    paragraphs = list(itertools.accumulate(int(b) for b in breaks[: len(texts)]))
    lengths = [len(t.split()) for t in texts]
    chosen = choose(texts, paragraphs, lengths, count, words)
    assert chosen == sorted(set(chosen)) and len(chosen) <= count
    assert words is None or sum(lengths[i] for i in chosen) <= words
    groups = quotation_groups(texts, paragraphs)
    for index in chosen:
        group = groups[index]
        if group is not None:
            assert set(range(group[0], group[1] + 1)) <= set(chosen)
        if index and depends_on_previous(texts[index]) and index - 1 not in chosen:
            assert texts[index - 1] in {texts[i] for i in chosen}  # passed over only as a repeat


@pytest.mark.parametrize(
    ("sentence", "dangling"),
    [
        ("However the club insisted it had broken no rule.", True),
        ("But the new stadium will not open until 2027.", True),
        ("In addition, two schools were shut.", True),
        ("Meanwhile the river kept rising.", True),
        ("He died at his home in Millbrook after a short illness.", False),  # may point ahead
        ("They may not be aliens, but the signals are real.", False),
        ("These two dogs have got talent.", False),
        ("This is the moment a ferry hit the harbour wall.", False),
        ("The mill will close in June.", False),
    ],
)
def test_a_story_may_not_open_on_a_connective(sentence: str, dangling: bool) -> None:
    """A first sentence opening on a connective answers a sentence the text lacks; one on a pronoun may not."""
    assert leans_on_nothing(sentence) is dangling


def test_lede_passes_over_an_opening_connective() -> None:
    """A story cut off before its first sentence does not open its summary on "However"."""
    texts = ["However the club insisted it had broken no rule.", "The club paid 48 million pounds for the striker.",
             "Its lawyers will appeal."]
    lengths = [len(t.split()) for t in texts]
    assert choose(texts, [0, 0, 0], lengths, 1) == [1]
    assert choose(texts, [0, 0, 0], lengths, 1, rules=Lede(opening=False)) == [0]


def test_readme_says_what_help_says_about_each_algorithm() -> None:
    """The README's table of what each algorithm is good for is the text of ``summarize --help``."""
    import re
    from pathlib import Path

    from summarizer.ranking import ALGORITHMS, GUIDE

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    parts = re.split(r"(?:^|(?<=\.) )(default = lede|news|lead|luhn, [a-z, ]+): ", GUIDE)
    names = [name for part in parts[1::2] for name in re.split(r"[ =,]+", part)]
    assert sorted(names) == sorted(ALGORITHMS)
    for text in parts[2::2]:
        assert text.rstrip(".") in readme


@pytest.mark.parametrize("text", [
    "No quotation here at all, only plain words.",
    "He said “we will build it” and left. ‘Fine,’ she said.",
    "The 'right' answer, as he put it, was \"no\". It's John's car.",
    "A mark at the end of the line '",
])
def test_quotation_marks_are_those_of_the_pattern_without_its_skip_ahead(text: str) -> None:
    """The marks pattern looks ahead for a mark before its alternatives; it must find what they find alone."""
    import re

    from summarizer.ranking import faithfulness

    skip = "(?=[“”«»‘’'\\\"])(?:"
    pattern = faithfulness._QUOTE_MARKS.pattern
    assert pattern.startswith(skip) and pattern.endswith(")")
    alone = re.compile(pattern[len(skip):-1])
    expected = [(m.lastgroup, m.span()) for m in alone.finditer(text)]
    assert [(m.lastgroup, m.span()) for m in faithfulness._QUOTE_MARKS.finditer(text)] == expected
    assert list(faithfulness._marks(text)) == [str(group) for group, _span in expected]


def test_the_news_ranker_reads_the_same_stems_from_the_word_layer() -> None:
    """Stems handed over from the article's word layer give the scores and choices the ranker's own give."""
    from summarizer.ranking.news import NewsScorer, Story
    from summarizer.ranking.stemming import stemmer_and_stop_words
    from summarizer.sentences import split_words

    from .conftest import HARBOUR_STORY, SCHOOL_STORY

    for text in (HARBOUR_STORY, SCHOOL_STORY):
        article = parse_article(text)
        scorer = NewsScorer(*stemmer_and_stop_words(article.language))
        own = Story(words=[split_words(s.text) for s in article.sentences],
                    texts=[s.text for s in article.sentences],
                    paragraphs=[s.paragraph for s in article.sentences],
                    headline=split_words(article.headline) if article.headline else ())
        layered = dataclasses.replace(own, words=article.words.forms, stems=article.words.stems)
        assert scorer.rate(layered) == scorer.rate(own)
        assert scorer.choose(layered, 3) == scorer.choose(own, 3)


def test_lede_word_counts_are_each_sentences_split_words() -> None:
    """The lede's lazily counted sentence lengths are the words of each sentence, by index and by slice."""
    from summarizer.ranking import _WordCounts

    article = parse_article(
        "The council met on Tuesday to set the budget for next year.\n\n"
        "It approved a rise of two per cent after a long debate.\n\nThe mayor said she was pleased.",
        title="Budget set",
    )
    counts = _WordCounts(article)
    expected = [len(s.text.split()) for s in article.sentences]
    assert len(counts) == len(expected) >= 3
    assert [counts[i] for i in range(len(counts))] == expected
    assert counts[1:] == expected[1:] and counts.as_list() == expected


def test_lede_word_bag_lowers_ascii_and_other_text_alike() -> None:
    """A sentence's bag of lower-case words is the same whether the text is ASCII or not."""
    import re

    from summarizer.ranking.lead import _bag

    assert _bag("The Mayor met the mayor") == {"the", "mayor", "met"}
    text = "Zoë met ZOË in İzmir"
    assert _bag(text) == frozenset(word.lower() for word in re.findall(r"[^\W_]+", text))
