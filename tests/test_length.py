"""Summary length: a number of sentences, a share of the sentences, or a word budget."""

from __future__ import annotations

import pytest

from summarizer import Options, SummarizerError, summarize
from summarizer.core import summary_length

STORY = "\n\n".join(
    [
        "The Millbrook paper mill will close in June with the loss of 340 jobs, its owners said on Monday.",
        "The mill has made paper in Millbrook since 1872 and is the largest employer in the town.",
        "Workers were told of the closure at a meeting on Monday morning.",
        "The owners blamed the rising cost of energy.",
        "Union leaders said they would fight to save the jobs.",
        "The council will meet on Thursday to discuss help for the workers and their families.",
        "A buyer for the site has not been found.",
        "Shops in the high street fear they will lose trade when the mill closes.",
        "The mill's owners said they would pay every worker until the end of June.",
        "The last order will leave the mill in the first week of June.",
    ]
)
WORDS = [len(line.split()) for line in STORY.split("\n\n")]
ALGORITHMS = ("default", "lead", "lexrank", "luhn")


def _words(options: Options) -> list[int]:
    return [len(s.text.split()) for s in summarize(STORY, options).sentences]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("count", [1, 2, 5, 10])
def test_sentences_gives_that_many(algorithm: str, count: int) -> None:
    """``sentences=N`` gives exactly N sentences when the article has them."""
    assert len(summarize(STORY, Options(algorithm=algorithm, sentences=count)).sentences) == count


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_summary_never_exceeds_the_article(algorithm: str) -> None:
    """Asking for more sentences than the article has gives the whole article, in order."""
    summary = summarize(STORY, Options(algorithm=algorithm, sentences=50))
    assert [s.index for s in summary.sentences] == list(range(10))


@pytest.mark.parametrize(("ratio", "expected"), [(0.1, 1), (0.3, 3), (0.5, 5), (1.0, 10), (0.01, 1)])
def test_ratio_is_a_share_of_the_sentences(ratio: float, expected: int) -> None:
    """``ratio`` picks that share of the sentences, at least one."""
    assert len(summarize(STORY, Options(ratio=ratio)).sentences) == expected


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("budget", [12, 20, 35, 60, 500])
def test_word_budget_is_never_exceeded(algorithm: str, budget: int) -> None:
    """``words=W`` alone fills the budget with whole sentences and never goes over it."""
    words = _words(Options(algorithm=algorithm, words=budget))
    assert words
    assert sum(words) <= budget
    # No sentence left out would still have fitted (the budget is used, not just respected).
    assert all(sum(words) + w > budget for w in WORDS) or sum(words) == sum(WORDS)


def test_word_budget_with_sentence_count_takes_the_tighter_limit() -> None:
    """``sentences`` and ``words`` together: at most N sentences and at most W words."""
    assert len(_words(Options(sentences=2, words=500))) == 2
    words = _words(Options(sentences=5, words=25))
    assert sum(words) <= 25 and len(words) <= 5


def test_budget_below_any_sentence_gives_the_best_one_whole_with_a_warning() -> None:
    """A budget smaller than every sentence gives the best sentence whole, never cut, and says so."""
    summary = summarize(STORY, Options(words=5))
    assert len(summary.sentences) == 1
    text = summary.sentences[0].text
    assert text == summary.article.sentences[summary.sentences[0].index].text
    assert text.startswith("The Millbrook paper mill will")
    assert not text.endswith("…")
    assert any("no sentence fits in 5 words" in warning for warning in summary.warnings)
    assert not summarize(STORY, Options(words=500)).warnings


def test_default_length_fits_a_short_story() -> None:
    """Without length options a short story gets three sentences."""
    assert len(summarize(STORY).sentences) == 3
    assert summary_length(10, Options()) == 3
    assert summary_length(2, Options()) == 2


def test_default_length_of_a_long_news_story_is_still_three() -> None:
    """A news story of up to 60 sentences gets three; longer texts get more, growing slowly."""
    assert summary_length(45, Options()) == 3
    assert summary_length(60, Options()) == 3
    lengths = [summary_length(n, Options()) for n in (61, 500, 5_000, 50_000)]
    assert lengths == sorted(lengths) and lengths[0] == 4 and lengths[-1] <= 15


def test_length_options_win_over_the_default() -> None:
    """``sentences`` and ``ratio`` decide the length whatever the article's size."""
    assert summary_length(45, Options(sentences=5)) == 5
    assert summary_length(45, Options(ratio=0.2)) == 9


@pytest.mark.parametrize(
    "options", [Options(sentences=0), Options(ratio=0.0), Options(ratio=1.5), Options(words=0), Options(words=-3)]
)
def test_impossible_lengths_are_refused(options: Options) -> None:
    """Lengths no summary can meet raise a SummarizerError with a one-line message."""
    with pytest.raises(SummarizerError) as error:
        summarize(STORY, options)
    assert "\n" not in str(error.value)
