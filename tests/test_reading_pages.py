# ruff: noqa: E501  (the pages are markup, one element a line)
"""Pages of other templates: the story read as a reader reads it, the page furniture left out."""

from __future__ import annotations

import re

import pytest

from summarizer import parse_article
from summarizer.reading.html import (
    FOOTER_LINK_EXAMPLES,
    LINK_LIST_EXAMPLES,
    SHOWN_HEADLINE_EXAMPLES,
    SITE_FOOTER_EXAMPLES,
    read_html,
    shown_headline,
    site_footer,
    site_from_title,
    story_paragraphs,
    without_link_lists,
)

STORY = (
    "Kestrel Lines will run a second evening ferry from Velmont harbour from the first of May, the operator said on Tuesday.",
    "Mayor Ada Lund said the extra sailing would let islanders who work late on the mainland get home the same night.",
    "The new crossing leaves the mainland pier at twenty past nine and reaches the island shortly before ten.",
    "Fares on the late boat will match the daytime ones, and season tickets will be valid on it.",
)
HEADLINE = "Second evening ferry to sail from Velmont"

CMS_PAGE = f"""<!doctype html><html><head><title>{HEADLINE} | Velmont Tide</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{HEADLINE}",
"author":{{"@type":"Person","name":"Orla Venn"}},"datePublished":"2022-04-12T08:00:00Z"}}</script></head><body>
<header class="site-header"><a href="/">Velmont Tide</a><nav><a href="/island">Island</a> <a href="/sea">Sea</a></nav></header>
<main><article><header class="entry-header"><h1 class="entry-title">{HEADLINE}</h1>
<div class="meta">By <a href="/author/ovenn">Orla Venn</a> <time datetime="2022-04-12T08:00:00Z">April 12, 2022</time></div></header>
<figure><img src="/p.jpg" alt=""><figcaption>A ferry leaving the slipway. <span class="credit">Photo: Tide Pictures</span></figcaption></figure>
<div class="entry-content"><p>{STORY[0]}</p><p>{STORY[1]}</p>
<p><strong>Read more:</strong> <a href="/tides">Spring tide warning for the north quay</a></p>
<p>{STORY[2]}</p><blockquote class="pullquote"><p>{" ".join(STORY[2].split()[:10])}</p></blockquote>
<p>{STORY[3]}</p><p>Related: <a href="/gulls">Gull count on the breakwater doubles</a></p></div>
<div class="share-buttons"><a href="#fb">Share on Facebook</a> <a href="#mail">Email a friend</a></div></article>
<div id="comments" class="comments-area"><h2>2 thoughts on this story</h2><ol class="comment-list"><li class="comment">
<div class="comment-content"><p>The last boat has been needed for years, glad the council finally listened.</p></div></li></ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div></main>
<footer>Published by Velmont Tide Media.</footer></body></html>"""

LOGO_PAGE = f"""<!DOCTYPE html><html><head><title>Velmont Evening Lamp - {HEADLINE}</title>
<meta property="og:title" content="{HEADLINE}"></head><body>
<div class="logo-bar"><h1 class="logo">Velmont Evening Lamp</h1></div>
<ul class="sections"><li><a href="/town">Town</a></li><li><a href="/harbour">Harbour</a></li></ul>
<div class="story"><div class="title">{HEADLINE}</div>
<div class="story-text">{"".join(f'<div class="para">{p}</div>' for p in STORY)}</div></div>
<div class="rail"><div class="rail-title">Most watched</div><div><a href="/v">Watch: lamp lighters at work</a></div></div>
</body></html>"""

# A short story in <div>s on a page with no <footer>: the extraction takes the site's footer below it.
FOOTER_PAGE = f"""<!DOCTYPE html><html><head><title>Velmont Evening Lamp - {HEADLINE}</title>
<meta property="og:title" content="{HEADLINE}"></head><body><div class="wrapper">
<div class="logo-bar"><h1 class="logo">Velmont Evening Lamp</h1><span class="tagline">News from the islands</span></div>
<div class="story-wrap"><div class="title">{HEADLINE}</div>
<div class="story-meta">Last updated 09:10 BST, Tuesday 12 April 2022</div>
<div class="story-text"><div class="para">{STORY[0]}</div>
<div class="promo"><a href="/apps">Get our app for sailing alerts</a></div>
<div class="para">{STORY[1]}</div></div></div>
<div class="rail"><div class="rail-title">Most watched</div><div><a href="/v">Watch: lamp lighters at work</a></div></div>
<div class="bottom">Velmont Evening Lamp is part of Ostrand Coast Press. Terms and conditions apply. Help | Feedback</div>
</div></body></html>"""

FURNITURE = ("Read more", "Related:", "Spring tide", "Gull count", "Share on Facebook", "Email a friend",
             "thoughts on this", "needed for years", "Leave a Reply", "Velmont Tide Media", "Most watched",
             "lamp lighters", "Photo:", "slipway", "Ostrand Coast", "Terms and conditions", "Feedback")


@pytest.mark.parametrize("page", [CMS_PAGE, LOGO_PAGE], ids=["news CMS", "logo heading"])
def test_page_reads_headline_and_story(page: str) -> None:
    assert read_html(page).title == HEADLINE
    article = parse_article(page)
    assert article.headline == HEADLINE
    assert [sentence.text for sentence in article.sentences] == list(STORY)
    body = " ".join(sentence.text for sentence in article.sentences)
    for phrase in FURNITURE:
        assert phrase not in body


def test_news_cms_byline_and_date() -> None:
    read = read_html(CMS_PAGE)
    assert read.author == "Orla Venn"
    assert read.date == "2022-04-12"


def test_pull_quote_dropped_but_repeated_line_of_prose_kept() -> None:
    quote = " ".join(STORY[1].split()[:9])
    assert story_paragraphs(f"{STORY[1]}\n\n{quote}\n\n{STORY[2]}") == f"{STORY[1]}\n\n{STORY[2]}"
    # two words is no pull quote: a short line that happens to appear above stays
    assert story_paragraphs(f"{STORY[1]}\n\nMayor Ada") == f"{STORY[1]}\n\nMayor Ada"
    assert re.search("evening", story_paragraphs(STORY[0]))


def test_short_story_on_a_page_without_footer_element_loses_the_site_footer() -> None:
    article = parse_article(FOOTER_PAGE)
    assert article.headline == HEADLINE
    assert [sentence.text for sentence in article.sentences] == list(STORY[:2])


@pytest.mark.parametrize(("site", "paragraph", "footer"), SITE_FOOTER_EXAMPLES)
def test_site_footer_examples(site: str, paragraph: str, footer: bool) -> None:
    text = f"{STORY[0]}\n\n{paragraph}"
    assert site_footer(text, site) == (STORY[0] if footer else text)


@pytest.mark.parametrize(("title", "headline", "site"), [
    ("Velmont Evening Lamp - Fear of the ferry - Lund", "Fear of the ferry - Lund", "Velmont Evening Lamp"),
    (f"{HEADLINE} | Velmont Tide", HEADLINE, "Velmont Tide"),
    (f"{HEADLINE} | Island | Velmont Tide", HEADLINE, None),  # a section and a site: no way to tell
    (HEADLINE, HEADLINE, None),
    ("Velmont Tide", HEADLINE, None),
    (f"{HEADLINE}s | Tide", HEADLINE, None),  # the headline is not the title's part
])
def test_site_beside_the_headline_in_the_title(title: str, headline: str, site: str | None) -> None:
    assert site_from_title(f"<html><head><title>{title}</title></head></html>", headline) == site


# An older template: the story and a right-hand rail of links and weather in one <section>, the headline in
# an <h2>, the <title> with the site's name before a colon.
RAIL_PAGE = f"""<html><head><title>Velmont Courier: {HEADLINE}</title></head><body>
<div id="top"><a href="/"><img src="/logo.png" alt="Velmont Courier"></a> <span class="date">Tuesday 12 April 2022</span></div>
<div id="menu"><a href="/">Front page</a> · <a href="/island">Island</a> · <a href="/letters">Letters</a></div>
<section class="main"><div class="left"><h2 class="story-title">{HEADLINE}</h2>
<p class="author">Written by Orla Venn, Island Reporter</p>
{"".join(f"<p>{p}</p>" for p in STORY)}
<p class="tools"><a href="/print">Print</a> | <a href="/email">Email to a friend</a></p></div>
<div class="right"><h3>Top stories</h3><p><a href="/t1">Harbour dues to rise by three per cent</a></p>
<p><a href="/t2">New lifeboat named at the slipway</a></p><h3>Weather</h3><p>Sunny intervals, 18C</p></div></section>
<div id="bottom">Velmont Courier 2022 | <a href="/terms">Terms</a></div></body></html>"""

# A print version: the <title> says "Print:", the headline is an <h3>.
PRINT_PAGE = f"""<html><head><title>Print: {HEADLINE}</title></head><body>
<p><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></p>
<h3>{HEADLINE}</h3><p><i>By Orla Venn, Island Reporter</i></p>
{"".join(f"<p>{p}</p>" for p in STORY)}</body></html>"""


def test_a_rail_of_links_beside_the_story_stays_out_of_it() -> None:
    article = parse_article(RAIL_PAGE)
    assert article.headline == HEADLINE
    assert [sentence.text for sentence in article.sentences] == list(STORY)


def test_a_print_page_keeps_the_headline_it_shows() -> None:
    article = parse_article(PRINT_PAGE)
    assert article.headline == HEADLINE
    assert [sentence.text for sentence in article.sentences] == list(STORY)


@pytest.mark.parametrize(("links", "paragraphs", "kept"), LINK_LIST_EXAMPLES)
def test_link_list_examples(links: tuple[str, ...], paragraphs: tuple[str, ...], kept: tuple[str, ...]) -> None:
    assert tuple(without_link_lists(list(paragraphs), frozenset(links))) == kept


@pytest.mark.parametrize(("title", "headings", "headline"), SHOWN_HEADLINE_EXAMPLES)
def test_shown_headline_examples(title: str, headings: tuple[str, ...], headline: str) -> None:
    assert shown_headline(title, list(headings)) == headline


@pytest.mark.parametrize(("anchors", "paragraphs", "kept"), FOOTER_LINK_EXAMPLES)
def test_footer_link_examples(anchors: tuple[str, ...], paragraphs: tuple[str, ...], kept: tuple[str, ...]) -> None:
    assert tuple(without_link_lists(list(paragraphs), frozenset(), frozenset(anchors))) == kept


# An old table page: a column of menu links beside the story, paragraphs parted by <br><br>, a footer link.
TABLE_PAGE = f"""<html><head><title>{HEADLINE}</title></head><body><center><img src="/b.gif" alt="Velmont Herald"></center>
<table><tr><td valign="top"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a></td>
<td valign="top"><font size="5"><b>{HEADLINE}</b></font><br><br>
{"<br><br>".join(STORY)}</td></tr></table><hr><center><font size="1">Copyright &copy; 2001 Velmont Herald.<br>
<a href="/privacy">Privacy Policy</a></font></center></body></html>"""


def test_a_table_page_loses_its_menu_and_footer_links() -> None:
    article = parse_article(TABLE_PAGE)
    assert article.headline == HEADLINE
    assert [sentence.text for sentence in article.sentences] == list(STORY)
