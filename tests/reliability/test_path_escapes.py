"""Events and repositories whose paths try to lead the engine out of its workspace.

Frame paths like ``../../etc/passwd``, absolute paths outside the repository, ``..`` in
module names, links committed to the repository (or left in a plain directory) that point
outside, and a working tree whose directory was swapped for a link after the commit the
fix is made on. The engine may decline; it must never read a file outside the workspace
into its work, nor write outside the workspace, nor ``bugstack fix --write`` outside
``--repo``. Each attempt is recorded as ``hostile_input`` before it is asserted.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bugstack.domain import ErrorEvent
from bugstack.repair.workspace import (
    StaleEventError,
    Workspace,
    WorkspaceError,
    locate_frames,
    prepare_workspace,
)
from tests.reliability.conftest import Figures
from tests.repair.apps import capture_event, make_repo, run_fix
from tests.repair.test_fix_command import LIBRARY

SECRET = "OUTSIDE_SECRET_4f1c9a"
_OUTSIDE_SOURCE = f'''def handler(request):
    return request.missing_attribute
TOKEN = "{SECRET}"
'''
#: A library whose ``roles_of`` returns None against its annotation: a fix is found.
_APP = LIBRARY


def _digest(root: Path) -> dict[str, str]:
    """Content of every file under ``root`` (links not followed), to prove none changed."""
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """Stands for what the engine must never touch: the server's files, another app."""
    directory = tmp_path / "outside"
    directory.mkdir()
    (directory / "handlers.py").write_text(_OUTSIDE_SOURCE)
    (directory / "bugstack.db").write_text(f"api_key={SECRET}")
    return directory


def _escapes(workspace: Workspace) -> list[str]:
    base = workspace.path.resolve()
    return [str(p) for p in workspace.path.rglob("*")
            if p.resolve() != base and base not in p.resolve().parents]


def _read_everything(workspace: Workspace) -> str:
    return "".join(p.read_text(errors="replace") for p in workspace.path.rglob("*")
                   if p.is_file())


def _links(repo: Path, outside: Path) -> None:
    (repo / "leak_passwd.py").symlink_to("/etc/passwd")
    (repo / "leak_secret.py").symlink_to(os.path.relpath(outside / "handlers.py", repo))
    (repo / "vendored").symlink_to(outside, target_is_directory=True)
    (repo / "alias.py").symlink_to("app.py")  # inside: kept


@pytest.mark.parametrize("kind", ["git repository", "plain directory"])
def test_links_in_the_repository_stay_out_of_the_workspace(
    tmp_path: Path, outside: Path, figures: Figures, kind: str
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "app.py").write_text("def answer():\n    return 42\n")
    _links(repo, outside)
    if kind == "git repository":
        for git in (["init", "-q"], ["add", "-A"],
                    ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "x"]):
            subprocess.run(["git", "-C", str(repo), *git], check=True, capture_output=True)
    workspace = prepare_workspace(repo, None, root=tmp_path)
    try:
        escaping = _escapes(workspace)
        text = _read_everything(workspace)
        held = not escaping and SECRET not in text and "root:x:0:0" not in text
        figures.attempt("hostile_input", f"links to outside committed to a {kind}", held,
                        detail=f"escaping={escaping}; warnings={workspace.warnings}")
        assert held, escaping
        assert (workspace.path / "alias.py").read_text() == "def answer():\n    return 42\n"
        assert "app.py" in workspace.files() and "leak_secret.py" not in workspace.files()
        assert any("leak_passwd.py" in warning for warning in workspace.warnings)
    finally:
        workspace.remove()


@pytest.mark.parametrize("rel", ["../outside/handlers.py", "/etc/passwd", "shop/../../x.py",
                                 "planted/handlers.py", "planted_file.py", ""])
def test_workspace_never_reads_or_writes_outside(
    tmp_path: Path, outside: Path, figures: Figures, rel: str
) -> None:
    repo = make_repo(tmp_path / "repo", {"app.py": "x = 1\n"})
    workspace = prepare_workspace(repo, None, root=tmp_path)
    # Code run in the sandbox could leave links like these between two runs.
    (workspace.path / "planted").symlink_to(outside, target_is_directory=True)
    (workspace.path / "planted_file.py").symlink_to(outside / "handlers.py")
    before = _digest(outside)
    outcome = []
    for attempt in (lambda: workspace.read(rel), lambda: workspace.write(rel, "pwned\n")):
        try:
            outcome.append(str(attempt()))
        except WorkspaceError as exc:
            outcome.append(f"refused: {exc}")
    held = all(o.startswith("refused") for o in outcome) and _digest(outside) == before
    figures.attempt("hostile_input", f"workspace read/write of {rel!r}", held,
                    detail="; ".join(outcome)[:300])
    workspace.remove()
    assert held, outcome


def _hostile_frames(outside: Path) -> list[dict[str, Any]]:
    context = {"context_line": "    return request.missing_attribute", "lineno": 2,
               "function": "handler", "in_app": True}
    return [
        {**context, "abs_path": "../../outside/handlers.py", "filename": "../outside/handlers.py",
         "module": "..outside.handlers"},
        {**context, "abs_path": str(outside / "handlers.py"), "filename": "handlers.py",
         "module": "handlers"},
        {"abs_path": "../../etc/passwd", "filename": "/etc/passwd", "module": "....etc.passwd",
         "function": "root", "lineno": 1, "context_line": "root:x:0:0:root:/root:/bin/bash",
         "in_app": True},
        {**context, "abs_path": "/srv/app/vendored/handlers.py", "filename": "vendored/handlers.py",
         "module": "vendored.handlers"},
    ]


def _event(frames: list[dict[str, Any]]) -> dict[str, Any]:
    return {"event_id": "0" * 32, "platform": "python", "level": "error",
            "exception": {"values": [{"type": "AttributeError", "module": "builtins",
                                      "value": "'Request' object has no attribute "
                                               "'missing_attribute'",
                                      "stacktrace": {"frames": frames}}]}}


def test_frames_pointing_outside_are_never_located(
    tmp_path: Path, outside: Path, figures: Figures
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "app.py").write_text("def handler(request):\n    return request.missing_attribute\n")
    (repo / "vendored").symlink_to(outside, target_is_directory=True)
    make_repo_git = ["init", "-q"], ["add", "-A"], [
        "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "x"]
    for git in make_repo_git:
        subprocess.run(["git", "-C", str(repo), *git], check=True, capture_output=True)
    workspace = prepare_workspace(repo, None, root=tmp_path)
    for frame in _hostile_frames(outside):
        try:
            site = locate_frames(workspace, ErrorEvent.from_dict(_event([frame])))
            located = [(f.path, f.source) for f in site.frames]
        except (StaleEventError, WorkspaceError) as exc:
            located = [("refused", str(exc))]
        leaked = [path for path, source in located
                  if SECRET in source or "root:x:0:0:" in source or path.startswith(("/", ".."))]
        figures.attempt("hostile_input", f"frame path {frame['abs_path']!r}", not leaked,
                        detail=str(located)[:300])
        assert not leaked, (frame, located)
    workspace.remove()


def test_fix_with_hostile_frames_reads_and_writes_nothing_outside(
    tmp_path: Path, outside: Path, figures: Figures
) -> None:
    repo = make_repo(tmp_path / "repo", _APP)
    before = _digest(outside)
    code, data, stderr = run_fix(repo, _event(_hostile_frames(outside)), tmp_path, "--write")
    status = subprocess.run(["git", "-C", str(repo), "status", "--porcelain"],
                            capture_output=True, text=True, check=True).stdout
    output = f"{data}{stderr}"
    held = (code in (1, 2) and _digest(outside) == before and SECRET not in output
            and status == "")
    figures.attempt("hostile_input", "bugstack fix --write on an event whose frames all "
                    "point outside the repository", held, detail=f"exit {code}: {output[:300]}")
    assert held, (code, output, status)


def test_fix_write_never_follows_a_link_out_of_the_repository(
    tmp_path: Path, outside: Path, figures: Figures
) -> None:
    """The fix is made on the commit; in the working tree ``shop`` has since become a link
    to another checkout with the same files. ``--write`` must refuse, not write there."""
    repo = make_repo(tmp_path / "repo", _APP)
    event = capture_event(repo, tmp_path / "srv" / "app",
                          "from shop.users import describe\ndescribe(7)")
    elsewhere = outside / "shop"
    shutil.copytree(repo / "shop", elsewhere)
    shutil.rmtree(repo / "shop")
    (repo / "shop").symlink_to(elsewhere, target_is_directory=True)
    before = _digest(outside)
    code, data, stderr = run_fix(repo, event, tmp_path, "--write")
    changed = sorted(set(_digest(outside).items()) ^ set(before.items()))
    held = not changed and code == 1
    figures.attempt("hostile_input", "bugstack fix --write with a directory of the working "
                    "tree swapped for a link outside --repo", held,
                    detail=f"exit {code}; changed={changed}; {str(data)[:200]}")
    assert data is not None and data["status"] == "fixed", stderr  # the fix itself was found
    assert held, (code, changed)
    assert any("outside" in warning for warning in data.get("warnings", [])), data
