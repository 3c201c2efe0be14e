"""Imports that sumy makes at load time but this project never uses, deferred until first use.

``sumy.utils`` imports ``requests`` (for sumy's own URL fetching), and ``requests`` pulls in urllib3,
whose import creates an IPv6 socket to probe ``::1``. Summarising a file must open no socket, so
``requests`` is stood in for by a placeholder module: ``import requests`` then costs nothing, and
the real module is imported, and takes the placeholder's place, the first time anything in it is
used (which summarising never does). ``importlib.util.LazyLoader`` cannot do this before Python
3.12: the import statement itself reads ``__spec__`` and so loads the module.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

DEFERRED = ("requests",)


class DeferredModule(types.ModuleType):
    """Stands in for a module until one of its attributes is wanted, then imports it for real."""

    def __getattr__(self, attribute: str) -> Any:
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        return getattr(real, attribute)


def defer(name: str) -> None:
    """Make ``import name`` free until first use, unless it is already imported or not installed."""
    if name in sys.modules or importlib.util.find_spec(name) is None:
        return
    sys.modules[name] = DeferredModule(name)


def defer_all() -> None:
    for name in DEFERRED:
        defer(name)


defer_all()  # on import: ``summarizer/__init__.py`` imports this module before any other
