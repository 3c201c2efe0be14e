"""Bytes → text: the encodings pasted and saved articles arrive in, and a clear refusal of binary data.

Files that are not text (PDF, RTF, Word, images, archives) are refused by name. Then the order of
trust: a byte-order mark, strict UTF-8, UTF-16 recognised by its zero bytes, UTF-8 with a few stray
Windows-1252 letters, the charset a saved page declares in its markup, a legacy encoding that explains
the bytes with confidence (Windows-1252 when its reading is plausible Western prose, else
charset-normalizer's coherent or CJK reading), and last UTF-8 with U+FFFD for the bytes nothing
explains. Whatever comes out must read as text, or
``BinaryInputError`` is raised.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, replace

from ..errors import BinaryInputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Files people feed a text tool by mistake, named so the refusal says what the file is.
# (prefix, what it is); checked in order, so the specific ZIP-based formats come before plain ZIP.
KNOWN_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "an RTF file"),
    (b"%PDF-", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),  # checked with its header size below: "BM" also opens words
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),  # checked with its block header below
    (b"\xfd7zXZ", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!\x1a", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows program"),  # checked with its header below
    (b"\xca\xfe\xba\xbe", "a compiled Java class"),
    (b"\xcf\xfa\xed\xfe", "an executable program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS\x00", "an Ogg audio file"),
    (b"ID3\x02", "an MP3 audio file"),
    (b"ID3\x03", "an MP3 audio file"),
    (b"ID3\x04", "an MP3 audio file"),
    (b"fLaC\x00", "a FLAC audio file"),
    (b"\x1aE\xdf\xa3", "a video file"),
)
_ZIP = b"PK\x03\x04"
# Members or mimetypes that name what a ZIP container holds.
_ZIP_KINDS = (
    (b"word/", "a Word document"),
    (b"xl/", "an Excel workbook"),
    (b"ppt/", "a PowerPoint presentation"),
    (b"application/epub+zip", "an EPUB book"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file"),
)


# An SVG image is text, but markup with no story: its root element with its XML namespace, after an
# XML declaration, comments or a doctype ("<svg> tags" opening a sentence is prose). Bounded, so a
# long run of "<" is read in linear time.
_SVG = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s{0,200}(?:<\?xml[^>]{0,300}>\s{0,200})?(?:<!--[^>]{0,1000}-->\s{0,200}){0,5}"
    rb"(?:<!DOCTYPE\s{1,10}svg\b[^>]{0,500}>\s{0,200})?<svg\b[^>]{0,2000}\bxmlns\b",
    re.IGNORECASE,
)


def _format_name(data: bytes) -> str | None:
    """What a binary file is, from its first bytes; ``None`` for anything else, text or not."""
    head = data[:4096]
    if _SVG.match(head):
        return "an SVG image"
    if head.startswith(_ZIP):
        return next((name for marker, name in _ZIP_KINDS if marker in head), "a ZIP archive")
    if head[4:8] == b"ftyp":
        return "a video or image file (MP4, MOV, HEIC)"
    if head.startswith(b"RIFF") and len(head) >= 12:
        kind = head[8:12]
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}.get(kind, "a RIFF file")
    for prefix, name in KNOWN_FORMATS:
        if head.startswith(prefix):
            if prefix == b"BM" and not (len(head) >= 26 and head[6:10] == b"\x00\x00\x00\x00"):
                continue
            if prefix == b"BZh" and head[4:10] != b"1AY&SY":
                continue
            if prefix == b"MZ" and not (len(head) >= 64 and 0 in head[2:64]):
                continue
            return name
    return None


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


# C0 controls other than the whitespace ones (tab, line feed, vertical tab, form feed, carriage return),
# DEL, and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


# Terminal styling (a CSI sequence such as the colour ``ESC [ 0 1 ; 3 1 m`` that ``grep --color=always``
# writes, or an OSC window title ending in BEL or ST): text copied from a terminal carries it, prose
# never does, and it holds no words. Bounded, so a long run of ESC or "[" is read in linear time.
TERMINAL_SEQUENCE = re.compile(r"(?:\x1b\[|\x9b)[0-?]{0,32}[ -/]{0,8}[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)")
TERMINAL_EXAMPLES: tuple[tuple[str, str], ...] = (  # (as read, as kept)
    ("the \x1b[01;31m\x1b[Kcouncil\x1b[m\x1b[K voted", "the council voted"),
    ("title\x1b]0;owned\x07 here", "title here"),
    ("clear\x1b[2J screen", "clear screen"),
    ("C1\x9b2J form", "C1 form"),
    ("The vote [31m] was close, [2J] said ESC.", "The vote [31m] was close, [2J] said ESC."),
    ("Section [A] of the report", "Section [A] of the report"),
)


def without_terminal_styling(text: str) -> str:
    """The text without the terminal's colour, cursor and title sequences; prose is left alone."""
    return TERMINAL_SEQUENCE.sub("", text) if "\x1b" in text or "\x9b" in text else text


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of the text mark data, not prose.

    A stray NUL or two inside prose is tolerated (the parser drops them); a NUL every other
    character is not prose.
    """
    sample = text[:65536]
    control = len(_CONTROL.findall(sample))
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
    replaced: int = 0  # bytes no encoding explained, shown as U+FFFD


def decode(data: bytes) -> str:
    """Decode an article's bytes; raises ``BinaryInputError`` for data that is not text."""
    return decode_bytes(data).text


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article's bytes and say how; raises ``BinaryInputError`` for data that is not text."""
    kind = _format_name(data)
    if kind is not None:
        raise BinaryInputError(f"the input is {kind}, not plain text")
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
    decoded = replace(decoded, text=without_terminal_styling(decoded.text))
    if _looks_binary(decoded.text):
        raise BinaryInputError("the input is binary data, not text")
    if _is_json(decoded.text):
        raise BinaryInputError("the input is JSON data, not an article (an archive of records is read with --records)")
    return decoded


def _is_json(text: str) -> bool:
    """A JSON object or array, or JSON Lines of objects: data whose braces and keys are no story.

    Prose never parses as JSON; only text that opens with ``{`` or ``[`` is tried.
    """
    body = text.strip()
    if not body.startswith(("{", "[")):
        return False
    try:
        json.loads(body)
        return True
    except RecursionError:
        return True  # brackets nested deeper than the parser goes: data, whatever its end holds
    except ValueError:
        pass
    lines = [line for line in body.splitlines()[:2] if line.strip()]  # the rest may be cut off
    try:
        return len(lines) >= 2 and all(isinstance(json.loads(line), dict) for line in lines)
    except (ValueError, RecursionError):
        return False


def _decode_unmarked(data: bytes) -> Decoded:
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(utf16, "utf-16", guessed=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _utf8_shaped(data):
        return _damaged_utf8(data)
    # UTF-8 with a few single bytes pasted in from a Windows-1252 file ("été" in a UTF-8 story):
    # keep the UTF-8 and mend the strays, but only where each stray reads as a letter or a common
    # sign in Windows-1252. Runs of invalid high bytes mean a legacy text or damaged UTF-8.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    rest = _UTF8_MULTIBYTE.sub(b"", data)
    stray = len(rest) - len(rest.translate(None, _HIGH_BYTES))
    if (
        valid
        and stray <= valid
        and not _HIGH_RUN.search(rest)
        and _plausible_western(rest.decode(_WESTERN, "replace"))
    ):
        return Decoded(
            data.decode("utf-8", errors="summarize-stray-cp1252"), "utf-8 with stray cp1252 bytes", True
        )
    # A page that names its charset is read in it, as a browser reads it (UTF-8 with strays came first:
    # a page re-saved as UTF-8 often keeps its old label).
    declared = declared_charset(data)
    if declared is not None:
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:  # the label is wrong: read the bytes as if it were not there
            pass
    legacy = _decode_legacy(data)
    return legacy if legacy is not None else _damaged_utf8(data)


# The charset a saved page names for itself, in its first few kilobytes: ``<meta charset="...">``,
# ``<meta http-equiv="Content-Type" content="text/html; charset=...">`` or ``<?xml ... encoding="..."?>``.
_DECLARED_CHARSET = re.compile(
    rb"<meta\b[^>]{0,300}?\bcharset[ \t\r\n]*=[ \t\r\n]*[\"']?[ \t]*(?P<meta>[A-Za-z0-9_.:\-]{1,40})"
    rb"|<\?xml\b[^>]{0,100}?\bencoding[ \t]*=[ \t]*[\"'](?P<xml>[A-Za-z0-9_.:\-]{1,40})",
    re.IGNORECASE,
)
_DECLARATION_BYTES = 4096
# Labels that browsers read as Windows-1252 (the WHATWG Encoding Standard): a page that says Latin-1 or
# ASCII and holds curly quotes in 0x80-0x9F means them, not C1 control characters.
_AS_WINDOWS_1252 = frozenset(("iso8859_1", "ascii", "cp1252"))
DECLARED_CHARSET_EXAMPLES: tuple[tuple[bytes, str | None], ...] = (  # (the page's first bytes, codec read)
    (b'<html><head><meta charset="windows-1252"><title>', "cp1252"),
    (b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", "cp1252"),
    (b'<?xml version="1.0" encoding="koi8-r"?><html>', "koi8_r"),
    (b'<meta charset=shift_jis>', "shift_jis"),
    # Left alone: no label, a label Python does not know, a UTF label (UTF-8 itself was tried first and
    # failed, so the label is wrong), and "charset" in the page's prose rather than in a meta element.
    (b"<html><head><title>Kelby harbour</title>", None),
    (b'<meta charset="x-no-such-charset">', None),
    (b'<meta charset="utf-8">', None),
    (b'<meta charset="utf-16">', None),
    (b"<p>The charset=koi8-r setting confused the reporter.</p>", None),
)


def declared_charset(data: bytes) -> str | None:
    """The codec a page's own markup declares near its top, when Python knows it and it is not a UTF."""
    match = _DECLARED_CHARSET.search(data[:_DECLARATION_BYTES])
    if match is None:
        return None
    label = (match["meta"] or match["xml"]).decode("ascii")
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    if name.startswith("utf"):
        return None
    return _WESTERN if name in _AS_WINDOWS_1252 else name


_HIGH_BYTE_RUN = re.compile(rb"[\x80-\xff]+")
_UTF8_SHAPE = re.compile(rb"(?:[\xc0-\xf7][\x80-\xbf]{1,3})+")


def _utf8_shaped(data: bytes) -> bool:
    """Every run of high bytes has UTF-8's shape (a lead byte, then continuation bytes) yet is invalid.

    That is UTF-8 written wrongly (overlong forms such as C0 AF, encoded surrogates), not a legacy
    code page, whose letters seldom fall into that pattern run after run.
    """
    runs = _HIGH_BYTE_RUN.findall(data)
    return bool(runs) and all(_UTF8_SHAPE.fullmatch(run) for run in runs)


def _damaged_utf8(data: bytes) -> Decoded:
    """UTF-8 that no legacy encoding explains: the bad bytes become U+FFFD, and the reader is told.

    Text that is mostly replacement characters is not text at all.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT)
    if bad > max(8, len(text) // 20):
        raise BinaryInputError("the input is not text in any known encoding")
    return Decoded(text, "utf-8", guessed=True, replaced=bad)


REPLACEMENT = "\ufffd"
# Windows-1252 signs that stand on their own in Western prose ("£40", "« Oui »", "20°").
_WESTERN_SIGNS = frozenset("£€¥¢©®™°±§¶·•…–—‘’‚“”„«»‹›¡¿½¼¾×÷²³¹ºª´\xa0")
# ... and the ones that may touch a word: after it (closing) or before it (opening).
_CLOSING = frozenset("’”»›…–—°²³\xa0.")
_OPENING = frozenset("‘“„«‹¿¡£€$")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _plausible_western(text: str) -> bool:
    """Windows-1252 explains these bytes: every run of non-ASCII characters reads as Western prose.

    A run is up to three accented letters ("é", "ñá"), one sign on its own ("£", "«"), or letters
    with a closing sign after them or an opening one before them ("é»", "«É"). Damaged or overlong
    UTF-8 read this way gives pairs such as "Ã©", "À¯" or "Á¿": a letter touching a sign that never
    follows a letter, and is refused.
    """
    if REPLACEMENT in text:
        return False
    for match in _NON_ASCII_RUN.finditer(text):
        run = match.group()
        letters = run.lstrip("".join(_OPENING)).rstrip("".join(_CLOSING))
        if not letters:
            if len(run) > 2 or not all(c in _WESTERN_SIGNS for c in run):
                return False
            continue
        if len(letters) > 3 or not letters.isalpha():
            return False
        if run != letters and len(run) - len(letters) > 1:
            return False
    return True


def _reads_as_text(text: str) -> bool:
    """Nearly every non-ASCII character is a letter, mark, digit, punctuation or space: a script, not noise."""
    import unicodedata

    wide = [c for c in text[:20000] if ord(c) > 0x7F]
    if not wide:
        return True
    good = sum(1 for c in wide if unicodedata.category(c)[0] in "LMNPZ")
    return good >= 0.97 * len(wide)


def _wide_characters(text: str) -> int:
    """Ideographs, kana and Hangul: characters a legacy CJK code page needs two bytes for."""
    return sum(1 for char in text if "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af")


def _decode_legacy(data: bytes) -> Decoded | None:
    """A legacy encoding that explains the bytes with confidence, or ``None``.

    Windows-1252 (a superset of Latin-1) comes first when its reading is plausible Western prose:
    short texts ("£40", "café") fit several single-byte code pages equally well and the detector
    would name an arbitrary one (cp1250 reads "£" as "Ł"). Otherwise charset-normalizer's choice
    is taken if it is a coherent language or a CJK reading, and reads as a script, not noise.
    """
    try:
        western = data.decode(_WESTERN)
    except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined
        western = None
    if western is not None and _plausible_western(western):
        return Decoded(western, _WESTERN, guessed=True)
    from charset_normalizer import from_bytes

    candidates = [
        match
        for match in from_bytes(data)
        if not match.encoding.startswith(("utf_16", "utf_32", "utf_8"))  # without a BOM only by our own check above
        and match.encoding not in ("cp1252", "latin_1", "iso8859_15")  # refused just above
    ]
    if not candidates:
        return None
    best_chaos = min(match.chaos for match in candidates)
    tied = [match for match in candidates if match.chaos <= best_chaos + _CHAOS_TIE]
    wide = [match for match in tied if _wide_characters(str(match)[:2000]) >= 2]
    coherent = [match for match in tied if match.coherence > 0]
    if wide or coherent:
        match = max(wide or coherent, key=lambda match: match.coherence)
        text = str(match)
        if _reads_as_text(text):
            return Decoded(text, match.encoding, guessed=True)
    return None
