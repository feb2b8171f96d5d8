"""Integrations: one module each, installed by ``init``.

The process-wide ones (``sys.excepthook``, threads, asyncio, logging) install at once. A
framework's integration installs when the framework is imported: at ``init`` if the app
imported it already, otherwise from a post-import hook, so ``init`` never imports a
framework the app does not use. Each ``install`` is idempotent and reads the current
client at capture time, so a second ``init`` or ``close`` needs no uninstall.
"""

from __future__ import annotations

import functools
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from types import ModuleType

__all__ = ["INTEGRATIONS", "install"]

logger = logging.getLogger("bugstack.sdk")

#: name -> (modules whose import triggers it, or () for always; the integration module)
INTEGRATIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "excepthook": ((), "bugstack.sdk.integrations.excepthook"),
    "threading": ((), "bugstack.sdk.integrations.threads"),
    "asyncio": ((), "bugstack.sdk.integrations.asyncio_tasks"),
    "logging": ((), "bugstack.sdk.integrations.logging_handler"),
    # Triggers are modules whose own imports are complete by the time they finish, so an
    # integration never imports a module that is still half-initialised.
    "starlette": (("starlette.applications", "fastapi.applications"),
                  "bugstack.sdk.integrations.starlette"),
    "flask": (("flask",), "bugstack.sdk.integrations.flask"),
    "django": (("django.core.signals",), "bugstack.sdk.integrations.django"),
    "celery": (("celery.signals",), "bugstack.sdk.integrations.celery"),
    "uvloop": (("uvloop",), "bugstack.sdk.integrations.asyncio_tasks"),
}


def _run(module_name: str, name: str) -> None:
    try:
        importlib.import_module(module_name).install()
    except Exception:
        logger.debug("bugstack: the %s integration failed to install", name, exc_info=True)


class _PostImportHook(importlib.abc.MetaPathFinder):
    """Runs callbacks right after a named module has executed, the first time."""

    def __init__(self) -> None:
        self.waiting: dict[str, list[Callable[[], None]]] = {}
        self._local = threading.local()

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.waiting or getattr(self._local, "busy", None) == fullname:
            return None
        self._local.busy = fullname
        try:
            spec = importlib.util.find_spec(fullname)
        except (ImportError, ValueError):
            return None
        finally:
            self._local.busy = None
        loader = spec.loader if spec is not None else None
        if spec is None or loader is None or not hasattr(loader, "exec_module"):
            return None
        callbacks = self.waiting.pop(fullname)
        original = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            if getattr(loader, "exec_module", None) is exec_module:
                del loader.exec_module  # restore the class's own method
            try:
                original(module)
            except BaseException:
                # The import failed (it may be retried): wait for the next attempt.
                self.waiting.setdefault(fullname, []).extend(callbacks)
                raise
            for callback in callbacks:
                callback()

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


_hook = _PostImportHook()


def _when_imported(module: str, callback: Callable[[], None]) -> None:
    if module in sys.modules:
        callback()
        return
    if _hook not in sys.meta_path:
        sys.meta_path.insert(0, _hook)
    _hook.waiting.setdefault(module, []).append(callback)


def install(selected: Sequence[str] | None = None) -> list[str]:
    """Install the selected integrations (all by default); returns the names installed."""
    installed: list[str] = []
    for name, (triggers, module_name) in INTEGRATIONS.items():
        if selected is not None and name not in selected:
            continue
        if not triggers:
            _run(module_name, name)
            installed.append(name)
            continue
        top_level = triggers[0].split(".")[0]
        if top_level not in sys.modules and importlib.util.find_spec(top_level) is None:
            continue
        callback = functools.partial(_run, module_name, name)
        for trigger in triggers:
            _when_imported(trigger, callback)
        installed.append(name)
    return installed
