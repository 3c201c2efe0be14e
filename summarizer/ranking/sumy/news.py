"""The news ranker as a sumy summarizer: ``NewsRanker`` takes sumy's document model and a count.

The ranking itself lives in ``summarizer.ranking.news`` (no sumy import there, so the default path starts
fast); this class hands it what sumy's document holds and answers in sumy's terms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sumy.nlp.stemmers import null_stemmer
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.utils import ItemsCount

from ..news import DEFAULT_WEIGHTS, NewsScorer, Story, Weights


class NewsRanker(AbstractSummarizer):  # type: ignore[misc]
    """Position, directed centrality and headline similarity, chosen with MMR under faithfulness rules."""

    def __init__(self, stemmer: Callable[[str], str] = null_stemmer, weights: Weights = DEFAULT_WEIGHTS) -> None:
        super().__init__(stemmer)
        self._scorer = NewsScorer(self._stemmer, weights=weights)

    @property
    def weights(self) -> Weights:
        return self._scorer.weights

    @property
    def stop_words(self) -> frozenset[str]:
        return self._scorer.stop_words

    @stop_words.setter
    def stop_words(self, words: Iterable[str]) -> None:
        self._scorer.stop_words = frozenset(self.normalize_word(w) for w in words)

    def __call__(self, document: Any, sentences_count: int | str) -> tuple[Any, ...]:
        """sumy's interface: the best body sentences, in document order (a count or a share like "20%")."""
        body = _body(document)
        count = len(ItemsCount(sentences_count)(body))
        chosen = self.choose(document, count)
        return tuple(body[index] for index in sorted(index for index, _ in chosen))

    def choose(self, document: Any, count: int, words: int | None = None,
               lengths: Sequence[int] | None = None) -> list[tuple[int, float]]:
        """Up to ``count`` body sentences within ``words`` words, as (index, score) in order of choice."""
        return self._scorer.choose(story_of(document), count, words, lengths)

    def rate(self, document: Any) -> list[float]:
        """The score of every body sentence before selection."""
        return self._scorer.rate(story_of(document))


def _body(document: Any) -> list[Any]:
    return [s for s in document.sentences if not s.is_heading]


def story_of(document: Any) -> Story:
    """What the ranker reads, taken from sumy's document model (headings are the headline)."""
    body = _body(document)
    paragraphs = [number for number, p in enumerate(document.paragraphs) for s in p.sentences if not s.is_heading]
    return Story(
        words=[s.words for s in body],
        texts=[str(s) for s in body],
        paragraphs=paragraphs,
        headline=[word for heading in document.headings for word in heading.words],
    )
