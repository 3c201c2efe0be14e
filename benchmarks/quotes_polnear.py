"""Measure key quotes against PolNeAR's hand-annotated attributions (who said or believed what).

Usage: python -m benchmarks.quotes_polnear [PATH] [--limit N] [--quotes K] [--show N] [--save FILE]
       [--against FILE] [--speed] [--scaling]

PolNeAR marks, in political news, each attribution's source, cue and content as character spans.
Not every attribution is speech ("he believes", "polls show"); the measures below use the speech
subset, defined as:

- a *speech attribution* is one whose cue contains a verb of saying (say, tell, add, according to,
  write, ask, note, announce, report, tweet, state, explain, ... see ``SPEECH_STEMS``) or whose
  content opens with a quotation mark;
- a *direct* attribution is one whose content opens with a quotation mark; every other speech
  attribution is *reported*.

Measures (offsets of our quotes are mapped back to the original text first):

- **top-K precision**: of the ``key_quotes(article, K)`` of every article, the share whose span lies
  at least half inside the content of some speech attribution (any annotator);
- **speaker accuracy**: among those hits whose best-overlapping speech attribution has a *named*
  source (a source holding a capitalised word that is not a pronoun or determiner), the share whose
  speaker names the same party: after dropping titles, honorifics, determiners and possessive ``'s``,
  the words of one name are a subset of the other's, the gold source taken whole or one comma part
  of it ("Ms. White" = "Anna Richardson White", "Trump" = "Donald Trump", "Biden, who served as a
  senator" = "Joe Biden"; "Bill Clinton" ≠ "Hillary Clinton"). A null speaker counts as wrong;
- **direct / reported recall**: with every quote asked for (``key_quotes(article, large)``), the share
  of the first annotator's direct (reported) attributions whose content is at least half covered by
  our quotes. Attributions whose content lies outside the body (headline, furniture) are not counted;
- **malformed speakers**: of the ``K`` key quotes, the share whose speaker string is not a clean name
  or noun phrase (see ``malformed``): a function word, first-person pronoun or sentence adverb in front
  or at the end, punctuation at the end, a number glued to a name ("2017 America") or ending it, a
  quotation mark inside;
- **reported in quotation marks**: of the reported statements among the ``K`` key quotes, the share
  that the text and Markdown renderers print right after an opening quotation mark;
- **time**: the seconds ``key_quotes`` takes per article (the parse is timed apart), and per 400 words.

``--save FILE`` writes per-article figures; ``--against FILE`` compares with a saved run, article by
article (paired differences with a standard error, and how many articles differ).
``--scaling`` times hostile inputs at doubling sizes: the time should double with the size.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from summarizer.article import parse_article
from summarizer.errors import SummarizerError
from summarizer.models import Quote, Summary
from summarizer.quotes import find_quotes, key_quotes

SPEECH_STEMS = (
    "say", "said", "tell", "told", "add", "according to", "writ", "wrote", "ask", "note", "noting", "announc",
    "report", "tweet", "stat", "explain", "declar", "argu", "insist", "claim", "warn", "acknowledg",
    "confirm", "reveal", "admit", "stress", "emphasi", "maintain", "assert", "predict", "repl", "respond",
    "testif", "conced", "contend", "recall", "repeat", "reiterat", "alleg", "assur", "caution", "complain",
    "disclos", "remark", "conclud", "vow", "pledg", "boast", "jok", "quip", "shout", "yell", "exclaim",
    "lament", "counter", "retort", "suggest", "post", "point out", "pointed out", "urg", "promis", "den",
    "describ", "call", "accus", "criticiz", "prais", "mention", "comment", "proclaim", "continu", "went on",
)
_OPENING_MARKS = ("\"", "“", "''", "‘", "«", "„", "`")
_DROP = frozenset(
    """
    the a an his her their its of for mr mrs ms miss dr sen rep gov gen lt col president prime minister
    secretary senator governor mayor spokesman spokeswoman former state justice judge dean chief
    himself herself themselves itself
    """.split()
)
# What a clean speaker string never opens or ends with: function words, first-person pronouns, sentence adverbs
# and adjectives of comparison ("For Mr. Clarke", "Maybe I", "Rival Hillary Clinton", "Once").
_BAD_OPENERS = frozenset(
    """
    for to of in on at by with from as about after before during since until while when where if because
    and or but nor so yet then once also however meanwhile still now even just maybe perhaps would could
    should will can may might must do does did is are was were be been being having has have had keeps
    keep i we me us my our you your it its this that these those there here what which who whom whose
    rival fellow both either neither not no yes why how than like unlike despite though although instead
    """.split()
)
_ABBREVIATED_END = re.compile(r"(?:\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Bros)|\b[A-Z])\.$")


def malformed(speaker: str | None) -> bool:
    """True for a speaker string no editor would print as a name or a noun phrase."""
    if speaker is None:
        return False
    words = speaker.split()
    if not words:
        return True
    if words[0].lower().strip(".,") in _BAD_OPENERS or words[-1].lower().strip(".,") in _BAD_OPENERS - {"i"}:
        return True
    # A number glued to a name ("2017 America", "11 of Democratic") or ending the string; a share of
    # voters ("75 percent of Democrats", "six in 10 voters") is a fair speaker.
    if re.search(r"\b\d[\d,.]*\s+(?:of\s+)?[A-Z]|\d$", speaker) or re.search(r"[\"“”«»„]", speaker):
        return True
    return bool(re.search(r"[.,;:!?'’—–-]$", speaker)) and not _ABBREVIATED_END.search(speaker)


def quoted_in_output(output: str, quote: Quote, escape: bool) -> bool:
    """True when ``output`` prints the statement right after an opening quotation mark."""
    text = quote.text
    if escape:
        for char in "\\`*_[]<>|":
            text = text.replace(char, "\\" + char)
    at = output.find(text)
    while at >= 0:
        if output[max(0, at - 1):at] in ("“", "\"", "‘", "«", "„"):
            return True
        at = output.find(text, at + 1)
    return False


_NOT_NAMES = frozenset(
    "he she they it i we you the a an his her their its this that these those one some many".split()
)


def speech_kind(attribution: dict[str, Any]) -> str | None:
    """'direct', 'reported' or None (not speech) for one PolNeAR attribution."""
    content = (attribution.get("content") or {}).get("text") or ""
    if content.lstrip().startswith(_OPENING_MARKS):
        return "direct"
    cue = ((attribution.get("cue") or {}).get("text") or "").lower()
    words = re.findall(r"[a-z]+", cue)
    joined = " ".join(words)
    for stem in SPEECH_STEMS:
        if " " in stem:
            if stem in joined:
                return "reported"
        elif any(word.startswith(stem) for word in words):
            return "reported"
    return None


def spans_of(part: dict[str, Any] | None) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in (part or {}).get("spans", [])]


def offset_map(original: str, normalised: str) -> list[int]:
    """For each position of the normalised text, the position in the original text."""
    if len(original) == len(normalised):
        return list(range(len(normalised) + 1))
    mapping = [0] * (len(normalised) + 1)
    matcher = difflib.SequenceMatcher(None, original, normalised, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(j1, j2):
            mapping[k] = min(i1 + (k - j1), max(i1, i2 - 1)) if i2 > i1 else i1
    mapping[len(normalised)] = len(original)
    return mapping


def overlap(a: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in spans)


def name_words(name: str) -> set[str]:
    words = re.findall(r"[A-Za-z][\w\-]*", re.sub(r"['’]s\b", "", name))
    return {w.lower() for w in words if w.lower() not in _DROP}


def is_named(source: str) -> bool:
    words = re.findall(r"[A-Za-z][\w\-]*", source)
    return any(w[0].isupper() and w.lower() not in _NOT_NAMES for w in words)


def same_party(predicted: str | None, gold: str) -> bool:
    """Names agree when one's words are a subset of the other's, the gold source taken whole or by part
    ("Biden, who served as a senator" names Biden)."""
    if not predicted:
        return False
    ours = name_words(predicted)
    for part in [gold, *re.split(r"[,()]", gold)]:
        theirs = name_words(part)
        if ours and theirs and (ours <= theirs or theirs <= ours):
            return True
    return False


def rows(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of spans as disjoint spans, so that overlapping quotes are not counted twice."""
    union: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if union and start <= union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], end))
        else:
            union.append((start, end))
    return union


@dataclass
class Tally:
    """Counts over all articles, and the misses to show."""

    top_total: int = 0
    top_hits: int = 0
    named_total: int = 0
    named_right: int = 0
    outside: int = 0
    recall: dict[str, list[int]] = field(default_factory=lambda: {"direct": [0, 0], "reported": [0, 0]})
    misses: dict[str, list[str]] = field(
        default_factory=lambda: {"precision": [], "speaker": [], "direct": [], "reported": []}
    )

    def score_top(self, doc_id: str, top: list[tuple[Quote, tuple[int, int]]],
                  speech: list[dict[str, Any]]) -> None:
        """Precision of the key quotes, and speaker accuracy on those with a named source."""
        for quote, span in top:
            self.top_total += 1
            length = max(1, span[1] - span[0])
            best, best_overlap = None, 0
            for attribution in speech:
                shared = overlap(span, spans_of(attribution["content"]))
                if shared > best_overlap:
                    best, best_overlap = attribution, shared
            if best is None or best_overlap < 0.5 * length:
                self.misses["precision"].append(f"{doc_id}: {quote.text[:100]!r} ({quote.speaker})")
                continue
            self.top_hits += 1
            source = (best.get("source") or {}).get("text")
            if source and is_named(source):
                self.named_total += 1
                if same_party(quote.speaker, source):
                    self.named_right += 1
                else:
                    self.misses["speaker"].append(
                        f"{doc_id}: ours {quote.speaker!r} gold {source!r}: {quote.text[:60]!r}")

    def score_recall(self, doc_id: str, attributions: list[dict[str, Any]], body: list[tuple[int, int]],
                     covered: list[tuple[int, int]]) -> None:
        """Recall of one annotator's direct and reported attributions by all our quotes."""
        for attribution in attributions:
            kind = speech_kind(attribution)
            if kind is None:
                continue
            content = spans_of(attribution["content"])
            size = sum(e - s for s, e in content)
            if size == 0 or sum(overlap(span, body) for span in content) < 0.5 * size:
                self.outside += 1
                continue
            self.recall[kind][1] += 1
            if sum(overlap(span, covered) for span in content) >= 0.5 * size:
                self.recall[kind][0] += 1
            else:
                source = (attribution.get("source") or {}).get("text")
                cue = (attribution.get("cue") or {}).get("text")
                content_text = attribution["content"]["text"][:110]
                self.misses[kind].append(f"{doc_id}: {source!r} {cue!r} {content_text!r}")


def speed(path: Path) -> int:
    """Time quote extraction on long inputs: the data's articles run together to 5 MB, a 1 MB line
    with no punctuation, and 1 MB of dense quotation marks."""
    texts = [row["text"] for row in rows(path, None)]
    joined = "\n\n".join(texts)
    long_story = (joined * (1 + 5_000_000 // max(1, len(joined))))[:5_000_000]
    cases = {
        "5 MB of news": long_story,
        "1 MB line, no punctuation": "Headline\n\n" + "word " * 200_000,
        "1 MB of quotation marks": "Headline\n\n" + "“a ” ‘b’ \"c\" " * 70_000,
    }
    for name, text in cases.items():
        started = time.perf_counter()
        article = parse_article(text)
        parsed = time.perf_counter()
        key_quotes(article, 3)
        done = time.perf_counter()
        found = len(find_quotes(article))
        print(f"{name}: {len(text) / 1e6:.1f} MB, parse {parsed - started:.1f} s, "
              f"key quotes {done - parsed:.1f} s ({found} statements in all)")
    return 0


def scaling() -> int:
    """Hostile inputs at 100, 200 and 400 KB: linear work doubles its time with its size."""
    units = {
        "em-dash speech tags": "“We will win the seat,” — Ann Lee — said Tom Hale — ",
        "unbalanced opening quotes": "“The plan will fail said Mr. Hale “and so will “the next ",
        "chains of reported speech": "Lee said that Hale told aides that Ruiz argued that Kim noted that ",
        "capitalised words": "Ann Lee Tom Hale River Town Council Mayor Ruiz Senator Kim Park ",
        "quotes with no tags": "“We will win.” “They will lose.” ‘Maybe not,’ “Never” ",
    }
    for name, unit in units.items():
        times = []
        for size in (100_000, 200_000, 400_000):
            text = "Headline over the story\n\n" + (unit * (size // len(unit) + 1))[:size] + "."
            article = parse_article(text)
            started = time.perf_counter()
            key_quotes(article, 3)
            times.append(time.perf_counter() - started)
        ratios = " ".join(f"{later / max(earlier, 1e-9):.2f}" for earlier, later in pairwise(times))
        print(f"{name}: " + ", ".join(f"{t * 1000:.0f} ms" for t in times) + f" at 100/200/400 KB; "
              f"doubling ratios {ratios}")
    return 0


def paired(saved: dict[str, dict[str, float]], now: dict[str, dict[str, float]]) -> None:
    """Per-article differences against a saved run: mean, standard error, and how many differ."""
    shared = sorted(set(saved) & set(now))
    keys = sorted({key for doc in shared for key in now[doc]} & {key for doc in shared for key in saved[doc]})
    print(f"paired against the saved run over {len(shared)} articles (now minus then):")
    for key in keys:
        diffs = [now[doc][key] - saved[doc][key] for doc in shared if key in now[doc] and key in saved[doc]]
        if not diffs:
            continue
        mean = sum(diffs) / len(diffs)
        variance = sum((d - mean) ** 2 for d in diffs) / max(1, len(diffs) - 1)
        se = (variance / len(diffs)) ** 0.5
        better = sum(1 for d in diffs if d > 1e-9)
        worse = sum(1 for d in diffs if d < -1e-9)
        print(f"  {key:>20}: {mean:+.4f} ± {se:.4f} (n={len(diffs)}; up in {better}, down in {worse})")


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - the measures read best as one loop
    from cli.render import markdown_summary, text_summary

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="../shared/data/polnear-train.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--quotes", "--top", dest="top", type=int, default=3,
                        help="key quotes per article for precision, speakers and output")
    parser.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    parser.add_argument("--save", type=Path, default=None, help="write per-article figures as JSON")
    parser.add_argument("--against", type=Path, default=None, help="compare with a saved run, paired")
    parser.add_argument("--speed", action="store_true", help="time long inputs instead of scoring")
    parser.add_argument("--scaling", action="store_true", help="time hostile inputs at doubling sizes")
    args = parser.parse_args(argv)
    if args.speed:
        return speed(Path(args.path))
    if args.scaling:
        return scaling()

    tally = Tally()
    articles = failed = 0
    started = time.perf_counter()
    extract_seconds = 0.0
    words = 0
    shown = malformed_count = reported_shown = reported_quoted = 0
    per_article: dict[str, dict[str, float]] = {}
    for row in rows(Path(args.path), args.limit):
        original = row["text"]
        try:
            article = parse_article(original)
            tick = time.perf_counter()
            top = key_quotes(article, args.top)
            extract_seconds += time.perf_counter() - tick
            every = key_quotes(article, 10**9)
        except SummarizerError:
            failed += 1
            continue
        articles += 1
        words += article.word_count
        mapping = offset_map(original, article.text)
        annotations = row["annotations"]
        speech = [a for ann in annotations for a in ann["attributions"] if speech_kind(a)]
        before = (tally.top_hits, tally.top_total, tally.named_right, tally.named_total,
                  *tally.recall["direct"], *tally.recall["reported"])
        tally.score_top(row["doc_id"], [(q, (mapping[q.start], mapping[q.end])) for q in top], speech)
        body = merged([(mapping[s.start], mapping[s.end]) for s in article.sentences])
        covered = merged([(mapping[q.start], mapping[q.end]) for q in every])
        first = annotations[0]["attributions"] if annotations else []
        tally.score_recall(row["doc_id"], first, body, covered)
        summary = Summary(article=article, sentences=(), quotes=tuple(top), algorithm="lead")
        text_out, markdown_out = text_summary(summary), markdown_summary(summary)
        bad = [q for q in top if malformed(q.speaker)]
        quoted = [q for q in top if q.kind == "reported" and (
            quoted_in_output(text_out, q, False) or quoted_in_output(markdown_out, q, True))]
        shown += len(top)
        malformed_count += len(bad)
        reported_shown += sum(1 for q in top if q.kind == "reported")
        reported_quoted += len(quoted)
        for quote in bad:
            tally.misses.setdefault("malformed", []).append(f"{row['doc_id']}: {quote.speaker!r}")
        after = (tally.top_hits, tally.top_total, tally.named_right, tally.named_total,
                 *tally.recall["direct"], *tally.recall["reported"])
        delta = [a - b for a, b in zip(after, before, strict=True)]
        figures: dict[str, float] = {"malformed": len(bad) / max(1, len(top))}
        for name, (hit, total) in {"precision": delta[0:2], "speaker": delta[2:4], "direct": delta[4:6],
                                   "reported": delta[6:8]}.items():
            if total:
                figures[name] = hit / total
        per_article[row["doc_id"]] = figures
    elapsed = time.perf_counter() - started

    def share(part: int, whole: int) -> str:
        return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "  n/a"

    per_story = 1000 * extract_seconds / max(1, articles)
    per_400 = 1000 * extract_seconds / max(1, words) * 400
    print(f"articles: {articles} (parse failures {failed}), {words / max(1, articles):.0f} words each on average")
    print(f"top-{args.top} precision:    {share(tally.top_hits, tally.top_total)}")
    print(f"speaker accuracy:     {share(tally.named_right, tally.named_total)}  (hits with a named source)")
    print(f"direct recall:        {share(*tally.recall['direct'])}")
    print(f"reported recall:      {share(*tally.recall['reported'])}")
    print(f"malformed speakers:   {share(malformed_count, shown)}  (of the key quotes shown)")
    print(f"reported in quotation marks (text/Markdown): {share(reported_quoted, reported_shown)}")
    print(f"gold outside the body (not counted): {tally.outside}")
    print(f"time: {elapsed:.1f} s in all; key_quotes {per_story:.2f} ms/article, {per_400:.2f} ms per 400 words")
    if args.save is not None:
        args.save.write_text(json.dumps(per_article), encoding="utf-8")
    if args.against is not None:
        paired(json.loads(args.against.read_text(encoding="utf-8")), per_article)
    for kind, lines in tally.misses.items():
        for line in lines[: args.show]:
            print(f"[{kind}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
