"""The README's PySpark recipe, run as written where Java and pyspark are installed."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import Options, parse_json_lines, summarize_many

from .conftest import clean_env
from .recipes import recipe, write_archives

if importlib.util.find_spec("pyspark") is None:
    pytest.skip("pyspark is not installed (pip install pyspark; too large for the test extra)",
                allow_module_level=True)
if shutil.which("java") is None:
    pytest.skip("Spark needs Java, and no java is on PATH", allow_module_level=True)


def _comparable(line: dict[str, object]) -> dict[str, object]:
    """Spark numbers lines from the start of each partition, so places are left out of the comparison."""
    kept = {key: value for key, value in line.items() if key != "source"}
    if "error" in kept:
        kept["error"] = str(kept["error"]).split(": ", 1)[1]
    return kept


def test_spark_recipe_gives_the_one_process_output(tmp_path: Path) -> None:
    archives = write_archives(tmp_path)
    script = tmp_path / "recipe.py"
    script.write_text(recipe("spark"), encoding="utf-8")
    env = clean_env(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True,
                         timeout=600, check=False)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-3000:]
    parts = sorted((tmp_path / "summaries").glob("part-*"))
    got = [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    expected = []
    for archive in archives:
        with archive.open(encoding="utf-8") as lines:
            expected += [r.as_dict() for r in summarize_many(parse_json_lines(lines), Options(sentences=3))]
    assert [_comparable(line) for line in got] == [_comparable(line) for line in expected]
