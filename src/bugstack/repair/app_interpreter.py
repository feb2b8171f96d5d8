"""What the app's own interpreter has installed, asked of that interpreter.

An app's code and tests run on the interpreter of its own virtual environment, which may
lack pytest (a unittest-only project) and hold other versions of a distribution than
bugstack's environment does. So the answers come from running that interpreter, in the
sandbox (its site-packages may run code at start-up through ``.pth`` files, and it is
the app's, not ours), once per interpreter and question. bugstack's own interpreter is
asked in-process: there the answer is already at hand.

Stages that see only the engine's copy of the repository (an error guide gets a
``CrashSite`` whose ``root`` is the copy) find the app's interpreter through
:func:`interpreter_for`; ``prepare_workspace`` records it for each copy it makes.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bugstack.repair.sandbox import SandboxLimits, run_sandboxed

__all__ = [
    "Installed",
    "forget_interpreter",
    "has_pytest",
    "installed",
    "interpreter_for",
    "remember_interpreter",
]

log = logging.getLogger(__name__)

#: A question is a start of the interpreter and a few imports; generous under load.
_QUERY_SECONDS = 60.0
_MARKER = "@@bugstack-interpreter@@"
_QUERY = f'''\
import importlib.metadata, importlib.util, json, sys
module = sys.argv[1]
answer = {{"pytest": importlib.util.find_spec("pytest") is not None}}
if module:
    names = sorted(set(importlib.metadata.packages_distributions().get(module, [])))
    versions = {{}}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            pass
    answer["providers"] = names
    answer["versions"] = versions
print({_MARKER!r} + json.dumps(answer))
'''

_interpreters: dict[str, str] = {}
_interpreters_lock = threading.Lock()


def remember_interpreter(root: Path, python: str) -> None:
    """Record that the app copied to ``root`` runs on ``python``."""
    with _interpreters_lock:
        _interpreters[str(root.resolve())] = python


def forget_interpreter(root: Path) -> None:
    with _interpreters_lock:
        _interpreters.pop(str(root.resolve()), None)


def interpreter_for(root: Path) -> str | None:
    """The interpreter of the app copied to ``root``, if the copy was made by the engine."""
    with _interpreters_lock:
        return _interpreters.get(str(root.resolve()))


@dataclass(frozen=True, slots=True)
class Installed:
    """What provides a top-level module in an interpreter, and the versions installed."""

    providers: tuple[str, ...]
    versions: tuple[tuple[str, str], ...]

    def version(self, distribution: str) -> str | None:
        return dict(self.versions).get(distribution)


def _is_ours(python: str) -> bool:
    return os.path.abspath(python) == os.path.abspath(sys.executable)


def _answer_here(module: str) -> dict[str, object]:
    answer: dict[str, object] = {"pytest": importlib.util.find_spec("pytest") is not None}
    if module:
        names = sorted(set(importlib.metadata.packages_distributions().get(module, [])))
        versions = {}
        for name in names:
            with contextlib.suppress(importlib.metadata.PackageNotFoundError):
                versions[name] = importlib.metadata.version(name)
        answer.update(providers=names, versions=versions)
    return answer


def _installed_stamp(python: str) -> tuple[int, ...]:
    """Changes when something is installed into or removed from the interpreter's
    environment (its site-packages directories gain or lose entries), so a long-running
    server does not keep an answer that is no longer true."""
    stamps = []
    for site in sorted(Path(python).parent.parent.glob("lib/python3*/site-packages")):
        with contextlib.suppress(OSError):
            stamps.append(site.stat().st_mtime_ns)
    return tuple(stamps)


def _ask(python: str, module: str) -> dict[str, object] | None:
    """The interpreter's answer, or ``None`` when it could not give one."""
    return _ask_once(python, module, _installed_stamp(python))


@lru_cache(maxsize=64)
def _ask_once(python: str, module: str, stamp: tuple[int, ...]) -> dict[str, object] | None:
    if _is_ours(python):
        return _answer_here(module)
    with tempfile.TemporaryDirectory(prefix="bugstack-interpreter-") as tmp:
        script = Path(tmp) / "query.py"
        script.write_text(_QUERY, encoding="utf-8")
        # -I: neither the environment's PYTHON* variables nor the user's site directory.
        result = run_sandboxed([python, "-I", str(script), module], Path(tmp),
                               SandboxLimits(timeout=_QUERY_SECONDS))
    line = next((ln for ln in reversed(result.stdout.splitlines()) if ln.startswith(_MARKER)),
                None)
    if line is None:
        log.warning("could not ask %s what it has installed: %s", python,
                    (result.stderr.strip().splitlines() or ["no output"])[-1][:200])
        return None
    try:
        answer = json.loads(line[len(_MARKER):])
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def has_pytest(python: str) -> bool | None:
    """Whether pytest can be imported by ``python``; ``None`` when it could not be asked."""
    answer = _ask(python, "")
    return None if answer is None else bool(answer.get("pytest"))


def installed(python: str, module: str) -> Installed | None:
    """The distributions providing the top-level ``module`` in ``python``'s environment, and
    their versions there; ``None`` when the interpreter could not be asked."""
    answer = _ask(python, module.split(".")[0])
    if answer is None:
        return None
    names = answer.get("providers")
    versions = answer.get("versions")
    return Installed(
        providers=tuple(str(n) for n in names) if isinstance(names, list) else (),
        versions=tuple(sorted((str(k), str(v)) for k, v in versions.items()))
        if isinstance(versions, dict) else (),
    )
