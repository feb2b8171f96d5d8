"""Running the fix engine for a job, as a child process.

The engine runs the app's code and test suite many times; a crash, a hang or a memory
blow-up there must not take the worker with it. So each job runs the engine (``bugstack
fix --json --run-dir``'s contract, see ``engine_entry.py``) in its own process group, in
the job's sandbox directory (its ``TMPDIR`` too, so everything it leaves is in one place).
The engine saves each stage's result in the run directory as it finishes; the job turns
those files into stage records while it waits.

The engine is killed with its whole process group when the job's time limit passes or the
worker loses its lease; if the worker itself is killed, the kernel kills the engine
(``PR_SET_PDEATHSIG``) and the next worker to take the job kills what is left of its
process group (the pid is in the sandbox) before removing the sandbox.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["ENGINE_STAGES", "EngineRun", "clean_sandbox", "run_engine"]

#: The engine's run-dir files, in order, and the pipeline stage each one completes.
ENGINE_STAGES = (("workspace", "workspace"), ("reproduction", "reproduced"),
                 ("analysis", "analysed"), ("candidates", "candidates"),
                 ("verification", "verified"))
_PID_FILE = "engine.pid"
#: Run by path, so that only the engine's modules load (see engine_entry.py).
_ENTRY = Path(__file__).with_name("engine_entry.py")
_PR_SET_PDEATHSIG = 1


@dataclass(slots=True)
class EngineRun:
    #: ``bugstack fix --json`` output, or None when the engine gave none.
    result: dict[str, Any] | None
    exit_code: int | None
    log: str
    timed_out: bool = False
    lost_lease: bool = False
    seen: dict[str, datetime] = field(default_factory=dict)


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def clean_sandbox(sandbox: Path) -> None:
    """Kill whatever an earlier run of this job left running, then remove its files."""
    pid_file = sandbox / _PID_FILE
    with contextlib.suppress(OSError, ValueError):
        _kill_group(int(pid_file.read_text().strip()))
    shutil.rmtree(sandbox, ignore_errors=True)


def run_engine(
    *,
    sandbox: Path,
    repo: Path,
    event: dict[str, Any],
    test_command: str | None,
    time_limit: float,
    on_stage: Callable[[str, datetime, dict[str, Any]], None],
    keep_alive: Callable[[], bool],
    keep_alive_every: float,
    extra_args: Sequence[str] = (),
) -> EngineRun:
    """Run the engine to the end, the time limit, or the loss of the job's lease."""
    run_dir = sandbox / "run"
    tmp = sandbox / "tmp"
    for directory in (run_dir, tmp):
        directory.mkdir(parents=True, exist_ok=True)
    event_file = sandbox / "event.json"
    event_file.write_text(json.dumps(event), encoding="utf-8")
    argv = [sys.executable, "-P", str(_ENTRY), "--repo", str(repo), "--event",
            str(event_file), "--run-dir", str(run_dir),
            "--budget", str(max(int(time_limit * 0.9), 1))]
    if test_command:
        argv += ["--test-command", test_command]
    argv += list(extra_args)  # e.g. --ci-feedback FILE on a retry after CI failed
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1"}
    stdout_path, stderr_path = sandbox / "engine.out", sandbox / "engine.log"
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        process = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                   cwd=sandbox, env=env, start_new_session=True,
                                   preexec_fn=_die_with_parent)
        (sandbox / _PID_FILE).write_text(str(process.pid))
        run = EngineRun(result=None, exit_code=None, log="")
        deadline = time.monotonic() + time_limit
        next_renewal = time.monotonic() + keep_alive_every
        try:
            while process.poll() is None:
                _collect(run_dir, run, on_stage)
                if time.monotonic() >= deadline:
                    run.timed_out = True
                    break
                if time.monotonic() >= next_renewal:
                    next_renewal = time.monotonic() + keep_alive_every
                    if not keep_alive():
                        run.lost_lease = True
                        break
                time.sleep(0.25)
        finally:
            if process.poll() is None:
                _kill_group(process.pid)
                process.wait()
            _kill_group(process.pid)  # anything the engine started and left behind
    _collect(run_dir, run, on_stage)
    run.exit_code = process.returncode
    run.log = _tail(stderr_path)
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(stdout_path.read_text(encoding="utf-8"))
        run.result = data if isinstance(data, dict) else None
    return run


def _collect(run_dir: Path, run: EngineRun,
             on_stage: Callable[[str, datetime, dict[str, Any]], None]) -> None:
    for file_name, stage in ENGINE_STAGES:
        if stage in run.seen:
            continue
        path = run_dir / f"{file_name}.json"
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            finished = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except (OSError, ValueError):
            continue  # not there yet, or still being written
        run.seen[stage] = finished
        result = record.get("result") if isinstance(record, dict) else None
        on_stage(stage, finished, result if isinstance(result, dict) else {"items": result})


def _tail(path: Path, limit: int = 8000) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        return ""
    return data[-limit:].decode("utf-8", "replace")
