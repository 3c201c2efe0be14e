# ruff: noqa: E501  (page markup and article paragraphs are one line each)
"""HTML pages (through trafilatura) and Markdown files given as articles: the story, its metadata, no markup."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarizer import EmptyArticleError, parse_article
from summarizer.article.blocks import looks_like_markdown
from summarizer.reading.html import (
    AUTHOR_EXAMPLES,
    PAGE_KINDS,
    NotAnArticleError,
    PageKind,
    authors,
    looks_like_html,
    read_html,
)

from .conftest import ROOT

PAGE = """<!DOCTYPE html>
<html><head><title>Tram vote | City News</title>
<script>var teaser = "Breaking. News.";</script><style>p { color: red; }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><p class="kicker">Politics |</p><h1>Council backs new tram line</h1>
<p class="date">March 3, 2025</p>
<figure><img src="tram.jpg"><figcaption>Trams in the city centre. Photograph: Jane Doe</figcaption></figure>
<p>The council approved a new tram line on Monday after a <b>nine-hour</b> debate.</p>
<p>The vote was 31 to 20. &ldquo;This is a great day for [sic] the city,&rdquo; the mayor said.</p></article>
<footer>Copyright 2025 City News</footer></body></html>
"""

MARKDOWN = """# Council backs new tram line

*March 3, 2025*

The council approved a new tram line on Monday after a **nine-hour** debate, [the city said](https://example.org/x).

![Trams in the city centre](tram.jpg)

## What happens next

Construction is due to start next spring. Work will last three years.
"""


def test_html_page_keeps_headline_kicker_and_paragraphs() -> None:
    """Scripts, styles, navigation, the figure and the footer never reach the body; the date comes from the page."""
    article = parse_article(PAGE)
    assert article.kicker == "Politics"
    assert article.headline == "Council backs new tram line"
    assert article.date == "March 3, 2025"
    assert [s.text for s in article.sentences] == [
        "The council approved a new tram line on Monday after a nine-hour debate.",
        "The vote was 31 to 20.",
        "“This is a great day for [sic] the city,” the mayor said.",
    ]


NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry service returns to the island | Island Herald</title>
<meta property="og:title" content="Ferry service returns to the island">
<meta property="og:site_name" content="Island Herald">
<meta name="author" content="Pat Morgan">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<main><article><h1>Ferry service returns to the island</h1>
<p class="byline">By Pat Morgan</p>
<p>The ferry to the island ran again on Thursday for the first time in three months, after repairs to the pier were finished ahead of schedule.</p>
<p>About two hundred passengers made the first crossing, many of them islanders who had been relying on a small launch since the winter storms.</p>
<div class="ad">Advertisement</div>
<p>"It feels like the island has been given its heart back," said Morag Dunn, who runs the shop by the harbour.</p>
<p>The operator said the service would run four times a day through the summer and that fares would not rise this year.</p>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Storm damages island pier</a></li>
<li><a href="/b">Council approves pier repair budget</a></li></ul></aside></article>
<aside class="most-popular"><h2>Most popular</h2><ol><li><a href="/c">Lighthouse keeper retires after forty years</a></li></ol></aside>
<section class="newsletter"><h2>Morning briefing</h2><p>Sign up for our newsletter and get the top stories every morning.</p></section></main>
<footer><p>Copyright 2024 Island Herald. All rights reserved.</p></footer></body></html>"""


def test_news_page_metadata_and_no_page_furniture() -> None:
    """Title, author, date and site name come from the page; cookie banner, nav, related, sidebar, newsletter and footer stay out."""
    article = parse_article(NEWS_PAGE)
    assert article.headline == "Ferry service returns to the island"
    assert article.byline == "Pat Morgan"
    assert article.date is not None and article.date.startswith("2024-05-02")
    assert article.site_name == "Island Herald"
    body = " ".join(s.text for s in article.sentences)
    assert body.startswith("The ferry to the island ran again on Thursday")
    assert body.endswith("fares would not rise this year.")
    for furniture in ("cookies", "Related", "Storm damages", "Lighthouse", "newsletter", "Copyright", "Advertisement",
                      "Home"):
        assert furniture not in body
    assert all(s.text != article.headline for s in article.sentences)


def test_a_page_date_is_one_the_page_states() -> None:
    """A page that gives no date gets none: its footer's copyright year is no day of publication.
    Where the page states both, the day the story was first published is the one shown."""
    undated = NEWS_PAGE.replace('<meta property="article:published_time" content="2024-05-02T08:00:00Z">', "")
    assert "Copyright 2024" in undated and "2024-05-02" not in undated
    assert parse_article(undated).date is None
    updated = NEWS_PAGE.replace(
        "</head>", '<meta property="article:modified_time" content="2024-06-10T09:30:00Z"></head>'
    )
    assert parse_article(updated).date == "2024-05-02"
    stated = undated.replace('<p class="byline">By Pat Morgan</p>', '<p class="byline">By Pat Morgan, 2 May 2024</p>')
    assert parse_article(stated).date == "2024-05-02"


def test_page_without_a_story_is_refused() -> None:
    """A page with no text is an empty article, not a summary of its title."""
    assert read_html("<html><head><title>Island Herald</title></head><body></body></html>").text == ""
    with pytest.raises(EmptyArticleError):
        parse_article("<html><head><title>Island Herald</title></head><body></body></html>")


def test_plain_text_path_never_imports_trafilatura() -> None:
    """Start-up time: parsing plain text loads no HTML extractor; parsing a page does."""
    code = (
        "import sys; from summarizer import parse_article; "
        "parse_article('Council backs new tram line\\n\\nThe council approved the line on Monday. It cost a lot.'); "
        "plain = 'trafilatura' in sys.modules; "
        f"parse_article({NEWS_PAGE!r}); "
        "print(plain, 'trafilatura' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.split() == ["False", "True"]


def test_markdown_headings_become_headline_and_subheads() -> None:
    """'#' is the headline, '##' a subhead; links keep their words, emphasis its text."""
    article = parse_article(MARKDOWN)
    assert article.headline == "Council backs new tram line"
    assert article.date == "March 3, 2025"
    assert article.subheads == ("What happens next",)
    assert article.sentences[0].text == (
        "The council approved a new tram line on Monday after a nine-hour debate, the city said."
    )
    assert "](" not in article.text and "**" not in article.text
    assert "Trams in the city centre" not in article.text  # the image's description is no sentence of the story


def test_markdown_images_leave_no_words_and_a_linked_image_no_brackets() -> None:
    text = ("# Seafront cycle lanes approved\n\n*By Ines Varga*\n\n![A cyclist on the seafront](cycle.jpg)\n\n"
            "[![Map of the lanes](map.png)](https://example.com/map) Kelby council has approved protected cycle "
            "lanes along two miles of the seafront, despite objections from some shop owners.\n\n"
            "The scheme will cost £1.8m and is due to be finished by the end of the year, the council said.")
    article = parse_article(text)
    assert (article.headline, article.deck, article.byline) == ("Seafront cycle lanes approved", None, "Ines Varga")
    assert article.sentences[0].text.startswith("Kelby council has approved")
    assert not any(mark in article.text for mark in ("[", "]", "(", "cyclist", "Map of"))


def test_plain_text_is_left_alone() -> None:
    """Prose with a stray '<' or '#' is not mistaken for markup."""
    text = "Prices rose 3% as demand < supply.\n\nThe #1 seller kept its lead."
    assert not looks_like_html(text)
    assert not looks_like_markdown(text)
    assert [s.text for s in parse_article(text).sentences] == ["Prices rose 3% as demand < supply.",
                                                               "The #1 seller kept its lead."]


def test_control_characters_do_not_stop_the_page_reader() -> None:
    """An escape character in a page, raw or as a reference, is dropped; the story is still read."""
    from summarizer.reading.html import read_html, xml_safe

    assert xml_safe("a&#x1b;b&#27;c&#10;d&#x202E;e\x1bf") == "abc&#10;d&#x202E;ef"
    page = read_html(
        "<html><head><title>Pier reopens</title></head><body><h1>Pier reopens</h1>"
        "<p>The pier reopened on Friday &#x1b;[2J after a year of repairs. Anglers returned at dawn.</p></body></html>"
    )
    assert page.title == "Pier reopens"
    assert "after a year of repairs" in page.text


MARKDOWN_HINTS = [
    # (text, is it a Markdown document?)
    ("# Ferry fares rise\n\nFares rise in May.", True),
    ("Fares rise in May. See [the notice](https://example.com/n) and **act now**.", True),
    ("Fares:\n- [adults](https://example.com/a) pay more\n- children pay less", True),
    ("The council met on Monday. Readers can see [the full report](https://example.com/r) online.", False),
    ("The minister [who was not named] said fares (in May) would rise.", False),
    ("Prices rose 5% [1](2) in the year, the report said.", False),
]


@pytest.mark.parametrize(("text", "markdown"), MARKDOWN_HINTS)
def test_markdown_is_a_document_not_one_link(text: str, markdown: bool) -> None:
    """One pasted link does not make an article Markdown; a heading or two kinds of markup do."""
    assert looks_like_markdown(text) is markdown


@pytest.mark.parametrize(
    ("line", "is_rule"),
    [
        ("---", True), ("***", True), ("___", True), ("* * *", True), ("   - - -  ", True), ("-*-", True),
        ("--", False),  # too short
        ("    ---", False),  # four spaces: code, not a rule
        ("-    -    -", False),  # marks too far apart
        ("--- the end", False), ("— — —", False),  # words, and em dashes, are prose
        ("* Lists start like this", False),
        ("**__*_" * 2000, True),  # one long line of marks is still one rule, read in one pass
    ],
)
def test_markdown_rule_lines(line: str, is_rule: bool) -> None:
    from summarizer.article.blocks import is_thematic_break

    assert is_thematic_break(line) is is_rule


def test_markdown_rule_lines_leave_their_neighbours() -> None:
    text = "# Ferry returns\n\nThe ferry ran again on Thursday.\n\n* * *\n\nIt will run four times a day.\n"
    article = parse_article(text)
    assert [s.text for s in article.sentences] == ["The ferry ran again on Thursday.", "It will run four times a day."]


@pytest.mark.parametrize(
    ("items", "kept"),
    [
        # caught: items that are nothing but a link, with or without emphasis or a title
        ("- [Ferry fares to rise](/ferry)\n- [Pier reopens](/pier)", []),
        ("1. **[Ferry fares to rise](https://example.com/f \"Ferry\")**\n2) [Pier reopens](/pier)", []),
        # left alone: a link inside an item's sentence keeps its words
        ("- The council [voted](/vote) to close the pier.\n- [Fares](/fares) rise in May for adults.",
         ["The council voted to close the pier.", "Fares rise in May for adults."]),
    ],
    ids=["links", "numbered-emphasis-title", "links-in-sentences"],
)
def test_a_list_item_that_is_only_a_link_is_navigation(items: str, kept: list[str]) -> None:
    text = f"# Ferry returns\n\nThe ferry ran again on Thursday.\n\n{items}\n\nIt will run four times a day.\n"
    article = parse_article(text)
    assert [s.text for s in article.sentences] == ["The ferry ran again on Thursday.", *kept,
                                                   "It will run four times a day."]


@pytest.mark.parametrize(
    ("kind", "heading", "caught"),
    [(kind, heading, True) for kind in PAGE_KINDS for heading in kind.catches]
    + [(kind, heading, False) for kind in PAGE_KINDS for heading in kind.spares],
    ids=lambda value: value.name if isinstance(value, PageKind) else None,
)
def test_page_kind_examples(kind: PageKind, heading: str, caught: bool) -> None:
    """Each kind of non-story page catches its headings and spares the news headlines that look like them."""
    assert bool(kind.heading.match(heading)) == caught


_STORY_PARAGRAPHS = "".join(
    f"<p>{p}</p>"
    for p in (
        "The council approved a new tram line on Monday after a nine-hour debate in the town hall.",
        "The vote was 31 to 20. Supporters said the line would cut journeys across the city by a third.",
        "Opponents said the cost, put at two hundred million pounds, would fall on residents for decades.",
        "Construction is due to start next spring and should last three years, the council said in a statement.",
    )
)
_SIGN_IN_FORM = '<form><label>Email</label><input name="email"><label>Password</label><input type="password" name="pw"><button>Sign in</button></form>'


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        ("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>", "an error page"),
        ("<html><head><title>Coast News</title></head><body><h1>Page not found</h1><p>Sorry, we could not find that story. Try the home page.</p></body></html>", "an error page"),
        (f"<html><head><title>Sign in</title></head><body>{_SIGN_IN_FORM}<a href='/forgot'>Forgot your password?</a></body></html>", "a sign-in page"),
        ("<html><head><title>Just a moment...</title></head><body><h1>Checking your browser before accessing the site.</h1><p>This process is automatic. Please allow up to 5 seconds.</p></body></html>", "a browser check"),
        ("<html><head><title>Before you continue to Coast News</title></head><body><p>We use cookies to deliver our services. Select Accept all or Reject all.</p></body></html>", "a cookie consent page"),
    ],
)
def test_a_page_that_is_no_story_is_refused_by_name(page: str, kind: str) -> None:
    """A saved error page, sign-in form or browser check is refused in one line, not summarised."""
    with pytest.raises(NotAnArticleError, match=f"^the page is {kind} \\("):
        read_html(page)
    with pytest.raises(EmptyArticleError):
        parse_article(page)


@pytest.mark.parametrize(
    "page",
    [
        # a story with a sign-in box on its page
        f"<html><head><title>Council backs new tram line</title></head><body><div class='modal'><h1>Sign in</h1>{_SIGN_IN_FORM}</div><article><h1>Council backs new tram line</h1>{_STORY_PARAGRAPHS}</article></body></html>",
        # a story whose headline reads like an error page's
        f"<html><head><title>Not Found</title></head><body><article><h1>Not Found</h1>{_STORY_PARAGRAPHS}</article></body></html>",
        # a short story headlined like a sign-in page, without a password field
        "<html><head><title>Log in scandal</title></head><body><article><h1>Sign in</h1><p>The minister was asked to sign in to the register on Monday. She refused.</p></article></body></html>",
    ],
)
def test_a_story_that_looks_like_such_a_page_is_still_read(page: str) -> None:
    assert "council" in read_html(page).text.lower() or "minister" in read_html(page).text


MASTHEAD_PAGE = """<html><head><title>Storm closes coast road for third day - Kilbride Evening Post</title></head>
<body><table><tr><td><h1><a href="/">Kilbride Evening Post</a></h1></td></tr></table>
<table><tr><td><font size="5"><b>Storm closes coast road for third day</b></font><br>
<p>The coast road between Kilbride and Portnahaven will stay closed for a third day after high winds brought down power lines and washed rocks onto the carriageway.</p>
<p>Highland Council said engineers could not start repairs until the wind dropped, and warned that the road might not reopen until Friday.</p>
<p>About 300 homes were still without power on Tuesday evening, according to the electricity network operator.</p>
</td></tr></table></body></html>
"""


@pytest.mark.parametrize(
    ("page", "headline", "site"),
    [
        # the lone <h1> is the masthead, a link to the front page: the headline is in the <title>
        (MASTHEAD_PAGE, "Storm closes coast road for third day", "Kilbride Evening Post"),
        (MASTHEAD_PAGE.replace('href="/"', 'href="https://www.kilbride-post.example/"')
         .replace("Storm closes coast road for third day - Kilbride Evening Post",
                  "Kilbride Evening Post | Storm closes coast road for third day"),
         "Storm closes coast road for third day", "Kilbride Evening Post"),
        # the masthead and a <title> that holds nothing else: no headline rather than the site's name
        (MASTHEAD_PAGE.replace("Storm closes coast road for third day - Kilbride Evening Post", "Kilbride Evening Post"),
         None, "Kilbride Evening Post"),
        # left alone: a headline <h1> that links to the story itself, and one that is no link
        (MASTHEAD_PAGE.replace('<h1><a href="/">Kilbride Evening Post</a></h1>',
                               '<h1><a href="/news/2025/storm-road">Storm closes coast road for third day</a></h1>'),
         "Storm closes coast road for third day", None),
        (MASTHEAD_PAGE.replace('<h1><a href="/">Kilbride Evening Post</a></h1>', "<h1>Storm closes coast road for third day</h1>")
         .replace("Storm closes coast road for third day - Kilbride Evening Post", "Coast road closed - Kilbride Evening Post"),
         "Storm closes coast road for third day", None),
    ],
)
def test_a_masthead_heading_is_the_site_not_the_headline(page: str, headline: str | None, site: str | None) -> None:
    article = parse_article(page)
    assert article.headline == headline
    if site is not None:
        assert article.site_name == site
    assert article.sentences[0].text.startswith("The coast road between Kilbride")


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        # a byline alone in its element right below the headline, on a page whose metadata names no author
        (MASTHEAD_PAGE.replace("</b></font><br>", '</b></font><br>\n<font size="2">By Hamish Dunlop</font><br>'), "Hamish Dunlop"),
        (MASTHEAD_PAGE.replace("</b></font><br>", "</b></font><br><span>By Ana de Souza, Transport Editor</span>"), "Ana de Souza"),
        (MASTHEAD_PAGE.replace("</b></font><br>", '</b></font><br><div>By <a href="/people/hd">Hamish Dunlop</a>, Reporter</div>'), "Hamish Dunlop"),
        # left alone: no byline, a "By" that starts a sentence, a byline above the headline (another story's)
        (MASTHEAD_PAGE, None),
        (MASTHEAD_PAGE.replace("</b></font><br>", "</b></font><br><span>By Monday Evening the road was still shut</span>"), None),
        (MASTHEAD_PAGE.replace("</h1></td>", "</h1></td><td><a href='/opinion'>Ferry fares must fall</a> <span>By Greta Lind</span></td>"), None),
    ],
)
def test_a_byline_below_the_headline_names_the_author(page: str, byline: str | None) -> None:
    article = parse_article(page)
    assert article.headline == "Storm closes coast road for third day"
    assert article.byline == byline


STANDFIRST_PAGE = """<!DOCTYPE html><html><head><title>Keepers go back to the lighthouse | The Coastline</title>
<meta name="description" content="DESCRIPTION">
<meta property="og:title" content="Keepers go back to the lighthouse">
</head><body><nav><a href="/">Home</a> <a href="/uk">UK</a></nav>
<main><article><h1>Keepers go back to the lighthouse</h1>
STANDFIRST
<div class="body">
<p>Two keepers will move back to the lighthouse at Skerry Point in June, the maritime board said on Tuesday.</p>
<p>The light was automated long ago, but it failed three times in storms last winter.</p>
<p>The board will look again at the plan in two years and may extend it to other lights.</p>
</div></article></main><footer>All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize(
    ("description", "standfirst", "deck"),
    [
        # the page shows its description above the story, apart from it: the deck
        ("The last beacon on the island will be staffed again as machines fail in storms",
         '<div class="standfirst"><p>The last beacon on the island will be staffed again as machines fail in storms</p></div>',
         "The last beacon on the island will be staffed again as machines fail in storms"),
        # left alone: a description the page never shows (a teaser for search engines)
        ("Read all about the lighthouse and its keepers on our site today", "", None),
        # the lede as the description (many sites describe a story by its first paragraph)
        ("Two keepers will move back to the lighthouse at Skerry Point in June, the maritime board said on Tuesday.",
         "", None),
        # the story opens with it, in an element the template marks as the deck
        ("The last beacon on the island will be staffed again as machines fail in storms",
         '<p class="article-dek">The last beacon on the island will be staffed again as machines fail in storms</p>',
         "The last beacon on the island will be staffed again as machines fail in storms"),
        # left alone: a description cut short, and one of too few words
        ("The last beacon on the island will be staffed again as...", "", None),
        ("Lighthouse news", "<p class='standfirst'>Lighthouse news</p>", None),
        # shown only in a script (structured data), not as text of the page
        ("The last beacon on the island will be staffed again as machines fail in storms",
         '<script>var teaser = "The last beacon on the island will be staffed again as machines fail in storms";</script>',
         None),
    ],
)
def test_a_deck_is_the_description_the_page_shows_above_the_story(description: str, standfirst: str, deck: str | None) -> None:
    for body in ('<div class="body">', '<div class="article-body">'):  # the story in a container of its own or not
        page = STANDFIRST_PAGE.replace("DESCRIPTION", description).replace("STANDFIRST", standfirst)
        _deck_read(page.replace('<div class="body">', body), deck)


def _deck_read(page: str, deck: str | None) -> None:
    article = parse_article(page)
    assert article.headline == "Keepers go back to the lighthouse"
    assert article.deck == deck
    assert article.sentences[0].text.startswith("Two keepers will move back")
    assert all(deck is None or deck not in sentence.text for sentence in article.sentences)


def test_a_first_paragraph_marked_as_the_intro_stays_the_lede() -> None:
    """The lede written as the page's description, in an element marked as the story's intro, is the story."""
    lede = "Two keepers will move back to the lighthouse at Skerry Point in June, the maritime board said on Tuesday."
    page = STANDFIRST_PAGE.replace("DESCRIPTION", lede).replace("STANDFIRST", "").replace(
        f"<p>{lede}</p>", f'<p class="intro">{lede}</p>')
    article = parse_article(page)
    assert article.deck is None
    assert article.sentences[0].text == lede


@pytest.mark.parametrize(("field", "byline"), AUTHOR_EXAMPLES)
def test_a_role_parted_from_its_name_goes_back_to_it(field: str, byline: str) -> None:
    assert authors(field) == byline
