"""Key quotes: each faster way of finding the same thing finds what the plain way finds."""

from __future__ import annotations

import dataclasses
import importlib
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.article import parse_article
from summarizer.models import Article, Quote
from summarizer.quotes import find_quotes
from summarizer.quotes.body import read_body
from summarizer.quotes.lexicon import FINITE, STATEMENT_NOUNS

# The package's names ``reported`` and ``marks`` are functions and modules alike: the modules, by name.
reported = importlib.import_module("summarizer.quotes.reported")
marks = importlib.import_module("summarizer.quotes.marks")
rank = importlib.import_module("summarizer.quotes.rank")


def article(*paragraphs: str) -> Article:
    return parse_article("Ferry fares rise on the island route\n\n" + "\n\n".join(paragraphs))


def _pieces(*extra: str) -> st.SearchStrategy[str]:
    """Text made of the pieces a pattern turns on, glued in any order."""
    alphabet = [" ", "  ", "\n", ",", ".", "'", "’", "-", "—", "x", "Ann", "the", *extra]
    return st.lists(st.sampled_from(alphabet), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_pieces("and", "but", "then", "also", "later", "band", "–", " -"))
def test_shared_subject_read_at_the_end_agrees_with_a_search_of_the_whole(left: str) -> None:
    assert reported._shares_subject(left) == bool(reported._SHARED_SUBJECT.search(left))


def test_shared_subject_examples() -> None:
    assert reported._shares_subject("Ann Lee spoke at the pier and then ")
    assert reported._shares_subject("Ann Lee spoke at the pier,   also  ")
    assert reported._shares_subject("Ann Lee spoke at the pier andthen ")  # the pattern's own reading
    assert not reported._shares_subject("Ann Lee spoke at the band ")
    assert not reported._shares_subject("Ann Lee, the mayor ")


_CLAUSE_WORDS_AS_ALTERNATION = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
    r"he|she|they|it|we|i|there)\b|n['’]t\b",
    re.IGNORECASE,
)


@settings(max_examples=400, deadline=None)
@given(_pieces("is", "IS", "be", "been", "bee", "he", "She", "there", "the", "n't", "n’t", "İ", "ı", "ſ", "I"))
def test_clause_word_trie_finds_what_the_alternation_finds(text: str) -> None:
    trie = reported.CLAUSE_WORD.search(text)
    plain = _CLAUSE_WORDS_AS_ALTERNATION.search(text)
    assert (trie.span() if trie else None) == (plain.span() if plain else None)


_TAG_VERBS = sorted(FINITE | {"calling", "saying", "adding", "questioned"}, key=lambda w: (-len(w), w))
_NOUNS = sorted(STATEMENT_NOUNS, key=lambda n: (-len(n), n))


def _plain_clause_end(verbs: str) -> re.Pattern[str]:
    """``_CLAUSE_END`` as a plain alternation, tried at every position."""
    return re.compile(
        r"\s(?:—|--|–)\s|;|:\s|"
        r",\s+(?:and|but)\s+(?=(?:he|she|they|it|we|i|the|a|an|his|her|their|its|[A-Z]))|"
        r",?\s+compared\s+(?:with|to)\b|"
        r",\s+(?:as|while|which|according|with|when|said|says|added|adding|saying|(?!including)[a-z]+ing)\b|"
        rf",\s+(?:[\w’'.\-]+\s+){{1,3}}?(?:{verbs})\b|"
        rf"\s(?:and|but)\s+(?:also\s+)?(?:[A-Z][\w’'.\-]*\s+){{0,2}}(?:{verbs})\b|"
        rf"\s(?:and|but)\s+(?:also\s+)?(?:{reported._AND_VERBS})\b"
    )


_PLAIN_CLAUSE_END = _plain_clause_end("|".join(_TAG_VERBS))


@settings(max_examples=500, deadline=None)
@given(_pieces(", ", " and ", " but ", "Lee ", "he ", ";", ":", " — ", " -- ", "compared", " with", " to", "going",
               "including", "While", *_TAG_VERBS[:12], *_TAG_VERBS[-12:], "sai", "toldd"))
def test_clause_end_finds_the_boundaries_of_the_plain_alternation(window: str) -> None:
    """Character first and a trie of verbs: the same boundaries, with the same spans, as the plain pattern."""
    assert [m.span() for m in reported._CLAUSE_END.finditer(window)] == [
        m.span() for m in _PLAIN_CLAUSE_END.finditer(window)]
    for start in range(0, len(window), 3):
        fast, plain = reported._CLAUSE_END.search(window, start), _PLAIN_CLAUSE_END.search(window, start)
        assert (fast.span() if fast else None) == (plain.span() if plain else None)


def test_clause_end_examples() -> None:
    for window, boundary in [("the dam was safe, he said on Monday", ", he said"),
                             ("the dam was safe — it was not", " — "),
                             ("the dam was safe; it was not", ";"),
                             ("the dam held, compared with last year", ", compared with"),
                             ("the dam held compared to last year", " compared to"),
                             ("the dam held, including the gate", None)]:
        found = reported._CLAUSE_END.search(window)
        assert (found.group(0) if found else None) == boundary


@settings(max_examples=300, deadline=None)
@given(_pieces(" that", "his ", "the mayor's ", " by ", " from ", *_NOUNS[:10], *_NOUNS[-10:], "claimss"))
def test_statement_noun_patterns_with_a_trie_agree_with_the_alternation(text: str) -> None:
    for pattern in (reported._NOUN_BEFORE_THAT, reported._NOUN_BY_BEFORE_THAT, reported._OWNED_NOUN_FIRST):
        plain = re.compile(pattern.pattern.replace(reported._NOUNS, "|".join(_NOUNS)), pattern.flags)
        trie = pattern.search(text)
        found = plain.search(text)
        assert (trie.span() if trie else None) == (found.span() if found else None)
        assert (trie.groups() if trie else None) == (found.groups() if found else None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["'", "''", "`", "``", "'''", "```", "\"", "“", "”", "‘", "’", " ", "a", "«"]),
                max_size=16).map("".join))
def test_mark_scan_with_a_class_first_finds_the_marks_of_the_plain_pattern(text: str) -> None:
    fast = [(m.start(), m.group(0)) for m in marks._MARK_OR_BACKTICK.finditer(text) if m.group(0) != "`"]
    assert fast == [(m.start(), m.group(0)) for m in marks._MARK.finditer(text)]


def test_single_quotations_close_where_the_closers_were_found_up_front() -> None:
    """The closers of single quotations are found on the first single opening mark, then kept."""
    story = article("Ann Lee called the toll ‘a tax on the island’ and left. The ferry's owners did not reply.",
                    "Tom Hale said the boats were ‘full every morning’, and the council's vote was close.")
    body = read_body(story)
    assert [body.text[s:e] for span in marks.scan(body) for s, e in span.pieces] == [
        "a tax on the island", "full every morning"]


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from(["border", "borders", "border's", "borders’s", "boss", "bosses", "boss's", "iraq",
                                "iraq's", "bus", "buss", "news", "new", "ferries", "ferry", "ferrys"])),
       st.sets(st.sampled_from(["border", "boss", "iraq", "bus", "new", "news", "ferry", "ferrie"])))
def test_words_with_stems_are_those_whose_stem_is_one_of_them(words: set[str], stems: set[str]) -> None:
    assert rank._with_stems(stems, words) == {
        w: rank._stem(w) for w in words if rank._stem(w) in stems}


_PROSE = [
    "Ann Lee said the ferry would run again in the spring.",
    "The harbour was quiet on Sunday.",
    "Critics argue that the fares are too high for islanders.",
    "Tom Hale rejected the mayor's claim that the pier was safe.",
    "The boats, the council said, will be repainted.",
    "Nobody on the quay knew what to think of it.",
    "“We will keep the early boat,” Ann Lee told reporters.",
    "Fares rose by a third.",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PROSE), min_size=1, max_size=7), st.integers(min_value=1, max_value=3))
def test_reported_over_speech_sentences_finds_what_it_finds_over_every_sentence(sentences: list[str],
                                                                             per_paragraph: int) -> None:
    paragraphs = [" ".join(sentences[i: i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)]
    body = read_body(article(*paragraphs))
    quoted = reported.Quoted((), ())
    every = [d for s in body.sentences for d in reported.reported(body, s, frozenset(), quoted)]
    gated = [d for s in reported.speech_sentences(body) for d in reported.reported(body, s, frozenset(), quoted)]
    assert gated == every


def test_speech_sentences_leave_out_sentences_without_a_verb_or_that() -> None:
    body = read_body(article("The harbour was quiet on Sunday. Ann Lee said the ferry would run.",
                             "Fares rose by a third. Critics argue that the fares are too high."))
    assert [s.text for s in reported.speech_sentences(body)] == [
        "Ann Lee said the ferry would run.", "Critics argue that the fares are too high."]


_RANKED_PROSE = [
    "Ann Lee said the U.S. ferry plan would cost 2.5 million dollars.",
    "Tom Hale said the site harbour.example.com listed every fare.",
    "The council said the snake_case file held the timetable.",
    "Ann Lee told reporters the ΟΔΟΣ sign by the quay was new.",
    # A capital sigma: its lower case depends on the letters around it, across words.
    "Tom Hale said the ΚΑΛΟΣ’’Σ sign by the quay was old.",
    "“The island needs its early boat back,” Tom Hale said.",
    "Critics argue that the harbour fares are too high for islanders.",
    "The harbour was quiet on Sunday, and the ferry stayed in port.",
    "İzmir's visitors said the harbour fares were fair.",
]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_RANKED_PROSE), min_size=1, max_size=6))
def test_ranking_reads_the_same_words_from_the_word_layer_as_from_the_text(sentences: list[str]) -> None:
    """Where a ranker built the word layer first, the quotes rank as they do without it."""
    story = parse_article("Harbour fares rise as the U.S. ferry plan stalls\n\n" + " ".join(sentences))
    without = find_quotes(dataclasses.replace(story))
    assert "words" not in story.__dict__
    story.words  # noqa: B018 - built and kept, as a ranker leaves it
    assert find_quotes(story) == without


def test_word_layer_words_with_a_full_stop_are_split_as_ranking_splits_them() -> None:
    story = article("Tom Hale said harbour.example.com listed the fares. Ann Lee said the harbour was full.")
    story.words  # noqa: B018
    lowered = story.text.lower()
    assert [list(words) for words in rank._sentence_words(story, lowered)] == [
        rank._WORD.findall(lowered, s.start, s.end) for s in story.sentences]
    assert "harbour.example.com" in story.words.lower[0]


def test_a_statement_before_its_tag_is_read_when_nothing_follows_the_verb() -> None:
    """The short cut for a verb with nothing after it and no comma before it leaves these alone."""
    story = article("The ferry will not run on Sunday, Ann Lee said.",
                    "The toll is a tax on the islands, said Tom Hale.",
                    "Ann Lee said.")
    found = [(q.text, q.speaker) for q in find_quotes(story)]
    assert ("The ferry will not run on Sunday", "Ann Lee") in found
    assert ("The toll is a tax on the islands", "Tom Hale") in found
    assert not any(text == "Ann Lee said." for text, _ in found)


@settings(max_examples=400, deadline=None)
@given(_pieces("that", "thats", "hat", "Athat", "_", "é", "9", ",that", "that’s"), st.integers(0, 20))
def test_that_searched_word_first_finds_what_the_word_boundary_search_finds(window: str, limit: int) -> None:
    fast = reported._THAT.search(window, 0, limit)
    plain = re.search(r"\bthat\b", window[:limit])
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


@settings(max_examples=400, deadline=None)
@given(_pieces(" ,", ":", "\t", "\u00a0", "x,y", "Ann"), st.integers(0, 12))
def test_statement_read_by_position_agrees_with_the_read_of_a_copy(window: str, position: int) -> None:
    """The lead-in stripped, the first word and the word count, read in place and from a copy of the rest."""
    position = min(position, len(window))  # a position in the window, as the statement's reader has
    lead = reported._LEAD.match(window, position)
    assert lead is not None and lead.end() == position + len(window[position:]) - len(window[position:].lstrip(" ,:"))
    first = reported._FIRST_WORD.match(window, position)
    assert (first.group(1) if first else None) == next(iter(window[position:].split(None, 1)), None)
    counted = len(window[position:].split(None, 5))
    assert (counted < 3, counted >= 6) == (len(window[position:].split()) < 3, len(window[position:].split()) >= 6)


def test_every_letter_whose_lower_case_is_one_letter_keeps_its_word_class() -> None:
    """Why ranking may lower-case a whole text before reading its words: but for a capital sigma, a letter
    whose lower case is one letter is a word letter, a joiner or neither as its lower case is."""
    word = re.compile(r"[^\W_]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if len(lower) == 1 and char != "Σ":
            assert (bool(word.match(char)), char in "'’-_") == (bool(word.match(lower)), lower in "'’-_"), hex(code)


@settings(max_examples=300, deadline=None)
@given(_pieces("Ann", "LEE", "İzmir", "ΟΔΟΣ", "Σ", "ſ", "K", "’s", "-", "_"))
def test_word_triples_from_the_text_lower_cased_are_those_of_each_word_lower_cased(text: str) -> None:
    words = [w.lower() for w in rank._WORD.findall(text)]
    plain = {tuple(words)} if len(words) < 3 else {tuple(words[i: i + 3]) for i in range(len(words) - 2)}
    assert rank._shingles(text) == plain


def test_voices_are_read_once_for_each_speaker_and_agree_with_voice() -> None:
    quotes = [Quote(text="The ferry runs.", speaker=name, kind="direct", sentence_index=0) for name in
              ["Ann Lee", None, "Lee", "Ms. Ann Lee", "Ann Lee", "the harbour board", None]]
    assert rank._voices(quotes) == [rank.voice(q) for q in quotes]
    assert rank._voices(quotes)[0] == rank._voices(quotes)[2] == rank._voices(quotes)[4]


def test_each_quotation_is_judged_a_title_once_however_many_the_article_holds(monkeypatch) -> None:
    """A quotation is asked whether it is a title before its tag is read and again before it is kept;
    the answer is kept for the article, so a story of thousands of quotations does not judge each twice
    (a cache of fixed size shared by all articles was emptied by one long story before the second ask)."""
    quotes = importlib.import_module("summarizer.quotes")
    asked: list[str] = []
    judge = quotes.looks_like_title

    def counting(text: str) -> bool:
        asked.append(text)
        return judge(text)

    monkeypatch.setattr(quotes, "looks_like_title", counting)
    paragraphs = [f"“The ferry plan for day {day} is open to all,” said Ann Lee." for day in range(5000)]
    paragraphs.append("He called it “Harbour Lights Forever” on Monday.")
    found = find_quotes(article(*paragraphs))
    assert len(asked) == len(set(asked)) == 5001
    assert "Harbour Lights Forever" in asked
    assert not any(q.text == "Harbour Lights Forever" for q in found)
    assert len(found) == 5000
