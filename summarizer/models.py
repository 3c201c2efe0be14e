"""Frozen data records that flow through the library: Article in, Summary out. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

QuoteKind = Literal["direct", "reported"]

# The version of the JSON records (``Summary.as_dict`` and the error records): raised when a field
# changes meaning or goes away; new fields may be added without it.
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Sentence:
    """One body sentence. ``start``/``end`` are character offsets into ``Article.text``."""

    text: str
    index: int  # position among the article's body sentences, from 0
    paragraph: int  # position of its paragraph among body paragraphs, from 0
    start: int
    end: int


@dataclass(frozen=True)
class Words:
    """The word layer of an article's body, built once (``summarizer.words.build_words``) for every stage.

    Each field holds one tuple per body sentence, in sentence order, and one item per word in it:
    ``forms`` as written, ``lower`` lower-cased, ``stems`` the language's stem of the lower-case form,
    ``capitalised`` whether the word opens with a capital letter, ``starts``/``ends`` the word's
    character offsets into ``Article.text``.
    """

    forms: tuple[tuple[str, ...], ...]
    lower: tuple[tuple[str, ...], ...]
    stems: tuple[tuple[str, ...], ...]
    capitalised: tuple[tuple[bool, ...], ...]
    starts: tuple[tuple[int, ...], ...]
    ends: tuple[tuple[int, ...], ...]
    language: str = "english"

    def __len__(self) -> int:
        """The number of sentences."""
        return len(self.forms)

    @property
    def count(self) -> int:
        """Words in all the sentences."""
        return sum(map(len, self.forms))


@dataclass(frozen=True)
class Article:
    """A news article split into what it says about itself and its body sentences."""

    text: str  # the normalised text all offsets refer to
    sentences: tuple[Sentence, ...]
    headline: str | None = None
    kicker: str | None = None
    date: str | None = None
    dateline: str | None = None  # "WASHINGTON (AP)": the place and agency that open a wire story
    byline: str | None = None
    captions: tuple[str, ...] = ()
    subheads: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    language: str = "english"
    deck: str | None = None  # the second headline line under the headline; never summarised
    site_name: str | None = None  # the publication, from a page's metadata

    @property
    def paragraphs(self) -> tuple[tuple[Sentence, ...], ...]:
        """Body sentences grouped by paragraph, in order."""
        groups: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            groups.setdefault(sentence.paragraph, []).append(sentence)
        return tuple(tuple(group) for group in groups.values())

    @cached_property
    def words(self) -> Words:
        """The body's word layer (``summarizer.words.article_words``), built on first use and kept."""
        from .words import article_words

        return article_words(self)

    @cached_property
    def word_count(self) -> int:
        """Words in the body (headline and furniture excluded), counted once and kept."""
        from .article.sentences import count_words  # the records stay importable without the reader

        # Joined by a space, no two sentences share a token: the same count as sentence by sentence.
        return count_words(" ".join(s.text for s in self.sentences))


@dataclass(frozen=True)
class Quote:
    """A statement in the article and who made it."""

    text: str
    speaker: str | None
    kind: QuoteKind
    sentence_index: int  # the body sentence it stands in
    role: str | None = None  # "deputy commander of the Iraqi Joint Operations Command"
    cue: str | None = None  # the speech verb or phrase: "said", "told", "according to"
    start: int = -1  # offsets of the quoted text in Article.text, -1 where unknown
    end: int = -1
    score: float = 0.0


@dataclass(frozen=True)
class SummarySentence:
    """A chosen sentence with the ranker's view of it."""

    text: str
    index: int
    score: float | None = None
    rank: int | None = None  # 1 = the ranker's first choice


@dataclass(frozen=True)
class Options:
    """What the caller asks for. ``sentences=None`` lets the article's length decide."""

    algorithm: str = "default"
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    quotes: int = 3
    language: str = "english"


@dataclass(frozen=True)
class Summary:
    """The result for one article."""

    article: Article
    sentences: tuple[SummarySentence, ...]
    quotes: tuple[Quote, ...]
    algorithm: str
    source: str | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def reading_minutes(self) -> float:
        """Reading time of the whole body at 230 words a minute, a common adult pace."""
        return round(self.article.word_count / 230, 1)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; its field names are a stable interface for scripts."""
        article = self.article
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "headline": article.headline,
            "deck": article.deck,
            "kicker": article.kicker,
            "date": article.date,
            "dateline": article.dateline,
            "byline": article.byline,
            "site_name": article.site_name,
            "language": article.language,
            "algorithm": self.algorithm,
            "stats": {
                "words": article.word_count,
                "sentences": len(article.sentences),
                "reading_minutes": self.reading_minutes,
            },
            "summary": [
                {"text": s.text, "index": s.index, "score": s.score, "rank": s.rank} for s in self.sentences
            ],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "role": q.role,
                    "cue": q.cue,
                    "kind": q.kind,
                    "sentence_index": q.sentence_index,
                    "start": q.start,
                    "end": q.end,
                }
                for q in self.quotes
            ],
            "captions": list(article.captions),
            "subheads": list(article.subheads),
            "warnings": list(self.warnings),
        }
