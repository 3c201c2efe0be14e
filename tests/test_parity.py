"""The fast summarizers rate and pick the sentences sumy's originals do.

Every algorithm in ``ranking.SUMY_ALGORITHMS`` is a subclass of a sumy summarizer; each is run next to
its sumy parent on articles written here (generated from a small newsroom vocabulary, so that words
repeat across sentences as they do in news) and on awkward ones: one sentence, duplicates, one-word
sentences, sentences of stop words only.
"""

from __future__ import annotations

import importlib
import math
import random
import subprocess
import sys
import warnings
from collections import Counter

import numpy as np
import pytest
from sumy.nlp.stemmers import Stemmer

from summarizer import ranking
from summarizer.article import parse_article
from summarizer.models import Article
from summarizer.ranking.stemming import CachedStemmer, stemmer_and_stop_words
from summarizer.ranking.sumy import _terms
from summarizer.ranking.sumy.adapter import build_document, sumy_scores

FAST_PACKAGE = "summarizer.ranking.sumy."
# The algorithms run by a fast subclass of a sumy summarizer (others may use sumy's interface alone).
NAMES = sorted(name for name, (module, class_name, _) in ranking.SUMY_ALGORITHMS.items()
               if module.startswith(FAST_PACKAGE) and class_name.startswith("Fast"))

_SUBJECTS = ("the council", "the mayor", "residents", "the union", "police", "the minister", "engineers",
             "the company", "voters", "the court")
_VERBS = ("approved", "rejected", "delayed", "funded", "questioned", "defended", "announced", "criticised",
          "reviewed", "expanded")
_OBJECTS = ("the budget", "a new bridge", "the bus route", "flood defences", "the housing plan",
            "school repairs", "the water contract", "a rail link", "the library", "street lighting",
            "the hospital wing", "parking charges")
_TAILS = ("after a long debate", "on Tuesday", "despite objections", "for the third time",
          "in the city centre", "before the election", "with cross-party support", "at a cost of millions",
          "following complaints", "amid rising prices", "said a spokesman", "according to officials")


def _sentence(rng: random.Random) -> str:
    parts = [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS)]
    parts += [rng.choice(_TAILS) for _ in range(rng.randint(0, 2))]
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def generated_article(sentences: int, seed: int) -> str:
    """A headline and paragraphs of two to five generated sentences."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    written = 0
    while written < sentences:
        size = min(rng.randint(2, 5), sentences - written)
        paragraphs.append(" ".join(_sentence(rng) for _ in range(size)))
        written += size
    return "Council backs city plan after long debate\n\n" + "\n\n".join(paragraphs) + "\n"


AWKWARD = {
    "one sentence": "The mayor approved the new budget for the bridge on Tuesday.",
    "nothing shared": "Engineers repaired the bridge.\n\nVoters elected a mayor.",
    "stop words only": "It is what it is. He did it. They were there.",
    "one-word sentences": "Flooding. Chaos. The river rose overnight. Flooding. Residents fled their homes.",
    "duplicates": (
        "Police closed the road after the crash. Police closed the road after the crash. "
        "The driver was taken to hospital with minor injuries. Police closed the road after the crash. "
        "The road reopened on Tuesday morning after repairs to the barrier."
    ),
}


def _articles() -> list[tuple[str, Article]]:
    sizes_and_seeds = ((8, 1), (25, 2), (60, 3), (140, 4))
    documents = [(f"generated {size} #{seed}", generated_article(size, seed))
                 for size, seed in sizes_and_seeds]
    documents += list(AWKWARD.items())
    return [(label, parse_article(text)) for label, text in documents]


ARTICLES = _articles()


def _classes(name: str) -> tuple[type, type]:
    module, class_name, _ = ranking.SUMY_ALGORITHMS[name]
    fast = getattr(importlib.import_module(module), class_name)
    original = next(base for base in fast.__mro__ if base.__module__.startswith("sumy."))
    return fast, original


def _scores(article: Article, name: str, summarizer_class: type) -> list[float]:
    """Ratings of every body sentence through ``ranking`` (and its rating capture) with the given class."""
    return sumy_scores(article, summarizer_class.__module__, summarizer_class.__name__, name)


def _close(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return False
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _same_choice(fast: list[float], original: list[float], count: int) -> bool:
    """The same sentences, or a different pick only among sentences the original rates as tied."""
    ours = [r.index for r in ranking.select(fast, count)]
    theirs = [r.index for r in ranking.select(original, count)]
    if ours == theirs:
        return True
    worst_taken = min(original[i] for i in theirs)
    return all(_close(original[i], worst_taken) or original[i] > worst_taken for i in ours)


def test_no_algorithm_runs_sumys_slow_original() -> None:
    """Every sumy summarizer offered goes through its fast subclass."""
    assert len(NAMES) == 8
    assert not [module for module, _, _ in ranking.SUMY_ALGORITHMS.values() if module.startswith("sumy.")]


@pytest.mark.parametrize("name", NAMES)
def test_each_algorithm_is_a_subclass_of_sumys(name: str) -> None:
    fast, original = _classes(name)
    assert fast is not original
    assert issubclass(fast, original)
    assert original.__module__.startswith("sumy.summarizers.")
    assert original.__name__ == fast.__name__.removeprefix("Fast")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("label", "article"), ARTICLES, ids=[label for label, _ in ARTICLES])
def test_fast_ratings_match_sumy(name: str, label: str, article: Article) -> None:
    fast_class, original_class = _classes(name)
    with warnings.catch_warnings():  # sumy's originals warn (0/0 in LexRank, short LSA dictionaries)
        warnings.simplefilter("ignore")
        fast = _scores(article, name, fast_class)
        original = _scores(article, name, original_class)
    assert len(fast) == len(original) == len(article.sentences)
    if name == "lexrank" and all(math.isnan(value) for value in original):
        # sumy's power method divides 0 by 0 when the graph has no edge at all; ours rates 0.
        assert fast == [0.0] * len(fast)
    else:
        assert all(_close(a, b) for a, b in zip(fast, original, strict=True)), (label, fast, original)
    for count in (1, 3, 5, 10):
        assert _same_choice(fast, original, count), (label, count)


@pytest.mark.parametrize("name", NAMES)
def test_fast_summarizer_picks_as_sumy_does_when_called_directly(name: str) -> None:
    """sumy's own interface: ``summarizer(document, count)`` returns the chosen sentences."""
    if name == "lsa":
        pytest.skip("LSA ties are broken by SVD rounding in sumy; the ratings test covers LSA")
    fast_class, original_class = _classes(name)
    stemmer, stop_words = stemmer_and_stop_words("english")
    article = parse_article(generated_article(40, seed=7))
    document = build_document(article)
    picks = []
    for summarizer_class in (fast_class, original_class):
        summarizer = summarizer_class(stemmer)
        summarizer.stop_words = stop_words
        if name == "edmundson":
            summarizer.null_words = stop_words
            summarizer.bonus_words = ["council", "budget"]
            summarizer.stigma_words = ["despite"]
        picks.append([str(sentence) for sentence in summarizer(document, 4)])
    assert picks[0] == picks[1]
    assert len(picks[0]) == 4


def test_lsa_needs_no_matrix_of_the_document() -> None:
    """The closed form is exact: the rating is the length of the sentence's smoothed count column."""
    fast_class, _ = _classes("lsa")
    stemmer, stop_words = stemmer_and_stop_words("english")
    document = build_document(parse_article("Rain rain rain fell. Sun shone on the fields."))
    summarizer = fast_class(stemmer)
    summarizer.stop_words = stop_words
    dictionary = summarizer._create_dictionary(document)
    # Dictionary: rain, fell, sun, shone, field (5 terms). Sentence one: rain x3 (max), fell x1.
    first, second = summarizer.rate_sentences(document, dictionary)
    assert len(dictionary) == 5
    assert math.isclose(first, math.sqrt(1.0 + (0.4 + 0.6 / 3) ** 2 + 3 * 0.16))
    assert math.isclose(second, math.sqrt(3 * 1.0 + 2 * 0.16))


def test_choosing_one_algorithm_loads_no_other_summarizer() -> None:
    """Each fast summarizer lives in its own module, imported only when its algorithm is chosen."""
    code = (
        "import sys\n"
        "from summarizer.core import summarize\n"
        "from summarizer.models import Options\n"
        "summarize('The council approved the budget. Residents welcomed the plan. The mayor agreed.',"
        " Options(algorithm='textrank'))\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('summarizer.ranking.sumy.', 'sumy.summarizers.')))\n"
        "print(' '.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.split())
    assert "summarizer.ranking.sumy.text_rank" in loaded
    assert not loaded & {"summarizer.ranking.sumy.lex_rank", "summarizer.ranking.sumy.kl", "sumy.summarizers.lex_rank",
                         "sumy.summarizers.lsa", "sumy.summarizers.kl"}


def test_lead_loads_neither_sumy_nor_the_fast_summarizers() -> None:
    """The plain path pays for no summarizer library it does not use."""
    if "lead" not in ranking.OWN_ALGORITHMS:
        pytest.skip("no lead algorithm")
    code = (
        "import sys\n"
        "from summarizer.core import summarize\n"
        "from summarizer.models import Options\n"
        "summarize('The council approved the budget. Residents welcomed it.', Options(algorithm='lead'))\n"
        "print(' '.join(m for m in sys.modules if m.split('.')[0] in ('sumy', 'rouge_score', 'typer', 'rich')"
        " or m.startswith('summarizer.ranking.sumy')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == []


@pytest.mark.parametrize("pairs_per_step", [7, 500_000])
def test_shared_term_pairs_is_the_off_diagonal_of_x_xt(
    pairs_per_step: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sparse pairing equals the dense product, however the first sentences are blocked."""
    monkeypatch.setattr(_terms, "_PAIRS_PER_STEP", pairs_per_step)
    rng = random.Random(11)
    words = ["budget", "bridge", "council", "mayor", "vote", "road", "school", "river"]
    sentences = [[rng.choice(words) for _ in range(rng.randint(0, 6))] for _ in range(30)]
    counts = _terms.TermCounts(sentences)
    values = np.array([rng.uniform(0.5, 2.0) for _ in range(len(counts.term))])
    dense = np.zeros((len(sentences), len(counts.vocabulary)))
    dense[counts.sentence, counts.term] = values
    expected = dense @ dense.T
    left, right, sums = _terms.shared_term_pairs(counts, values)
    assert np.all(left < right)
    found = np.zeros_like(expected)
    found[left, right] = sums
    upper = np.triu(expected, k=1)
    assert np.allclose(found, upper)
    assert len(left) == np.count_nonzero(upper)
    assert list(counts.lengths) == [len(words_) for words_ in sentences]


@pytest.mark.parametrize("pairs_per_step", [5, 500_000])
def test_common_terms_make_no_pairs_but_add_to_the_pairs_others_make(
    pairs_per_step: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``common`` sentences a term pairs nothing itself; every pair kept still has its whole sum."""
    monkeypatch.setattr(_terms, "_PAIRS_PER_STEP", pairs_per_step)
    rng = random.Random(5)
    common_words = ["said", "year", "people"]
    rare_words = [f"term{index}" for index in range(40)]
    sentences = [[*rng.sample(common_words, rng.randint(0, 3)), *rng.sample(rare_words, rng.randint(0, 3))]
                 for _ in range(60)]
    counts = _terms.TermCounts(sentences)
    values = np.array([rng.uniform(0.5, 2.0) for _ in range(len(counts.term))])
    dense = np.zeros((len(sentences), len(counts.vocabulary)))
    dense[counts.sentence, counts.term] = values
    frequency = np.count_nonzero(dense, axis=0)
    common = 12
    assert frequency.max() > common and frequency.min() <= common  # both kinds of term are there
    rare = dense * (frequency <= common)
    kept = np.triu((rare > 0).astype(float) @ (rare > 0).T.astype(float), k=1) > 0
    expected = np.where(kept, dense @ dense.T, 0.0)
    left, right, sums = _terms.shared_term_pairs(counts, values, common)
    found = np.zeros_like(expected)
    found[left, right] = sums
    assert np.all(left < right)
    assert len(left) == np.count_nonzero(kept)
    assert np.allclose(found, expected)
    # With a bound above every term's sentences, nothing is left out.
    left, right, sums = _terms.shared_term_pairs(counts, values, len(sentences))
    assert len(left) == np.count_nonzero(np.triu(dense @ dense.T, k=1))


def test_no_document_of_the_parity_tests_reaches_the_common_term_bound() -> None:
    """The parity tests above compare with sumy exactly because no text there has a common term."""
    from summarizer.ranking.stemming import stemmer_and_stop_words

    _stemmer, stop_words = stemmer_and_stop_words("english")
    for _label, article in ARTICLES:
        layer = article.words
        frequency = Counter(stem for stems, lower in zip(layer.stems, layer.lower, strict=True)
                            for stem in {s for s, w in zip(stems, lower, strict=True) if w not in stop_words})
        assert max(frequency.values(), default=0) <= _terms.COMMON_TERM_SENTENCES


def test_one_remembering_stemmer_per_language_stems_as_sumy_does() -> None:
    stemmer, stop_words = stemmer_and_stop_words("english")
    assert stemmer_and_stop_words("english")[0] is stemmer
    assert isinstance(stemmer, CachedStemmer)
    assert "the" in stop_words
    plain = Stemmer("english")
    for word in ("councils", "running", "approved", "councils", "generously"):
        assert stemmer(word) == plain(word)
    fast_class, _ = _classes("textrank")
    assert fast_class(stemmer)._stemmer is stemmer  # not wrapped a second time


def test_sumy_reads_each_body_sentence_s_words_from_the_word_layer() -> None:
    """The document handed to sumy takes its body words from the layer: the same words the tokenizer gives."""
    from summarizer.ranking.sumy.adapter import build_document
    from summarizer.sentences import NewsTokenizer

    tokenizer = NewsTokenizer("english")
    for _label, article in ARTICLES:
        document = build_document(article)
        body = [s for s in document.sentences if not s.is_heading]
        assert [tuple(s.words) for s in body] == [tuple(f) for f in article.words.forms]
        assert [tuple(s.words) for s in document.sentences] == \
            [tokenizer.to_words(str(s)) for s in document.sentences]


def _with_repeats(text: str, seed: int) -> str:
    """The article with some of its paragraphs repeated at the end: identical sentences share a rating."""
    paragraphs = text.rstrip("\n").split("\n\n")
    rng = random.Random(seed)
    return "\n\n".join([*paragraphs, *rng.sample(paragraphs[1:], k=min(3, len(paragraphs) - 1))]) + "\n"


@pytest.mark.parametrize("name", sorted(ranking.GREEDY_ALGORITHMS))
@pytest.mark.parametrize(("count", "words"), [(1, None), (3, None), (5, None), (3, 40), (10, 60), (99, 100), (99, 400),
                                              (3, 5), (2, 1)])
def test_a_greedy_algorithm_stopped_early_chooses_what_the_full_run_chooses(
    name: str, count: int, words: int | None
) -> None:
    """KL and SumBasic run only for the picks the summary needs; choice, scores and ranks are the full run's."""
    module, class_name, _ = ranking.SUMY_ALGORITHMS[name]
    texts = [generated_article(size, seed) for size, seed in ((12, 5), (40, 6), (90, 7))]
    texts += [_with_repeats(text, seed) for seed, text in enumerate(texts)] + list(AWKWARD.values())
    for text in texts:
        article = parse_article(text)
        wanted = min(count, len(article.sentences))
        lengths = [len(s.text.split()) for s in article.sentences]
        full = sumy_scores(article, module, class_name, name)
        expected = ranking.select(full, wanted, words, lengths)
        if not expected and words is not None:  # nothing fits: the best sentence whole
            best = ranking.select(full, 1)[0]
            expected = [ranking.Ranked(best.index, best.score, 1)]
        assert ranking.rank(article, name, wanted, words) == expected


@pytest.mark.parametrize("name", sorted(ranking.GREEDY_ALGORITHMS))
def test_a_greedy_algorithm_stopped_early_rates_what_it_did_not_settle_below_the_rest(name: str) -> None:
    module, class_name, _ = ranking.SUMY_ALGORITHMS[name]
    article = parse_article(_with_repeats(generated_article(60, 8), 8))
    scores = sumy_scores(article, module, class_name, name, steps=4)
    full = sumy_scores(article, module, class_name, name)
    settled = [i for i, score in enumerate(scores) if score > -len(article.sentences)]
    assert 1 <= len(settled) <= 4
    assert all(scores[i] == full[i] for i in settled)
    assert min(scores[i] for i in settled) > max(full[i] for i in range(len(full)) if i not in settled)
