"""Ranking quotes by what an editor would pick: who speaks, what about, how surely it is a statement.

Pure functions over drafts: a score for each, then a greedy choice of the best ``count`` with a
penalty for each quote already taken from the same person (by surname, so "Ann Lee" and "Lee" are one
voice) and no near-duplicates.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from ..models import Article, Quote
from .body import Draft
from .lexicon import PLAIN, SENIOR_TITLES
from .people import surname_key
from .reported import CLAUSE_WORD

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# The same words in a text without an underscore, where ``\w`` is ``[^\W_]``: a plain class, and no
# backtracking into a word once read (the same matches, since nothing follows the words in the pattern).
_WORD_WITHOUT_UNDERSCORE = re.compile(r"\w++(?:['’\-]\w++)*+")
# A full stop between letters or digits: the word layer keeps it inside a word ("u.s"), ranking splits there.
# (The stop first: the search skips to each full stop at once.)
_INNER_FULL_STOP = re.compile(r"\.(?<=[^\W_]\.)(?=[^\W_])")
_STOPWORDS = frozenset(
    """
    a an the and or but of to in on at for from by with about as into than that this these those is are was
    were be been being has have had do does did will would can could should may might must shall it its he
    she they them his her their we our you your i me my not no so if then there here what which who whom
    whose when where why how all any some more most also just very said says say told according
    """.split()
)

_SPEAKER_WEIGHT = {"person": 1.0, "organisation": 0.75, "group": 0.45}
# A share of those polled speaks for nobody in particular.
_POLL_WEIGHT = 0.2
_POLL_SHARE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|only|just|some|over|more than|fewer than|less than)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out of)\s)", re.IGNORECASE)


def _findall(text: str) -> Callable[..., list[str]]:
    """The compiled word search for ``text``: the faster one where it holds no underscore."""
    return (_WORD if "_" in text else _WORD_WITHOUT_UNDERSCORE).findall


# Marks that stand around a word, never inside one (none of them is a letter, a digit or "_").
_AROUND_WORDS = ".,;:!?\"“”‘’'()[]—–-"


def _word_list(text: str, findall: Callable[[str], list[str]]) -> list[str]:
    """``findall(text)`` for the word search ``findall`` (``_WORD`` or ``_WORD_WITHOUT_UNDERSCORE``). No word
    spans white space, so the words are those of each token between spaces; a token of letters and digits
    alone, once the marks around it are off, is one word, and only the other tokens are searched."""
    words: list[str] = []
    for token in text.split():
        if token.isalnum():
            words.append(token)
            continue
        bare = token.strip(_AROUND_WORDS)
        if bare.isalnum():
            words.append(bare)
        elif bare:
            words += findall(bare)
    return words


def _words(text: str) -> set[str]:
    """The distinct content words of ``text``, lower-cased: three letters or more, no stop words."""
    lowered = text.lower()
    return {w for w in _word_list(lowered, _findall(lowered)) if len(w) > 2 and w not in _STOPWORDS}


def _sentence_words(article: Article, lowered: str) -> Iterator[Iterable[str]]:
    """Each body sentence's words as ranking reads them, lower-cased, from the lower-cased text.

    Taken from the article's word layer where a ranker built it already (its words are the same but for
    a full stop inside a word, "U.S."; a sentence that holds one is read again). Otherwise, and where the
    layer's words may be lower-cased otherwise than the text (a capital sigma), each sentence is read by
    one call of the compiled pattern.
    """
    text = article.text
    sentences = article.sentences
    layer = article.__dict__.get("words")  # built by ``Article.words`` on first use, or not at all
    findall = _findall(lowered)
    if layer is None or "Σ" in text or any(
            sentences[i].end > sentences[i + 1].start for i in range(len(sentences) - 1)):
        for sentence in sentences:
            yield _word_list(lowered[sentence.start: sentence.end], findall)
        return
    starts = [sentence.start for sentence in sentences]
    dotted = {bisect_right(starts, stop.start()) - 1 for stop in _INNER_FULL_STOP.finditer(text)}
    for index, (sentence, words) in enumerate(zip(sentences, layer.lower, strict=True)):
        yield _word_list(lowered[sentence.start: sentence.end], findall) if index in dotted else words


@lru_cache(maxsize=2048)
def _stem(word: str) -> str:
    """A crude stem, enough to match "borders" with "border" and "Iraq's" with "Iraq"."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# What ``_stem`` takes off a word: so the words with a given stem are that stem and one of these.
_STEM_ENDINGS = ("", "s", "'s", "’s", "s's", "s’s")


def _with_stems(stems: set[str], words: set[str]) -> dict[str, str]:
    """Each of ``words`` whose stem is one of ``stems``, with that stem. Only the spellings that may
    have such a stem are stemmed, not every word."""
    candidates = words.intersection([stem + ending for stem in stems for ending in _STEM_ENDINGS])
    return {word: stem for word in candidates if (stem := _stem(word)) in stems}


def score(drafts: list[Draft], article: Article, text_lowered: str | None = None) -> list[float]:
    """How much each quote matters: its centrality, who speaks, direct or reported, its length, place.

    Prominence counts: the person the headline names and holders of senior offices come first;
    fragments, unattributed statements and nominal speakers ("critics", "officials") last.
    ``text_lowered`` is ``article.text.lower()`` where the caller has it.
    """
    if not drafts:
        return []
    draft_words = [_words(draft.text) for draft in drafts]
    # How many sentences hold each word of the quotes: only those words are counted.
    vocabulary = set().union(*draft_words)
    frequency: dict[str, int] = dict.fromkeys(vocabulary, 0)
    lowered = article.text.lower() if text_lowered is None else text_lowered
    findall = _WORD.findall
    intersection = vocabulary.intersection
    if len(lowered) == len(article.text):
        for words in _sentence_words(article, lowered):
            for word in intersection(words):
                frequency[word] += 1
    else:  # a letter whose lower case is longer ("İ") moves the offsets
        for sentence in article.sentences:
            for word in intersection(findall(sentence.text.lower())):
                frequency[word] += 1
    weight = {word: math.log1p(number) for word, number in frequency.items()}
    count = max(1, len(article.sentences))
    # fsum: the same total whatever order the set gives its words in (hash seeds vary by run)
    raw = [math.fsum(map(weight.__getitem__, words)) / (len(words) + 4) for words in draft_words]
    top = max(raw, default=1.0) or 1.0
    headline = {_stem(w) for w in _words(article.headline or "")}
    headline_names = {w.lower() for w in _WORD.findall(article.headline or "") if w[:1].isupper()}
    # The quotes' words whose stem the headline holds, with that stem.
    topical_stems = _with_stems(headline, vocabulary) if headline else {}
    topical_words = topical_stems.keys()
    scores = []
    for draft, centrality, words in zip(drafts, raw, draft_words, strict=True):
        length = len(draft.text.split())
        length_weight = min(1.0, length / 6) if length <= 60 else max(0.4, 60 / length)
        speaker = _SPEAKER_WEIGHT.get(draft.speaker.kind, 0.3) if draft.speaker else 0.0
        if draft.speaker is not None and _POLL_SHARE.match(draft.speaker.name):
            speaker = _POLL_WEIGHT  # "52 percent", "Six in 10 voters": a poll's figure, the least of voices
        if draft.kind == "direct":
            # A speaker read from the sentence around an untagged quotation is less sure than a tag.
            kind = (1.0 if draft.cue is not None else 0.7) if draft.speaker is not None else 0.4
        elif draft.cue in PLAIN:
            # A plain verb of saying reports speech more surely than one that judges; a statement with a
            # verb more surely than a noun phrase ("declared a closure").
            kind = 0.8 if CLAUSE_WORD.search(draft.text) else 0.6
        else:
            kind = 0.4
        place = 1.0 - 0.5 * draft.sentence_index / count
        # The story's own subject, as its headline states it: how many of its stems the quote holds.
        topical = 0.0
        if topical_words:
            shared = topical_words & words
            if shared:
                topical = 0.5 if len(shared) == 1 else min(1.0, len({topical_stems[w] for w in shared}) / 2)
        # A statement tagged "he said" usually follows up one made under the speaker's name.
        follow_up = 0.06 if draft.by_pronoun else 0.0
        scores.append(0.20 * centrality / top + 0.25 * speaker + 0.25 * kind + 0.10 * length_weight
                      + 0.10 * place + 0.10 * topical - follow_up + _prominence(draft, headline_names))
    return scores


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The word triples of ``text``, lower-cased (its one word tuple when it has fewer than three words)."""
    lowered = text.lower()
    # The text lower-cased at once holds the same words lower-cased, where no letter's lower case is longer
    # ("İ") or depends on the letters around it (a capital sigma).
    if len(lowered) == len(text) and "Σ" not in text:
        words = _word_list(lowered, _WORD.findall)
    else:
        words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3:
        return {tuple(words)}
    return set(zip(words, words[1:], words[2:], strict=False))


class _DuplicateFilter:
    """Near-duplicate test against the quotes already chosen, through an index of word triples."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, ...], list[int]] = {}
        self._sizes: list[int] = []

    def is_duplicate(self, shingles: set[tuple[str, ...]]) -> bool:
        shared: Counter[int] = Counter()
        for shingle in shingles:
            posting = self._index.get(shingle, ())
            if len(posting) > 50:
                continue  # a phrase many quotes share says nothing about repetition
            for chosen in posting:
                shared[chosen] += 1
        for chosen, overlap in shared.items():
            smaller = min(len(shingles), self._sizes[chosen])
            union = len(shingles) + self._sizes[chosen] - overlap
            if overlap / union >= 0.5 or overlap / smaller >= 0.8:
                return True
        return False

    def add(self, shingles: set[tuple[str, ...]]) -> None:
        number = len(self._sizes)
        self._sizes.append(len(shingles))
        for shingle in shingles:
            self._index.setdefault(shingle, []).append(number)


def _prominence(draft: Draft, headline_names: set[str]) -> float:
    """A bonus for the headline's subject and for senior offices."""
    speaker = draft.speaker
    if speaker is None or speaker.kind != "person":
        return 0.0
    bonus = 0.0
    if surname_key(speaker.name) in headline_names:
        bonus += 0.15
    role = (speaker.role or "").lower().replace(",", " ").replace(".", " ").split()
    if any(word in SENIOR_TITLES for word in role[:4]):
        bonus += 0.04
    return bonus


def voice(quote: Quote) -> str | None:
    """Who a quote is from, as one key per person: "Ann Lee", "Lee" and "Ms. Lee" are one voice."""
    if quote.speaker is None:
        return None
    return surname_key(quote.speaker) or quote.speaker.lower()


def _voices(quotes: list[Quote]) -> list[str | None]:
    """The voice of each quote, read once for each speaker (a speaker is often quoted many times)."""
    of_speaker: dict[str | None, str | None] = {}
    voices = []
    for quote in quotes:
        if quote.speaker not in of_speaker:
            of_speaker[quote.speaker] = voice(quote)
        voices.append(of_speaker[quote.speaker])
    return voices


def choose(quotes: list[Quote], count: int) -> list[Quote]:
    """The ``count`` best quotes, in article order, without repeats.

    Chosen greedily by score; a second quote from the same person pays a penalty so that the panel
    shows several voices, and a near-duplicate of a chosen quote is never taken.
    """
    order = sorted(range(len(quotes)), key=lambda i: -quotes[i].score)
    voices_of = _voices(quotes)
    taken = [False] * len(quotes)
    chosen: list[Quote] = []
    duplicates = _DuplicateFilter()
    voices: Counter[str | None] = Counter()
    head = 0  # every quote before ``head`` in ``order`` is taken or rejected
    while head < len(order) and len(chosen) < count:
        window = [index for index in order[head: head + 64] if not taken[index]]
        # The best score after a small penalty per quote already shown from the same person.
        pick = max(window, key=lambda i: quotes[i].score - 0.12 * voices[voices_of[i]])
        taken[pick] = True
        while head < len(order) and taken[order[head]]:
            head += 1
        quote = quotes[pick]
        shingles = _shingles(quote.text)
        if duplicates.is_duplicate(shingles):
            continue
        duplicates.add(shingles)
        voices[voices_of[pick]] += 1
        chosen.append(quote)
    return sorted(chosen, key=lambda q: q.start)
