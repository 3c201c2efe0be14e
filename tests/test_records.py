"""Reading archives: JSON Lines, gzip, CSV, stdin; bad lines become error records naming their line."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from summarizer.records import Fields, Record, RecordsError, parse_json_lines, read_records, record_from_mapping

STORY = "The council met on Tuesday. It voted to rebuild the sea wall."


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_json_lines_in_order_with_their_fields(tmp_path: Path) -> None:
    archive = write_lines(tmp_path / "a.jsonl", [
        json.dumps({"id": 7, "title": "Sea wall vote", "text": STORY, "url": "https://example.org/7"}),
        json.dumps({"id": "b-8", "html": "<p>Hello there.</p>"}),
    ])
    records = list(read_records(archive))
    assert records == [
        Record(text=STORY, id=7, url="https://example.org/7", title="Sea wall vote", origin=f"{archive}:1"),
        Record(html="<p>Hello there.</p>", id="b-8", origin=f"{archive}:2"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": 1, "text": "unclosed', "not valid JSON (Unterminated string starting at)"),
        ("[1, 2]", "not a JSON object"),
        ('"just a string"', "not a JSON object"),
        ('{"id": 3}', "the record has no 'text' or 'html' field"),
        ('{"id": 4, "text": ["a", "list"]}', "the 'text' field is not text"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
    ],
    ids=["broken", "array", "string", "no-text", "list-text", "deep"],
)
def test_a_bad_line_names_its_number_and_reading_goes_on(tmp_path: Path, line: str, message: str) -> None:
    archive = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": 1, "text": STORY}), line,
                                                 json.dumps({"id": 9, "text": STORY})])
    first, bad, last = read_records(archive)
    assert (first.id, last.id) == (1, 9)
    assert first.error is None and last.error is None
    assert bad.error == message
    assert bad.origin == f"{archive}:2"


def test_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    archive = write_lines(tmp_path / "a.jsonl", ["", json.dumps({"text": STORY}), "   ", "oops"])
    records = list(read_records(archive))
    assert [r.origin for r in records] == [f"{archive}:2", f"{archive}:4"]


def test_invalid_utf8_line_is_an_error_and_a_bom_is_not(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": 1, "text": STORY}).encode() + b"\n"
                        + b'{"id": 2, "text": "caf\xe9"}\n')
    first, second = read_records(archive)
    assert first.id == 1 and first.error is None
    assert second.error == "the line is not valid UTF-8"
    assert second.origin == f"{archive}:2"


def test_a_line_over_the_limit_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    archive = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": 1, "text": "word " * 400}),
                                                 json.dumps({"id": 2, "text": STORY})])
    big, small = read_records(archive, limit=1000)
    assert big.error == "the line is longer than the 0.001 MB limit"
    assert big.origin == f"{archive}:1"
    assert small.id == 2 and small.error is None


def test_gzip_is_recognised_by_its_bytes(tmp_path: Path) -> None:
    lines = [json.dumps({"id": n, "text": STORY}) for n in range(3)]
    for name in ("a.jsonl.gz", "a.jsonl"):  # a compressed file with a misleading name too
        archive = tmp_path / name
        archive.write_bytes(gzip.compress("\n".join(lines).encode()))
        assert [r.id for r in read_records(archive)] == [0, 1, 2]


def test_truncated_gzip_ends_with_one_error_record(tmp_path: Path) -> None:
    data = gzip.compress("".join(json.dumps({"id": n, "text": STORY}) + "\n" for n in range(200)).encode())
    archive = tmp_path / "a.jsonl.gz"
    archive.write_bytes(data[: len(data) // 2])
    records = list(read_records(archive))
    assert all(r.error is None for r in records[:-1])
    assert records[-1].error is not None
    assert "cannot be read further" in records[-1].error
    assert [r.id for r in records[:-1]] == list(range(len(records) - 1))


def test_csv_with_a_header_and_quoted_newlines(tmp_path: Path) -> None:
    archive = tmp_path / "a.csv"
    archive.write_text(
        'id,title,text\n'
        '1,Sea wall vote,"The council met on Tuesday.\n\nIt voted to rebuild the wall."\n'
        '2,,"One line, with a comma."\n'
        '3,Too many,a,b\n'
        '4,No text,\n',
        encoding="utf-8",
    )
    records = list(read_records(archive))
    assert [r.id for r in records] == ["1", "2", None, "4"]
    assert records[0].text == "The council met on Tuesday.\n\nIt voted to rebuild the wall."
    assert records[0].title == "Sea wall vote"
    assert records[1].title is None  # an empty cell is no title
    assert records[1].origin == f"{archive}:5"  # the quoted field above took lines 2 to 4
    assert records[2].error == "4 fields where the header has 3"
    assert records[2].origin == f"{archive}:6"
    assert records[3].text == "" and records[3].error is None  # empty: the summariser says so


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('2,"left open\n', "not valid CSV (unexpected end of data)"),
        ('2,"closed" and more\n', "not valid CSV (',' expected after '\"')"),
    ],
    ids=["unclosed", "text-after-quote"],
)
def test_a_malformed_csv_row_is_an_error_record(tmp_path: Path, row: str, message: str) -> None:
    """A quoted field is never read on past its row's end as if it were closed."""
    archive = tmp_path / "a.csv"
    archive.write_text(f'id,text\n1,"{STORY}"\n{row}', encoding="utf-8")
    good, bad = read_records(archive)
    assert (good.id, good.text, good.error) == ("1", STORY, None)
    assert bad.error == message


def test_csv_without_a_text_column_is_one_error(tmp_path: Path) -> None:
    archive = tmp_path / "a.csv"
    archive.write_text("id,body\n1,Some words.\n", encoding="utf-8")
    (record,) = read_records(archive)
    assert record.error == "the header has no 'text' or 'html' column"
    (named,) = read_records(archive, Fields(text="body"))
    assert named.text == "Some words." and named.id == "1"


def test_csv_fields_longer_than_the_csv_default(tmp_path: Path) -> None:
    """The csv module refuses fields over 128 KB by default; an article may be longer."""
    text = "A sentence about the harbour. " * 10_000  # 300 KB
    archive = tmp_path / "a.csv.gz"
    archive.write_bytes(gzip.compress(f'id,text\n1,"{text}"\n'.encode()))
    (record,) = read_records(archive)
    assert record.text == text


def test_field_names_are_chosen(tmp_path: Path) -> None:
    archive = write_lines(tmp_path / "a.jsonl", [json.dumps({"key": 5, "headline": "H", "body": STORY,
                                                             "page": "<p>x</p>", "link": "u"})])
    (record,) = read_records(archive, Fields(text="body", html="page", url="link", id="key", title="headline"))
    assert (record.id, record.title, record.text, record.html, record.url) == (5, "H", STORY, "<p>x</p>", "u")


@pytest.mark.parametrize(("value", "kept"), [(5, 5), ("x", "x"), (None, None), (2.5, "2.5"), (True, "true"),
                                             ({"a": 1}, '{"a": 1}')])
def test_ids_stay_as_written(value: object, kept: object) -> None:
    assert record_from_mapping({"id": value, "text": STORY}).id == kept


def test_stdin_is_read_as_json_lines_or_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    for data, kind in ((json.dumps({"id": 1, "text": STORY}).encode() + b"\n", "jsonl"),
                       (b"id,text\n1,Some words.\n", "csv")):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        (record,) = read_records("-")
        assert record.id in (1, "1"), kind
        assert record.error is None


def test_missing_archive_raises_at_once(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match="no such file"):
        read_records(tmp_path / "missing.jsonl")
    with pytest.raises(RecordsError, match="is a directory"):
        read_records(tmp_path)


def test_reading_streams(tmp_path: Path) -> None:
    """The first record is there before the rest of the archive has been read."""
    archive = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": n, "text": STORY}) for n in range(50_000)])
    records = read_records(archive)
    assert next(records).id == 0
    handle = records.gi_frame.f_locals["handle"]  # type: ignore[attr-defined]
    assert handle.tell() < archive.stat().st_size / 10
    records.close()
    assert handle.closed


def test_parse_json_lines_takes_any_lines() -> None:
    """Lines from anywhere (a Dask partition, a list) with numbers relative to where they start."""
    lines = [json.dumps({"id": 1, "text": STORY}) + "\n", "\n", "nope\n"]
    records = list(parse_json_lines(lines, name="part-3"))
    assert [r.origin for r in records] == ["part-3:1", "part-3:3"]
    assert records[1].error == "not valid JSON (Expecting value)"


def test_an_archive_named_with_a_trailing_slash_is_refused(tmp_path: Path) -> None:
    """"archive.jsonl/" names a folder that is not there; the file is not read in its place."""
    archive = tmp_path / "archive.jsonl"
    archive.write_text('{"id": 1, "text": "The pier reopened on Friday."}\n')
    with pytest.raises(RecordsError, match="not a directory"):
        list(read_records(f"{archive}/"))
