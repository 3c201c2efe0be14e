"""The README's recipes as the tests run them: each code block under a ``<!-- recipe: NAME -->`` line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .conftest import HARBOUR_STORY, ROOT, SCHOOL_STORY


def recipe(name: str) -> str:
    """The Python block that follows ``<!-- recipe: name -->`` in the README, exactly as written there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- recipe: {re.escape(name)} -->\n```python\n(.*?)\n```\n", readme, re.DOTALL)
    assert found, f"README has no '{name}' recipe"
    return found.group(1) + "\n"


def write_archives(folder: Path, files: int = 3, per_file: int = 12) -> list[Path]:
    """A few small JSON Lines files with good, HTML, empty, broken and text-less records."""
    body = SCHOOL_STORY.split("\n", 2)[2]
    paths = []
    for number in range(files):
        path = folder / f"archive-{number}.jsonl"
        lines = []
        for index in range(per_file):
            record_id = number * 100 + index
            kind = index % 6
            if kind == 0:
                lines.append(json.dumps({"id": record_id, "title": f"Report {record_id}", "text": body}))
            elif kind == 1:
                lines.append(json.dumps({"id": record_id, "text": HARBOUR_STORY}))
            elif kind == 2:
                html = "<html><body><h1>Harbour wall vote</h1>" + "".join(
                    f"<p>{line}</p>" for line in HARBOUR_STORY.splitlines()[2:] if line) + "</body></html>"
                lines.append(json.dumps({"id": f"page-{record_id}", "html": html}))
            elif kind == 3:
                lines.append(json.dumps({"id": record_id, "text": ""}))
            elif kind == 4:
                lines.append(json.dumps({"id": record_id, "text": "cut off"})[:-2])
            else:
                lines.append(json.dumps({"id": record_id, "url": "https://example.org/x"}))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
