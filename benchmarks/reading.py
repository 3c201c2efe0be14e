# ruff: noqa: E501  (the page templates are markup, one element a line)
"""How the article is read: headlines, furniture rules on both sides, and every paste form.

    python benchmarks/reading.py ../shared/data/bbc.jsonl ../shared/data/polnear-train.jsonl \
        ../shared/data/cnndm-dev.jsonl ../shared/data/xsum-dev.jsonl [--limit N] [--forms N] [--show K]

Each DATA file is recognised by its fields: ``title`` + ``body`` (BBC: title and body apart), ``title`` +
``text`` (PolNeAR: the text opens with its title line), ``article`` (CNN/DM, XSum: no title).

Part 1, the text as given:
- headline found: "title + blank line + body" (BBC) and the PolNeAR text must yield the title;
- false headlines: a body alone (BBC, PolNeAR without its title line, CNN/DM, XSum) must yield none;
- prose kept: the words of the clean BBC and PolNeAR bodies that stay body sentences, and what took the
  rest, by the field it went to (captions, boilerplate, subheads, kicker, date, byline, headline, dateline);
- furniture leaked: body sentences that still hold a furniture marker from this file's own list (a
  check independent of the parser's rules), and what the parser removed from CNN/DM and XSum, by field
  and by the rule that removed it (items and words), each item marked prose or furniture by a criterion
  of this file's own (at least 8 words, a finite verb, no caption marker: ``reads_as_prose``), with
  examples of both (``--show``).

Part 2, paste forms derived from ``--forms`` BBC articles (title + body): as given, one line, wrapped at
72 columns, one paragraph per line, CRLF, Markdown, and two HTML page templates written here (header,
nav, breadcrumb, ads, related box, most-popular sidebar, newsletter, footer, cookie banner). For each:
headline found, body word precision and recall against the body, the headline repeated as a body
sentence, template furniture in the body (HTML: a template phrase the article itself lacks), and the wrapped form read exactly as the plain one.
Then the other side of the one-line headline: the body alone as one line, where any headline is false.
The same one-line measure on a file whose text opens with its title line (PolNeAR: other publishers and
headline styles), with the title's full stop taken off and kept (a headline set as a sentence). And the wrapped form of every other file's text as it is (every line wrapped at 72 columns),
read against that text as given: other publishers' line layouts (PolNeAR's one paragraph a line, XSum's
paragraphs run together).

``--save FILE`` writes every per-article outcome; ``--against FILE`` (a file saved by an earlier run, e.g.
of the code before a change) prints the paired per-article differences with a standard error and how
many articles gained or lost.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarizer.article import parse_article
from summarizer.article.furniture import cut_front, cut_spans, is_run_in_caption, match_line
from summarizer.errors import SummarizerError

_WORD = re.compile(r"\w+")
# Furniture markers for the leak count: written for this benchmark, not taken from the parser.
_LEAK = re.compile(
    r"scroll down for video|\bpictured\s*:|\((?:pictured|above|below|left|right|inset|file)\)|"
    r"\bphoto(?:graph)?\s*:|getty images|image (?:caption|copyright)|media playback|share this with|"
    r"click here|follow us on|copy this link",
    re.IGNORECASE,
)
# The both-sides check on what was removed: an item reads as prose when it has at least 8 words, a finite
# verb from this list (or a lower-case word in -ed after a lower-case word) and no caption marker. A
# criterion written for this benchmark, checkable by hand on the printed sample, not the parser's rules.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|said|says|"
    r"told|made|took|came|went|got|saw|found|gave|became|began|left|won|lost|died|added|asked|wants|needs)\b"
    r"|\b[a-z]{2,}[ ][a-z]{3,}ed\b"
)
_CAPTION_MARK = re.compile(
    r"\b(?:pictured|photo(?:graph)?s?|image|credit|getty|file|inset|above|below|left|right|video|"
    r"click|share|scroll|follow|subscribe|newsletter|advertisement)\b|\b[A-Z]{2,}/|/[A-Z][a-z]+\b",
    re.IGNORECASE,
)


# Markup tags in the reference text (PolNeAR keeps its embedded posts as "<tweet ...>"): no prose to keep.
_MARKUP = re.compile(r"</?[a-z][^<>]{0,400}>")


def reads_as_prose(text: str) -> bool:
    return (len(text.split()) >= 8 and bool(_FINITE.search(text)) and not _CAPTION_MARK.search(text)
            and not _LEAK.search(text))


def removing_rule(field: str, text: str) -> str:
    """The furniture rule that takes ``text`` (looked up again in the parser's table), or its field."""
    if field in ("captions", "boilerplate"):
        rule = match_line(text)
        if rule is not None:
            return rule.name
        for found in (cut_spans(text)[1], cut_front(text)[1]):
            if found:
                return found[0][0].name
        if is_run_in_caption(text) or is_run_in_caption(text, after_prompt=True):
            return "run-in caption"
        return f"{field} (span, unattributed)"
    return field


_FIELDS = ("headline", "kicker", "date", "byline", "dateline", "captions", "subheads", "boilerplate")


def _rows(path: Path, limit: int) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]


def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".").strip()


def _parse(text: str) -> Any:
    try:
        return parse_article(text)
    except SummarizerError:
        return None


def _dropped(article: Any) -> list[tuple[str, str]]:
    """(field, text) for everything the parser kept out of the body."""
    out: list[tuple[str, str]] = []
    for name in _FIELDS:
        value = getattr(article, name, None)
        if isinstance(value, tuple):
            out.extend((name, item) for item in value)
        elif value:
            out.append((name, value))
    for name in ("deck",):
        value = getattr(article, name, None)
        if value:
            out.append((name, value))
    return out


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


class Tally:
    """Counts of one data file's part-1 measures."""

    def __init__(self) -> None:
        self.headline_found = self.headline_total = 0
        self.false_headline = self.bare_total = 0
        self.deck_as_headline = 0
        self.no_output = 0
        self.prose_words = self.prose_kept = 0
        self.furniture_words = 0  # words of the "clean" body that it took out and that do not read as prose
        self.lost_by: Counter[str] = Counter()
        self.removed_by: Counter[str] = Counter()
        # rule -> [items, words, prose-like items, prose-like words]
        self.by_rule: dict[str, list[int]] = {}
        self.leaked = self.body_sentences = 0
        self.examples: dict[str, list[str]] = {}
        # per article, in order, for paired comparisons between two runs (--save, --against)
        self.headline_hits: list[float] = []
        self.false_hits: list[float] = []

    def example(self, kind: str, text: str) -> None:
        self.examples.setdefault(kind, []).append(text)


def _headline(tally: Tally, title: str, text: str) -> None:
    article = _parse(text)
    tally.headline_total += 1
    hit = article is not None and bool(article.headline) and _clean(article.headline) == _clean(title)
    tally.headline_hits.append(float(hit))
    if hit:
        tally.headline_found += 1
    else:
        tally.example("headline miss", f"{title!r} -> {getattr(article, 'headline', None)!r}")


def _bare(tally: Tally, body: str, *, clean_prose: bool, deck: str | None = None) -> None:
    """``deck``: the deck the full text yields (PolNeAR). With the title line removed the deck is the top
    line of what is left, and a reader takes it for the headline: that is counted apart, not as false."""
    article = _parse(body)
    tally.bare_total += 1
    if article is None:
        tally.no_output += 1
        tally.example("no output", body[:120])
        tally.false_hits.append(0.0)
        return
    if deck and article.headline and _clean(article.headline) == _clean(deck):
        tally.deck_as_headline += 1
        tally.false_hits.append(0.0)
        tally.example("deck as headline", repr(article.headline))
    elif article.headline is not None:
        tally.false_hits.append(1.0)
        tally.false_headline += 1
        tally.example("false headline", repr(article.headline))
    else:
        tally.false_hits.append(0.0)
    kept = " ".join(s.text for s in article.sentences)
    for sentence in article.sentences:
        tally.body_sentences += 1
        if _LEAK.search(sentence.text):
            tally.leaked += 1
            tally.example("leaked", sentence.text[:160])
    dropped = _dropped(article)
    if clean_prose:
        reference = _words(_MARKUP.sub(" ", body))  # a tag pasted with the text is no prose
        tally.prose_words += sum(reference.values())
        tally.prose_kept += sum((_words(kept) & reference).values())
        for name, text in dropped:
            tally.lost_by[name] += sum(_words(text).values())
            tally.example(f"prose lost ({name})", text[:160])
            if not reads_as_prose(text):  # a body that keeps its furniture: what the parser rightly took
                tally.furniture_words += sum(_words(text).values())
    for name, text in dropped:
        if not clean_prose:
            tally.removed_by[name] += 1
            tally.example(f"removed ({name})", text[:160])
        rule = removing_rule(name, text)
        prose = reads_as_prose(text)
        counts = tally.by_rule.setdefault(rule, [0, 0, 0, 0])
        words = len(text.split())
        counts[0] += 1
        counts[1] += words
        counts[2] += prose
        counts[3] += words if prose else 0
        tally.example(f"removed by {rule} [{'prose' if prose else 'furniture'}]", text[:160])


def part_one(paths: list[Path], limit: int, show: int, record: dict[str, list[float]]) -> None:
    print("Part 1: the text as given")
    print(f"{'data':<22} {'headline':>16} {'false headl.':>16} {'no output':>10} {'prose kept':>11} "
          f"{'leaked':>14}")
    for path in paths:
        rows = _rows(path, limit)
        tally = Tally()
        for row in rows:
            if "body" in row and "title" in row:
                title, body = str(row["title"]).strip(), str(row["body"]).strip()
                _headline(tally, title, f"{title}\n\n{body}")
                _bare(tally, body, clean_prose=True)
            elif "text" in row and "title" in row:
                text = str(row["text"])
                head, _, body = text.partition("\n\n")
                _headline(tally, head.split("\n")[0], text)
                full = _parse(text)
                _bare(tally, body.strip(), clean_prose=True, deck=getattr(full, "deck", None))
            else:
                _bare(tally, str(row["article"]), clean_prose=False)
        if tally.headline_hits:
            record[f"{path.name}: headline found"] = tally.headline_hits
        record[f"{path.name}: false headline"] = tally.false_hits
        headline = f"{tally.headline_found}/{tally.headline_total} {_pct(tally.headline_found, tally.headline_total)}"
        false = f"{tally.false_headline}/{tally.bare_total} {_pct(tally.false_headline, tally.bare_total)}"
        # two decimals: the goal (99.8%) is within a tenth of where the figures stand
        prose = f"{100 * tally.prose_kept / tally.prose_words:6.2f}%" if tally.prose_words else "  n/a"
        leaked = f"{tally.leaked}/{tally.body_sentences}"
        print(f"{path.name:<22} {headline if tally.headline_total else 'n/a':>16} {false:>16} "
              f"{tally.no_output:>10} {prose:>11} {leaked:>14}")
        if tally.deck_as_headline:
            print(f"    the deck taken as the headline once the title line is removed (not counted false): "
                  f"{tally.deck_as_headline}")
        if tally.lost_by:
            lost = ", ".join(f"{name} {words}" for name, words in tally.lost_by.most_common())
            print(f"    prose words lost by field: {lost}")
            if tally.furniture_words:
                # the other side: of what the body lost, the items that do not read as prose (``reads_as_prose``)
                # are furniture the data's body kept (credits, sign-up lines, section labels), not prose lost
                share = tally.prose_kept / (tally.prose_words - tally.furniture_words)
                print(f"    of those, {tally.furniture_words} words in items that do not read as prose; prose kept "
                      f"without them in the reference: {100 * min(1.0, share):.2f}%")
        if tally.removed_by or tally.lost_by:
            if tally.removed_by:
                removed = ", ".join(f"{name} {count}" for name, count in tally.removed_by.most_common())
                print(f"    removed by field (items): {removed}")
            print(f"    {'removed by rule':<28} {'items':>6} {'words':>6} {'prose items':>12} {'prose words':>12}")
            for rule, (items, words, prose_items, prose_words) in sorted(
                    tally.by_rule.items(), key=lambda item: -item[1][1]):
                print(f"    {rule:<28} {items:>6} {words:>6} {prose_items:>12} {prose_words:>12}")
        for kind, examples in sorted(tally.examples.items()):
            for text in examples[:show]:
                print(f"    {kind}: {text}")


# ---------------------------------------------------------------- part 2: paste forms

_TEMPLATE_A_TOP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | The Daily Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Daily Courier">
<meta name="author" content="Pat Morgan">
<meta property="article:published_time" content="2021-03-04T09:30:00Z">
<link rel="stylesheet" href="/static/site.css"><script>window.dataLayer = [];</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our site.
By continuing to browse you agree to our use of cookies. <button>Accept all cookies</button></div>
<header class="site-header"><a href="/" class="logo">The Daily Courier</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li>
</ul></nav><form class="search"><input type="search" placeholder="Search the Courier"></form></header>
<main><nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/world">World</a></nav>
<article class="story"><h1 class="headline">{title}</h1>
<div class="byline">By <a rel="author" href="/people/pat-morgan">Pat Morgan</a>, Senior Correspondent</div>
<time datetime="2021-03-04T09:30:00Z">4 March 2021</time>
<div class="story-body">
"""
_TEMPLATE_A_AD = '<div class="ad-slot">Advertisement</div>\n'
_TEMPLATE_A_BOTTOM = """</div>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Ferry operator cuts winter timetable</a></li>
<li><a href="/b">Council votes to review parking charges across the county</a></li>
<li><a href="/c">Five things to do this weekend in the city</a></li></ul></aside>
</article>
<aside class="sidebar most-popular"><h2>Most popular</h2><ol><li><a href="/d">Storm warning issued for the coast</a></li>
<li><a href="/e">Local bakery wins national bread award</a></li><li><a href="/f">Rail strike dates announced</a></li></ol></aside>
<section class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our daily newsletter and get the top
stories in your inbox every morning.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button>
</form></section></main>
<footer class="site-footer"><p>About us | Contact | Terms of use | Privacy policy</p>
<p>Copyright 2021 The Daily Courier Media Group. All rights reserved.</p></footer>
</body></html>
"""

_TEMPLATE_B_TOP = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - Valley Gazette Online</title>
<meta name="description" content="{lede}">
</head><body bgcolor="#ffffff">
<div class="cookienotice"><p>This website uses cookies. Read our cookie policy to find out more about how we use them.</p>
<a href="#" class="close">Close this notice</a></div>
<table width="100%" class="masthead"><tr><td><img src="/logo.gif" alt="Valley Gazette"></td>
<td class="topnav"><a href="/">Home</a> | <a href="/local">Local news</a> | <a href="/weather">Weather</a> |
<a href="/classifieds">Classifieds</a> | <a href="/obits">Obituaries</a></td></tr></table>
<div class="crumbs">You are here: <a href="/">Home</a> / <a href="/local">Local news</a></div>
<div id="content"><div id="maincol">
<div class="headline"><h2>{title}</h2></div>
<div class="dateline">Posted: Monday, June 7, 2004 at 6:15 p.m.</div>
<div class="article-text">
"""
_TEMPLATE_B_AD = '<div class="banner-ad"><a href="/ads/click"><img src="/ads/b.gif" alt="Ad"></a><br>Sponsored</div>\n'
_TEMPLATE_B_BOTTOM = """</div>
<div class="sharetools">Email this story | Print this story | Share on Facebook</div>
<div class="morestories"><b>More local headlines</b><br><a href="/1">School board approves new bus routes</a><br>
<a href="/2">Library extends weekend opening hours</a><br><a href="/3">Fire crews tackle barn blaze near river</a></div>
</div><div id="rightcol"><div class="mostread"><h3>Most read this week</h3><ul><li><a href="/4">High school team reaches state final</a></li>
<li><a href="/5">Road closures planned for summer works</a></li></ul></div>
<div class="signup"><h3>Free e-mail alerts</h3><p>Sign up to receive breaking news alerts by e-mail.</p>
<form><input name="email"><input type="submit" value="Subscribe"></form></div></div></div>
<div id="footer">Contents copyright 2004 Valley Gazette Publishing Co. All rights reserved.
<a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></div>
</body></html>
"""

# Template C: a news CMS page. The <title> carries the site's name after a bar, the <h1> sits in the entry
# header, byline and date in a meta line, JSON-LD holds the metadata, a photo has a caption and credit,
# a pull quote repeats a line of the story, "Read more:" links stand between paragraphs, and share
# buttons and a comments section follow the story.
_TEMPLATE_C_TOP = """<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8">
<title>{title} | Harbourside Herald</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title_json}",
"author":{{"@type":"Person","name":"Ines Calder"}},"datePublished":"2019-11-18T07:05:00+00:00"}}</script>
<link rel="stylesheet" href="/wp-content/themes/herald/style.css">
</head><body class="post-template-default single single-post">
<div class="top-bar"><a href="/subscribe">Subscribe from 1 a week</a> <a href="/login">My account</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">Harbourside Herald</a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/local">Local</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/money">Money</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48213" class="post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><span class="cat-links"><a href="/category/news" rel="category tag">News</a></span>
<h1 class="entry-title">{title}</h1>
<div class="meta"><span class="byline">By <a class="url fn n" href="/author/icalder">Ines Calder</a></span>
<span class="posted-on"><time class="entry-date published" datetime="2019-11-18T07:05:00+00:00">November 18, 2019</time></span></div>
</header>
<figure class="wp-block-image post-thumbnail"><img src="/wp-content/uploads/2019/11/quay.jpg" alt="">
<figcaption>The old quay at dawn, seen from the lighthouse steps. <span class="credit">Photo: Ravi Oduya / Herald Pictures</span></figcaption></figure>
<div class="entry-content">
"""
_TEMPLATE_C_AD = '<p class="read-more"><strong>Read more:</strong> <a href="/2019/11/tide-tables">Tide tables for the winter season published</a></p>\n'
_TEMPLATE_C_QUOTE = '<blockquote class="wp-block-quote pullquote"><p>{quote}</p></blockquote>\n'
_TEMPLATE_C_BOTTOM = """<p>Related: <a href="/2019/10/pier-lights">Pier lights switched on early this year</a></p>
</div>
<footer class="entry-footer"><div class="share-buttons"><a href="#share-fb">Share on Facebook</a> <a href="#share-tw">Tweet this</a>
<a href="#share-wa">Send via WhatsApp</a> <a href="#share-mail">Email a friend</a></div>
<span class="tags-links">Tagged <a href="/tag/quay" rel="tag">quay</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this story</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta">
<b class="fn">Gull_watcher</b> <time>November 18, 2019 at 9:12 am</time></footer>
<div class="comment-content"><p>Nobody asked the people who actually live down by the water what they wanted here.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Morag T</b></footer>
<div class="comment-content"><p>About time somebody wrote this up properly, thank you for covering it.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form><textarea name="comment"></textarea>
<p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul><li><a href="/x1">Lifeboat crew called out twice in one night</a></li><li><a href="/x2">Fish market to open on Sundays</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly published by Harbourside Media. Registered in the harbour district.</div></footer>
</body></html>
"""

# Template D: a page whose only <h1> is the site's logo (no link) and whose headline is in og:title and
# a <div class="title">, the story a run of <div>s without <p>, timestamped updates between them,
# a "Most watched" rail and a subscription prompt.
_TEMPLATE_D_TOP = """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Northgate Evening Star - {title}</title>
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
</head><body><div class="wrapper">
<div class="logo-bar"><h1 class="logo">Northgate Evening Star</h1><span class="tagline">Your city, every evening</span></div>
<ul class="sections"><li><a href="/city">City</a></li><li><a href="/courts">Courts</a></li><li><a href="/what-on">What's on</a></li></ul>
<div class="story-wrap"><div class="title">{title}</div>
<div class="story-meta">Last updated 14:32 BST, Thursday 9 May 2013</div>
<div class="story-text">
"""
_TEMPLATE_D_AD = '<div class="inline-promo"><a href="/apps">Get our free app for breaking news alerts</a></div>\n'
_TEMPLATE_D_BOTTOM = """</div>
<div class="subscribe-box">Enjoyed this story? Subscribe today and read without limits. <a href="/subscribe">Start your trial</a></div>
</div>
<div class="rail"><div class="rail-title">Most watched</div><div class="rail-item"><a href="/v1">Watch: tram returns to the depot</a></div>
<div class="rail-item"><a href="/v2">Watch: market traders sing in the rain</a></div></div>
<div class="bottom">Northgate Evening Star is part of Wexham Regional Press. Terms and conditions apply. Help | Feedback</div>
</div></body></html>
"""


def _story_markup(paragraphs: list[str], element: str, after: Callable[[int, str], str]) -> str:
    """The story's paragraphs, each in ``element`` (``<p>``, ``<div class="para">``), with what the page
    sets after paragraph ``number`` (``after(number, paragraph)``: an ad, a link, a pull quote, or "")."""
    tag = element.split(maxsplit=1)[0]
    return "".join(f"<{element}>{html.escape(paragraph, quote=False)}</{tag}>\n" + after(number, paragraph)
                   for number, paragraph in enumerate(paragraphs))


def _cms_page(title: str, paragraphs: list[str]) -> str:
    def after(number: int, paragraph: str) -> str:
        if number == 1:
            return _TEMPLATE_C_AD
        if number == 2:  # a pull quote: the opening words of the paragraph above, repeated
            quote = " ".join(paragraph.split()[:12])
            return _TEMPLATE_C_QUOTE.format(quote=html.escape(quote, quote=False))
        return ""

    title_json = json.dumps(title)[1:-1]
    top = _TEMPLATE_C_TOP.format(title=html.escape(title), title_json=html.escape(title_json, quote=False))
    return top + _story_markup(paragraphs, "p", after) + _TEMPLATE_C_BOTTOM


def _div_page(title: str, paragraphs: list[str]) -> str:
    body = _story_markup(paragraphs, 'div class="para"', lambda number, _: _TEMPLATE_D_AD if number == 1 else "")
    return _TEMPLATE_D_TOP.format(title=html.escape(title)) + body + _TEMPLATE_D_BOTTOM


_TEMPLATE_FURNITURE = (
    "cookies", "Accept all", "Search the Courier", "Related stories", "Ferry operator", "parking charges",
    "Five things", "Most popular", "Storm warning", "bakery", "Rail strike", "morning briefing",
    "daily newsletter", "Terms of use", "All rights reserved", "Daily Courier", "cookie policy",
    "Close this notice", "Classifieds", "You are here", "Posted:", "Email this story", "Share on Facebook",
    "More local headlines", "School board", "Library extends", "Fire crews", "Most read", "state final",
    "Road closures", "e-mail alerts", "Valley Gazette", "Sponsored", "Advertisement", "Senior Correspondent",
    "Harbourside Herald", "Subscribe from", "My account", "Read more:", "Tide tables", "Related:", "Pier lights",
    "old quay at dawn", "Herald Pictures", "Tweet this", "WhatsApp", "Email a friend", "Tagged", "thoughts on this",
    "Gull_watcher", "Nobody asked the people", "About time somebody", "Leave a Reply", "Post Comment",
    "Recent Posts", "Lifeboat crew", "Fish market", "Harbourside Media", "Evening Star", "Your city, every",
    "Last updated", "free app", "Enjoyed this story", "read without limits", "Start your trial", "Most watched",
    "tram returns", "market traders", "Wexham Regional", "Terms and conditions", "Help | Feedback",
)


def _html_page(title: str, paragraphs: list[str], top: str, ad: str, bottom: str) -> str:
    body = _story_markup(paragraphs, "p", lambda number, _: ad if number == 1 else "")
    lede = html.escape(paragraphs[0][:150]) if paragraphs else ""
    return top.format(title=html.escape(title), lede=lede) + body + bottom


def _markdown(title: str, paragraphs: list[str]) -> str:
    out = [f"# {title}", ""]
    for number, paragraph in enumerate(paragraphs):
        words = paragraph.split(" ")
        if number % 3 == 1 and len(words) > 4:  # emphasis on a phrase
            words[1] = f"**{words[1]}"
            words[2] = f"{words[2]}**"
        if number % 3 == 2 and len(words) > 6:  # a link on a word
            words[4] = f"[{words[4]}](https://example.org/story/{number})"
        out.extend([" ".join(words), ""])
    return "\n".join(out)


def _wrap(title: str, paragraphs: list[str]) -> str:
    wrapped = [textwrap.fill(p, 72, break_on_hyphens=False, break_long_words=False) for p in paragraphs]
    return "\n\n".join([title, *wrapped])


FORMS: dict[str, Callable[[str, list[str]], str]] = {
    "as given": lambda t, ps: "\n\n".join([t, *ps]),
    "one line": lambda t, ps: " ".join([t, *ps]),
    "wrapped at 72": _wrap,
    "one par. per line": lambda t, ps: "\n".join([t, *ps]),
    "CRLF": lambda t, ps: "\r\n\r\n".join([t, *ps]),
    "Markdown": _markdown,
    "HTML template A": lambda t, ps: _html_page(t, ps, _TEMPLATE_A_TOP, _TEMPLATE_A_AD, _TEMPLATE_A_BOTTOM),
    "HTML template B": lambda t, ps: _html_page(t, ps, _TEMPLATE_B_TOP, _TEMPLATE_B_AD, _TEMPLATE_B_BOTTOM),
    "HTML template C": _cms_page,
    "HTML template D": _div_page,
}


def part_two(path: Path, count: int, show: int, record: dict[str, list[float]]) -> None:  # noqa: PLR0915
    rows = _rows(path, 100_000)
    step = max(1, len(rows) // count)
    sample = [r for r in rows[::step] if "body" in r][:count]
    print(f"\nPart 2: paste forms of {len(sample)} articles from {path.name} (every {step}th)")
    print(f"{'form':<20} {'headline':>9} {'precision':>10} {'recall':>8} {'min R':>7} {'headl. rep.':>12} "
          f"{'furniture':>10} {'= plain':>8} {'no output':>10}")
    plain_reads: dict[int, tuple[Any, ...]] = {}
    for form, build in FORMS.items():
        found = repeated = furniture = same = failed = 0
        precisions: list[float] = []
        recalls: list[float] = []
        misses: list[str] = []
        for number, row in enumerate(sample):
            title = str(row["title"]).strip()
            paragraphs = [p.strip() for p in str(row["body"]).split("\n\n") if p.strip()]
            article = _parse(build(title, paragraphs))
            outcome = record.setdefault(f"{form}: headline found", [])
            repeat_outcome = record.setdefault(f"{form}: headline repeated", [])
            if article is None:
                failed += 1
                precisions.append(0.0)
                recalls.append(0.0)
                outcome.append(0.0)
                repeat_outcome.append(0.0)
                continue
            read = (article.headline, tuple(s.text for s in article.sentences))
            if form == "as given":
                plain_reads[number] = read
            elif read == plain_reads.get(number):
                same += 1
            hit = bool(article.headline and _clean(article.headline) == _clean(title))
            found += hit
            outcome.append(float(hit))
            if not hit:
                misses.append(f"{title!r} -> {article.headline!r}")
            body = " ".join(s.text for s in article.sentences)
            out, ref = _words(body), _words("\n".join(paragraphs))
            common = sum((out & ref).values())
            precisions.append(common / max(1, sum(out.values())))
            recalls.append(common / max(1, sum(ref.values())))
            again = any(_clean(s.text).startswith(_clean(title)) for s in article.sentences[:3])
            repeated += again
            repeat_outcome.append(float(again))
            source = "\n".join([title, *paragraphs]).lower()
            if form.startswith("HTML") and any(p.lower() in body.lower() and p.lower() not in source
                                               for p in _TEMPLATE_FURNITURE):
                furniture += 1
        n = len(sample)
        same_cell = "-" if form == "as given" else _pct(same, n)
        furniture_cell = _pct(furniture, n) if form.startswith("HTML") else "-"
        print(f"{form:<20} {_pct(found, n):>9} {sum(precisions) / n:>10.4f} {sum(recalls) / n:>8.4f} "
              f"{min(recalls):>7.3f} {_pct(repeated, n):>12} {furniture_cell:>10} {same_cell:>8} {failed:>10}")
        for miss in misses[:show]:
            print(f"    miss: {miss}")
    # the other side of the one-line headline: the body alone pasted as one line must yield no headline
    claimed = []
    bare = record.setdefault("one line, body alone: false headline", [])
    for row in sample:
        article = _parse(" ".join(p.strip() for p in str(row["body"]).split("\n\n") if p.strip()))
        bare.append(float(bool(article and article.headline)))
        if article and article.headline:
            claimed.append(article.headline)
    print(f"one line, body alone: headline claimed on {len(claimed)} of {len(sample)} ({_pct(len(claimed), len(sample)).strip()})")
    for headline in claimed[:show]:
        print(f"    false headline: {headline!r}")


def one_line_elsewhere(path: Path, show: int, record: dict[str, list[float]]) -> None:
    """The one-line form of a file whose text opens with its title line (PolNeAR: other publishers, other
    headline styles, Title Case, wire datelines): the title without the full stop the data adds to it,
    then the rest of the text, all on one line. And the other side: the rest alone as one line, where
    a headline claimed is false, or the deck that some of these texts hold under the title."""
    found: list[float] = []
    stopped: list[float] = []  # the title with the full stop the file gives it, as a headline set as a sentence
    claimed: list[float] = []
    misses: list[str] = []
    decks = 0
    for row in _rows(path, 100_000):
        head, _, rest = str(row["text"]).partition("\n\n")
        title = " ".join(head.split()).rstrip(".")
        body = " ".join(rest.split())
        article = _parse(f"{title} {body}")
        hit = bool(article and article.headline and _clean(article.headline) == _clean(title))
        found.append(float(hit))
        with_stop = _parse(f"{' '.join(head.split())} {body}")
        stopped.append(float(bool(with_stop and with_stop.headline and _clean(with_stop.headline) == _clean(title))))
        if not hit:
            misses.append(f"{title!r} -> {getattr(article, 'headline', None)!r}")
        bare = _parse(body)
        # as in part 1: the deck the text as given yields, once its title line is gone, is the text's top
        # line; taken for the headline it is counted apart, not as a false headline
        deck = getattr(_parse(str(row["text"])), "deck", None)
        as_deck = bool(deck and bare and bare.headline and _clean(bare.headline) == _clean(deck))
        decks += as_deck
        claimed.append(float(bool(bare and bare.headline) and not as_deck))
    record[f"{path.name} one line: headline found"] = found
    record[f"{path.name} one line, title with its stop: found"] = stopped
    record[f"{path.name} one line, text alone: headline claimed"] = claimed
    n = len(found)
    print(f"one line, {path.name} (title + text): headline found {_pct(sum(found), n).strip()} of {n}; "
          f"the text alone as one line: headline claimed on {_pct(sum(claimed), n).strip()} "
          f"(and its deck taken as the headline, not counted: {decks}); with the title's full stop kept: headline "
          f"found {_pct(sum(stopped), n).strip()}")
    for miss in misses[:show]:
        print(f"    miss: {miss}")


def wrapped_elsewhere(path: Path, show: int, record: dict[str, list[float]]) -> None:
    """The wrapped form of the other files' texts as they are (PolNeAR: one paragraph a line, no-break
    spaces; XSum: paragraphs run together; CNN/DM: one line): every line of the text wrapped at 72 columns,
    read against the text as given (headline and body sentences the same)."""
    same: list[float] = []
    misses: list[str] = []
    for row in _rows(path, 100_000):
        text = str(row.get("text") or row.get("article") or "")
        plain = _parse(text)
        if plain is None:
            continue
        wrapped = "\n".join(textwrap.fill(line, 72, break_on_hyphens=False, break_long_words=False)
                             for line in text.split("\n"))
        article = _parse(wrapped)
        read = (article.headline, [s.text for s in article.sentences]) if article is not None else None
        equal = read == (plain.headline, [s.text for s in plain.sentences])
        same.append(float(equal))
        if not equal:
            misses.append(str(row.get("doc_id") or row.get("id")))
    record[f"{path.name} wrapped at 72: = plain"] = same
    print(f"wrapped at 72, {path.name} (its text as given, every line): read as given in "
          f"{_pct(sum(same), len(same)).strip()} of {len(same)}")
    for miss in misses[:show]:
        print(f"    differs: {miss}")


def paired(before: dict[str, list[float]], after: dict[str, list[float]]) -> None:
    """Per-article differences (after - before) of every measure both runs share, with a standard error."""
    print("\nPaired per-article differences against the saved run (after - before)")
    print(f"{'measure':<46} {'n':>5} {'before':>7} {'after':>7} {'diff':>7} {'s.e.':>6} {'gained':>7} {'lost':>5}")
    for name, now in after.items():
        then = before.get(name)
        if then is None or len(then) != len(now) or not now:
            continue
        diffs = [a - b for a, b in zip(now, then, strict=True)]
        n = len(diffs)
        mean = sum(diffs) / n
        se = (sum((d - mean) ** 2 for d in diffs) / (n - 1) / n) ** 0.5 if n > 1 else 0.0
        gained, lost = sum(d > 0 for d in diffs), sum(d < 0 for d in diffs)
        print(f"{name:<46} {n:>5} {100 * sum(then) / n:>6.1f}% {100 * sum(now) / n:>6.1f}% "
              f"{100 * mean:>+6.1f}% {100 * se:>5.1f}% {gained:>7} {lost:>5}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=100_000, help="rows read from each file in part 1")
    parser.add_argument("--forms", type=int, default=300, help="BBC articles turned into paste forms")
    parser.add_argument("--show", type=int, default=0, help="examples of each kind to print")
    parser.add_argument("--save", type=Path, help="write the per-article outcomes to this JSON file")
    parser.add_argument("--against", type=Path, help="a file written by --save: print paired differences")
    parser.add_argument("--forms-only", action="store_true", help="skip part 1")
    args = parser.parse_args()
    record: dict[str, list[float]] = {}
    if not args.forms_only:
        part_one(args.data, args.limit, args.show, record)
    titled = [p for p in args.data if "body" in _rows(p, 1)[0]]
    if titled and args.forms:
        part_two(titled[0], args.forms, args.show, record)
    for path in args.data:
        if args.forms and "text" in _rows(path, 1)[0] and "title" in _rows(path, 1)[0]:
            one_line_elsewhere(path, args.show, record)
    for path in args.data:
        if args.forms and "body" not in _rows(path, 1)[0]:
            wrapped_elsewhere(path, args.show, record)
    if args.save:
        args.save.write_text(json.dumps(record), encoding="utf-8")
    if args.against:
        paired(json.loads(args.against.read_text(encoding="utf-8")), record)


if __name__ == "__main__":
    main()
