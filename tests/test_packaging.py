"""The installed package: the command line lives under a name of its own, never a top-level ``cli``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, clean_env


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = clean_env()
    env.pop("PYTHONPATH", None)  # the installed code only, not the source tree
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env,
                          check=False, timeout=60)


def test_installed_command_package_is_summarize_cli(tmp_path: Path) -> None:
    """`import summarize_cli` works outside the source tree and `import cli` does not."""
    assert _python("import summarize_cli.app", tmp_path).returncode == 0
    where = _python("import summarizer; print(summarizer.__file__)", tmp_path).stdout
    if where.startswith(str(ROOT)):
        pytest.skip("an editable install puts the source tree, and so cli/, on the path")
    missing = _python("import cli", tmp_path)
    assert missing.returncode != 0 and "No module named 'cli'" in missing.stderr


def test_console_script_points_at_the_installed_name(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("summarize")
    assert script.exists(), "install the project (pip install .) before running the tests"
    assert "summarize_cli.app" in script.read_text()
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0 and result.stdout.startswith("summarize ")
