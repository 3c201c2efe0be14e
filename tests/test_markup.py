"""HTML pages and Markdown files given as articles keep their structure and lose their markup."""

from __future__ import annotations

from summarizer import parse_article
from summarizer.markup import looks_like_html, looks_like_markdown, to_plain_text

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


def test_html_page_keeps_headline_date_caption_and_paragraphs() -> None:
    """Scripts, styles, navigation, the <title> and the footer never reach the body."""
    article = parse_article(PAGE)
    assert article.kicker == "Politics"
    assert article.headline == "Council backs new tram line"
    assert article.date == "March 3, 2025"
    assert article.captions == ("Trams in the city centre. Photograph: Jane Doe",)
    assert [s.text for s in article.sentences] == [
        "The council approved a new tram line on Monday after a nine-hour debate.",
        "The vote was 31 to 20.",
        "“This is a great day for [sic] the city,” the mayor said.",
    ]


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


def test_plain_text_is_left_alone() -> None:
    """Prose with a stray '<' or '#' is not mistaken for markup."""
    text = "Prices rose 3% as demand < supply.\n\nThe #1 seller kept its lead."
    assert not looks_like_html(text)
    assert not looks_like_markdown(text)
    assert to_plain_text(text) == text
