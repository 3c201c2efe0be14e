"""The README's Dask recipe, run as written on a local cluster of two worker processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import Options, parse_json_lines, summarize_many

from .conftest import clean_env
from .recipes import recipe, write_archives

pytest.importorskip("dask.bag", reason="dask is in the test extra")
pytest.importorskip("distributed", reason="distributed is in the test extra")


def one_process(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [r.as_dict() for r in summarize_many(parse_json_lines(lines), Options(sentences=3))]


def test_dask_recipe_gives_the_one_process_output(tmp_path: Path) -> None:
    archives = write_archives(tmp_path)
    script = tmp_path / "recipe.py"
    script.write_text(recipe("dask"), encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=clean_env(), capture_output=True,
                         timeout=600, check=False)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-3000:]
    for number, archive in enumerate(archives):
        output = tmp_path / f"summaries-{number}.jsonl"
        got = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
        assert got == one_process(archive)
        assert sum("error" in line for line in got) == 6  # empty, broken and text-less, twice per file


def test_one_process_output_is_the_command_lines(tmp_path: Path) -> None:
    """What the recipe is compared with is what `summarize --records` writes, sources aside."""
    (archive,) = write_archives(tmp_path, files=1)
    run = subprocess.run([sys.executable, "-m", "cli", "--records", archive.name, "-n", "3", "-f", "jsonl"],
                         cwd=tmp_path, env=clean_env(), capture_output=True, timeout=300, check=False)
    assert run.returncode == 1
    cli = [json.loads(line) for line in run.stdout.decode().splitlines()]
    library = one_process(archive)
    assert len(cli) == len(library) == 12

    def without_place(line: dict[str, object]) -> dict[str, object]:
        kept = {k: v for k, v in line.items() if k != "source"}
        if "error" in kept:
            kept["error"] = str(kept["error"]).split(": ", 1)[1]
        return kept

    assert [without_place(line) for line in cli] == [without_place(line) for line in library]
