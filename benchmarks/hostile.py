# ruff: noqa: E501  (case tables read best one case a line)
"""A battery of hostile inputs, options and stream states run through the real command; prints a tally.

    python benchmarks/hostile.py [--only SUBSTRING] [--verbose] [--command "python -m cli"]

Every case runs ``summarize`` in a fresh process (on a pty where the case is about terminals) and
checks, besides its own expectation, the rules that hold for every run: no traceback, an exit code
from the documented set, and no raw control, escape or bidi character on stderr. A final table
times inputs that grow (one word a line, ``U.S.`` runs, ...) at two sizes and prints the growth
exponent: a figure for the speed work, not a pass/fail.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import os
import pty
import random
import re
import select
import shlex
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """\
Harbour town votes to rebuild storm-hit sea wall

By Jane Fielding

PORT ELLIS — The town council voted on Tuesday to rebuild the sea wall that collapsed during last month's storm, ending weeks of argument over the £4 million cost.

The wall, built in 1952, gave way on the night of the storm and let the sea into more than forty homes on the harbour front.

"We cannot ask families to live behind a wall made of hope," said Mayor Alan Brooks, who proposed the plan.

Engineers will start work in the spring, and the council expects the new wall to stand within two years.

Residents of the café quarter said the decision came too late for some.
"""

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs24 Council agrees budget\par"
    rb" The council met on Monday and agreed the budget after a long night.\par The mayor said it was a good day.\par}"
    b"\n"
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ESC_TITLE = "\x1b]0;owned\x07"
ESC_CLEAR = "\x1b[2J"
BIDI = "\u202e"
# Raw characters that must never reach a terminal or stderr from an input.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document><w:t>Council</w:t></w:document>"})


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


@dataclass
class Case:
    name: str
    group: str
    args: list[str]
    data: bytes | None = None  # written to a file whose path replaces "{file}" in args
    stdin: bytes = b""
    env: dict[str, str] = field(default_factory=dict)
    check: Callable[[Result], str | None] = lambda r: None
    tty: bool = False  # stdout and stderr on a pty
    shell: str | None = None  # a shell redirection appended to the command (">/dev/full", ">&-")
    filename: str = "input.txt"
    owner: str = ""  # a known failure whose fix belongs to another stage: which one


def ok_summary(result: Result) -> str | None:
    if result.code != 0:
        return f"exit {result.code}"
    return None


def one_line_error(fragment: str = "", code: int = 1) -> Callable[[Result], str | None]:
    def check(result: Result) -> str | None:
        if result.code != code:
            return f"exit {result.code}, wanted {code}"
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        if len(lines) != 1:
            return f"{len(lines)} stderr lines"
        if fragment and fragment not in lines[0]:
            return f"stderr {lines[0]!r} lacks {fragment!r}"
        return None

    return check


def usage_error(result: Result) -> str | None:
    if result.code != 2:
        return f"exit {result.code}, wanted 2"
    return None


def faithful(source: str) -> Callable[[Result], str | None]:
    """Headline, quotes and summary sentences (JSON) are text of the source, whitespace aside."""
    squashed = _squash(source)

    def check(result: Result) -> str | None:
        if result.code != 0:
            return f"exit {result.code}: {result.stderr.strip()[:120]}"
        try:
            documents = json.loads(result.stdout)
        except ValueError:
            return "stdout is not JSON"
        document = documents[0] if isinstance(documents, list) else documents
        texts = [s["text"] for s in document.get("summary", [])] + [q["text"] for q in document.get("quotes", [])]
        if document.get("headline"):
            texts.append(document["headline"])
        for text in texts:
            if _squash(text) not in squashed:
                return f"not in the input: {text[:80]!r}"
        return None

    return check


def warned(fragment: str, then: Callable[[Result], str | None] = ok_summary) -> Callable[[Result], str | None]:
    def check(result: Result) -> str | None:
        if fragment not in result.stderr:
            return f"no {fragment!r} on stderr: {result.stderr.strip()[:120]!r}"
        return then(result)

    return check


def all_of(*checks: Callable[[Result], str | None]) -> Callable[[Result], str | None]:
    def check(result: Result) -> str | None:
        for one in checks:
            problem = one(result)
            if problem:
                return problem
        return None

    return check


def stdout_has_no_unsafe(result: Result) -> str | None:
    if UNSAFE.search(result.stdout.replace("\x1b[", "").replace("\r\n", "\n")):
        # Rich's own SGR codes start with ESC [; anything else raw is the input's
        found = UNSAFE.search(result.stdout.replace("\r\n", "\n"))
        return f"raw control character {found.group()!r} on the terminal" if found else None
    if re.search(r"\x1b\[2J|\x1b\]", result.stdout):
        return "raw escape sequence on the terminal"
    return None


def no_raw_sequences(result: Result) -> str | None:
    """On a terminal: the input's escape and bidi characters never arrive raw (Rich's SGR colours may)."""
    # Rich's own codes: colours, cursor hide/show, erase line, cursor up (the progress bar)
    text = re.sub(r"\x1b\[[0-9;]*m|\x1b\[\?25[lh]|\x1b\[2K|\x1b\[\d*A|\r", "", result.stdout)
    found = UNSAFE.search(text)
    if found:
        return f"raw {found.group()!r} on the terminal"
    return None


def json_shape(kind: str, sources: int, errors: int = 0) -> Callable[[Result], str | None]:
    def check(result: Result) -> str | None:
        try:
            if kind == "json":
                documents = json.loads(result.stdout)
                if not isinstance(documents, list):
                    return "JSON is not an array"
            else:
                documents = [json.loads(line) for line in result.stdout.splitlines()]
        except ValueError:
            return "stdout is not valid JSON"
        if len(documents) != sources:
            return f"{len(documents)} documents, wanted {sources}"
        failed = [d for d in documents if "error" in d]
        if len(failed) != errors:
            return f"{len(failed)} error records, wanted {errors}"
        if any("source" not in d for d in documents):
            return "a record without source"
        if any("schema_version" not in d for d in documents if "error" not in d):
            return "no schema_version"
        return None

    return check


def no_socket(result: Result) -> str | None:
    if "SOCKET OPENED" in result.stderr:
        return "a socket was created"
    return ok_summary(result)


SOCKET_HOOK = (
    "import sys\n"
    "def hook(event, args):\n"
    "    if event == 'socket.__new__':\n"
    "        sys.stderr.write('SOCKET OPENED %r\\n' % (args,))\n"
    "sys.addaudithook(hook)\n"
    "import runpy; sys.argv[0] = 'summarize'; runpy.run_module('cli', run_name='__main__')\n"
)


def _random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def cases() -> list[Case]:
    art = ARTICLE.encode()
    cp1252 = ARTICLE.encode("cp1252")
    latin1_fr = (
        "Le conseil vote le budget\n\nLe conseil municipal a voté mardi un budget de 4 millions d'euros pour la digue. "
        "« Nous devons protéger les familles », a déclaré le maire. Les travaux débuteront à l'été.\n"
    ).encode("latin-1")
    overlong = b"Council agrees budget\n\nThe council met on Monday \xc0\xaf and agreed the budget \xe0\x80\xaf after a long night. The mayor \xc1\xbf said it was good.\n"
    markdown_plain = (
        "Council agrees budget\n\nThe council met on Monday and agreed the budget. Readers can see [the full "
        "report](https://example.com/report) online. The mayor said it was a good day. Officials said the plan "
        "would cost [redacted](note) in all.\n"
    )
    flood = (
        "Flood waters rise in valley\n\nFlood waters rose across the valley on Sunday as the river burst its banks in three places and forced hundreds of families from their homes. "
        "Rescue teams worked through the night. The mayor said the town would need months to recover.\n"
    )
    esc_article = f"Council agrees budget{ESC_TITLE}\n\nThe council met on Monday{ESC_CLEAR} and agreed the budget. The mayor{BIDI} said it was a good day. Residents cheered the decision. " + ARTICLE.split("\n\n", 1)[1]
    entity_html = (
        "<html><head><title>Council agrees budget</title></head><body><h1>Council &#x202E;agrees budget</h1>"
        "<p>The council met on Monday &#8238;and agreed the budget after a long night. The mayor said it was a good day. "
        "Residents said &#x1b;[2J they were pleased.</p></body></html>\n"
    )
    c1_article = "Council agrees budget\n\nThe council met on Monday\u009b2J and agreed the budget. The mayor said it was a good day. Residents cheered. " + ARTICLE.split("\n\n", 1)[1]
    table: list[Case] = [
        # --- write errors and stream states
        Case("stdout full: article", "streams", ["{file}"], art, shell=">/dev/full", check=one_line_error("")),
        Case("stdout full: --help", "streams", ["--help"], shell=">/dev/full", check=one_line_error("")),
        Case("stdout full: --version", "streams", ["--version"], shell=">/dev/full", check=one_line_error("")),
        Case("stdout full: json", "streams", ["{file}", "-f", "json"], art, shell=">/dev/full", check=one_line_error("")),
        Case("stdout closed: article", "streams", ["{file}"], art, shell=">&-", check=one_line_error("")),
        Case("stdout closed: --help", "streams", ["--help"], shell=">&-", check=one_line_error("")),
        Case("stdout closed: --version", "streams", ["--version"], shell=">&-", check=one_line_error("")),
        Case("stdout closed: jsonl", "streams", ["{file}", "-f", "jsonl"], art, shell=">&-", check=one_line_error("")),
        Case("stderr full: a missing file", "streams", ["/nonexistent/x.txt"], shell="2>/dev/full", check=lambda r: None if r.code == 1 else f"exit {r.code}"),
        Case("stderr full and stdout full", "streams", ["{file}"], art, shell=">/dev/full 2>/dev/full", check=lambda r: None if r.code == 1 else f"exit {r.code}"),
        Case("stderr closed: a missing file", "streams", ["/nonexistent/x.txt"], shell="2>&-", check=lambda r: None if r.code == 1 else f"exit {r.code}"),
        Case("stdin closed", "streams", ["-"], shell="<&-", check=one_line_error("stdin")),
        Case("stdout pipe closed early", "streams", ["{file}", "-f", "json"], art, shell="| head -c 1 >/dev/null", check=lambda r: None if r.code == 0 else f"exit {r.code}"),
        # --- option values
        *[
            Case(f"--max-mb {value}", "options", ["{file}", "--max-mb", value], art, check=usage_error)
            for value in ("nan", "inf", "-inf", "1e308", "1e12", "0", "-1", "1e-9", "abc")
        ],
        Case("--max-mb 1000 is fine", "options", ["{file}", "--max-mb", "1000"], art, check=ok_summary),
        *[
            Case(f"--ratio {value}", "options", ["{file}", "--ratio", value], art, check=usage_error)
            for value in ("nan", "inf", "0", "1.5", "-0.2")
        ],
        Case("--sentences 0", "options", ["{file}", "-n", "0"], art, check=usage_error),
        Case("--sentences 10**30", "options", ["{file}", "-n", "1" + "0" * 30], art, check=lambda r: None if r.code in (0, 2) else f"exit {r.code}"),
        Case("--words 0", "options", ["{file}", "-w", "0"], art, check=usage_error),
        Case("--quotes -1", "options", ["{file}", "-q", "-1"], art, check=usage_error),
        Case("--jobs -1", "options", ["{file}", "-j", "-1"], art, check=usage_error),
        Case("--language empty", "options", ["{file}", "-l", ""], art, check=lambda r: None if r.code in (0, 2) else f"exit {r.code}"),
        *[
            Case(f"SUMMARIZE_PROGRESS_DELAY={value}", "environment", ["{file}", "{file}"], art, env={"SUMMARIZE_PROGRESS_DELAY": value}, tty=True, check=warned("SUMMARIZE_PROGRESS_DELAY"))
            for value in ("inf", "nan", "-1", "abc", "1e400", "99999999999")
        ],
        *[
            Case(f"COLUMNS={value}", "environment", ["{file}"], art, env={"COLUMNS": value}, tty=True, check=ok_summary)
            for value in ("abc", "0", "-5", "100000000")
        ],
        # --- decoding
        Case("random bytes", "decoding", ["{file}"], _random_bytes(1, 5000), check=one_line_error("not text")),
        *[
            Case(f"random bytes seed {seed}", "decoding", ["{file}"], _random_bytes(seed, 3000), check=one_line_error(""))
            for seed in (2, 3, 4)
        ],
        Case("high bytes only", "decoding", ["{file}"], bytes(range(0x80, 0x100)) * 20, check=one_line_error("")),
        Case("RTF file", "decoding", ["{file}"], RTF, check=one_line_error("an RTF file")),
        Case("PDF file", "decoding", ["{file}"], PDF, check=one_line_error("a PDF")),
        Case("DOCX file", "decoding", ["{file}"], DOCX, check=one_line_error("a Word document")),
        Case("ZIP file", "decoding", ["{file}"], _zip({"a.txt": b"hello"}), check=one_line_error("a ZIP archive")),
        Case("PNG image", "decoding", ["{file}"], PNG, check=one_line_error("a PNG image")),
        Case("JPEG image", "decoding", ["{file}"], b"\xff\xd8\xff\xe0\x00\x10JFIF" + _random_bytes(5, 500), check=one_line_error("a JPEG image")),
        Case("GIF image", "decoding", ["{file}"], b"GIF89a" + _random_bytes(6, 300), check=one_line_error("a GIF image")),
        Case("gzip file", "decoding", ["{file}"], b"\x1f\x8b\x08\x00" + _random_bytes(7, 300), check=one_line_error("gzip")),
        Case("overlong UTF-8", "decoding", ["{file}", "-f", "json"], overlong, check=warned("not valid UTF-8", faithful(overlong.decode("utf-8", "replace")))),
        Case("overlong UTF-8 keeps replacement marks", "decoding", ["{file}", "-f", "json"], overlong, check=lambda r: None if "\ufffd" in r.stdout or r.code != 0 else "no replacement character: the bytes were re-read as another code page"),
        Case("surrogate bytes in UTF-8", "decoding", ["{file}", "-f", "json"], b"Council agrees budget\n\nThe council met on Monday \xed\xa0\x80 and agreed the budget. The mayor said so.\n", check=warned("not valid UTF-8")),
        Case("cp1252 article with £ and é", "decoding", ["{file}", "-f", "json"], cp1252, check=all_of(warned("cp1252"), lambda r: None if "£4 million" in r.stdout and "café" in r.stdout else "£ or é misread")),
        Case("Latin-1 French article", "decoding", ["{file}", "-f", "json"], latin1_fr, check=lambda r: None if r.code == 0 and "a voté" in r.stdout else f"misread: {r.stdout[:200]!r}"),
        Case("UTF-16 without BOM", "decoding", ["{file}", "-f", "json"], ARTICLE.encode("utf-16-le"), check=faithful(ARTICLE)),
        Case("UTF-8 with BOM", "decoding", ["{file}", "-f", "json"], b"\xef\xbb\xbf" + art, check=faithful(ARTICLE)),
        Case("NUL every other byte (odd length)", "decoding", ["{file}"], b"a\x00" * 500 + b"a", check=lambda r: None if r.code == 1 else f"exit {r.code}"),
        Case("empty file", "decoding", ["{file}"], b"", check=one_line_error("empty")),
        # --- faithful output
        Case("Markdown link syntax in a plain article", "faithful", ["{file}", "-f", "json", "-n", "4"], markdown_plain.encode(), check=faithful(markdown_plain)),
        Case("--words 1", "faithful", ["{file}", "-f", "json", "-w", "1"], flood.encode(), check=faithful(flood)),
        Case("--words 3", "faithful", ["{file}", "-f", "json", "-w", "3"], art, check=faithful(ARTICLE)),
        Case("whole article is faithful", "faithful", ["{file}", "-f", "json", "-n", "50"], art, check=faithful(ARTICLE)),
        # --- terminal safety
        Case("escape sequences in a file name (stderr)", "terminal", ["{file}"], b"", filename=f"evil{ESC_TITLE}{ESC_CLEAR}.txt", check=all_of(one_line_error("empty"))),
        Case("bidi override in a file name (stderr)", "terminal", ["{file}"], b"", filename=f"evil{BIDI}txt.exe", check=one_line_error("empty")),
        Case("newline in a file name (stderr)", "terminal", ["{file}"], b"", filename="two\nlines.txt", check=one_line_error("empty")),
        Case("escape sequences in a missing file name", "terminal", [f"/nonexistent/{ESC_CLEAR}x.txt"], check=one_line_error("no such file")),
        Case("escapes in the article, text on a tty", "terminal", ["{file}", "-f", "text"], esc_article.encode(), tty=True, check=all_of(ok_summary, no_raw_sequences)),
        Case("escapes in the article, panels on a tty", "terminal", ["{file}"], esc_article.encode(), tty=True, check=all_of(ok_summary, no_raw_sequences)),
        Case("escapes in the article, markdown on a tty", "terminal", ["{file}", "-f", "markdown"], esc_article.encode(), tty=True, check=all_of(ok_summary, no_raw_sequences)),
        Case("escapes in a file name, panels on a tty", "terminal", ["{file}"], art, filename=f"a{ESC_TITLE}.txt", tty=True, check=all_of(ok_summary, no_raw_sequences)),
        Case("escapes in a file name, two inputs as text on a tty", "terminal", ["{file}", "{file}", "-f", "text"], art, filename=f"a{ESC_CLEAR}{BIDI}.txt", tty=True, check=all_of(ok_summary, no_raw_sequences)),
        Case("bidi as HTML entities, panels on a tty", "terminal", ["{file}"], entity_html.encode(), tty=True, check=all_of(ok_summary, no_raw_sequences)),
        Case("C1 CSI in the article, text on a tty", "terminal", ["{file}", "-f", "text"], c1_article.encode(), tty=True, check=all_of(ok_summary, no_raw_sequences)),
        Case("JSON keeps the article's bidi text, no raw control", "terminal", ["{file}", "-f", "json", "-n", "9"], esc_article.encode(), check=lambda r: None if r.code == 0 and "\x1b" not in r.stdout and BIDI in "".join(s["text"] for s in json.loads(r.stdout)[0]["summary"]) else "JSON lost the text or leaked a raw control"),
        Case("warning with a hostile name on stderr", "terminal", ["{file}"], cp1252, filename=f"w{ESC_CLEAR}.txt", check=warned("cp1252")),
        # --- sockets
        *[
            Case(f"no socket with -a {algorithm}", "sockets", ["{file}", "-a", algorithm, "-f", "json"], art, check=no_socket)
            for algorithm in ("textrank", "lsa", "lexrank", "luhn", "default", "lead")
        ],
        Case("no socket for a saved HTML page", "sockets", ["{file}", "-f", "json"], entity_html.encode(), check=no_socket),
        # --- shapes
        Case("json one input is an array", "shapes", ["{file}", "-f", "json"], art, check=json_shape("json", 1)),
        Case("json failed input is a record", "shapes", ["{file}", "/nonexistent/gone.txt", "-f", "json"], art, check=json_shape("json", 2, 1)),
        Case("json only a failed input", "shapes", ["/nonexistent/gone.txt", "-f", "json"], check=json_shape("json", 1, 1)),
        Case("jsonl failed input in order", "shapes", ["/nonexistent/gone.txt", "{file}", "-f", "jsonl"], art, check=all_of(json_shape("jsonl", 2, 1), lambda r: None if '"error"' in r.stdout.splitlines()[0] else "order")),
        Case("jsonl -j 2 failed input in order", "shapes", ["{file}", "/nonexistent/gone.txt", "{file}", "-f", "jsonl", "-j", "2"], art, check=json_shape("jsonl", 3, 1)),
        Case("trailing slash on a file", "shapes", ["{file}/"], art, check=one_line_error("")),
        Case("directory", "shapes", ["/tmp"], check=one_line_error("directory")),
    ]
    return table


def _command(base: list[str], case: Case, tmp: Path) -> tuple[list[str], Path | None]:
    path = None
    if case.data is not None:
        path = tmp / case.filename
        path.write_bytes(case.data)
    args = [str(path) + arg[len("{file}") :] if arg.startswith("{file}") and path else arg for arg in case.args]
    if case.group == "sockets":
        return [sys.executable, "-c", SOCKET_HOOK, *args], path
    return [*base, *args], path


def _env(case: Case) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS"}}
    env["PYTHONPATH"] = str(ROOT)  # the source tree under test (--root)
    env["TERM"] = "xterm"
    env.update(case.env)
    return env


def _run_tty(command: list[str], env: dict[str, str], timeout: float) -> Result:
    controller, terminal = pty.openpty()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal, env=env, cwd=ROOT)
    os.close(terminal)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        elif process.poll() is not None:
            break
    else:
        process.kill()
    code = process.wait()
    os.close(controller)
    text = b"".join(chunks).decode("utf-8", "replace")
    # on a pty stdout and stderr share one stream: lines starting "summarize:" are the messages
    messages = "\n".join(line for line in text.splitlines() if line.startswith("summarize:"))
    return Result(code, text, messages)


def run_case(base: list[str], case: Case, timeout: float) -> tuple[str | None, Result]:
    with tempfile.TemporaryDirectory() as folder:
        command, _ = _command(base, case, Path(folder))
        env = _env(case)
        try:
            if case.tty:
                result = _run_tty(command, env, timeout)
            else:
                line = shlex.join(command) + (" " + case.shell if case.shell else "")
                done = subprocess.run(["bash", "-c", line], input=case.stdin, capture_output=True, env=env, cwd=ROOT, timeout=timeout, check=False)
                result = Result(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))
        except subprocess.TimeoutExpired:
            return f"no answer within {timeout:g} s", Result(-1, "", "")
    if "Traceback" in result.stderr or "Traceback" in result.stdout:
        return "traceback", result
    if result.code not in (0, 1, 2, 130):
        return f"undocumented exit code {result.code}", result
    if UNSAFE.search(result.stderr.replace("SOCKET OPENED", "")):
        return "raw control character on stderr", result
    try:
        return case.check(result), result
    except (ValueError, KeyError, IndexError, TypeError) as error:  # output of another shape than expected
        return f"unexpected output ({type(error).__name__}: {error})", result


GROWTH = {
    "one word a line": lambda n: "\n".join(random.Random(1).choice(["council", "harbour", "storm", "wall"]) for _ in range(n)),
    "U.S.U.S. run": lambda n: "Council news\n\n" + "U.S." * n,
    "em-dash speech tags": lambda n: "Council news\n\n" + "“Yes” — he said — “no.” " * n,
    "unbalanced opening quotes": lambda n: "Council news\n\n" + "“The council met on Monday and agreed. " * n,
    "reported speech chain": lambda n: "Council news\n\n" + "He said that she said that " * n + "it rained.",
    "capitalised words": lambda n: "Council news\n\n" + "Harbour Council Storm Wall " * n + ".",
}


def growth(base: list[str], sizes: tuple[int, int], timeout: float) -> None:
    import math

    print("\ngrowth (seconds for the whole command, -f json; exponent = log(t2/t1)/log(n2/n1))")
    for name, make in GROWTH.items():
        times = []
        for n in sizes:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "g.txt"
                path.write_text(make(n))
                start = time.perf_counter()
                try:
                    subprocess.run([*base, str(path), "-f", "json", "--max-mb", "100"], capture_output=True, env=_env(Case("", "", [])), cwd=ROOT, timeout=timeout, check=False)
                    times.append(time.perf_counter() - start)
                except subprocess.TimeoutExpired:
                    times.append(float("nan"))
        exponent = math.log(times[1] / times[0]) / math.log(sizes[1] / sizes[0]) if not any(math.isnan(t) for t in times) else float("nan")
        print(f"  {name:28} n={sizes[0]:>7}: {times[0]:6.2f} s   n={sizes[1]:>7}: {times[1]:6.2f} s   exponent {exponent:4.2f}")


def main() -> int:
    global ROOT  # noqa: PLW0603  (the source tree under test is chosen on the command line)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--command", default=f"{sys.executable} -m cli", help="how to start summarize")
    parser.add_argument("--only", default="", help="run only cases whose name or group contains this")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--root", type=Path, default=ROOT, help="source tree to test (another checkout, for a before figure)")
    parser.add_argument("--growth", default="", help="two sizes for the growth table, e.g. 5000,20000 (default: no table)")
    args = parser.parse_args()
    ROOT = args.root.resolve()
    base = shlex.split(args.command)
    selected = [c for c in cases() if args.only in c.name or args.only == c.group]
    groups: dict[str, list[bool]] = {}
    failures = []
    for case in selected:
        problem, result = run_case(base, case, args.timeout)
        groups.setdefault(case.group, []).append(problem is None)
        if problem:
            failures.append((case, problem, result))
        if args.verbose:
            print(f"{'ok  ' if problem is None else 'FAIL'} {case.group:12} {case.name}" + (f": {problem}" if problem else ""))
    for case, problem, result in failures:
        print(f"FAIL {case.group:12} {case.name}: {problem}" + (f"  [{case.owner}]" if case.owner else ""))
        if args.verbose:
            print(f"     exit {result.code}; stderr: {result.stderr.strip()[:300]!r}")
    print()
    for group, outcomes in groups.items():
        print(f"  {group:12} {sum(outcomes):3} of {len(outcomes):3}")
    total = sum(len(o) for o in groups.values())
    print(f"handled {total - len(failures)} of {total}")
    if args.growth:
        first, second = (int(n) for n in args.growth.split(","))
        growth(base, (first, second), args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
