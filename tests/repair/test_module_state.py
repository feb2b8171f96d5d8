"""The regression test leaves the app as it found it: the module-level records its scenario
changes are put back afterwards, so the app's other tests see them as they were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bugstack.domain import CrashSite, ErrorEvent
from bugstack.repair.reproduce import render_regression_test, run_probe
from bugstack.repair.reproduce.calls import call_scenario
from bugstack.repair.reproduce.regression import UNITTEST
from bugstack.repair.workspace import Workspace, locate_frames, prepare_workspace
from tests.repair.apps import capture_event, make_repo, run_fix

QUEUE = '''\
import threading


class Marker:
    pass


PENDING: list[str] = []
SEEN: set[str] = set()
LIMITS = {"jobs": 3}
#: A lock cannot be copied, so this record cannot be put back; markers are copied anew.
GUARDS = {"queue": threading.Lock()}
HISTORY: list[Marker] = [Marker()]


def enqueue(job: str) -> int:
    """Queue ``job``; the number of jobs waiting."""
    GUARDS[job] = threading.Lock()
    HISTORY.append(Marker())
    PENDING.append(job)
    return len(PENDING)
'''


def _queue_workspace(tmp_path: Path, tests: dict[str, str]) -> tuple[Workspace, CrashSite]:
    app = tmp_path / "app"
    (app / "jobs").mkdir(parents=True)
    (app / "jobs" / "__init__.py").write_text("")
    (app / "jobs" / "queue.py").write_text(QUEUE)
    (app / "tests").mkdir()
    for name, text in tests.items():
        (app / "tests" / name).write_text(text)
    workspace = prepare_workspace(app, None, root=tmp_path)
    frame = {"abs_path": "/srv/app/jobs/queue.py", "module": "jobs.queue",
             "function": "enqueue", "lineno": 20, "context_line": "    PENDING.append(job)",
             "in_app": True, "vars": {"job": "'mail'"}}
    event = ErrorEvent.from_dict({"exception": {"values": [{
        "type": "RuntimeError", "value": "queue closed", "stacktrace": {"frames": [frame]}}]}})
    return workspace, locate_frames(workspace, event)


CHECKS_QUEUE = '''\
from jobs.queue import PENDING


def test_queue_starts_empty() -> None:
    assert PENDING == []
'''


def _run_suite(workspace: Workspace, *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           *files], cwd=workspace.path, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.mark.parametrize("style", ["pytest", UNITTEST])
def test_the_records_a_scenario_changed_are_put_back(tmp_path: Path, style: str) -> None:
    workspace, site = _queue_workspace(tmp_path, {"test_z_queue.py": CHECKS_QUEUE})
    try:
        scenario = call_scenario(site, site.frames[-1], workspace)
        assert scenario is not None
        scenario.test_style = style
        outcome = run_probe(scenario, workspace.path, sys.executable, 120)
        assert not outcome.raised, outcome.output
        # Only what the call changed and the test can put back: not SEEN or LIMITS,
        # which it left alone, nor GUARDS, which cannot be copied.
        assert outcome.state_changed == ("jobs.queue.HISTORY", "jobs.queue.PENDING")
        # What it started from, where that can be written down: not HISTORY's markers.
        assert outcome.state_seen == {"jobs.queue.LIMITS": "{'jobs': 3}",
                                      "jobs.queue.PENDING": "[]", "jobs.queue.SEEN": "set()"}
        source = render_regression_test(scenario, outcome, "enqueue", "summary",
                                        "tests/test_regression_enqueue.py")
        assert ("(jobs.queue.HISTORY, jobs.queue.LIMITS, jobs.queue.PENDING, jobs.queue.SEEN)"
                in source)
        assert "    (jobs.queue.PENDING, []),\n" in source and "GUARDS" not in source
        workspace.write("tests/test_regression_enqueue.py", source)
        # The regression test runs first (by name), the app's own test after it.
        done = _run_suite(workspace, "tests/test_regression_enqueue.py", "tests/test_z_queue.py")
        assert done.returncode == 0, done.stdout[-2000:]
        assert "2 passed" in done.stdout
    finally:
        workspace.remove()


FILLS_QUEUE = '''\
from jobs.queue import PENDING, enqueue


def test_enqueue_counts() -> None:
    assert enqueue("mail") == 1
'''

STILL_FILLED = '''\
from jobs.queue import PENDING


def test_queue_kept_its_job() -> None:
    assert PENDING == ["mail"]
'''


@pytest.mark.parametrize("style", ["pytest", UNITTEST])
def test_the_test_starts_from_the_records_the_probe_saw(tmp_path: Path, style: str) -> None:
    # An earlier test leaves a job queued; the probe, in a fresh process, saw none, and the
    # regression test asserts the answer it computed from that, so it must start there.
    workspace, site = _queue_workspace(tmp_path, {"test_a_fills.py": FILLS_QUEUE,
                                                  "test_z_still.py": STILL_FILLED})
    try:
        scenario = call_scenario(site, site.frames[-1], workspace)
        assert scenario is not None
        scenario.test_style = style
        scenario.action.insert(0, "from jobs.queue import PENDING")
        scenario.action[-1] = "result = len(PENDING)"
        outcome = run_probe(scenario, workspace.path, sys.executable, 120)
        assert outcome.value.get("repr") == "0" and outcome.state_changed == ()
        source = render_regression_test(scenario, outcome, "queued", "summary",
                                        "tests/test_regression_queued.py")
        assert "(jobs.queue.PENDING, [])," in source
        # Markers have no literal: copied when the test module is imported instead.
        assert "    (jobs.queue.HISTORY, copy.deepcopy(jobs.queue.HISTORY)),\n" in source
        workspace.write("tests/test_regression_queued.py", source)
        done = _run_suite(workspace, "tests/test_a_fills.py", "tests/test_regression_queued.py",
                          "tests/test_z_still.py")
        # ... and put back what the earlier test left, which the later one reads.
        assert done.returncode == 0, source + done.stdout[-2000:]
        assert "3 passed" in done.stdout
        workspace.write("tests/test_regression_queued.py",
                        source.replace("_refill(box, copy.deepcopy(contents))", "pass"))
        done = _run_suite(workspace, "tests/test_a_fills.py", "tests/test_regression_queued.py")
        assert "1 failed" in done.stdout  # without the start from the probe's records
    finally:
        workspace.remove()


FILLS_HISTORY = '''\
from jobs.queue import enqueue


def test_enqueue_counts() -> None:
    assert enqueue("mail") == 1
'''


def test_records_without_a_literal_start_as_the_import_made_them(tmp_path: Path) -> None:
    # HISTORY holds objects: it cannot be written into the test, so the test copies it when
    # pytest imports it (before any test runs) and starts from that copy; GUARDS holds a
    # lock, which cannot be copied at all, and is left alone.
    workspace, site = _queue_workspace(tmp_path, {"test_a_fills.py": FILLS_HISTORY})
    try:
        scenario = call_scenario(site, site.frames[-1], workspace)
        assert scenario is not None
        scenario.action.insert(0, "from jobs.queue import HISTORY")
        scenario.action[-1] = "result = len(HISTORY)"
        outcome = run_probe(scenario, workspace.path, sys.executable, 120)
        assert outcome.value.get("repr") == "1" and outcome.state_changed == ()
        assert outcome.state_unwritten == ("jobs.queue.HISTORY",)
        source = render_regression_test(scenario, outcome, "history", "summary",
                                        "tests/test_regression_history.py")
        assert "_AT_IMPORT" in source and "GUARDS" not in source
        workspace.write("tests/test_regression_history.py", source)
        done = _run_suite(workspace, "tests/test_a_fills.py",
                          "tests/test_regression_history.py")
        assert done.returncode == 0, source + done.stdout[-2000:]
        workspace.write("tests/test_regression_history.py", source.replace(
            "    for box, contents in _AT_IMPORT:\n        _refill(box, copy.deepcopy(contents))\n",
            ""))
        done = _run_suite(workspace, "tests/test_a_fills.py",
                          "tests/test_regression_history.py")
        assert "1 failed" in done.stdout  # the earlier test's marker counted otherwise
    finally:
        workspace.remove()


TODO = {
    "todo/__init__.py": "",
    "todo/web.py": '''
        from flask import Flask, jsonify, request

        app = Flask(__name__)
        ITEMS: list[dict[str, str]] = []


        @app.post("/items")
        def create_item():
            """Create an item. ``title`` is required; ``note`` is optional and defaults to
            an empty string."""
            payload = request.get_json()
            item = {"title": payload["title"], "note": payload["note"]}
            ITEMS.append(item)
            return jsonify(item), 201


        @app.get("/items")
        def list_items():
            return jsonify(ITEMS)
    ''',
    "tests/test_web.py": '''
        from todo.web import app


        def test_no_items_yet() -> None:
            assert app.test_client().get("/items").get_json() == []
    ''',
}


@pytest.mark.slow
def test_a_request_that_stores_a_record_does_not_break_the_apps_tests(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", TODO)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        from todo.web import app
        app.test_client().post("/items", json={"title": "milk"})
    """, framework="flask")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed", data and data["checks"]
    assert '"note": payload.get("note", "")' in data["patch"]
    content = data["regression_test"]["content"]
    # The stored item is taken out again, so test_no_items_yet still sees an empty list.
    assert "for box in (todo.web.ITEMS,)]" in content
    assert "(box.extend if isinstance(box, list) else box.update)(contents)" in content
