"""Opening a named file for reading, with one-line reasons a person understands when it cannot be."""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from ..errors import SummarizerError

# A web address names its scheme in any case ("HTTPS://..." as typed); only http and https are fetched.
_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{1,15}://")


def is_url(name: str) -> bool:
    """Whether ``name`` is a web address to fetch rather than a file to open."""
    return _WEB_ADDRESS.match(name) is not None


def open_file(name: str, error: type[SummarizerError] = SummarizerError) -> BinaryIO:
    """The file opened for reading in binary; ``error`` raised with "NAME: reason" when it cannot be."""
    if name.endswith(("/", "/.")) and Path(name).is_file():
        # Path() drops a trailing slash, which would read "story.txt/" as the file; the system does not
        raise error(f"{name}: not a directory (a file named with a trailing slash)")
    try:
        # open(), not Path.open(): one file an article, and building a Path is a tenth of the file's cost
        return open(name, "rb")  # noqa: PTH123
    except FileNotFoundError:
        if _OTHER_SCHEME.match(name):  # "ftp://...", "file://...": an address of a kind that is not fetched
            raise error(f"{name}: no such file, and only http:// and https:// addresses are fetched") from None
        raise error(f"{name}: no such file") from None
    except IsADirectoryError:
        raise error(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise error(f"{name}: permission denied") from None
    except OSError as failure:
        raise error(f"{name}: cannot be read ({failure.strerror or failure})") from None
