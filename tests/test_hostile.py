"""The hostile-input battery (benchmarks/hostile.py) as tests: one table, run by the benchmark and here.

Each case runs the real command in a fresh process, on a pty where it is about terminals, and
checks its own expectation plus the rules for every run: no traceback, a documented exit code,
no raw control, escape or bidi character on stderr.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("hostile", ROOT / "benchmarks" / "hostile.py")
assert _spec is not None and _spec.loader is not None
hostile = importlib.util.module_from_spec(_spec)
sys.modules["hostile"] = hostile
_spec.loader.exec_module(hostile)

CASES = {case.name: case for case in hostile.cases()}


def _param(name: str) -> object:
    owner = CASES[name].owner
    marks = [pytest.mark.xfail(reason=f"fixed in another stage: {owner}", strict=False)] if owner else []
    return pytest.param(name, marks=marks)


@pytest.mark.parametrize("name", [_param(name) for name in CASES])
def test_hostile_case(name: str) -> None:
    case = CASES[name]
    problem, result = hostile.run_case([sys.executable, "-m", "cli"], case, timeout=120)
    assert problem is None, f"{case.group}: {problem}; exit {result.code}; stderr {result.stderr[:300]!r}"


def test_the_battery_covers_every_class() -> None:
    """Streams, options, environment, decoding, faithful output, terminal, sockets and shapes all have cases."""
    groups = {case.group for case in CASES.values()}
    assert groups == {"streams", "options", "environment", "decoding", "faithful", "terminal", "sockets", "shapes"}


@pytest.mark.parametrize(
    ("check", "result", "fails"),
    [
        ("no_raw_sequences", hostile.Result(0, "safe \\x1b[2J text", ""), False),
        ("no_raw_sequences", hostile.Result(0, "raw \x1b[2J text", ""), True),
        ("no_raw_sequences", hostile.Result(0, "bidi \u202e text", ""), True),
        ("no_raw_sequences", hostile.Result(0, "\x1b[1mbold\x1b[0m", ""), False),
    ],
)
def test_the_checks_can_fail(check: str, result: object, fails: bool) -> None:
    """The battery's terminal check tells raw sequences from escaped ones and from Rich's colours."""
    assert (getattr(hostile, check)(result) is not None) == fails
