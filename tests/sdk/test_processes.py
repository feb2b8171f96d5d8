"""Plain scripts, threads, asyncio tasks, logging and fork, each in a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bugstack.domain.replay import decode_value
from tests.sdk.conftest import Reporting, frame_named, replay_of

REPO_ROOT = Path(__file__).resolve().parents[2]


def _run(reporting: Reporting, case: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUGSTACK_API_KEY": reporting.project.api_key,
           "BUGSTACK_URL": reporting.server.url, "PYTHONPATH": str(REPO_ROOT),
           "BUGSTACK_RELEASE": "proc-1"}
    return subprocess.run([sys.executable, "-m", "tests.sdk.apps.scripts", case], env=env,
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)


def _parse_quantity_frame(event: dict[str, Any]) -> dict[str, Any]:
    return frame_named(replay_of(event), "parse_quantity")


def test_uncaught_exception_in_a_script(reporting: Reporting, tmp_path: Path) -> None:
    result = _run(reporting, "script", tmp_path)
    assert result.returncode == 1 and "ValueError" in result.stderr  # Python's hook still ran
    event = reporting.event()
    assert event["release"] == "proc-1"
    assert event["exception"]["values"][-1]["mechanism"] == {"type": "excepthook",
                                                             "handled": False}
    frame = _parse_quantity_frame(event)
    assert replay_of(event)["phase"] == "script"
    assert frame["arguments"] == ["raw", "default"]
    assert decode_value(frame["locals"]["raw"]) == "twelve"


def test_uncaught_exception_in_a_thread(reporting: Reporting, tmp_path: Path) -> None:
    result = _run(reporting, "thread", tmp_path)
    assert result.returncode == 0
    event = reporting.event()
    assert replay_of(event)["phase"] == "thread" and event["tags"]["thread"] == "importer"
    assert decode_value(_parse_quantity_frame(event)["locals"]["raw"]) == "3.5"


def test_failed_asyncio_task_nobody_awaited(reporting: Reporting, tmp_path: Path) -> None:
    result = _run(reporting, "task", tmp_path)
    assert result.returncode == 0
    event = reporting.event()
    replay = replay_of(event)
    assert replay["phase"] == "task" and replay["task"]["kind"] == "asyncio"
    assert replay["task"]["name"] == "_fetch"
    assert decode_value(frame_named(replay, "_fetch")["locals"]["sku"]) == "Z-9"


def test_logging_error_with_exc_info(reporting: Reporting, tmp_path: Path) -> None:
    result = _run(reporting, "log", tmp_path)
    assert result.returncode == 0 and "could not import row 7" in result.stderr
    event = reporting.event()
    assert event["logentry"]["formatted"] == "could not import row 7"
    assert event["logger"] == "importer"
    assert event["exception"]["values"][-1]["mechanism"] == {"type": "logging",
                                                             "handled": True}
    assert replay_of(event)["phase"] == "log"
    assert decode_value(_parse_quantity_frame(event)["locals"]["raw"]) == "many"


def test_a_forked_child_reports_on_its_own(reporting: Reporting, tmp_path: Path) -> None:
    result = _run(reporting, "fork", tmp_path)
    assert result.returncode == 0, result.stderr
    events = reporting.events(2)
    raws = sorted(decode_value(_parse_quantity_frame(e)["locals"]["raw"]) for e in events)
    assert raws == ["child", "parent"]


def test_frameworks_imported_after_init_are_hooked(reporting: Reporting,
                                                   tmp_path: Path) -> None:
    result = _run(reporting, "late_import", tmp_path)
    assert result.returncode == 0, result.stderr
    events = reporting.events(2)
    frameworks = sorted(replay_of(e)["request"]["framework"] for e in events)
    assert frameworks == ["fastapi", "flask"]
