"""Bytes → text: the encodings pasted and saved articles arrive in, and a clear refusal of binary data.

The order of trust: a byte-order mark, then strict UTF-8, then UTF-16 recognised by its zero bytes,
then UTF-8 with a few stray legacy bytes, then a legacy single-byte or CJK encoding found by
charset-normalizer. Whatever comes out must read as text, or ``BinaryInputError`` is raised.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xca\xfe\xba\xbe",
    b"MZ\x90\x00",
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Detector candidates whose chaos is this close to the best one count as equally good.
_CHAOS_TIE = 0.01
_HIGH_BYTES = bytes(range(0x80, 0x100))
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2}")
_WESTERN = "cp1252"


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes UTF-8 rejects as Windows-1252, the usual culprit."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode(_WESTERN, errors="replace"), error.end


codecs.register_error("summarize-stray-cp1252", _stray_bytes_as_cp1252)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of the text mark data, not prose.

    A stray NUL or two inside prose is tolerated (the parser drops them); a NUL every other
    character is not prose.
    """
    sample = text[:65536]
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or 0x7F <= ord(c) < 0xA0)
    return control > max(2, len(sample) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: mostly-Latin text has a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.6 * half and other.count(0) < 0.05 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read as; ``guessed`` when no mark or UTF-8 said so."""

    text: str
    encoding: str
    guessed: bool = False


def decode(data: bytes) -> str:
    """Decode an article's bytes; raises ``BinaryInputError`` for data that is not text."""
    return decode_bytes(data).text


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article's bytes and say how; raises ``BinaryInputError`` for data that is not text."""
    if data.startswith(_BINARY_SIGNATURES):
        raise BinaryInputError("the input is a binary file, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                decoded = Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise BinaryInputError(
                    f"the input starts with a {encoding} mark but is not {encoding}"
                ) from error
            break
    else:
        decoded = _decode_unmarked(data)
    if _looks_binary(decoded.text):
        raise BinaryInputError("the input is binary data, not text")
    return decoded


def _decode_unmarked(data: bytes) -> Decoded:
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(utf16, "utf-16", guessed=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few single bytes pasted in from a Windows-1252 file ("été" in a UTF-8 story):
    # keep the UTF-8 and mend the strays. Runs of invalid high bytes mean a legacy multi-byte text.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    rest = _UTF8_MULTIBYTE.sub(b"", data)
    stray = len(rest) - len(rest.translate(None, _HIGH_BYTES))
    if valid and stray <= valid and not _HIGH_RUN.search(rest):
        return Decoded(
            data.decode("utf-8", errors="summarize-stray-cp1252"), "utf-8 with stray cp1252 bytes", True
        )
    return _decode_legacy(data)


def _wide_characters(text: str) -> int:
    """Ideographs, kana and Hangul: characters a legacy CJK code page needs two bytes for."""
    return sum(1 for char in text if "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af")


def _decode_legacy(data: bytes) -> Decoded:
    """A legacy encoding: charset-normalizer's choice, with Windows-1252 winning ties.

    Short Western texts ("£40", "café") fit several single-byte code pages equally well; the
    detector then names an arbitrary one (cp1250 reads "£" as "Ł"). Windows-1252, a superset of
    Latin-1, is what such files almost always are, so it wins whenever it is among the best and
    no multi-byte CJK reading fits just as well.
    """
    from charset_normalizer import from_bytes

    candidates = [
        match
        for match in from_bytes(data)
        if not match.encoding.startswith(("utf_16", "utf_32"))  # without a BOM only by our own check above
    ]
    if not candidates:
        raise BinaryInputError("the input is not text in any known encoding")
    best_chaos = min(match.chaos for match in candidates)
    tied = [match for match in candidates if match.chaos <= best_chaos + _CHAOS_TIE]
    if any(_WESTERN in match.could_be_from_charset for match in tied):
        return Decoded(data.decode(_WESTERN, errors="replace"), _WESTERN, guessed=True)
    wide = [match for match in tied if _wide_characters(str(match)[:2000]) >= 2]
    coherent = [match for match in tied if match.coherence > 0]
    if wide or coherent:
        match = max(wide or coherent, key=lambda match: match.coherence)
        return Decoded(str(match), match.encoding, guessed=True)
    try:
        return Decoded(data.decode(_WESTERN), _WESTERN, guessed=True)
    except UnicodeDecodeError:
        return Decoded(str(tied[0]), tied[0].encoding, guessed=True)
