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
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from importlib.machinery import ModuleSpec
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


class _DeferringLoader(importlib.abc.Loader):
    """sumy's own loader, which first defers sumy's unused imports when sumy is really imported."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        defer_all()
        self._loader.exec_module(module)

    def __getattr__(self, attribute: str) -> Any:  # get_data, get_resource_reader, ...: sumy's loader's
        return getattr(self._loader, attribute)


class _BeforeSumy(importlib.abc.MetaPathFinder):
    """Finds sumy as the path finder does, with a loader that defers its unused imports on loading.

    Only a real import of sumy registers the placeholder, not a mere look-up (``find_spec``), so a
    run that never imports sumy (the default ranker) has nothing new in ``sys.modules``.
    """

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if fullname != "sumy":
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _DeferringLoader(spec.loader)
        return spec


def install() -> None:
    """Watch for sumy's import (idempotent); ``summarizer/__init__.py`` calls this before any other import."""
    if "sumy" in sys.modules:
        defer_all()  # too late to wait for it; it may still not have loaded requests
    elif not any(isinstance(finder, _BeforeSumy) for finder in sys.meta_path):
        sys.meta_path.insert(0, _BeforeSumy())


install()
