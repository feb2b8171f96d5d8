"""The workspace: an isolated copy at the event's release, frames mapped by path suffix,
stale events detected."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from bugstack.domain import ErrorEvent
from bugstack.repair.traceback_event import TracebackParseError, event_from_traceback
from bugstack.repair.workspace import (
    StaleEventError,
    WorkspaceError,
    locate_frames,
    prepare_workspace,
)
from tests.repair.apps import commit, make_repo

VIEWS = '''
def show(order_id):
    order = None
    return order.total
'''


def _event(path: str, lineno: int, context: str, release: str | None = None,
           module: str | None = None, **extra: Any) -> ErrorEvent:
    frames = [
        {"abs_path": "/usr/lib/python3.11/json/__init__.py", "module": "json",
         "function": "dumps", "lineno": 238, "context_line": "x", "in_app": False},
        {"abs_path": path, "module": module, "function": "show", "lineno": lineno,
         "context_line": context, "in_app": True, **extra},
    ]
    return ErrorEvent.from_dict({
        "release": release,
        "exception": {"values": [{"type": "AttributeError", "value": "boom",
                                  "stacktrace": {"frames": frames}}]},
    })


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo", {
        "shop/__init__.py": "",
        "shop/views.py": VIEWS,
        "admin/views.py": VIEWS,
        "admin/__init__.py": "",
    })


def test_frames_map_by_suffix_and_module(repo: Path) -> None:
    workspace = prepare_workspace(repo, None)
    try:
        site = locate_frames(workspace, _event("/srv/app/shop/views.py", 3,
                                               "    return order.total"))
        assert [(f.path, f.lineno) for f in site.frames] == [("shop/views.py", 3)]
        # Two files share ``views.py``: the module name decides.
        site = locate_frames(workspace, _event("/srv/views.py", 3, "    return order.total",
                                               module="admin.views"))
        assert [f.path for f in site.frames] == ["admin/views.py"]
        assert any("using HEAD" in w for w in workspace.warnings)
        assert workspace.path != repo and (workspace.path / "shop/views.py").exists()
        assert not (workspace.path / ".git").exists()
    finally:
        workspace.remove()
    assert not workspace.path.exists()


def test_release_commit_is_checked_out_and_repo_untouched(repo: Path) -> None:
    first = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True,
                           text=True, check=True).stdout.strip()
    (repo / "shop/views.py").write_text("# moved on\n" + VIEWS.lstrip("\n"))
    commit(repo, "second")
    (repo / "scratch.txt").write_text("uncommitted work")
    workspace = prepare_workspace(repo, f"shop@{first[:10]}")
    try:
        assert workspace.commit == first
        assert workspace.warnings == []
        assert workspace.read("shop/views.py") == VIEWS.lstrip("\n")
        assert not (workspace.path / "scratch.txt").exists()
    finally:
        workspace.remove()
    assert (repo / "scratch.txt").read_text() == "uncommitted work"
    listed = subprocess.run(["git", "-C", str(repo), "worktree", "list"], capture_output=True,
                            text=True, check=True).stdout
    assert len(listed.strip().splitlines()) == 1


def test_stale_event_is_refused(repo: Path) -> None:
    workspace = prepare_workspace(repo, None)
    try:
        with pytest.raises(StaleEventError) as caught:
            locate_frames(workspace, _event("/srv/app/shop/views.py", 3,
                                            "    return order.amount"))
        assert "shop/views.py:3" in str(caught.value)
    finally:
        workspace.remove()


def test_shifted_line_is_relocated_by_its_context(repo: Path) -> None:
    workspace = prepare_workspace(repo, None)
    try:
        site = locate_frames(workspace, _event(
            "/srv/app/shop/views.py", 1, "    return order.total",
            pre_context=["def show(order_id):", "    order = None"], post_context=[]))
        assert site.frames[0].lineno == 3
        assert any("moved to 3" in w for w in workspace.warnings)
    finally:
        workspace.remove()


def test_missing_repository_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError):
        prepare_workspace(tmp_path / "nowhere", None)


def test_traceback_from_a_log_becomes_an_event() -> None:
    event = ErrorEvent.from_dict(event_from_traceback(
        "INFO starting\n"
        "Traceback (most recent call last):\n"
        '  File "/srv/app/run.py", line 8, in <module>\n'
        "    main()\n"
        '  File "/usr/lib/python3.11/json/__init__.py", line 231, in dumps\n'
        "    return _default_encoder.encode(obj)\n"
        '  File "/srv/app/shop/views.py", line 3, in show\n'
        "    return order.total\n"
        "           ^^^^^^^^^^^\n"
        "AttributeError: 'NoneType' object has no attribute 'total'\n"
    ))
    primary = event.primary
    assert primary is not None
    assert primary.type == "AttributeError"
    assert primary.value == "'NoneType' object has no attribute 'total'"
    assert [(f.function, f.lineno, f.in_app) for f in primary.frames] == [
        ("<module>", 8, True), ("dumps", 231, False), ("show", 3, True)]
    assert primary.frames[-1].context_line == "return order.total"


def test_text_without_a_traceback_is_refused() -> None:
    with pytest.raises(TracebackParseError):
        event_from_traceback("all good here")
