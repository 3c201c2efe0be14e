"""Opening a named file for reading, with one-line reasons a person understands when it cannot be."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from ..errors import SummarizerError


def open_file(name: str, error: type[SummarizerError] = SummarizerError) -> BinaryIO:
    """The file opened for reading in binary; ``error`` raised with "NAME: reason" when it cannot be."""
    if name.endswith(("/", "/.")) and Path(name).is_file():
        # Path() drops a trailing slash, which would read "story.txt/" as the file; the system does not
        raise error(f"{name}: not a directory (a file named with a trailing slash)")
    try:
        # open(), not Path.open(): one file an article, and building a Path is a tenth of the file's cost
        return open(name, "rb")  # noqa: PTH123
    except FileNotFoundError:
        raise error(f"{name}: no such file") from None
    except IsADirectoryError:
        raise error(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise error(f"{name}: permission denied") from None
    except OSError as failure:
        raise error(f"{name}: cannot be read ({failure.strerror or failure})") from None
