# ruff: noqa: E501  (page markup and article paragraphs are one line each)
"""URL fetching against a local HTTP server the tests start and stop: pages, redirects, errors, limits."""

from __future__ import annotations

import gzip
import json
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import EXIT_FAILURE, EXIT_OK, app
from summarizer.reading.fetch import USER_AGENT, FetchError, fetch, request_url

from .conftest import HARBOUR_STORY

_PARAGRAPHS = "".join(f"<p>{p}</p>\n" for p in HARBOUR_STORY.split("\n\n")[2:] if p.strip())
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbour town votes to rebuild storm-hit sea wall | Coast News</title>
<meta property="og:title" content="Harbour town votes to rebuild storm-hit sea wall">
<meta property="og:site_name" content="Coast News"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour town votes to rebuild storm-hit sea wall</h1>{_PARAGRAPHS}</article>
<footer>Copyright 2025 Coast News. All rights reserved.</footer></body></html>"""
ERROR_PAGE = "<html><body><h1>Page not found</h1><p>Sorry, the story you wanted has moved or never existed.</p></body></html>"
SEEN_AGENTS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, kind: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path in ("/story", "/caf%C3%A9?q=%C3%BC"):
            self._send(200, "text/html; charset=utf-8", PAGE.encode())
        elif self.path == "/loop":
            self._send(302, "text/html", b"", {"Location": "/loop"})
        elif self.path == "/gzip":
            self._send(200, "text/html; charset=utf-8", gzip.compress(PAGE.encode()), {"Content-Encoding": "gzip"})
        elif self.path == "/deflate":
            self._send(200, "text/html; charset=utf-8", zlib.compress(PAGE.encode()), {"Content-Encoding": "deflate"})
        elif self.path == "/bomb":
            self._send(200, "text/html", gzip.compress(b"<p>" + b" " * 5_000_000), {"Content-Encoding": "gzip"})
        elif self.path == "/cut":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(PAGE.encode()[:200])
            self.wfile.flush()
            self.close_connection = True
        elif self.path == "/moved":
            self._send(301, "text/html", b"moved", {"Location": "/story"})
        elif self.path == "/missing":
            self._send(404, "text/html; charset=utf-8", ERROR_PAGE.encode())
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", PAGE.encode())
        elif self.path == "/huge":
            self._send(200, "text/html; charset=utf-8", b"<html><body><p>" + b"word " * 400_000 + b"</p></body></html>")
        elif self.path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>" + b"word " * 400_000)
        else:
            self._send(404, "text/plain", b"no")


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the timeout test) is expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_page_is_fetched_with_an_honest_user_agent(server: str) -> None:
    """A 200 page comes back whole, and the request names the tool."""
    page = fetch(f"{server}/story", limit=1_000_000)
    assert b"sea wall" in page.body and page.content_type == "text/html" and page.charset == "utf-8"
    assert SEEN_AGENTS[-1] == USER_AGENT and USER_AGENT.startswith("summarize/")


def test_redirect_is_followed(server: str) -> None:
    """A 301 leads to the page it points to."""
    page = fetch(f"{server}/moved", limit=1_000_000)
    assert page.url.endswith("/story") and b"sea wall" in page.body


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/report.pdf", "not a web page (application/pdf)"),
        ("/huge", "larger than the 0.5 MB limit"),
        ("/huge-unannounced", "larger than the 0.5 MB limit"),
        ("/loop", "HTTP 302, a redirect that goes round in a loop"),
        ("/cut", "the connection was cut after 200 of 100000 bytes"),
        ("/bomb", "larger than the 0.5 MB limit"),
    ],
)
def test_what_is_not_a_page_is_refused(server: str, path: str, message: str) -> None:
    """An error status, a PDF and a body over the limit each give one line naming the URL."""
    with pytest.raises(FetchError) as caught:
        fetch(f"{server}{path}", limit=500_000)
    text = str(caught.value)
    assert text.startswith(f"{server}{path}: ") and message in text and "\n" not in text


def test_timeout(server: str) -> None:
    """A server that does not answer in time gives one line, not a hang."""
    with pytest.raises(FetchError, match=r"no answer within 0\.5 s"):
        fetch(f"{server}/slow", limit=1_000_000, timeout=0.5)


def test_unresolvable_host() -> None:
    """A host that does not resolve (.invalid never does) gives one line."""
    with pytest.raises(FetchError) as caught:
        fetch("http://no-such-host.invalid/story", limit=1_000_000, timeout=5)
    assert str(caught.value).startswith("http://no-such-host.invalid/story: ")


def test_cli_mixes_urls_and_files_and_reports_the_url_as_source(server: str, tmp_path: Path) -> None:
    """A URL and a file in one call: both summarised, the URL is the JSON source, the page's headline found."""
    story = tmp_path / "story.txt"
    story.write_text(HARBOUR_STORY, encoding="utf-8")
    result = CliRunner().invoke(app, [f"{server}/story", str(story), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{server}/story", str(story)]
    assert records[0]["headline"] == "Harbour town votes to rebuild storm-hit sea wall"
    assert records[0]["site_name"] == "Coast News"
    assert all("Copyright" not in s["text"] for s in records[0]["summary"])


def test_cli_error_page_is_never_summarised(server: str) -> None:
    """A 404 is one line on stderr and exit 1; in JSON only an error record, never the page's text."""
    result = CliRunner().invoke(app, [f"{server}/missing", "--format", "json"])
    assert result.exit_code == EXIT_FAILURE
    assert json.loads(result.stdout) == [
        {"schema_version": 1, "source": f"{server}/missing", "error": "HTTP 404 Not Found"}]
    assert "HTTP 404" in result.stderr and "Traceback" not in result.stderr
    assert "Sorry" not in result.stdout


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1/story", "not a valid URL (invalid ipv6 url)"),
        ("http://127.0.0.1:99999/story", "not a valid URL (port out of range"),
        ("http://127.0.0.1:abc/story", "not a valid URL (port could not be cast"),
        ("http://127.0.0.1:0/story", "not a valid URL (port 0)"),
        ("http://:80/story", "not a valid URL (no host given)"),
        ("http:///story", "not a valid URL (no host given)"),
        ("http://news example.com/story", "holds a space or a control character"),
        ("http://127.0.0.1:9/story\n", "holds a space or a control character"),
        ("http://127.0.0.1:9/\x1b[2J", "holds a space or a control character"),
        ("http://reader:secret@127.0.0.1:9/story", "a user name or password in the URL is not supported"),
    ],
)
def test_a_url_that_cannot_be_sent_is_refused_before_any_connection(url: str, message: str) -> None:
    """A malformed URL gives one line naming it (a bracket left open was once an internal error)."""
    with pytest.raises(FetchError) as caught:
        fetch(url, limit=1_000, timeout=2)
    assert str(caught.value).startswith(f"{url}: ") and message in str(caught.value)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080/story", "https://news.example/a/b?id=3&x=y", "http://[::1]:8080/p", "http://news.example"],
)
def test_a_plain_url_is_sent_as_given(url: str) -> None:
    assert request_url(url) == url


def test_letters_outside_ascii_in_the_path_are_percent_encoded(server: str) -> None:
    """A URL pasted from a browser's address bar, with an accented path and query, is fetched."""
    assert request_url(f"{server}/café?q=ü") == f"{server}/caf%C3%A9?q=%C3%BC"
    page = fetch(f"{server}/café?q=ü", limit=1_000_000)
    assert b"sea wall" in page.body


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_a_compressed_page_is_unpacked(server: str, path: str) -> None:
    """A server that compresses unasked: the page is read, not refused as 'a gzip archive'."""
    page = fetch(f"{server}{path}", limit=1_000_000)
    assert page.body == PAGE.encode()


def test_cli_fetches_an_address_typed_with_its_scheme_in_capitals(server: str) -> None:
    """"HTTP://127.0.0.1:PORT/story" is the same address as in lower case: fetched, not looked for as a file."""
    address = server.replace("http://", "HTTP://") + "/story"
    result = CliRunner().invoke(app, [address, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.stderr
    assert json.loads(result.stdout)[0]["headline"] == "Harbour town votes to rebuild storm-hit sea wall"


@pytest.mark.parametrize("address", ["ftp://127.0.0.1/story.txt", "file:///no/such/story.txt"])
def test_cli_names_the_schemes_it_fetches_for_an_address_of_another_kind(address: str) -> None:
    """An address of a scheme that is not fetched, and is no file either, says both in one line."""
    result = CliRunner().invoke(app, [address])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {address}: no such file, and only http:// and https:// addresses are fetched\n"
