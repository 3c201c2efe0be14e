"""Key quotes: work shared per article (one lower-cased text, words read by token) gives what the full path gives."""

from __future__ import annotations

import pytest

from summarizer.article import parse_article
from summarizer.quotes import drafts_of, find_quotes, rank
from summarizer.quotes.body import find_cues, read_body
from summarizer.quotes.rank import score

TEXTS = (
    "The mayor said the bridge would close. The plan, according\nto aides, is late.",
    # A letter whose lower case is longer ("İ"): the whole text lower-cased is longer than the text.
    "İzmir's mayor SAID the plan, according  to aides, was late. She told reporters she had added a clause.",
    # A capital sigma lower-cases by its place in a word: the cues around it are the same.
    "ΣΟΦΙΑ said the plan was late. ΟΔΟΣ, the mayor added, is closed.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_cues_from_the_shared_lower_case_text(text: str) -> None:
    """Every stretch of the text gives the same speech verbs from the shared lower-cased text as on its own."""
    lowered = text.lower()
    for low in range(0, len(text), 7):
        for high in (low + 20, low + 45, len(text)):
            assert find_cues(text, low, high, lowered) == find_cues(text, low, high)


@pytest.mark.parametrize("text", TEXTS)
def test_scores_from_the_shared_lower_case_text(text: str) -> None:
    """Ranking reads the shared lower-cased text as it reads the article's text lower-cased."""
    article = parse_article("River town votes on new bridge plan\n\n" + text)
    quotes = find_quotes(article)
    body = read_body(article)
    assert body.lowered == article.text.lower()
    drafts = drafts_of(article)
    assert score(drafts, article, body.lowered) == score(drafts, article)
    assert [q.score for q in quotes] == [round(value, 4) for value in score(drafts, article)]


@pytest.mark.parametrize(
    "text",
    [
        "the mayor said, “we will win.” (he later added: 'maybe') — ann lee’s plan",
        "well-known figures: 10,000 voters, u.s. troops, a 5.5% rise... the leaders’ vote",
        "snake_case words, _lead and trail_, 'quoted' ‘single’ “double” [bracketed] -dash- end.",
        "οδος café naïve İzmir ½ ² x--y a''b ’til rock ’n’ roll",
        "",
    ],
)
def test_word_list_finds_what_the_word_search_finds(text: str) -> None:
    """Ranking's words read token by token are the words the patterns find in the whole text, in order."""
    lowered = text.lower()
    for pattern in (rank._WORD, rank._WORD_WITHOUT_UNDERSCORE):
        if pattern is rank._WORD_WITHOUT_UNDERSCORE and "_" in lowered:
            continue
        assert rank._word_list(lowered, pattern.findall) == pattern.findall(lowered)
