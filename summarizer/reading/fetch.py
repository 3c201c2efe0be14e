"""URLs: fetch a news page with a timeout, a size limit and redirects, or fail with one line.

Only the standard library's ``urllib`` is used. An HTTP error status, content that is not a page,
a host that does not resolve and a server that does not answer in time each raise ``FetchError`` with
a one-line message: an error page is never handed on to be summarised.
"""

from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message

from .. import __version__
from ..errors import SummarizerError

USER_AGENT = f"summarize/{__version__} (news article summarizer; +https://pypi.org/project/summarize/)"
DEFAULT_TIMEOUT = 15.0
# Pages are HTML; a server that names plain text is taken at its word too.
TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
MAX_REDIRECTS = 5


class FetchError(SummarizerError):
    """A URL that gave no page to summarise."""


@dataclass(frozen=True)
class FetchedPage:
    """The body of a fetched page and what the server said about it."""

    url: str  # where the page was found, after redirects
    body: bytes
    content_type: str
    charset: str | None


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


def _content_type(headers: Message) -> tuple[str, str | None]:
    kind = headers.get_content_type().lower()
    charset = headers.get_content_charset()
    return kind, charset


# Characters no URL holds raw: whitespace and controls (a pasted line end, a stray escape sequence).
_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f]")


def request_url(url: str) -> str:
    """``url`` as it is sent: checked for a host and a port, letters outside ASCII in its path and
    query percent-encoded (as a browser sends them). A URL that cannot be sent raises ``FetchError``."""
    if _NOT_IN_URL.search(url):
        raise FetchError(f"{url}: not a valid URL (it holds a space or a control character)")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # checks the port's digits and range
    except ValueError as error:  # an unclosed IPv6 bracket, a port that is no number or out of range
        raise FetchError(f"{url}: not a valid URL ({str(error).lower()})") from None
    if not parts.hostname:
        raise FetchError(f"{url}: not a valid URL (no host given)")
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{url}: a user name or password in the URL is not supported")
    if port == 0:
        raise FetchError(f"{url}: not a valid URL (port 0)")
    safe = "/?&=+:;,@!$'()*~%#[]"
    path = urllib.parse.quote(parts.path, safe=safe)
    query = urllib.parse.quote(parts.query, safe=safe)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def fetch(url: str, *, limit: int, timeout: float = DEFAULT_TIMEOUT) -> FetchedPage:
    """The page at ``url``: at most ``limit`` bytes, within ``timeout`` seconds for each network step."""
    opener = urllib.request.build_opener(_LimitedRedirects)
    try:
        request = urllib.request.Request(
            request_url(url), headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
        )
        with opener.open(request, timeout=timeout) as response:
            kind, charset = _content_type(response.headers)
            if kind not in TEXT_TYPES:
                raise FetchError(f"{url}: not a web page ({kind})")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"{url}: larger than the {limit / 1_000_000:g} MB limit (raise it with --max-mb)")
            body = response.read(limit + 1)
            if declared and declared.isdigit() and len(body) < int(declared):
                raise FetchError(f"{url}: the connection was cut after {len(body)} of {declared} bytes")
            body = _decoded_body(url, body, response.headers.get("Content-Encoding", ""), limit)
            if len(body) > limit:
                raise FetchError(f"{url}: larger than the {limit / 1_000_000:g} MB limit (raise it with --max-mb)")
            return FetchedPage(response.geturl(), body, kind, charset)
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            raise FetchError(f"{url}: HTTP {error.code}, a redirect that goes round in a loop or elsewhere than "
                             "http(s)") from None
        reason = " ".join(error.reason.split()) if isinstance(error.reason, str) else ""
        raise FetchError(f"{url}: HTTP {error.code} {reason}".rstrip()) from None
    except urllib.error.URLError as error:
        raise FetchError(f"{url}: {_reason(error.reason, timeout)}") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except (http.client.HTTPException, ConnectionError, OSError) as error:
        raise FetchError(f"{url}: the connection failed ({type(error).__name__})") from None
    except ValueError as error:  # a malformed URL
        raise FetchError(f"{url}: not a valid URL ({error})") from None


def _decoded_body(url: str, body: bytes, encoding: str, limit: int) -> bytes:
    """The body without the gzip or deflate transfer coding a server applied unasked; at most ``limit``
    bytes and one more, so a small compressed body cannot unpack into gigabytes."""
    coding = encoding.strip().lower()
    if coding in ("", "identity"):
        return body
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{url}: the page is sent in a coding this tool cannot read ({coding})")
    # gzip with its header, or zlib, or a raw deflate stream (which some servers send as "deflate")
    for window in ((16 + zlib.MAX_WBITS,) if coding != "deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS)):
        unpacker = zlib.decompressobj(window)
        try:
            return unpacker.decompress(body, limit + 1)
        except zlib.error:
            continue
    raise FetchError(f"{url}: the page's {coding} coding is damaged")


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return "the host name could not be resolved"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect ({reason.strerror})"
    return f"cannot be fetched ({reason})"


def page_text(page: FetchedPage) -> str | None:
    """The page decoded by the charset its server declared, or ``None`` when none was declared."""
    if page.charset is None:
        return None
    try:
        return page.body.decode(page.charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return None
