"""Which language rules an article is read with, and what to warn about when support is partial.

Sentence splitting (Punkt models and rule presets) and ranking (sumy's stemmers and stop words)
each cover a different set of languages. A language outside both is read with English rules; a
language one of them lacks is still read, with a warning saying what is missing. Text whose
script does not fit the chosen language (Chinese read with English rules) gets a warning too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import punkt

FALLBACK = "english"

# Codes and native names people type, mapped to the names Punkt and sumy use.
ALIASES: dict[str, str] = {
    "en": "english",
    "de": "german",
    "deutsch": "german",
    "fr": "french",
    "français": "french",
    "francais": "french",
    "es": "spanish",
    "español": "spanish",
    "espanol": "spanish",
    "it": "italian",
    "italiano": "italian",
    "pt": "portuguese",
    "português": "portuguese",
    "nl": "dutch",
    "nederlands": "dutch",
    "sv": "swedish",
    "svenska": "swedish",
    "da": "danish",
    "dansk": "danish",
    "no": "norwegian",
    "nb": "norwegian",
    "norsk": "norwegian",
    "fi": "finnish",
    "suomi": "finnish",
    "cs": "czech",
    "čeština": "czech",
    "sk": "slovak",
    "pl": "polish",
    "polski": "polish",
    "ru": "russian",
    "русский": "russian",
    "uk": "ukrainian",
    "українська": "ukrainian",
    "el": "greek",
    "ελληνικά": "greek",
    "tr": "turkish",
    "türkçe": "turkish",
    "et": "estonian",
    "eesti": "estonian",
    "sl": "slovene",
    "slovenian": "slovene",
    "ml": "malayalam",
    "zh": "chinese",
    "中文": "chinese",
    "ja": "japanese",
    "日本語": "japanese",
    "ko": "korean",
    "한국어": "korean",
    "ar": "arabic",
    "العربية": "arabic",
    "he": "hebrew",
    "עברית": "hebrew",
    "th": "thai",
    "hi": "hindi",
    "ur": "urdu",
    "hu": "hungarian",
    "magyar": "hungarian",
    "ro": "romanian",
    "română": "romanian",
}

# sumy 0.11-0.13: languages with a stemmer (nltk Snowball or sumy's own) and with a stop-word list.
# Kept as data so the default path never imports sumy; tests compare them with sumy itself.
SUMY_STEMMERS = frozenset(
    [
        "arabic",
        "danish",
        "dutch",
        "english",
        "finnish",
        "french",
        "german",
        "hungarian",
        "italian",
        "norwegian",
        "portuguese",
        "romanian",
        "russian",
        "spanish",
        "swedish",
        "czech",
        "slovak",
        "hebrew",
        "chinese",
        "japanese",
        "korean",
        "ukrainian",
        "greek",
        "polish",
    ]
)
SUMY_STOP_WORDS = frozenset(
    [
        "arabic",
        "chinese",
        "czech",
        "english",
        "french",
        "german",
        "greek",
        "hebrew",
        "italian",
        "japanese",
        "korean",
        "polish",
        "portuguese",
        "slovak",
        "spanish",
        "swedish",
        "thai",
        "ukrainian",
    ]
)

# The scripts a language is written in (first word of the Unicode character name).
_SCRIPTS: dict[str, frozenset[str]] = {
    "chinese": frozenset({"CJK"}),
    "japanese": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "korean": frozenset({"HANGUL", "CJK"}),
    "arabic": frozenset({"ARABIC"}),
    "urdu": frozenset({"ARABIC"}),
    "hebrew": frozenset({"HEBREW"}),
    "russian": frozenset({"CYRILLIC"}),
    "ukrainian": frozenset({"CYRILLIC"}),
    "greek": frozenset({"GREEK"}),
    "thai": frozenset({"THAI"}),
    "hindi": frozenset({"DEVANAGARI"}),
    "malayalam": frozenset({"MALAYALAM"}),
}
# The language to suggest for text mostly in a script.
_SCRIPT_LANGUAGE = {
    "CJK": "chinese",
    "HIRAGANA": "japanese",
    "KATAKANA": "japanese",
    "HANGUL": "korean",
    "ARABIC": "arabic",
    "HEBREW": "hebrew",
    "CYRILLIC": "russian",
    "GREEK": "greek",
    "THAI": "thai",
    "DEVANAGARI": "hindi",
    "MALAYALAM": "malayalam",
    "LATIN": "english",
}
_SCRIPT_SAMPLE = 6000  # characters looked at; enough to know the script, cheap on a 5 MB article
_NOT_ASCII_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")


@dataclass(frozen=True)
class LanguageChoice:
    """The language the library will use, and the warnings the reader should see."""

    name: str
    warnings: tuple[str, ...] = ()


def normalise_name(language: str) -> str:
    """'DE', 'Deutsch' and 'german' all name German."""
    key = language.strip().lower().replace("-", "_")
    return ALIASES.get(key, key)


def splits_sentences(language: str) -> bool:
    """Punkt has a trained model or a rule preset for the language."""
    if language in punkt.available_languages():
        return True
    try:
        punkt.rules_for_language(language)
    except LookupError:
        return False
    return True


def dominant_script(text: str) -> str | None:
    """The script most letters of the text are written in, or None for text without letters."""
    sample = text[:_SCRIPT_SAMPLE]
    # ASCII letters are Latin and counted in one pass; only the others need their Unicode names.
    others = () if sample.isascii() else _OTHER_LETTER.findall(sample)
    counts: Counter[str] = Counter(_script_of(char) for char in others)
    counts["LATIN"] += len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    counts.pop("", None)
    seen = sum(counts.values())
    if not seen:
        return None
    script, count = counts.most_common(1)[0]
    return script if count * 2 > seen else None


@lru_cache(maxsize=4096)
def _script_of(char: str) -> str:
    """The first word of a letter's Unicode name: LATIN, CYRILLIC, ARABIC, CJK ..."""
    return unicodedata.name(char, "").split(" ", 1)[0]


def _script_label(script: str) -> str:
    return script if script == "CJK" else script.title()


def resolve_language(requested: str, text: str = "", *, stems: bool = False) -> LanguageChoice:
    """The language to read ``text`` with, falling back to English rules where nothing fits.

    ``stems`` says whether the ranking will stem words and drop stop words (the sumy algorithms),
    so that missing stemmers are only reported when they matter.
    """
    name = normalise_name(requested) or FALLBACK
    warnings: list[str] = []
    can_split = splits_sentences(name)
    if not can_split and name not in SUMY_STEMMERS:
        warnings.append(f"language {requested!r} is not supported; reading the text with English rules")
        name = FALLBACK
    elif not can_split:
        warnings.append(f"no sentence model for {name}; sentences are split at '.', '!' and '?' only")
    if stems and name not in SUMY_STEMMERS:
        warnings.append(f"no stemmer for {name}; words are compared with English stemming")
    if stems and name not in SUMY_STOP_WORDS:
        warnings.append(f"no stop-word list for {name}; every word counts in the ranking")
    script = dominant_script(text)
    expected = _SCRIPTS.get(name, frozenset({"LATIN"}))
    if script is not None and script not in expected and script in _SCRIPT_LANGUAGE:
        warnings.append(
            f"the text is mostly in {_script_label(script)} script but is read as {name}; "
            f"set the language to {_SCRIPT_LANGUAGE[script]} for better sentences"
        )
    return LanguageChoice(name, tuple(warnings))
