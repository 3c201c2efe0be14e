# ruff: noqa: E501  (foreign-language fixtures: long lines, full-width punctuation)
"""No input makes ``summarize`` crash, hang or lie: properties, a catalogue of nasty inputs, languages, safety."""

from __future__ import annotations

import base64
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.app import EXIT_FAILURE, EXIT_OK, app
from summarizer import ALGORITHMS, Options, SummarizerError, Summary, parse_article, summarize
from summarizer.errors import BinaryInputError
from summarizer.languages import SUMY_STEMMERS, SUMY_STOP_WORDS, normalise_name, resolve_language
from summarizer.reading.decoding import decode

from .conftest import HARBOUR_STORY, ROOT, clean_env

ONE_PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
WORDS = [
    "council",
    "budget",
    "harbour",
    "river",
    "school",
    "minister",
    "police",
    "road",
    "election",
    "storm",
    "mayor",
    "wall",
]

# --- properties -------------------------------------------------------------------------------

_pieces = st.sampled_from(
    [
        "The council met on Monday.",
        "“We will rebuild,” said the mayor.",
        '"Never," he said',
        "Mr. Smith",
        "U.S. officials",
        "?",
        "!",
        "...",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "—",
        "'",
        '"',
        "“",
        "”",
        "«",
        "»",
        "(",
        ")",
        "5 p.m.",
        "3.5%",
        "By Jane Fielding",
        "LONDON (Reuters) -",
        "Photo: AP",
        "Advertisement",
        "# Heading",
        "中文新闻。",
        "مرحبا بالعالم.",
        "Straße.",
        "\u200b",
        "\ufeff",
        "\x00",
        "\t",
        "ALL CAPS HEADLINE",
    ]
)
_article_like = st.lists(st.one_of(_pieces, st.text(max_size=30)), max_size=40).map("".join)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _assert_honest(summary: Summary) -> None:
    """Every summary sentence is made of the article's own words: an extractive summary invents nothing.

    Compared with the parser's normalised text, which drops control characters and Markdown link targets.
    """
    words = _words(summary.article.text)
    for sentence in summary.sentences:
        assert _words(sentence.text) <= words, sentence.text
    assert len(summary.sentences) <= len(summary.article.sentences)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(), _article_like))
def test_library_returns_a_summary_or_its_own_error(text: str) -> None:
    """Any text: a summary built from the text, or a SummarizerError; nothing else escapes."""
    try:
        summary = summarize(text)
    except SummarizerError:
        return
    _assert_honest(summary)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=_article_like,
    algorithm=st.sampled_from(ALGORITHMS),
    count=st.integers(1, 5),
    language=st.sampled_from(["english", "german", "chinese", "arabic", "klingon", "ja"]),
)
def test_every_algorithm_and_language_survives_odd_text(
    text: str, algorithm: str, count: int, language: str
) -> None:
    try:
        summary = summarize(text, Options(algorithm=algorithm, sentences=count, language=language))
    except SummarizerError:
        return
    _assert_honest(summary)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=3000))
def test_decoding_any_bytes_gives_text_or_a_binary_error(data: bytes) -> None:
    try:
        text = decode(data)
    except BinaryInputError:
        return
    assert isinstance(text, str)


_runner = CliRunner()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(st.binary(max_size=2000), _article_like.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    fmt=st.sampled_from(["text", "markdown", "json", "jsonl", "rich"]),
)
def test_command_never_shows_a_traceback(tmp_path: Path, data: bytes, fmt: str) -> None:
    """Any file: exit 0 with output or 1 with one line on stderr; never an exception."""
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = _runner.invoke(app, [str(path), "-f", fmt])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (EXIT_OK, EXIT_FAILURE)
    if result.exit_code == EXIT_FAILURE:
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"summarize: {path}: ")
        if fmt in ("json", "jsonl"):  # the failure is a record too
            assert "error" in json.dumps(json.loads(result.stdout))
        else:
            assert result.stdout == ""
    if fmt in ("json", "jsonl") and result.exit_code == EXIT_OK:
        json.loads(result.stdout)


# --- the catalogue ------------------------------------------------------------------------------


def _mixed_scripts() -> str:
    return (
        "Global summit opens in Geneva\n\nLeaders met in Geneva on Monday. Президент заявил, что встреча важна. "
        "中国代表团也参加了会议。 وقال الوزير إن الاجتماع مهم. The talks will continue on Tuesday.\n"
    )


CHINESE = "中国经济新闻\n\n今天，国家统计局发布了最新的经济数据。数据显示，第三季度经济增长了百分之五。专家表示，这一增长超出了市场预期。政府将继续推动改革。\n"
ARABIC = (
    "أخبار الاقتصاد اليوم\n\nأعلنت الحكومة اليوم عن خطة جديدة للاقتصاد. وقال الوزير إن الخطة ستوفر آلاف الوظائف. "
    "ويتوقع الخبراء نموا قويا في العام المقبل. وأضاف أن الاستثمار سيزيد.\n"
)
GERMAN = (
    "Berlin erhöht die Steuern\n\nDie Bundesregierung hat am Dienstag neue Steuern beschlossen. Der Finanzminister "
    "sagte, die Maßnahmen seien notwendig. Kritiker warnen vor höheren Preisen. Die Opposition kündigte "
    "Widerstand an.\n"
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Council agrees budget</title><script>var x = 1;</script></head>"
    "<body><h1>Council agrees budget</h1><p>The council met on Monday. It agreed the budget after a long "
    "night.</p><p>The mayor said it was a good day.</p></body></html>\n"
)
MARKDOWN = (
    "# Council agrees budget\n\n## The meeting\n\nThe council met on [Monday](https://example.com). It agreed "
    "the **budget** after a long night.\n\n- item one\n- item two\n\nThe mayor said it was a good day.\n"
)


def _no_punctuation() -> str:
    rng = random.Random(7)
    return " ".join(rng.choice(WORDS) for _ in range(10_000))


def _one_megabyte_line() -> str:
    return ("The council met again today and agreed a new budget for the harbour. " * 15_000)[:1_000_000]


def _five_megabytes() -> str:
    paragraph = (
        "The council met on Monday to discuss the budget. Officials said the harbour wall would cost "
        "more than expected. Residents asked for answers at a public meeting.\n\n"
    )
    return "Council budget talks drag on\n\n" + paragraph * (5_000_000 // len(paragraph))


# name -> (bytes, expected exit code, expected stderr fragment or None)
CATALOGUE: dict[str, tuple[bytes, int, str | None]] = {
    "empty": (b"", EXIT_FAILURE, "the input is empty"),
    "whitespace only": (b"  \n\t\n  \r\n", EXIT_FAILURE, "the input is empty"),
    "one word": (b"Hello\n", EXIT_OK, None),
    "one sentence": (b"The council met on Monday to discuss the budget.\n", EXIT_OK, None),
    "headline alone": (b"Council agrees budget after long night\n", EXIT_OK, None),
    "10000 words without punctuation": (_no_punctuation().encode(), EXIT_OK, None),
    "1 MB single line": (_one_megabyte_line().encode(), EXIT_OK, None),
    "5 MB article": (_five_megabytes().encode(), EXIT_OK, None),
    "NUL bytes inside text": (
        b"Council agrees budget\n\nThe council met on Monday.\x00 It agreed the budget after "
        b"a long night.\x00 The mayor said it was a good day.\n",
        EXIT_OK,
        None,
    ),
    "random binary": (random.Random(1).randbytes(5000), EXIT_FAILURE, "not text"),
    "PNG image": (ONE_PIXEL_PNG, EXIT_FAILURE, "a PNG image, not plain text"),
    "UTF-16": (HARBOUR_STORY.encode("utf-16"), EXIT_OK, None),
    "invalid UTF-8": (
        b"Council agrees budget\n\nThe council met on Monday \xff\xfe\xfa. It agreed the budget "
        b"\xc3\x28 after a long night.\n",
        EXIT_OK,
        "not valid UTF-8",
    ),
    "mixed scripts": (_mixed_scripts().encode(), EXIT_OK, None),
    "Chinese": (CHINESE.encode(), EXIT_OK, "set the language to chinese"),
    "Arabic": (ARABIC.encode(), EXIT_OK, "set the language to arabic"),
    "German": (GERMAN.encode(), EXIT_OK, None),
    "all capitals": (HARBOUR_STORY.upper().encode(), EXIT_OK, None),
    "only quotation marks": ('"""" “”“” \'\' "\n"""""\n'.encode(), EXIT_FAILURE, "no body sentences"),
    "unbalanced quotes": (
        'Council agrees budget\n\n"The council met on Monday, said the mayor. It agreed the '
        "budget. “Residents were angry, he said.\n".encode(),
        EXIT_OK,
        None,
    ),
    "HTML page": (HTML_PAGE.encode(), EXIT_OK, None),
    "Markdown with headings and links": (MARKDOWN.encode(), EXIT_OK, None),
}


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_catalogue(tmp_path: Path, name: str) -> None:
    """Each nasty input ends with a result or one clear line, and the documented exit code."""
    data, code, fragment = CATALOGUE[name]
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(app, [str(path), "-f", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == code, result.stderr
    assert "Traceback" not in result.stderr
    if fragment is not None:
        assert fragment in result.stderr
    if code == EXIT_OK:
        document = json.loads(result.stdout)[0]
        assert document["summary"]
        words = _words(decode(data))
        for sentence in document["summary"]:
            assert _words(sentence["text"]) <= words  # made of the input's words: nothing invented
    else:
        assert [set(record) for record in json.loads(result.stdout)] == [{"schema_version", "source", "error"}]
        assert result.stderr.count("\n") == 1


def test_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, [str(tmp_path)])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {tmp_path}: is a directory, not a file\n"


def test_file_that_disappeared(tmp_path: Path) -> None:
    """A name that no longer leads to a file (here a dangling link) is a one-line error."""
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    result = CliRunner().invoke(app, [str(link)])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {link}: no such file\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(HARBOUR_STORY)
    path.chmod(0)
    result = CliRunner().invoke(app, [str(path)])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {path}: permission denied\n"


def test_permission_denied_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same message when the refusal comes from the system (as root cannot be refused, simulated)."""
    path = tmp_path / "secret.txt"
    path.write_text(HARBOUR_STORY)

    def refuse(name: str, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(name))

    import summarizer.reading.files

    monkeypatch.setattr(summarizer.reading.files, "open", refuse, raising=False)  # the one place files are opened
    result = CliRunner().invoke(app, [str(path)])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {path}: permission denied\n"


def test_dev_null() -> None:
    result = CliRunner().invoke(app, [os.devnull])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {os.devnull}: the input is empty\n"


def test_default_size_limit(tmp_path: Path) -> None:
    """Above the documented 10 MB default the error says how to raise the limit."""
    path = tmp_path / "huge.txt"
    path.write_bytes(b"The council met on Monday. " * 400_000)  # 10.8 MB
    result = CliRunner().invoke(app, [str(path)])
    assert result.exit_code == EXIT_FAILURE
    assert result.stderr == f"summarize: {path}: larger than the 10 MB limit (raise it with --max-mb)\n"


# --- languages ------------------------------------------------------------------------------------


def test_language_tables_match_sumy() -> None:
    """The stemmer and stop-word tables kept as data agree with the installed sumy."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    candidates = (
        SUMY_STEMMERS | SUMY_STOP_WORDS | {"turkish", "estonian", "slovene", "malayalam", "thai", "hindi"}
    )
    for language in sorted(candidates):
        try:
            Stemmer(language)
            has_stemmer = True
        except LookupError:
            has_stemmer = False
        try:
            get_stop_words(language)
            has_stop_words = True
        except LookupError:
            has_stop_words = False
        assert has_stemmer is (language in SUMY_STEMMERS), language
        assert has_stop_words is (language in SUMY_STOP_WORDS), language


@pytest.mark.parametrize(
    ("typed", "name"),
    [("DE", "german"), ("Deutsch", "german"), ("zh", "chinese"), ("English", "english"), ("ar", "arabic")],
)
def test_language_names_and_codes(typed: str, name: str) -> None:
    assert normalise_name(typed) == name


def test_unknown_language_falls_back_to_english_with_a_warning() -> None:
    choice = resolve_language("klingon", HARBOUR_STORY)
    assert choice.name == "english"
    assert choice.warnings == ("language 'klingon' is not supported; reading the text with English rules",)


def test_language_without_sentence_model_is_kept_with_a_warning() -> None:
    choice = resolve_language("arabic", ARABIC)
    assert choice.name == "arabic"
    assert any("no sentence model for arabic" in w for w in choice.warnings)


def test_missing_stemmer_is_reported_only_when_the_ranking_stems() -> None:
    assert resolve_language("turkish", "Bugün hava çok güzel.").warnings == ()
    stemming = resolve_language("turkish", "Bugün hava çok güzel.", stems=True).warnings
    assert any("no stemmer for turkish" in w for w in stemming)


def test_supported_language_and_matching_script_give_no_warning() -> None:
    assert resolve_language("german", GERMAN, stems=True).warnings == ()
    assert resolve_language("chinese", CHINESE, stems=True).warnings == ()


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (CHINESE, "chinese"),
        (CHINESE, "english"),
        (ARABIC, "arabic"),
        (ARABIC, "english"),
        (GERMAN, "german"),
        (GERMAN, "de"),
        (_mixed_scripts(), "english"),
        (GERMAN, "klingon"),
    ],
)
def test_languages_never_crash(text: str, language: str, algorithm: str) -> None:
    """Chinese, Arabic and German, with matching or wrong language settings, under every algorithm."""
    summary = summarize(text, Options(algorithm=algorithm, language=language))
    assert summary.sentences
    _assert_honest(summary)


def test_chinese_is_split_into_sentences_with_the_chinese_setting() -> None:
    summary = summarize(CHINESE, Options(language="chinese", sentences=10))
    assert len(summary.article.sentences) >= 4
    assert summary.warnings == ()


def test_chinese_headline_is_recognised() -> None:
    """An unspaced Chinese headline is measured in words, not whitespace tokens."""
    article = parse_article(CHINESE, language="chinese")
    assert article.headline == "中国经济新闻"
    assert article.sentences[0].text.startswith("今天")


def test_chinese_read_as_english_says_so() -> None:
    summary = summarize(CHINESE)
    assert any("CJK script" in w and "chinese" in w for w in summary.warnings)


# --- safety -----------------------------------------------------------------------------------------

_GUARDED_RUN = """
import builtins, pickle, socket, sys
def refuse(*args, **kwargs):
    raise AssertionError("forbidden call")
class RefusingUnpickler(pickle.Unpickler):
    def load(self):
        refuse()
pickle.load = pickle.loads = refuse
pickle.Unpickler = RefusingUnpickler
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from cli.app import main
sys.argv = ["summarize", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_no_pickle_no_network_no_files_written(tmp_path: Path, harbour_file: Path, algorithm: str) -> None:
    """Every algorithm runs with unpickling and network connections forbidden, and writes no file."""
    work = tmp_path / "cwd"
    work.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    before = sorted(tmp_path.rglob("*"))
    result = subprocess.run(
        [sys.executable, "-c", _GUARDED_RUN, str(harbour_file), "-a", algorithm, "-f", "json"],
        check=False,
        capture_output=True,
        cwd=work,
        env=clean_env(HOME=str(home), PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)[0]["algorithm"]
    assert sorted(tmp_path.rglob("*")) == before


def test_no_traceback_even_for_a_library_defect(harbour_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A defect (not bad input) is still one line on stderr, naming the input, with exit code 1."""
    import summarizer.core

    def broken(*args: object, **kwargs: object) -> Summary:
        raise ValueError("something inside broke")

    monkeypatch.setattr(summarizer.core, "summarize", broken)
    result = CliRunner().invoke(app, [str(harbour_file)])
    assert result.exit_code == EXIT_FAILURE
    assert re.fullmatch(
        rf"summarize: {re.escape(str(harbour_file))}: internal error \(ValueError: something "
        r"inside broke\); please report it\n",
        result.stderr,
    )
