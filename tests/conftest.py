# ruff: noqa: E501  (article paragraphs are one line each, as they are pasted)
"""Shared fixtures: short articles written for these tests, and helpers to run the command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests draw the same examples on every run, so that a landing is judged on the code,
# not on the draw; elsewhere each run draws afresh and may find new failures (kept in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent

HARBOUR_STORY = """\
Harbour town votes to rebuild storm-hit sea wall

By Jane Fielding

PORT ELLIS — The town council voted on Tuesday to rebuild the sea wall that collapsed during last month's storm, ending weeks of argument over the £4 million cost.

The wall, built in 1952, gave way on the night of the storm and let the sea into more than forty homes on the harbour front.

"We cannot ask families to live behind a wall made of hope," said Mayor Alan Brooks, who proposed the plan.

Engineers will start work in the spring, and the council expects the new wall to stand within two years.

Some residents had argued for moving the homes inland instead of rebuilding.

"Moving people away from the water would end this town as we know it," said Rosa Meyer, who runs the harbour café.

The government has promised to pay half of the cost, the council said.

The rest will come from a small rise in local taxes over five years.
"""

SCHOOL_STORY = """\
City opens three new schools after years of delay

The city opened three new primary schools on Monday, two years later than planned.

The schools will take more than 1,200 pupils from districts where classrooms were full.

"Every child deserves a seat and a teacher who knows their name," said Education Director Priya Nair.

Parents queued outside the gates before dawn to see the new buildings.

Building costs rose by a third during the delay, the city's auditor said in a report last week.
"""


@pytest.fixture
def harbour_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR_STORY, encoding="utf-8")
    return path


@pytest.fixture
def school_file(tmp_path: Path) -> Path:
    path = tmp_path / "school.txt"
    path.write_text(SCHOOL_STORY, encoding="utf-8")
    return path


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess, without terminal-forcing variables from the outer shell."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "TERM"}
    }
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m cli`` in a fresh process, as a shell pipeline would."""
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        input=stdin if stdin is not None else b"",
        check=False,
        capture_output=True,
        env=env or clean_env(),
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.fixture
def cli_env() -> Iterator[dict[str, str]]:
    yield clean_env()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the renderers")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (its workers and theirs), read from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            found = re.search(r"^PPid:\s+(\d+)$", status, re.MULTILINE)
            if found:
                parents[int(entry.name)] = int(found.group(1))
    family, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in family} - family
        family |= more
        grew = bool(more)
    return family - {pid}


def running(pid: int) -> bool:
    """Whether a process is still alive (not gone, not a zombie)."""
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
