"""Key quotes: direct quotations and reported speech, each with its speaker, ranked by prominence.

A pipeline of stateless stages over the article body (``body``): quotation marks as structure
(``marks``), the speech tags of direct quotations (``direct``), reported speech (``reported``), the
final speaker of each (``speakers``, over the person index of ``people``), and ranking (``rank``).
Every word list comes from ``lexicon``. The work stays within the body paragraphs, so nothing is
taken from the headline, captions or page furniture, and every step is linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..models import Article, Quote
from .body import Body, Draft, read_body
from .direct import Tag, attribute
from .interview import answers
from .marks import looks_like_title, scan, title_case
from .rank import choose, score
from .reported import Quoted, reported, speech_sentences
from .speakers import resolve

# A quotation of fewer words than this with no speaker is a scare quote or a title.
MIN_UNATTRIBUTED_WORDS = 6


def drafts_of(article: Article) -> list[Draft]:
    """Every statement in the body with its final speaker, in article order, before ranking."""
    return _drafts(read_body(article), article.byline)


def _drafts(body: Body, byline: str | None = None) -> list[Draft]:
    """``drafts_of`` the article whose body is ``body`` (and whose byline is ``byline``)."""
    spans = scan(body)
    titles: dict[str, bool] = {}  # each quotation's text judged once (``_is_title``), though asked twice
    direct: list[Draft] = []
    used: set[int] = set()
    named: set[int] = set()  # where a word in quotation marks names something in passing
    for span in spans:
        text = " ".join(" ".join(body.text[s:e].split()) for s, e in span.pieces)
        # A title in quotation marks ("told “Face the Nation” that") has no speech tag of its own: the
        # verb before it belongs to the report around it; nor has a word named in passing ("on “Hannity,”").
        title = _is_title(text, titles)
        in_passing = _named_in_passing(body, span.open_mark, text)
        if in_passing:
            named.add(span.pieces[0][0])
        tag = Tag(None, None, span.open_mark) if title or in_passing else attribute(body, span)
        if tag.used is not None:
            used.add(tag.used)
        start, end = span.pieces[0][0], span.pieces[-1][1]
        sentence = body.sentence_at(start)
        direct.append(Draft("direct", start, end, text, sentence.index, tag.speaker, tag.cue, tag.at,
                            sentence.paragraph))
    quoted = Quoted(tuple(d.start for d in direct), tuple(d.end for d in direct))
    frozen_used = frozenset(used)
    reports = [draft for sentence in speech_sentences(body) for draft in reported(body, sentence, frozen_used, quoted)]
    reports, direct = _quotation_reports(reports, direct)
    reports = _closed_reports(body, reports, direct)
    report_spans = sorted((d.start, d.end) for d in reports)
    report_starts = [start for start, _ in report_spans]
    kept: list[Draft] = []
    for draft in direct:
        index = bisect_right(report_starts, draft.start) - 1
        if index >= 0 and report_spans[index][1] >= draft.end - 2:
            continue  # a partial quotation inside a report of speech: the report carries it
        kept.append(draft)
    replies = answers(body, byline)
    if replies:
        # an interview's answers are the interviewee's: what their paragraphs hold otherwise goes with them
        answered = {draft.paragraph for draft in replies}
        kept = [draft for draft in kept if draft.paragraph not in answered]
        reports = [draft for draft in reports if draft.paragraph not in answered]
    drafts = sorted([*kept, *reports, *replies], key=lambda d: (d.start, d.kind))
    return [d for d in resolve(body, drafts, spans)
            if _worth_keeping(d, titles) and not (d.kind == "direct" and d.start in named)]


_OPENING_MARKS = "“\"‘«„「‹»”"


def _quotation_reports(reports: list[Draft], direct: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """A "report" that is a whole quotation ("told supporters, “our nation ...") is that quotation:
    the quotation keeps its words and gets the report's speaker."""
    by_start = {d.start: i for i, d in enumerate(direct)}
    direct = list(direct)
    kept = []
    for report in reports:
        index = by_start.get(report.start + 1, -1)
        if report.text[:1] in _OPENING_MARKS and index >= 0 and direct[index].end >= report.end - 2:
            if direct[index].speaker is None:
                direct[index] = replace(direct[index], speaker=report.speaker, cue=report.cue,
                                        cue_at=report.cue_at)
            continue
        kept.append(report)
    return kept, direct


_CLOSING_MARKS = "”’\"'»」›"


# Examples of ``_closed_reports``: a paragraph and the words that end its one report of speech.
CLOSED_REPORTS: tuple[tuple[str, str], ...] = (
    ("A study by the firm River Analytics predicted that a “large number of workers” who took the early boat "
     "would “see their wages cut by the same amount, leaving their yearly pay unchanged.”",
     "leaving their yearly pay unchanged.”"),
    ("Ann Lee said the toll was unfair. “It will hurt every family on the islands,” she added.",
     "the toll was unfair"),
)


def _closed_reports(body: Body, reports: list[Draft], direct: list[Draft]) -> list[Draft]:
    """A report never ends inside a quotation it opened: "predicted that a “large number” would “see
    their pay cut, leaving them worse off”" reports the quoted words to their closing mark, in its sentence.
    (Cutting the statement at "leaving" would leave the rest of the quotation without a speaker.)"""
    starts = [d.start for d in direct]
    out = []
    for report in reports:
        index = bisect_right(starts, report.end) - 1
        inner = direct[index] if index >= 0 else None
        if inner is not None and report.start < inner.start < report.end < inner.end \
                and body.sentence_at(inner.end - 1).index == body.sentence_at(report.start).index:
            end = inner.end
            while end < len(body.text) and end - inner.end < 2 and body.text[end] in _CLOSING_MARKS:
                end += 1
            out.append(replace(report, end=end, text=" ".join(body.text[report.start:end].split())))
        else:
            out.append(report)
    return out


_TITLE_WORDS = 5  # the most words of a title named in passing ("This Week With George Stephanopoulos.")
# Verbs that give a name rather than words said: "called “Betty”", "known as, “the Fixer,”".
_NAMING = frozenset("called named dubbed nicknamed titled entitled labelled labeled branded as".split())
_SPEECH_END = ("!", "?", ".", "…")
NAMED_IN_PASSING_EXAMPLES: tuple[tuple[str, bool], ...] = (  # (a sentence, whether its quotation is a name)
    ("Speaking on “Kelbyline,” Mayor Ana Ruiz said the tunnel would open.", True),
    ("The so-called “Fagin” posters were dropped, the party said.", True),
    ("He called every one of them “Betty”, she said.", True),
    # a word in lower case is the speaker's own, quoted
    ("He called the old pier a “disgrace” and promised to rebuild it.", False),
    # said: a one-word answer that opens its sentence, or follows a speech verb and its comma
    ("“Denver,” he answered.", False),
    ("When someone shouted, “Ruiz,” the mayor laughed.", False),
    ("He was asked about the vote. “Never!” he said.", False),
    ("The mayor told ABC's “This Week.” that the tunnel would open in May.", True),
    ("“Open The Tunnel,” the crowd chanted.", False),
    ("The crowd kept chanting “Kelby! Kelby!” as the mayor spoke.", False),
)


def _named_in_passing(body: Body, open_mark: int, text: str) -> bool:
    """Whether a quotation of one capitalised word, or a few in Title Case, names something in passing
    (``NAMED_IN_PASSING_EXAMPLES``): it stands inside its sentence, after a word that is no speech verb's
    comma or colon, or after a naming verb, and does not end as speech does. Such a word is a show's, a
    nickname's or a label's, not a statement, whatever speech tag stands near it."""
    words = text.split()
    sentence = body.sentence_at(open_mark)
    # a few words in Title Case, whose full stop American style sets inside the marks ("told ABC's “This
    # Week.”"); in a sentence set in Title Case, as a live blog's heading is, every quotation looks like one
    titled = 2 <= len(words) <= _TITLE_WORDS and title_case(words) and not text.rstrip("”\"’'»").endswith(
        ("!", "?")) and not title_case(body.text[sentence.start : open_mark].split())  # "USA! USA!" is speech
    # (one word in lower case is the speaker's own word, quoted: "called NAFTA a “disaster”")
    if not titled and (len(words) != 1 or text.rstrip("”\"’'»").endswith(_SPEECH_END)
                       or not text.lstrip("“\"‘'(")[:1].isupper()):
        return False
    before = body.text[max(sentence.start, open_mark - 40) : open_mark].rstrip()
    if not before.strip("“\"‘'([—–- "):
        return False  # it opens its sentence: "“Denver,” he answered."
    if before.endswith((",", ":")):
        # "shouted, “Ruiz,”": said; "known as, “the Fixer”": named
        return before[:-1].rsplit(maxsplit=1)[-1].lower() in _NAMING if before[:-1].strip() else False
    return True


def _is_title(text: str, titles: dict[str, bool]) -> bool:
    """``looks_like_title``, judged once per text of an article: a quotation is asked before its tag is
    read and again before it is kept. (A cache of fixed size shared by all articles would be emptied
    by one long article before the second question, and cost twice.)"""
    title = titles.get(text)
    if title is None:
        title = titles[text] = looks_like_title(text)
    return title


def _worth_keeping(draft: Draft, titles: dict[str, bool]) -> bool:
    """Scare quotes and titles are no statements; a report needs someone who made it."""
    if draft.kind == "reported":
        return draft.speaker is not None
    words = draft.text.split()
    if not words:
        return False
    if _is_title(draft.text, titles):
        return False  # a Title Case name: a book, a film, a show, a slogan
    if draft.speaker is not None:
        return True
    return len(words) >= MIN_UNATTRIBUTED_WORDS


def _to_quote(draft: Draft, value: float) -> Quote:
    speaker = draft.speaker
    return Quote(
        text=draft.text,
        speaker=speaker.name if speaker else None,
        kind="direct" if draft.kind == "direct" else "reported",
        sentence_index=draft.sentence_index,
        role=speaker.role if speaker else None,
        cue=draft.cue,
        start=draft.start,
        end=draft.end,
        score=round(value, 4),
    )


def find_quotes(article: Article) -> list[Quote]:
    """Every statement in the body, in article order: direct quotations and reported speech.

    Scare quotes and titles (a few words in quotation marks, no speaker) are left out; a report of
    speech is kept only when its speaker is known.
    """
    if not article.sentences:
        return []
    body = read_body(article)
    drafts = _drafts(body, article.byline)
    scores = score(drafts, article, body.lowered)
    return [_to_quote(draft, value) for draft, value in zip(drafts, scores, strict=True)]


def key_quotes(article: Article, count: int) -> list[Quote]:
    """The ``count`` statements that matter most, in article order, without repeats or near-duplicates."""
    if count <= 0:
        return []
    return choose(find_quotes(article), count)


__all__ = ["find_quotes", "key_quotes"]
