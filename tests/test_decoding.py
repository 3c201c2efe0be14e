
"""Bytes → text: every encoding an article arrives in reads correctly; binary data is refused."""

from __future__ import annotations

import base64
import codecs
import random

import pytest

from summarizer.errors import BinaryInputError, SummarizerError
from summarizer.reading.decoding import (
    DECLARED_CHARSET_EXAMPLES,
    TERMINAL_EXAMPLES,
    declared_charset,
    decode,
    decode_bytes,
    without_terminal_styling,
)

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


# --- refusals by name, damaged UTF-8, and when a legacy code page explains the bytes ------------

_ZIP_HEADER = b"PK\x03\x04\x14\x00\x00\x00\x08\x00"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Council agrees budget.\\par}", "an RTF file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF"),
        (_ZIP_HEADER + b"[Content_Types].xml" + b"word/document.xml", "a Word document"),
        (_ZIP_HEADER + b"xl/workbook.xml", "an Excel workbook"),
        (_ZIP_HEADER + b"mimetypeapplication/epub+zip", "an EPUB book"),
        (_ZIP_HEADER + b"notes.txt", "a ZIP archive"),
        (ONE_PIXEL_PNG, "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
        (b"\x7fELF\x02\x01\x01\x00", "an executable program"),
        (b"\x00\x00\x00\x18ftypmp42", "a video or image file"),
        (b"SQLite format 3\x00\x10\x00", "an SQLite database"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><text>Council agrees budget.</text></svg>', "an SVG image"),
        (
            b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- map -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">\n'
            b'<svg width="10" xmlns="http://www.w3.org/2000/svg">',
            "an SVG image",
        ),
    ],
)
def test_files_that_are_not_text_are_refused_by_name(data: bytes, name: str) -> None:
    """The refusal says what the file is, so the reader knows what to convert it from."""
    with pytest.raises(BinaryInputError, match=f"the input is {name}"):
        decode(data)


@pytest.mark.parametrize(
    "text",
    [
        "BMW recalls 10,000 cars over a brake fault, the company said.",
        "MZ Motors opened a new plant on Monday.",
        "ID3 is the name of the new council scheme, officials said.",
        "PK Sharma, the minister, said the plan would go ahead.",
        "<svg> tags draw the new council logo, the designer said.",
        "The <b>svg</b> file was leaked. <svg> is not a word.",
        "BZh is what the engineers called the bridge.",
        "GIF8 was the code name of the project.",
        "OggS and Rar! are not words, the editor said.",
        # prose in brackets is no JSON
        "[Updated] Council agrees budget\n\nThe council met on Monday. It agreed the budget.\n",
        "{Editor's note: this story was corrected.} The council met on Monday.\n",
        "[1] The council met on Monday.\n[2] The mayor spoke.\n",
    ],
)
def test_prose_that_opens_like_a_signature_is_still_text(text: str) -> None:
    """A story that starts with the letters of a file signature, or with prose in brackets, is read, not
    refused."""
    assert decode(text.encode()) == text


@pytest.mark.parametrize(
    ("data", "replaced"),
    [
        (b"The council met on Monday \xc0\xaf and agreed the budget.", 2),  # overlong "/"
        (b"The council met \xe0\x80\xaf on Monday.", 3),  # overlong, three bytes
        (b"The mayor \xc1\xbf said it was good.", 2),
        (b"The council met \xed\xa0\x80 on Monday.", 3),  # an encoded surrogate
        ("Der Bürgermeister sagte ".encode() + b"\xc0\xaf" + " später mehr.".encode(), 2),
    ],
)
def test_damaged_utf8_keeps_its_text_and_marks_the_bad_bytes(data: bytes, replaced: int) -> None:
    """Invalid UTF-8 that no code page explains reads as UTF-8 with U+FFFD, never as mojibake."""
    decoded = decode_bytes(data)
    assert decoded.text == data.decode("utf-8", errors="replace")
    assert decoded.replaced == replaced
    assert decoded.guessed


@pytest.mark.parametrize(
    "text",
    [
        "The ticket costs £40 and the café is open.",
        "Le maire a déclaré : « Nous devons protéger les familles », mardi à l'hôtel de ville.",
        "“Enough,” she said — and the señora left. It was 20° in Málaga.",
        "El ministro preguntó: ¿Qué pasará? Nadie lo sabe.",
        "Søren Ærø won the race in Århus.",
    ],
)
def test_western_legacy_text_reads_right(text: str) -> None:
    """Windows-1252 text with £, é, guillemets, curly quotes and dashes is read as Windows-1252."""
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)) * 8,  # every high byte, over and over
        b"\xc3\xa9\xff" * 200,  # mostly bytes no encoding explains
    ],
)
def test_text_that_is_mostly_unreadable_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data)


@pytest.mark.parametrize(("text", "kept"), TERMINAL_EXAMPLES)
def test_terminal_styling_examples(text: str, kept: str) -> None:
    """Colour, cursor and title sequences go; brackets and digits in prose stay."""
    assert without_terminal_styling(text) == kept


def test_a_story_copied_from_a_coloured_terminal_is_text() -> None:
    """``grep --color=always`` output was refused as binary data (four ESC to a highlighted word)."""
    story = (
        "Ferry service returns to the island\n\nThe ferry to the island sailed again on Monday after a month "
        "in dry dock. The harbour master said the ferry was full. Islanders met the ferry at the pier.\n"
    )
    coloured = story.replace("ferry", "\x1b[01;31m\x1b[Kferry\x1b[m\x1b[K")
    assert decode(coloured.encode()) == story


def test_stray_controls_outside_any_sequence_still_mark_data() -> None:
    """A run of ESC and BEL that forms no terminal sequence is still binary data."""
    with pytest.raises(BinaryInputError):
        decode(("word \x1b\x07\x1b " * 40).encode())


def test_json_data_is_refused_by_name() -> None:
    """A JSON file or a JSON Lines archive given as an article: refused, with the option that reads it."""
    for data in (
        b'{"title": "Council agrees budget", "text": "The council met on Monday."}',
        b'[{"text": "The council met."}, {"text": "The mayor spoke."}]',
        b'{"id": 1, "text": "The council met."}\n{"id": 2, "text": "The mayor spoke."}\n{"id": 3, "text": "No',
        b'{"a": ' * 100_000,  # nested deeper than the parser's recursion: still data, never an internal error
        b"[" * 200_000,
    ):
        with pytest.raises(BinaryInputError, match=r"the input is JSON data, not an article .*--records"):
            decode(data)


@pytest.mark.parametrize(("data", "codec"), DECLARED_CHARSET_EXAMPLES)
def test_declared_charset_examples(data: bytes, codec: str | None) -> None:
    assert declared_charset(data) == codec


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        ("windows-1252", "cp1252", "The café’s owner said: “£4 is enough.”"),
        ("ISO-8859-1", "cp1252", "The café’s owner said: “£4 is enough.”"),  # read as browsers read it
        ("koi8-r", "koi8_r", "Совет гавани проголосовал за новый паром."),
        ("iso-8859-2", "iso8859_2", "Rada portu zatwierdziła nowy prom. Łódź."),
        ("shift_jis", "shift_jis", "港湾委員会は新しいフェリーを承認した。"),
    ],
)
def test_a_page_is_read_in_the_charset_it_declares(label: str, codec: str, text: str) -> None:
    """A saved page that names its charset is read in it, and that is no guess to warn about."""
    page = f'<html><head><meta charset="{label}"><title>Kelby</title></head><body><p>{text}</p></body></html>'
    decoded = decode_bytes(page.encode(codec))
    assert text in decoded.text
    assert (decoded.encoding, decoded.guessed) == (codec, False)


def test_a_wrong_charset_label_does_not_win_over_utf8() -> None:
    """A page re-saved as UTF-8 that kept its old label is read as UTF-8, strays and all."""
    page = '<meta charset="iso-8859-1"><p>Der Bürgermeister sagte, die Straße ist zu. '.encode() + b"\xe9t\xe9</p>"
    assert "Bürgermeister" in decode(page) and "été" in decode(page)
    assert decode_bytes('<meta charset="iso-8859-1"><p>Straße</p>'.encode()).encoding == "utf-8"


def test_a_label_the_bytes_refute_is_passed_over() -> None:
    """Bytes that the declared multi-byte charset cannot read are read as though no label were there."""
    page = '<meta charset="shift_jis"><p>Der Bürgermeister sagte: “Die Straße ist gesperrt.”</p>'.encode("cp1252")
    decoded = decode_bytes(page)
    assert "Bürgermeister" in decoded.text and decoded.guessed
