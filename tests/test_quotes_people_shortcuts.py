"""The person index's short cuts give what the plain reading gives: the run scan, the reading of a run, the
facts of a name, and the index built only when a speaker needs it."""

from __future__ import annotations

import random

import pytest

from summarizer.article import parse_article
from summarizer.quotes import find_quotes, people, speakers
from summarizer.quotes.body import read_body
from summarizer.quotes.lexicon import HONORIFICS
from summarizer.quotes.marks import scan
from summarizer.quotes.people import (
    _CAP_RUN,
    _POSSESSIVE,
    _bare,
    _clean,
    _is_possessive,
    _looks_like_person,
    _name_facts,
    _name_gender,
    _name_runs,
    _read_run,
    _read_text,
    _split_title,
    clean_name,
    surname_key,
)

# Prose with Arabic names' articles where a run starts, inside runs, after a hyphenated word, glued to
# the word before, and at the very start of the text.
PARTICLE_PROSE = (
    "al-Sudani met Tom Hale. Then el-Sisi spoke; co-Chair Ann van Dyke and ex-Mayor Lee agreed. "
    "A well-Known man, Xal-Bari, and abcd-Efg met Dr. A. B. Lee and Muhammad Shia al-Sudani's aide. "
    "Was it es-Suaydi? Ask the U.S. envoy—al-Amin—or de Souza. bin Rashid, al-Amin. end-Of-line"
)


def _spans(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return ([m.span() for m in _CAP_RUN.finditer(text, start, end)],
            [m.span() for m in _name_runs(text, start, end)])


def test_name_runs_find_what_the_plain_pattern_finds_in_prose() -> None:
    """Searched from every position of the prose (a sentence may start anywhere), both find the same runs."""
    for start in range(len(PARTICLE_PROSE)):
        plain, fast = _spans(PARTICLE_PROSE, start, len(PARTICLE_PROSE))
        assert fast == plain, start
    # The prose does hold runs that open with an article, so the slow path is taken.
    assert (0, len("al-Sudani")) in _spans(PARTICLE_PROSE, 0, len(PARTICLE_PROSE))[1]


def test_name_runs_find_what_the_plain_pattern_finds_in_random_text() -> None:
    """Short texts drawn from name pieces, articles, hyphens and marks, searched between random bounds."""
    pieces = ["al-", "es-", "x", "A", "Hale", " ", "-", ".", "de ", "Ab", "abcd-", "Mr.", "\n", "_", "é", "’s",
              "bin ", "Lee"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        plain, fast = _spans(text, start, end)
        assert fast == plain, (text, start, end)


def _plain_read(tokens: tuple[str, ...]) -> tuple[str, bool, str, str | None, str | None] | None:
    """A run read as a person's name by the general functions, one at a time."""
    titles, name = _split_title(list(tokens))
    name = [t for t in name if not _is_possessive(t) or t is name[-1]]
    if name and _is_possessive(name[-1]):
        name[-1] = _POSSESSIVE.sub("", name[-1])
    if not name or not _looks_like_person(name):
        return None
    honorific = not HONORIFICS.isdisjoint(map(_bare, tokens))
    bare_name = [t for t in name if _bare(t) not in HONORIFICS]
    certain = len(bare_name) >= 2 or bool(titles) or honorific
    role = _clean(" ".join(t for t in titles if _bare(t) not in HONORIFICS)) or None
    return surname_key(" ".join(bare_name)), certain, clean_name(" ".join(name)), role, _name_gender(list(tokens))


RUNS = (
    "Tom Hale", "Ann Lee", "Mr. Hale", "Ms. Ann Lee", "Prime Minister Ann Lee", "Senator Tom Hale’s",
    "Hale's", "Tom Hale's Office", "The Ferry Board", "River Bank of Tarn", "May Lee", "Monday Tom",
    "In Dunmore", "But Ann Lee", "Dr. A. B. Lee", "NASA Chief Tom Hale", "Muhammad Shia al-Sudani",
    "Maybe I", "Tom Hale I", "Mr. Mrs.", "Lt. Gen. Qais al-Bari", "Tom Hale Jr.", "Ann Lee.", "Lee",
    "Sir Tom", "Queen Ann", "Officials Tom Hale Ann Lee Sam Cole", "The", "Ann Lee 2019", "Tom Hale”",
)


@pytest.mark.parametrize("run_text", RUNS)
def test_reading_a_run_gives_what_the_plain_functions_give(run_text: str) -> None:
    """The run's text read once (pronoun cut, openers counted, the rest read with one flag look-up per
    word) agrees with the general functions taken one at a time."""
    tokens = run_text.split()
    for position, token in enumerate(tokens):
        if token.lower() in people._PERSONAL:
            tokens = tokens[:position]
            break
    words, openers, after_first, reading = _read_text(run_text)
    assert words == tuple(tokens)
    lead = 0
    while lead < len(tokens) and _bare(tokens[lead]) in people._NOT_NAME_START:
        lead += 1
    assert openers == lead
    rest = 0
    while 1 + rest < len(tokens) and _bare(tokens[1 + rest]) in people._NOT_NAME_START:
        rest += 1
    assert after_first == rest
    expected = _plain_read(tuple(tokens[lead:])) if tokens[lead:] else None
    assert reading == expected
    if tokens:
        assert _read_run(tuple(tokens)) == _plain_read(tuple(tokens))


@pytest.mark.parametrize("name", ["Ann Lee", "Mr. Tom Hale", "Ms. Lee", "Senator Ann Lee", "Lee", "Dr. Mr.",
                                  "General Tom al-Bari", "Queen Ann Lee"])
def test_facts_of_a_name_give_what_the_plain_functions_give(name: str) -> None:
    words, key, named, given, gender = _name_facts(name)
    assert words == tuple(name.split())
    assert key == surname_key(name)
    assert named == len([t for t in name.split() if _bare(t) not in HONORIFICS])
    assert list(given) == [t for t in name.split() if _bare(t) not in HONORIFICS
                           and _bare(t) not in people.RANKS]
    assert gender == _name_gender(name.split())


def _story(*paragraphs: str):  # type: ignore[no-untyped-def]
    return parse_article("River town votes on new bridge plan\n\n" + "\n\n".join(paragraphs))


def test_the_index_is_built_only_when_a_speaker_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """An institution's statement needs no person index; "she" does, and is resolved through it."""
    built: list[int] = []
    real = speakers.index_people

    def counting(*args):  # type: ignore[no-untyped-def]
        built.append(1)
        return real(*args)

    monkeypatch.setattr(speakers, "index_people", counting)
    quotes = find_quotes(_story("The ferry board said the crossing would close in May."))
    assert [q.speaker for q in quotes] == ["The ferry board"]
    assert built == []
    quotes = find_quotes(_story("Ann Lee runs the ferry. She said the crossing would close in May."))
    assert [q.speaker for q in quotes] == ["Ann Lee"]
    assert built == [1]


def _plain_comma_spans(text: str) -> list[tuple[int, int]]:
    """Comma-separated spans, read a character at a time, commas inside brackets kept."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for position, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            spans.append((start, position))
            start = position + 1
    spans.append((start, len(text)))
    return spans


@pytest.mark.parametrize("text", [
    "Ann Lee, mayor of Dunmore, said", "Ann Lee", "", ",", "a,,b,", "Paul Darby (R, Ohio), a senator",
    "Tom Hale), the clerk, ", " Ann Lee , 45 , of Tarn ",
])
def test_comma_splits_without_brackets_agree_with_the_character_walk(text: str) -> None:
    """Without a bracket every comma splits; with one, the character walk keeps the commas inside."""
    spans = _plain_comma_spans(text)
    assert people._comma_spans(text) == spans
    assert people._split_commas(text) == [text[a:b].strip() for a, b in spans]


@pytest.mark.parametrize("run", [["Lt.", "Gen.", "Qais", "al-Bari"], ["Ms.", "Ann", "Lee"], ["Ms.", "Lee"],
                                 ["Senator"], ["Prime", "Minister", "Mr.", "Tom", "Hale"], []])
def test_split_title_with_bare_words_given(run: list[str]) -> None:
    titles, name, title_bares, name_bares = people._split_title_bares(run, [_bare(t) for t in run])
    assert (titles, name) == _split_title(run)
    assert title_bares == [_bare(t) for t in titles]
    assert name_bares == [_bare(t) for t in name]


@pytest.mark.parametrize("name", ["Tom Hale", "2019 Valley", "Tom Hale 3", "Ann Lee²", "Ann ٣Lee", "Élodie Brun",
                                  "Élodie 12 Brun", "Six in 10 voters"])
@pytest.mark.parametrize("numbers", [True, False])
def test_clean_name_drops_the_words_with_digits_in_any_script(name: str, numbers: bool) -> None:
    """The ASCII short cut for "no digit here" drops the words a digit test of each word drops."""
    words = [w for w in name.split() if not (numbers and any(map(str.isdigit, w)))]
    assert clean_name(name, numbers) == clean_name(" ".join(words), numbers=False)


# Words for texts that end before a speech verb: names, titles, determiners, links, adverbs and auxiliaries,
# with commas and quotation marks between them; and runs of one kind of word, for walks that go far back.
TAIL_PIECES = ["Ann", "Lee", "Tom", "Hale", "Mr.", "the", "of", "a", "ferry", "clerk", "also", "has", "was",
               "never", "quietly", "who", "and", "but", ",", "“", "”", "on Monday", "in Dunmore", "told",
               "Six in 10", "voters", "speaking to", "The"]
TAIL_RUNS = [["Alexandrina", "Montgomery", "Bartholomew", "Dunmore-Hale", "Ann"], ["quietly", "also", "has",
             "repeatedly", "publicly", "subsequently"], ["river", "harbour", "ferry", "clerk", "orchard", "the"]]


def _tail_texts(count: int) -> list[str]:
    rng = random.Random(11)
    texts = []
    for _ in range(count):
        words = [rng.choice(TAIL_PIECES) for _ in range(rng.randint(8, 60))]
        for _ in range(rng.randint(0, 2)):
            run = rng.choice(TAIL_RUNS)
            words[rng.randrange(len(words)):] = [rng.choice(run) for _ in range(rng.randint(4, 16))]
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words)), "(R-Tarn)")  # a bracket: the text is read whole
        texts.append(" ".join(words).replace(" ,", ",") + rng.choice(["", " ", ","]))
    return texts


def test_walks_over_the_last_words_read_only_the_last_stretch(monkeypatch: pytest.MonkeyPatch) -> None:
    """``np_tail`` and ``subject_before`` give from the text's last stretch what they give from all its words."""
    texts = _tail_texts(3000)
    # The texts are long enough for the short read to be taken.
    assert sum(len(text) > 2 * people._TAIL_READ and "(" not in text for text in texts) > 1000
    short = [(people.np_tail(text), people.subject_before.__wrapped__(text, progressive))
             for text in texts for progressive in (False, True)]
    monkeypatch.setattr(people, "_TAIL_READ", 10 ** 6)
    whole = [(people.np_tail(text), people.subject_before.__wrapped__(text, progressive))
             for text in texts for progressive in (False, True)]
    assert short == whole
    assert sum(tail is not None for tail, _ in whole) > 1000 and sum(subject is not None for _, subject in whole) > 1000


# A story that names people in every way the index reads: full names, surnames, titles, a name introduced
# alone, two people who share a surname, names inside a quotation, and a sentence that opens with a name;
# a full name that tells no gender ("Rowan Quill"), and a surname the body never gives in full ("Pryor").
INDEX_STORY = (
    "Rowan Quill chairs the board. Quill said the vote was close. Pryor, the cook, said little.",
    "Ann Lee runs the ferry at Dunmore. Tom Hale, the harbour master, said the boats were late again.",
    "Lee disagreed. “Ask Mr. Ruiz about it,” she said. Ms. Kerr and Mr. Hale met the board on Monday.",
    "A deckhand named Rosa said the toll was too high. Hale said it would rise. Rosa laughed.",
    "Dr. Tom Lee, her cousin, kept quiet. Lee was asked again by Senator Ann Kerr. Kerr left early.",
    "Once the vote was held, Tom Hale and Ann Lee shook hands. Hale said nothing more. Ms. Lee smiled.",
    "Quill thanked the crew. Pryor cooked for them. Later Quill and Pryor walked home.",
)


def _look_up(index: people.PersonIndex, operation: tuple) -> object:  # type: ignore[type-arg]
    kind, *args = operation
    if kind == "full":
        return index.full_name(*args)
    if kind == "antecedent":
        found = index.antecedent(*args, {})
        return found if found is None else (found, index.learn_gender(found, args[2] or "f"))
    if kind == "between":
        return index.between(*args)
    index.add(*args)
    return None


def test_the_index_read_as_look_ups_need_it_answers_as_one_read_whole() -> None:
    """Look-ups, added names and learnt genders in any order give what they give when the whole body was
    read before the first of them."""
    article = parse_article("River town votes on new bridge plan\n\n" + "\n\n".join(INDEX_STORY))
    body = read_body(article)
    quoted = [(span.open_mark, span.close_end) for span in scan(body)]
    starts = [sentence.start for sentence in body.sentences]
    rng = random.Random(5)
    names = ["Lee", "Hale", "Ann Lee", "Tom Lee", "Kerr", "Ms. Lee", "Mr. Hale", "Rosa", "Ruiz", "Tom", "Quill",
             "Rowan Quill", "Dana Pryor", "Pryor"]
    answered = 0
    for _ in range(300):
        operations: list[tuple] = []  # type: ignore[type-arg]
        position = 0
        for _ in range(rng.randint(1, 8)):
            position = rng.choice(starts) if rng.random() < 0.4 else max(0, position + rng.randint(-40, 160))
            index = body.sentence_at(position).index
            gender = rng.choice([None, "f", "m"])
            operations.append(rng.choice([
                ("full", rng.choice(names), position, gender),
                ("antecedent", position, index, gender),
                ("between", max(0, position - 120), position),
                ("add", position, index, rng.choice(names), rng.choice([None, "the clerk"]), gender),
            ]))
        lazy = people.index_people(body.text, body.sentences, quoted)
        whole = people.index_people(body.text, body.sentences, quoted)
        whole._read_to(len(body.text))
        assert [_look_up(lazy, op) for op in operations] == [_look_up(whole, op) for op in operations]
        lazy._read_to(len(body.text))
        assert lazy._mentions == whole._mentions and lazy._full == whole._full
        answered += sum(1 for op in operations if _look_up(whole, op))
    assert answered > 300  # the look-ups do find people


POLL_PIECES = ["Six in 10", "about 4 of every", "one out of three", "in", "of", "voters", "Americans", "say", "the",
               "town", "every", "young", "adults", "nearly", "2 in 5", "polled", ",", "Tom Hale", "also"]


def test_poll_share_hint_read_in_the_last_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking for "in" or "of" among the last seven words finds every poll share the long search finds."""
    rng = random.Random(3)
    texts = [" ".join(rng.choice(POLL_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(4000)]
    short = [people.subject_before.__wrapped__(text) for text in texts]
    plain = people._POLL_HINT

    class Everywhere:
        """The hint looked for in the whole text, wherever the search is told to start."""

        def search(self, text: str, position: int = 0) -> object:
            return plain.search(text)

    monkeypatch.setattr(people, "_POLL_HINT", Everywhere())
    assert short == [people.subject_before.__wrapped__(text) for text in texts]
    assert sum(1 for found in short if found is not None and found[0].kind == "group") > 200


# Pieces of the words before a speech verb: times and occasions, relative clauses, two names joined.
BEFORE_VERB_PIECES = ["on Monday", "late Friday night", "in 2019", "in the past", "for the first time",
                      "a few days ago", "in an interview with the River Herald", "at a town hall in Tarn", "in a",
                      "statement", "interview", "with", "the", "Ann Lee", "and", "Tom Hale", "who", "speaking to",
                      "ferry", "said", ",", "also", "2019", "weeks", "ago", "morning", "Monday", "\n", "  "]


def _before_verb_texts(count: int) -> list[str]:
    rng = random.Random(13)
    return [" ".join(rng.choice(BEFORE_VERB_PIECES) for _ in range(rng.randint(1, 30))) + rng.choice(["", " ", "\n"])
            for _ in range(count)]


def test_searches_skipped_by_a_quick_test_find_nothing() -> None:
    """The adverbial tail is looked for only where its last words allow one, the modifier where "who" or
    "-ing" stands, and a first name before "and" where the text ends in "and": the skipped searches find
    nothing."""
    texts = _before_verb_texts(6000)
    found = 0
    for text in texts:
        plain = people._ADVERBIAL_TAIL.search(text, max(0, len(text) - 120))
        quick = people._adverbial_tail(text)
        assert (quick and quick.span()) == (plain and plain.span()), text
        found += plain is not None
        if people._SUBJECT_MODIFIER.search(text):
            assert "who" in text or "ing" in text
        for end in range(0, len(text) + 1, 3):
            pair = people._COORDINATED.search(text, max(0, end - 60), end)
            if pair is not None and pair.end() == end:
                assert text[max(0, end - 60): end].rstrip().endswith("and")
    assert found > 500
