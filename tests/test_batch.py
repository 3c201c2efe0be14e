"""summarize_many and the pool under it: order, errors as values, time limits, dead workers, bounded memory."""

from __future__ import annotations

import itertools
import json
import math
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import summarizer
from summarizer import Fields, Options, Record, Result, summarize_many
from summarizer.pool import MAX_CHUNK, READ_AHEAD_CHUNKS, ordered_map

from .conftest import HARBOUR_STORY, SCHOOL_STORY

FORK = multiprocessing.get_start_method() == "fork"


def test_results_in_order_with_errors_as_values() -> None:
    records = [
        Record(text=HARBOUR_STORY, id="a"),
        Record(text="   ", id="b"),
        Record(error="not valid JSON (Expecting value)", origin="archive:3"),
        Record(text=SCHOOL_STORY, id="d", origin="archive:4"),
    ]
    results = list(summarize_many(records))
    assert [r.id for r in results] == ["a", "b", None, "d"]
    assert [r.ok for r in results] == [True, False, False, True]
    assert results[1].error == "record (id b): the text is empty"
    assert results[2].error == "archive:3: not valid JSON (Expecting value)"
    assert results[0].summary is not None and results[0].summary.article.headline == HARBOUR_STORY.splitlines()[0]
    assert results[3].source == "archive:4"


def test_several_processes_give_what_one_gives() -> None:
    records = [Record(text=(HARBOUR_STORY, SCHOOL_STORY, "")[n % 3], id=n) for n in range(24)]
    one = [r.as_dict() for r in summarize_many(records, Options(sentences=2))]
    two = [r.as_dict() for r in summarize_many(records, Options(sentences=2), jobs=2)]
    assert one == two
    assert [d["id"] for d in two] == list(range(24))
    assert [("error" in d) for d in two] == [n % 3 == 2 for n in range(24)]


def test_texts_mappings_and_records_are_all_accepted() -> None:
    results = list(summarize_many(
        [SCHOOL_STORY, {"key": 2, "body": HARBOUR_STORY}, Record(text=SCHOOL_STORY, id=3), {"key": 4}],
        fields=Fields(text="body", id="key"),
    ))
    assert [r.id for r in results] == [None, 2, 3, 4]
    assert [r.ok for r in results] == [True, True, True, False]
    assert results[3].error == "record (id 4): the record has no 'body' or 'html' field"


def test_a_known_title_is_the_headline() -> None:
    text = HARBOUR_STORY.split("\n", 2)[2]  # the story without its headline line
    (result,) = summarize_many([Record(text=text, title="Sea wall to be rebuilt", id=1)])
    assert result.summary is not None
    assert result.summary.article.headline == "Sea wall to be rebuilt"


def test_html_records_are_read_as_pages() -> None:
    page = ("<html><head><title>Schools | Example News</title><script>var x = 1;</script></head><body>"
            "<h1>City opens three new schools</h1>"
            + "".join(f"<p>{line}</p>" for line in SCHOOL_STORY.splitlines()[2:] if line)
            + "</body></html>")
    (result,) = summarize_many([Record(html=page, id="p")])
    assert result.summary is not None
    texts = [s.text for s in result.summary.sentences]
    assert texts and all("<" not in text and "var x" not in text for text in texts)
    assert all(text in SCHOOL_STORY for text in texts)


def test_as_dict_is_the_json_lines_object() -> None:
    good, bad = summarize_many([Record(text=SCHOOL_STORY, id=1, origin="a:1"), Record(text="", id=2, origin="a:2")])
    assert list(good.as_dict())[:3] == ["schema_version", "id", "source"]
    assert good.as_dict()["headline"] == SCHOOL_STORY.splitlines()[0]
    assert bad.as_dict() == {"schema_version": 1, "id": 2, "source": "a:2", "error": "a:2 (id 2): the text is empty"}


def _headline_or_error(result: Result) -> str:
    return result.summary.article.headline or "" if result.summary is not None else f"error: {result.error}"


@pytest.mark.parametrize("jobs", [1, 2])
def test_then_is_applied_to_every_result_failures_included(jobs: int) -> None:
    """then= turns each result into what the caller keeps (made in the worker); failed records go through it too."""
    records = [Record(text=SCHOOL_STORY, id=1), Record(text="", id=2), Record(text=HARBOUR_STORY, id=3)]
    found = list(summarize_many(records, jobs=jobs, then=_headline_or_error))
    assert found == [SCHOOL_STORY.splitlines()[0], "error: record (id 2): the text is empty",
                     HARBOUR_STORY.splitlines()[0]]


def test_public_names() -> None:
    for name in ("summarize_many", "Record", "Result", "Fields", "read_records", "parse_json_lines"):
        assert name in summarizer.__all__
    assert Result is summarizer.batch.Result


# The pool itself, with functions whose behaviour the tests choose.

def shout(item: str) -> str:
    if item == "lagging":
        time.sleep(0.5)
    if item == "slow":
        time.sleep(60)
    if item == "stubborn":  # an alarm cannot reach it: only killing the process stops it
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if item == "die":
        os._exit(3)
    if item == "bug":
        raise ZeroDivisionError("division by zero")
    return item.upper()


def gave_up(item: str, reason: str) -> str:
    return f"{item}: {reason}"


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_over_its_time_is_stopped_and_the_rest_go_on(jobs: int) -> None:
    results = list(ordered_map(shout, ["a", "slow", "b", "c"], gave_up, jobs=jobs, timeout=0.5))
    assert results == ["A", "slow: stopped after 0.5 s, the time limit for one input", "B", "C"]


@pytest.mark.skipif(not FORK, reason="the test's function is patched in; workers must be forked")
def test_a_worker_deaf_to_its_alarm_is_killed_and_replaced() -> None:
    items = ["a", "stubborn", "b", "c", "d", "e"]
    started = time.monotonic()
    results = list(ordered_map(shout, items, gave_up, jobs=2, timeout=0.5))
    assert results == ["A", "stubborn: stopped after 0.5 s, the time limit for one input", "B", "C", "D", "E"]
    assert time.monotonic() - started < 60  # it did not wait for the sleep to end
    assert not multiprocessing.active_children()


@pytest.mark.skipif(not FORK, reason="the test's function is patched in; workers must be forked")
def test_a_worker_deaf_to_its_alarm_inside_a_chunk_costs_only_that_item() -> None:
    """Quick items first, so that chunks grow and the stuck item sits behind finished, unsent results."""
    items = [*(f"x{n}" for n in range(300)), "stubborn", *(f"y{n}" for n in range(100))]
    results = list(ordered_map(shout, items, gave_up, jobs=2, timeout=0.5))
    assert results == [
        "stubborn: stopped after 0.5 s, the time limit for one input" if item == "stubborn" else item.upper()
        for item in items
    ]
    assert not multiprocessing.active_children()


def test_a_worker_dying_inside_a_chunk_costs_only_its_item() -> None:
    items = [*(f"x{n}" for n in range(300)), "die", *(f"y{n}" for n in range(100))]
    results = list(ordered_map(shout, items, gave_up, jobs=2))
    assert results == [
        "die: the worker process stopped (exit code 3)" if item == "die" else item.upper() for item in items
    ]


def test_results_travel_a_chunk_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quick items: far fewer messages come back than there are items, and every result still arrives."""
    from summarizer import pool

    received: list[int] = []
    real = pool._Pool.receive

    def counting(self: pool._Pool[str, str], worker: pool._Worker[str], *args: object) -> None:
        received.append(len(worker.outstanding))
        real(self, worker, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pool._Pool, "receive", counting)
    items = [f"x{n}" for n in range(2000)]
    assert list(ordered_map(shout, items, gave_up, jobs=2)) == [item.upper() for item in items]
    assert len(received) < len(items) / 4


def test_the_last_chunks_of_a_list_are_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the number of items known, what is sent near the end is split so that each worker gets a share."""
    from summarizer import pool

    sent: list[tuple[int, int]] = []  # (items read before the chunk, its size)
    real = pool._Pool.send

    def recording(self: pool._Pool[str, str], worker: pool._Worker[str], chunk: list[tuple[int, str]]) -> None:
        sent.append((chunk[0][0], len(chunk)))
        real(self, worker, chunk)

    monkeypatch.setattr(pool._Pool, "send", recording)
    items = [f"x{n}" for n in range(3000)]
    assert list(ordered_map(shout, items, gave_up, jobs=2)) == [item.upper() for item in items]
    assert max(size for _, size in sent) > 8  # quick items: chunks grew
    for first, size in sent:
        assert size <= max(1, (len(items) - first) // 4)


def test_a_dead_worker_costs_only_its_item() -> None:
    results = list(ordered_map(shout, ["a", "die", "b", "c", "d"], gave_up, jobs=2))
    assert results == ["A", "die: the worker process stopped (exit code 3)", "B", "C", "D"]


def test_an_exception_in_a_worker_is_one_line() -> None:
    results = list(ordered_map(shout, ["a", "bug", "b"], gave_up, jobs=2))
    assert results[1] == "bug: internal error (ZeroDivisionError: division by zero); please report it"
    assert results[::2] == ["A", "B"]


def test_outside_the_main_thread_a_time_limit_uses_a_worker() -> None:
    found: list[list[str]] = []
    thread = threading.Thread(target=lambda: found.append(list(ordered_map(shout, ["a", "slow", "b"], gave_up,
                                                                            timeout=0.5))))
    thread.start()
    thread.join(60)
    assert found == [["A", "slow: stopped after 0.5 s, the time limit for one input", "B"]]


@pytest.mark.parametrize("bad", [0, -1, math.nan, math.inf])
def test_a_time_limit_is_finite_and_positive(bad: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        ordered_map(shout, [], gave_up, timeout=bad)


def counted(pulled: list[int]) -> Iterator[str]:
    for number in itertools.count():
        pulled.append(number)
        yield f"item {number}"


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_input_is_read_only_a_bounded_way_ahead(jobs: int) -> None:
    """An endless input: results come, and what is read ahead of them stays bounded."""
    pulled: list[int] = []
    results = ordered_map(shout, counted(pulled), gave_up, jobs=jobs)
    taken = list(itertools.islice(results, 2000))
    assert taken[-1] == "ITEM 1999"
    assert len(pulled) <= 2000 + max(4 * jobs, READ_AHEAD_CHUNKS * jobs * MAX_CHUNK) + 1
    results.close()


def test_a_slow_first_item_holding_up_a_full_window_does_not_stall_the_pool() -> None:
    """One worker on a slow item while the other fills the read-ahead window: all must still come out."""
    items = ["lagging", *(f"x{n}" for n in range(3000))]
    found: list[list[str]] = []
    thread = threading.Thread(target=lambda: found.append(list(ordered_map(shout, items, gave_up, jobs=2))),
                              daemon=True)
    thread.start()
    thread.join(120)
    assert found and found[0] == [item.upper() for item in items]


def test_stopping_early_stops_the_workers() -> None:
    results = ordered_map(shout, (f"x{n}" for n in range(10_000)), gave_up, jobs=2)
    assert next(results) == "X0"
    assert multiprocessing.active_children()
    results.close()
    assert not multiprocessing.active_children()


def test_finishing_leaves_no_worker() -> None:
    assert list(ordered_map(shout, ["a", "b", "c"], gave_up, jobs=2)) == ["A", "B", "C"]
    assert not multiprocessing.active_children()


def test_results_pickle_small() -> None:
    """What travels back from a worker is the summary, not the reader's working state."""
    import pickle

    (result,) = summarize_many([Record(text=HARBOUR_STORY, id=1)])
    assert len(pickle.dumps(result)) < 8 * len(HARBOUR_STORY)


def test_json_of_results_is_plain() -> None:
    (result,) = summarize_many([Record(text=SCHOOL_STORY, id="s")])
    assert json.loads(json.dumps(result.as_dict()))["id"] == "s"


def _waits_for_the_next_item_to_be_read(item: str) -> str:
    """In the worker: whether the parent read the item after this one while this one was still running."""
    flag = item.removeprefix("wait:")
    if flag == item:
        return item
    for _ in range(200):  # at most 10 s: a pool that sends nothing ahead never sets the flag
        if Path(flag).exists():
            return "next item read ahead"
        time.sleep(0.05)
    return "next item not read while this one ran"


def test_a_worker_is_given_its_next_item_while_it_works_on_the_current_one(tmp_path: Path) -> None:
    """One worker (a time limit outside the main thread runs in a worker process, even with one job)."""
    flag = str(tmp_path / "second-read")

    def items() -> Iterator[str]:
        yield f"wait:{flag}"
        Path(flag).touch()
        yield "second"

    found: list[list[str]] = []
    thread = threading.Thread(target=lambda: found.append(list(
        ordered_map(_waits_for_the_next_item_to_be_read, items(), gave_up, jobs=1, timeout=30))))
    thread.start()
    thread.join(60)
    assert found == [["next item read ahead", "second"]]


def test_freed_memory_is_given_back_at_most_once_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer import pool

    clock = [100.0]
    trims: list[int] = []
    monkeypatch.setattr(pool.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(pool, "_malloc_trim", lambda: lambda pad: trims.append(pad) or 1)
    keeper = pool.MemoryKeeper()
    for now in (100.2, 100.9, 101.1, 101.5, 102.0, 102.2, 105.0):
        clock[0] = now
        keeper.tick()
    assert trims == [0, 0, 0]  # at 101.1, 102.2 and 105.0


def test_where_the_c_library_has_no_trim_the_keeper_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer import pool

    clock = [0.0]
    monkeypatch.setattr(pool.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(pool, "_malloc_trim", lambda: None)
    keeper = pool.MemoryKeeper()
    clock[0] = 5.0
    keeper.tick()  # nothing to call, and no error


@pytest.mark.skipif(__import__("platform").libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_on_glibc_the_trim_is_found_and_runs() -> None:
    from summarizer import pool

    trim = pool._malloc_trim()
    assert trim is not None
    assert trim(0) in (0, 1)
