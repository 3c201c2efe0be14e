
"""Bytes → text: every encoding an article arrives in reads correctly; binary data is refused."""

from __future__ import annotations

import base64
import codecs
import random

import pytest

from summarizer.reading.decoding import decode, decode_bytes
from summarizer.errors import BinaryInputError, SummarizerError

STORY = "The café raised its prices to £4, and the mayor said: “Enough — this is too much.”\n"
ONE_PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16"),
        (STORY.encode("utf-32"), "utf-32"),
        (STORY.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "windows-1252"],
)
def test_each_encoding_reads_the_same_text(data: bytes, encoding: str) -> None:
    """UTF-8 with or without BOM, UTF-16/32 with BOM and Windows-1252 all give the same story."""
    assert decode(data) == STORY


def test_latin1_pound_sign_is_a_pound_sign() -> None:
    """A short Latin-1 file with '£' is not read in a Central European code page ('Ł')."""
    assert decode("Price: £5.".encode("latin-1")) == "Price: £5."
    assert decode("The ticket costs £40 and the café is open.".encode("latin-1")) == (
        "The ticket costs £40 and the café is open."
    )


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec: str) -> None:
    """UTF-16 saved without a byte-order mark is read, not refused as binary for its zero bytes."""
    text = "The council met on Monday. It agreed the budget after a long night."
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.guessed


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Президент заявил, что экономика растет. Эксперты согласны.", "cp1251"),
        ("Zażółć gęślą jaźń, powiedział minister.", "cp1250"),
        ("今天，中国国家统计局发布了最新的经济数据。数据显示经济增长。", "gbk"),
        ("今日は晴れです。明日は雨が降るでしょう。", "shift_jis"),
        ("Der Bürgermeister sagte, die Straße sei gesperrt. Später mehr über Köln.", "cp1252"),
    ],
)
def test_legacy_encodings_are_detected(text: str, codec: str) -> None:
    """Legacy single- and multi-byte code pages are found by the detector, and flagged as a guess."""
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.guessed


def test_utf8_with_stray_windows_bytes_keeps_the_utf8() -> None:
    """A UTF-8 story with a few pasted Windows-1252 bytes keeps its UTF-8 letters intact."""
    data = "Der Bürgermeister sagte, die Straße sei gesperrt. ".encode() + b"\xe9t\xe9 " + "Später.".encode()
    assert decode(data) == "Der Bürgermeister sagte, die Straße sei gesperrt. été Später."


def test_plain_utf8_is_not_a_guess() -> None:
    decoded = decode_bytes(STORY.encode())
    assert (decoded.encoding, decoded.guessed) == ("utf-8", False)


def test_crlf_survives_decoding() -> None:
    """Line ends are the parser's business; decoding keeps them as they are."""
    assert decode(b"One.\r\nTwo.\r\n") == "One.\r\nTwo.\r\n"


@pytest.mark.parametrize(
    "data",
    [
        ONE_PIXEL_PNG,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
        b"\x00\x01\x02\x03\x04\x05\x06\x07" * 64,
    ],
    ids=["png", "pdf", "zip", "gzip", "control-bytes"],
)
def test_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_refused_not_turned_into_garbage(seed: int) -> None:
    """Random bytes are an error, never a page of mojibake."""
    rng = random.Random(seed)
    with pytest.raises(BinaryInputError):
        decode(bytes(rng.randrange(256) for _ in range(4000)))


def test_a_stray_nul_inside_prose_is_tolerated() -> None:
    """One NUL in a story (a copy-paste accident) does not make it binary; the parser drops it."""
    text = decode(b"The council met on Monday.\x00 It agreed the budget after a long night.")
    assert text.startswith("The council met")


def test_bom_that_lies_is_refused() -> None:
    """A UTF-16 mark followed by an odd number of bytes is not UTF-16 text."""
    with pytest.raises(SummarizerError):
        decode(codecs.BOM_UTF16_LE + b"A\x00B")
