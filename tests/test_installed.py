"""The installed console script: what `pip install .` puts on PATH works as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("000_*.txt"))


def test_installed_summarize_command_on_the_seed(tmp_path: Path) -> None:
    """`summarize --format json --sentences 14 SEED` returns the seed's 14 body sentences and its headline."""
    script = Path(sys.executable).with_name("summarize")
    assert script.exists(), "install the project (pip install .) before running the tests"
    result = subprocess.run(
        [str(script), "--format", "json", "--sentences", "14", str(SEED)],
        capture_output=True, text=True, check=False, cwd=tmp_path,  # not the source tree: the installed code
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)[0]
    assert data["headline"] == "Iraq shuts Syria border as opposition advances on Assad's forces"
    assert data["date"] == "December 01, 2024"
    texts = [s["text"] for s in data["summary"]]
    assert len(texts) == 14
    assert texts[0].startswith("According to local media")
    assert texts[-1].startswith("On Nov. 29, opposition groups entered Aleppo's city centre")
    assert not any("Photo" in t or t == "Sudani-Assad phone call" for t in texts)
