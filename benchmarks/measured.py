"""Running one command the benchmarks time: wall seconds, CPU seconds, peak memory and its output.

Shared by ``speed.py`` and ``against_sumy.py``. The child is reaped with ``os.wait4`` rather than by
``Popen``, so that its resource usage (user and system time, peak resident size) is read for it alone.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measured:
    wall: float  # seconds
    cpu: float  # user + system seconds
    peak_mb: float  # peak resident size
    stdout: bytes


def run_measured(command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
                 name: str = "benchmark") -> Measured:
    """Run ``command`` (which must succeed; its stderr is dropped) and measure it."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=cwd, env=env)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"{name}: failed ({process.returncode}): {' '.join(command[:5])} ...")
    return Measured(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1000, out)
