"""Running one function over a stream of items, in this process or in several, results in input order.

The pool behind ``summarize_many`` and the command line's ``-j``. What it promises:

- results come back in input order, each as soon as it and every item before it are done and its
  worker has sent it: a worker sends its results together, when its chunk is done or when the oldest
  of them has waited ``REPLY_SECONDS``, so the parent wakes once a chunk, not once an item;
- work travels in chunks sized to about ``CHUNK_SECONDS`` of work, so the cost of passing messages
  stays small against the work, and the function is given to each worker once, not with every item;
  where the number of items is known (a list), the last chunks are smaller, so that the workers finish
  at about the same time;
- each worker holds its next chunk while it works on the current one, so it never waits for the
  parent to hear of a result and answer with more work;
- at most ``window`` items are read ahead of the next result to yield, so memory does not grow with
  the stream, however long it is;
- with a ``timeout``, an item that runs longer is stopped (an alarm inside the process running it,
  and if that cannot interrupt it, the worker is killed and replaced) and becomes ``fail(item, reason)``;
  the others go on;
- a worker that dies (killed, out of memory) costs only the item it was on;
- every process running items hands the memory it has freed back to the system about once a
  second (``MemoryKeeper``), so that its footprint stays where the work puts it and does not creep;
- when the caller stops early, or an exception (Ctrl-C) reaches the pool, every worker is stopped
  before the exception goes on; a worker whose parent vanished exits once it finds its pipe closed.
"""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sized
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

Item = TypeVar("Item")
Result = TypeVar("Result")

CHUNK_SECONDS = 0.05  # work sent to a worker at once: long enough to hide messaging, short for the tail
REPLY_SECONDS = 0.1  # the longest a finished result waits in its worker for the rest of its chunk
MAX_CHUNK = 64
CHUNKS_IN_HAND = 2  # chunks a worker may hold: the one it works on and the next
READ_AHEAD_CHUNKS = 2 * CHUNKS_IN_HAND  # per worker: those in hand, and as many again done out of order
KILL_GRACE = 2.0  # seconds past the timeout before a worker that ignores its alarm is killed


class _Overdue(BaseException):
    """Raised by the alarm inside an item that ran past its time. A BaseException so that the
    function's own ``except Exception`` cannot swallow it."""


def worker_count(jobs: int) -> int:
    """``jobs`` processes; 0 means one per CPU."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (every CPU) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def timed_out(timeout: float) -> str:
    return f"stopped after {timeout:g} s, the time limit for one input"


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class _Alarm:
    """A one-shot SIGALRM for the item being run; the previous handler and timer come back afterwards."""

    def __init__(self) -> None:
        self.active = False

    def _ring(self, signum: int, frame: object) -> None:
        if self.active:
            self.active = False
            raise _Overdue

    def call(self, function: Callable[[Item], Result], item: Item, timeout: float) -> tuple[bool, Result | None]:
        """``(True, result)``, or ``(False, None)`` when the item ran out of time."""
        previous = signal.signal(signal.SIGALRM, self._ring)
        try:
            self.active = True
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                return True, function(item)
            finally:
                self.active = False
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _Overdue:
            return False, None
        finally:
            signal.signal(signal.SIGALRM, previous)


def ordered_map(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    fail: Callable[[Item, str], Result],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    on_done: Callable[[], None] | None = None,
    prepare: Callable[[], object] | None = None,
) -> Generator[Result, None, None]:
    """``function(item)`` for every item, in input order; ``fail(item, reason)`` where an item could not finish.

    ``function`` should turn its own errors into results; with several processes it and the items
    must be picklable (a module-level function, or ``functools.partial`` of one). ``jobs`` is the
    number of processes (0: one per CPU); with 1 everything runs in this process, unless a timeout is
    asked for where an alarm cannot be set (outside the main thread), which then uses one worker.
    ``on_done`` is called each time an item finishes, in whatever order (for a progress bar).
    ``prepare`` loads what ``function`` will need (modules, models); where workers are forked it runs
    once in this process before the first of them starts, so that they share it instead of each
    loading it again.
    """
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout}")
    workers = worker_count(jobs)
    if workers == 1 and (timeout is None or _alarm_usable()):
        return _in_process(function, items, fail, timeout, on_done)
    return _Pool(function, fail, workers, timeout, on_done, prepare).run(items)


def _in_process(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    fail: Callable[[Item, str], Result],
    timeout: float | None,
    on_done: Callable[[], None] | None,
) -> Generator[Result, None, None]:
    alarm = _Alarm()
    memory = MemoryKeeper()
    for item in items:
        if timeout is None:
            result = function(item)
        else:
            finished, value = alarm.call(function, item, timeout)
            result = value if finished else fail(item, timed_out(timeout))  # type: ignore[assignment]
        if on_done:
            on_done()
        memory.tick()
        yield result


TRIM_SECONDS = 1.0  # how often a process running items gives freed memory back to the system


class MemoryKeeper:
    """Gives the memory a process has freed back to the system, at most once in ``TRIM_SECONDS``.

    glibc's allocator keeps freed memory for reuse, and a long run of articles of different sizes
    leaves free pages between live ones that it never returns: a process's footprint creeps up over
    thousands of items (about 10% over 10,000 articles) although what it holds stays the same.
    ``malloc_trim(0)`` returns every whole free page (a few hundredths of a millisecond when little
    has changed). Other C libraries return memory themselves or have no such call; there this does
    nothing.
    """

    def __init__(self) -> None:
        self._last = time.monotonic()
        self._trim: Callable[[int], int] | None = None
        self._looked = False

    def tick(self) -> None:
        now = time.monotonic()
        if now - self._last < TRIM_SECONDS:
            return
        self._last = now
        if not self._looked:
            self._looked = True
            self._trim = _malloc_trim()
        if self._trim is not None:
            self._trim(0)


def _malloc_trim() -> Callable[[int], int] | None:
    if not (os.name == "posix" and os.uname().sysname == "Linux"):
        return None
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
        return trim
    except (AttributeError, OSError):  # not glibc (musl has no malloc_trim)
        return None


# Messages: parent -> worker: a list of (number, item), or None to stop.
#           worker -> parent: a list of (number, status, payload), status "ok", "overdue" or "error".
# Beside the pipe each worker has a slot of shared memory, [number, started]: the item it is running
# (-1 when it is between chunks) and when it began, so that the parent knows which item a worker is on
# without a message per item: the one to stop when it overruns, the one lost when the worker dies.

IDLE = -1.0


def _serve(
    connection: Connection,
    function: Callable[[Any], Any],
    timeout: float | None,
    inherited: list[Connection],
    slot: Any = None,
) -> None:
    """A worker's life: take chunks, send back their results, stop at None or a closed pipe."""
    # Forked workers hold copies of the parent's ends of every pipe; closed here, so that each worker
    # sees end-of-file when the parent is gone.
    for other in inherited:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # whatever the parent made of SIGTERM, it ends a worker
    alarm = _Alarm()
    memory = MemoryKeeper()
    while True:
        memory.tick()
        try:
            chunk = connection.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        replies: list[tuple[int, str, Any]] = []
        oldest = 0.0
        for place, (number, item) in enumerate(chunk):
            if slot is not None:
                slot[1] = time.monotonic()  # the time first: the parent reads the number first
                slot[0] = number
            try:
                if timeout is None:
                    reply: tuple[int, str, Any] = (number, "ok", function(item))
                else:
                    finished, value = alarm.call(function, item, timeout)
                    reply = (number, "ok", value) if finished else (number, "overdue", None)
            except Exception as error:  # a defect in the function: one line for the parent to report
                reply = (number, "error", f"{type(error).__name__}: {error}")
            now = time.monotonic()
            if not replies:
                oldest = now
            replies.append(reply)
            last = place == len(chunk) - 1
            if last and slot is not None:
                slot[0] = IDLE
            if last or now - oldest >= REPLY_SECONDS:
                if not _send_replies(connection, replies):
                    return
                replies = []


def _send_replies(connection: Connection, replies: list[tuple[int, str, Any]]) -> bool:
    """Send results as one message; False when the parent is gone."""
    try:
        connection.send(replies)
        return True
    except (OSError, ValueError):
        return False
    except Exception:  # a result that cannot be pickled: each on its own, that one as an error
        pass
    import pickle

    checked: list[tuple[int, str, Any]] = []
    for number, status, payload in replies:
        try:
            pickle.dumps(payload)
            checked.append((number, status, payload))
        except Exception as error:
            checked.append((number, "error", f"{type(error).__name__}: {error}"))
    try:
        connection.send(checked)
        return True
    except Exception:
        return False


@dataclass
class _Worker(Generic[Item]):
    process: BaseProcess
    connection: Connection
    slot: Any = None  # shared with the worker: [number of the item it runs or IDLE, when it began]
    outstanding: deque[tuple[int, Item]] = field(default_factory=deque)
    heard: float = 0.0  # when it last sent results, or was given work while it had none

    def running(self) -> tuple[int | None, float]:
        """The number of the item the worker is on and when it began; ``None`` and the time it was last
        heard from while it is between items."""
        number = int(self.slot[0])
        started = float(self.slot[1])
        if self.outstanding and number >= self.outstanding[0][0]:
            return number, started
        return None, self.heard

    def lose(self) -> tuple[tuple[int, Item], list[tuple[int, Item]]]:
        """The item it was on (else the first not answered) and the others it held, for a worker that
        is gone: their results, sent or not, are lost with it."""
        number, _ = self.running()
        items = list(self.outstanding)
        place = next((n for n, (key, _) in enumerate(items) if key == number), 0)
        return items[place], items[:place] + items[place + 1 :]


class _Pool(Generic[Item, Result]):
    def __init__(
        self,
        function: Callable[[Item], Result],
        fail: Callable[[Item, str], Result],
        jobs: int,
        timeout: float | None,
        on_done: Callable[[], None] | None,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        import multiprocessing

        self.function = function
        self.fail = fail
        self.jobs = jobs
        self.timeout = timeout
        self.on_done = on_done
        self.prepare = prepare
        self.context = multiprocessing.get_context()
        self.workers: list[_Worker[Item]] = []
        self.seconds_per_item = 0.0  # running mean, for the chunk size

    def chunk_size(self) -> int:
        if self.seconds_per_item <= 0:
            return 1
        return max(1, min(MAX_CHUNK, int(CHUNK_SECONDS / self.seconds_per_item)))

    def window(self) -> int:
        """Items read ahead of the next one to yield: each worker's chunks in hand, and as many again
        finished ahead of a slower item, so that one long item does not leave the other workers idle."""
        return max(4 * self.jobs, READ_AHEAD_CHUNKS * self.jobs * self.chunk_size())

    def hungry(self, size: int) -> _Worker[Item] | None:
        """A worker with room for another chunk (a new one while there are fewer than ``jobs``), the
        least loaded first; ``None`` when every worker has its chunks in hand."""
        if len(self.workers) < self.jobs:
            return self.start_worker()
        worker = min(self.workers, key=lambda w: len(w.outstanding))
        return worker if len(worker.outstanding) <= (CHUNKS_IN_HAND - 1) * size else None

    def start_worker(self) -> _Worker[Item]:
        parent_end, child_end = self.context.Pipe()
        forked = self.context.get_start_method() == "fork"
        if forked and self.prepare is not None:
            self.prepare()
            self.prepare = None
        if forked:
            # What this process holds is shared with the worker page by page until either writes to a
            # page. A full garbage collection writes to every object it visits, and would copy every
            # shared page into every process, a few MB each, at some moment of a long run. Frozen
            # objects are left out of collections here and in the workers.
            import gc

            gc.freeze()
        inherited = [parent_end, *(w.connection for w in self.workers)] if forked else []
        slot = self.context.RawArray("d", [IDLE, 0.0])
        process = self.context.Process(
            target=_serve, args=(child_end, self.function, self.timeout, inherited, slot), daemon=True
        )
        process.start()
        child_end.close()
        worker: _Worker[Item] = _Worker(process, parent_end, slot)
        self.workers.append(worker)
        return worker

    def retire(self, worker: _Worker[Item]) -> None:
        """Kill a worker (overdue or dead) and forget it."""
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.connection.close()
        self.workers.remove(worker)

    def run(self, items: Iterable[Item]) -> Generator[Result, None, None]:
        total = len(items) if isinstance(items, Sized) else None
        source = iter(enumerate(items))
        retry: deque[tuple[int, Item]] = deque()  # items of a retired worker, sent again first
        done: dict[int, Result] = {}
        following = 0  # the next number to yield
        read = 0  # items taken from the input so far
        exhausted = False
        finished = False
        memory = MemoryKeeper()
        try:
            while True:
                memory.tick()
                while following in done:
                    yield done.pop(following)
                    following += 1
                # Feed every worker with room for a chunk, starting workers up to ``jobs`` while there is work.
                while retry or not exhausted:
                    size = self.chunk_size()
                    if total is not None:  # near the end, smaller chunks: every worker finishes at about once
                        size = max(1, min(size, (total - read) // (CHUNKS_IN_HAND * self.jobs)))
                    idle = self.hungry(size)
                    if idle is None:
                        break
                    chunk = [retry.popleft() for _ in range(min(size, len(retry)))]
                    room = min(size - len(chunk), self.window() - (read - following))
                    if room > 0 and not exhausted:
                        fresh = list(islice(source, room))
                        exhausted = len(fresh) < room
                        read += len(fresh)
                        chunk += fresh
                    if not chunk:
                        break
                    self.send(idle, chunk)
                if exhausted and not retry and following == read:
                    finished = True
                    return
                self.collect(done, retry)
        finally:
            self.stop(finished)

    def send(self, worker: _Worker[Item], chunk: list[tuple[int, Item]]) -> None:
        if not worker.outstanding:  # it had nothing to do until now
            worker.heard = time.monotonic()
        worker.outstanding.extend(chunk)
        worker.connection.send(chunk)

    def collect(self, done: dict[int, Result], retry: deque[tuple[int, Item]]) -> None:
        """Wait for results (or a deadline) and take in whatever arrived."""
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.outstanding]
        if not busy:  # every item read and not yet yielded is with a worker, so this cannot be
            raise RuntimeError("the pool has no work in hand but has not finished")
        wait_for = None
        if self.timeout is not None:
            deadline = min(w.running()[1] for w in busy) + self.timeout + KILL_GRACE
            wait_for = max(0.0, deadline - time.monotonic())
        ready = set(wait([w.connection for w in busy], timeout=wait_for))
        now = time.monotonic()
        for worker in busy:
            if worker.connection in ready:
                self.receive(worker, done, retry, now)
            elif self.timeout is not None and now - worker.running()[1] > self.timeout + KILL_GRACE:
                (number, item), others = worker.lose()
                self.finish(done, number, self.fail(item, timed_out(self.timeout)))
                retry.extendleft(reversed(others))
                self.retire(worker)

    def receive(
        self, worker: _Worker[Item], done: dict[int, Result], retry: deque[tuple[int, Item]], now: float
    ) -> None:
        try:
            replies = worker.connection.recv()
        except (EOFError, OSError):
            worker.process.join(1)
            code = worker.process.exitcode
            (number, item), others = worker.lose()
            self.finish(done, number, self.fail(item, f"the worker process stopped (exit code {code})"))
            retry.extendleft(reversed(others))
            self.retire(worker)
            return
        elapsed = (now - worker.heard) / max(1, len(replies))
        worker.heard = now
        self.seconds_per_item = elapsed if not self.seconds_per_item else 0.8 * self.seconds_per_item + 0.2 * elapsed
        for number, status, payload in replies:
            expected, item = worker.outstanding.popleft()
            assert number == expected, "a worker answers its items in order"
            if status == "ok":
                self.finish(done, number, payload)
            elif status == "overdue":
                self.finish(done, number, self.fail(item, timed_out(self.timeout or 0)))
            else:
                self.finish(done, number, self.fail(item, f"internal error ({payload}); please report it"))

    def finish(self, done: dict[int, Result], number: int, result: Result) -> None:
        done[number] = result
        if self.on_done:
            self.on_done()

    def stop(self, finished: bool) -> None:
        """Finished: let the workers exit. Stopped early: terminate them now, and wait until they are gone."""
        for worker in self.workers:
            try:
                if finished:
                    worker.connection.send(None)
                else:
                    worker.process.terminate()
            except (OSError, ValueError):
                pass
        for worker in self.workers:
            worker.process.join(5 if finished else 2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(5)
            worker.connection.close()
        self.workers.clear()
