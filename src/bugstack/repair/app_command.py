"""The app's test command, and the interpreters it needs from outside the workspace copy.

The copy of the repository leaves its virtual environments out (they are big and belong
to the host), and in the sandbox only the workspace and the command's own program are
visible. A command that names an interpreter by path, as ``make test`` with
``.venv/bin/python -m pytest`` or ``/opt/py/bin/python -m pytest`` in the Makefile does,
would find nothing there. So the command carries what it needs, read-only: the
repository's own virtual environments shown at the same place in the workspace, and the
Python installations it names by absolute path, found in the command, the Makefile a
``make`` reads and the scripts the command names. A path is shown only when it is a
Python installation (a virtual environment, or an interpreter beside its standard
library); a Makefile cannot make anything else visible.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from bugstack.repair.app_interpreter import has_pytest

__all__ = ["SuiteCommand", "named_interpreters", "repository_environments", "suite_command"]

_MAKE_PROGRAMS = {"make", "gmake"}
_MAKEFILES = ("GNUmakefile", "makefile", "Makefile")
#: An absolute path in a Makefile or script, up to the next space, quote or separator.
_ABSOLUTE_PATH = re.compile(r"(?<![\w.$})/-])(/(?:[\w.+@-]+/)+[\w.+@-]+)")
_PYTHON_NAME = re.compile(r"python[\d.]*")
#: Enough for any real Makefile or test script; a huge file is not read whole.
_MAX_READ = 256 * 1024
_MAX_INTERPRETERS = 8


class SuiteCommand(list[str]):
    """The argv of the app's test command, with what the sandbox must show for it."""

    def __init__(self, argv: list[str], programs: list[str] | None = None,
                 inside: dict[str, Path] | None = None) -> None:
        super().__init__(argv)
        #: Interpreters the command runs besides its own program (their environments are
        #: shown read-only at their own path).
        self.programs = list(programs or [])
        #: Repository directories the copy left out, shown read-only at the same place.
        self.inside = dict(inside or {})


def repository_environments(repo: Path) -> dict[str, Path]:
    """The virtual environments at the top of the repository (``.venv``, ``venv``, any
    directory with a ``pyvenv.cfg``), by their name there."""
    found: dict[str, Path] = {}
    try:
        entries = sorted(repo.iterdir())
    except OSError:
        return found
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink() and (entry / "pyvenv.cfg").is_file():
            found[entry.name] = entry
    return found


def _python_of(path: Path) -> str | None:
    """The interpreter ``path`` stands for, if it is one: a virtual environment
    (``VENV = /opt/venv`` for ``$(VENV)/bin/python``) or a program of one (its
    ``python``), or a ``python*`` beside its standard library."""
    if not path.is_absolute() or not path.exists():
        return None
    if path.is_dir():
        python = path / "bin" / "python"
        return str(python) if (path / "pyvenv.cfg").is_file() and python.exists() else None
    if path.parent.name == "bin" and (path.parent.parent / "pyvenv.cfg").is_file():
        python = path.parent / "python"
        return str(python) if python.exists() else None
    if not _PYTHON_NAME.fullmatch(path.name) or not os.access(path, os.X_OK):
        return None
    prefix = path.resolve().parent.parent
    if not any(prefix.glob("lib/python3*/os.py")):
        return None
    return str(path)


def _read(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(_MAX_READ)
    except OSError:
        return ""


def _files_read_by(argv: list[str], repo: Path) -> list[Path]:
    """The Makefile a ``make`` reads, and the repository's files the command names."""
    files: list[Path] = []
    if argv and os.path.basename(argv[0]) in _MAKE_PROGRAMS:
        named = [argv[i + 1] for i, part in enumerate(argv[:-1]) if part in ("-f", "--file")]
        files += [repo / name for name in named] or \
            [repo / name for name in _MAKEFILES if (repo / name).is_file()][:1]
    for part in argv:
        candidate = Path(part) if os.path.isabs(part) else repo / part
        if not part.startswith("-") and candidate.is_file():
            files.append(candidate)
    resolved_repo = repo.resolve()
    return [f for f in files if f.is_file() and resolved_repo in f.resolve().parents]


def named_interpreters(argv: list[str], repo: Path) -> list[str]:
    """Python interpreters the command names by absolute path, in itself or in the files
    it reads; only real Python installations count."""
    texts = [" ".join(argv), *(_read(path) for path in _files_read_by(argv, repo))]
    found: list[str] = []
    for text in texts:
        for token in _ABSOLUTE_PATH.findall(text):
            python = _python_of(Path(token))
            if python is not None and python not in found:
                found.append(python)
            if len(found) >= _MAX_INTERPRETERS:
                return found
    return found


def suite_command(test_command: str | None, python: str, repo: Path | None = None
                  ) -> SuiteCommand:
    """The app's test command, run with the repository's own interpreter.

    Without a command, pytest runs the suite; where the app's interpreter has no pytest
    (a unittest-only project), unittest's discovery does. A leading ``python`` is the
    app's interpreter. With ``repo``, the command carries the repository's environments
    and the interpreters it names, for the sandbox to show."""
    if test_command:
        argv = shlex.split(test_command)
    elif has_pytest(python) is False:
        argv = ["python", "-m", "unittest"]
    else:
        argv = ["python", "-m", "pytest", "-q"]
    if argv and argv[0] in ("python", "python3"):
        argv[0] = python
    if repo is None:
        return SuiteCommand(argv)
    inside = repository_environments(repo)
    programs = named_interpreters(argv, repo)
    programs += [str(env / "bin" / "python") for env in inside.values()
                 if (env / "bin" / "python").exists()]
    return SuiteCommand(argv, programs=list(dict.fromkeys(programs)), inside=inside)
