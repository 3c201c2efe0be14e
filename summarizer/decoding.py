"""Bytes → text: the encodings pasted and saved articles arrive in, and a clear refusal of binary data."""

from __future__ import annotations

import codecs

from .errors import BinaryInputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Magic numbers of files people feed a text tool by mistake.
_BINARY_SIGNATURES = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BZh", b"\xfd7zXZ",
)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of the text mark data, not prose."""
    if "\x00" in text[:8192]:
        return True
    sample = text[:65536]
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or 0x7F <= ord(c) < 0xA0)
    return control > max(2, len(sample) // 100)


def decode(data: bytes) -> str:
    """Decode an article's bytes: a BOM wins, then UTF-8, then a detected legacy encoding.

    Raises ``BinaryInputError`` for data that is not text.
    """
    if data.startswith(_BINARY_SIGNATURES):
        raise BinaryInputError("the input is a binary file, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise BinaryInputError(f"the input starts with a {encoding} mark but is not {encoding}") from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if _looks_binary(text):
        raise BinaryInputError("the input is binary data, not text")
    return text


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BinaryInputError("the input is not text in any known encoding")
    encoding = best.encoding
    # charset-normalizer may name a close relative; for Western text cp1252 is the superset people mean.
    if encoding in {"latin_1", "iso8859_15", "iso8859_1"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return str(best)
