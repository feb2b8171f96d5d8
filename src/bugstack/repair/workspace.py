"""Stage 1: an isolated copy of the app's repository, and the event's frames mapped onto it.

The copy is exported with ``git archive`` (or copied, for a directory that is not a git
repository), so nothing in the user's repository changes, not even ``.git``. Frames are
mapped to files by the longest matching path suffix, because a server runs the code from
another directory (``/srv/app/shop/views.py`` is ``shop/views.py`` here). Each frame's
``context_line`` is compared with the file: when they differ the event is *stale* (the
code moved on since it was captured) and is reported as such, never patched blindly.
"""

from __future__ import annotations

import ast
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.app_interpreter import forget_interpreter, remember_interpreter
from bugstack.repair.sandbox.ownership import remove_escapes

__all__ = [
    "StaleEventError",
    "Workspace",
    "WorkspaceError",
    "contained",
    "find_interpreter",
    "locate_frames",
    "prepare_workspace",
]

_COMMIT = re.compile(r"^[0-9a-f]{7,40}$")
#: Directories never copied: environments and caches are big and belong to the host.
_SKIPPED_DIRS = {".git", ".venv", "venv", "env", "__pycache__", ".mypy_cache", ".pytest_cache",
                 ".ruff_cache", "node_modules", ".tox", ".nox"}


class WorkspaceError(Exception):
    """The repository cannot be used (it does not exist, or git cannot read it)."""


class StaleEventError(Exception):
    """The event's code lines do not match the repository: it was captured on other code."""

    def __init__(self, mismatches: list[str]) -> None:
        super().__init__("; ".join(mismatches))
        self.mismatches = mismatches


@dataclass(slots=True)
class Workspace:
    repo: Path
    path: Path
    commit: str | None
    warnings: list[str] = field(default_factory=list)

    def files(self) -> list[str]:
        """Repository-relative POSIX paths of the Python files in the copy."""
        found = []
        for file in self.path.rglob("*.py"):
            rel = file.relative_to(self.path)
            if not _SKIPPED_DIRS.intersection(rel.parts[:-1]) and "site-packages" not in rel.parts:
                found.append(rel.as_posix())
        return sorted(found)

    def read(self, rel: str) -> str:
        return contained(self.path, rel).read_text(encoding="utf-8")

    def write(self, rel: str, text: str) -> None:
        target = contained(self.path, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def remove(self) -> None:
        forget_interpreter(self.path)
        shutil.rmtree(self.path, ignore_errors=True)


def contained(root: Path, rel: str) -> Path:
    """``root / rel``, refused when it leads outside ``root``: an absolute path, a ``..``,
    or a link on the way that points elsewhere. Paths come from events and from code the
    engine did not write, so none is trusted to stay in the repository."""
    pure = PurePosixPath(rel.replace("\\", "/"))
    if not pure.parts or pure.is_absolute() or ".." in pure.parts:
        raise WorkspaceError(f"{rel!r} is not a path inside {root}")
    target = root.joinpath(*pure.parts)
    base = root.resolve()
    resolved = target.resolve()
    if resolved != base and base not in resolved.parents:
        raise WorkspaceError(f"{rel!r} leads outside {root} through a link")
    return target


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


def _resolve_commit(repo: Path, release: str | None, warnings: list[str]) -> str | None:
    if _git(repo, "rev-parse", "--is-inside-work-tree").returncode != 0:
        warnings.append("not a git repository: working on a copy of the files as they are")
        return None
    if release:
        # A release may be "app@1a2b3c4" or a bare sha; take the part that looks like one.
        for token in reversed(re.split(r"[@+:\s]", release.strip())):
            if _COMMIT.match(token.lower()):
                resolved = _git(repo, "rev-parse", "--verify", "--quiet", f"{token}^{{commit}}")
                if resolved.returncode == 0:
                    return resolved.stdout.decode().strip()
        warnings.append(f"release {release!r} names no commit of this repository: using HEAD")
    else:
        warnings.append("the event names no release: using HEAD")
    head = _git(repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    if head.returncode != 0:
        raise WorkspaceError(f"{repo} has no commit to work from")
    return head.stdout.decode().strip()


def _export(repo: Path, commit: str, dest: Path, warnings: list[str]) -> None:
    archive = _git(repo, "archive", "--format=tar", commit)
    if archive.returncode != 0:
        raise WorkspaceError(f"git archive failed: {archive.stderr.decode().strip()}")

    def inside_only(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
        # A committed link to /etc/passwd or ../../elsewhere is left out, not followed.
        try:
            return tarfile.data_filter(member, path)
        except tarfile.FilterError as exc:
            warnings.append(f"{member.name} left out of the workspace: {exc}")
            return None

    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter=inside_only)


def prepare_workspace(repo: Path, release: str | None, root: Path | None = None) -> Workspace:
    """Copy ``repo`` at the event's release (or HEAD) into a new temporary directory."""
    repo = repo.resolve()
    if not repo.is_dir():
        raise WorkspaceError(f"{repo} is not a directory")
    warnings: list[str] = []
    commit = _resolve_commit(repo, release, warnings)
    dest = Path(tempfile.mkdtemp(prefix="bugstack-ws-", dir=root))
    try:
        if commit is not None:
            _export(repo, commit, dest, warnings)
        else:
            # Links are copied as links (never followed), then those leading out removed.
            shutil.copytree(repo, dest, dirs_exist_ok=True, symlinks=True,
                            ignore=shutil.ignore_patterns(*_SKIPPED_DIRS))
            warnings += [f"{rel} left out of the workspace: it leads outside the repository"
                         for rel in remove_escapes(dest)]
    except Exception:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    # Stages that see only the copy (an error guide pinning a version) ask the app's own
    # interpreter what it has installed.
    remember_interpreter(dest, find_interpreter(repo))
    return Workspace(repo=repo, path=dest, commit=commit, warnings=warnings)


def find_interpreter(repo: Path) -> str:
    """The repository's own virtual environment's Python if it has one, else ours."""
    for name in (".venv", "venv", "env"):
        candidate = repo / name / "bin" / "python"
        if candidate.exists():
            return str(candidate)
    return sys.executable


def _module_of(rel: str) -> str:
    parts = rel.removesuffix(".py").split("/")
    if parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


_LIBRARY_PATH = re.compile(r"/lib/python\d+\.\d+/|site-packages|dist-packages|<frozen ")


def _match_file(frame: Frame, files: list[str]) -> str | None:
    raw = frame.path
    if not raw:
        return None
    if _LIBRARY_PATH.search(raw):
        return None
    parts = PurePosixPath(raw.replace("\\", "/")).parts
    best: list[str] = []
    best_len = 0
    for rel in files:
        rel_parts = PurePosixPath(rel).parts
        length = 0
        while (length < min(len(parts), len(rel_parts))
               and parts[-1 - length] == rel_parts[-1 - length]):
            length += 1
        if length > best_len:
            best, best_len = [rel], length
        elif length == best_len and length:
            best.append(rel)
    if frame.module and frame.module != "__main__":
        # The module name must agree: ``json/__init__.py`` of the standard library is not
        # the app's ``exports/__init__.py`` just because both files are ``__init__.py``.
        best = [rel for rel in best if _module_of(rel).endswith(frame.module)
                or frame.module.endswith(_module_of(rel))]
    elif best_len == 1 and len(parts) > 1:
        best = [rel for rel in best if "/" not in rel]  # a bare file name: top level only
    if len(best) == 1:
        return best[0]
    if len(best) > 1 and frame.module:
        # Two files share the suffix (e.g. two ``views.py``): the module name decides.
        by_module = [rel for rel in best
                     if rel.removesuffix(".py").replace("/", ".").endswith(frame.module)]
        if len(by_module) == 1:
            return by_module[0]
    return None


def _relocate(frame: Frame, lines: list[str]) -> int | None:
    """Find the frame's line when the file only shifted: its whole context must match once."""
    window = [*frame.pre_context, frame.context_line or "", *frame.post_context]
    wanted = [w.strip() for w in window]
    if sum(1 for w in wanted if w) < 3:
        return None
    hits = []
    for start in range(len(lines) - len(window) + 1):
        if all(lines[start + i].strip() == wanted[i] for i in range(len(window))):
            hits.append(start + len(frame.pre_context) + 1)
    return hits[0] if len(hits) == 1 else None


def locate_frames(workspace: Workspace, event: ErrorEvent) -> CrashSite:
    """Map the primary exception's frames onto the workspace; raise if the event is stale."""
    primary = event.primary
    if primary is None:
        raise WorkspaceError("the event carries no exception")
    files = workspace.files()
    located: list[LocatedFrame] = []
    mismatches: list[str] = []
    for frame in primary.frames:
        if frame.in_app is False:  # the standard library and installed packages
            continue
        rel = _match_file(frame, files)
        if rel is None or frame.lineno is None:
            continue
        source = workspace.read(rel)
        lines = source.splitlines()
        lineno = frame.lineno
        actual = lines[lineno - 1] if 0 < lineno <= len(lines) else None
        if frame.context_line is not None and (
            actual is None or actual.strip() != frame.context_line.strip()
        ):
            moved = _relocate(frame, lines)
            if moved is None:
                mismatches.append(
                    f"{rel}:{lineno} is {actual.strip() if actual else '<past the end>'!r}, "
                    f"the event says {frame.context_line.strip()!r}"
                )
                continue
            workspace.warnings.append(f"{rel}: line {lineno} moved to {moved} since the event")
            lineno = moved
        located.append(LocatedFrame(frame=frame, path=rel, source=source, lineno=lineno))
    if mismatches:
        raise StaleEventError(mismatches)
    if not located:
        located = _view_named_by_message(workspace, primary.value, files)
    return CrashSite(event=event, exception=primary, frames=tuple(located),
                     root=workspace.path)


_VIEW_MESSAGE = re.compile(r"The view function for '(?:[\w.]+\.)?(\w+)' did not return")


def _view_named_by_message(workspace: Workspace, message: str,
                           files: list[str]) -> list[LocatedFrame]:
    """A framework that reports a view's mistake from its own code names the view in the
    message: its last line is the crash site."""
    named = _VIEW_MESSAGE.search(message)
    if named is None:
        return []
    found = []
    for rel in files:
        source = workspace.read(rel)
        if f"def {named.group(1)}(" not in source:
            continue
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == named.group(1):
                last = node.body[-1].end_lineno or node.body[-1].lineno
                lines = source.splitlines()
                frame = Frame(abs_path=rel, filename=rel, function=node.name, lineno=last,
                              context_line=lines[last - 1], in_app=True)
                found.append(LocatedFrame(frame=frame, path=rel, source=source, lineno=last))
    return found if len(found) == 1 else []
