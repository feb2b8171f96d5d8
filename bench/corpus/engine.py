"""Running ``bugstack fix`` (or a stand-in speaking its contract) and applying its result."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus.process import run

__all__ = ["EngineRun", "apply_engine_result", "default_engine", "engine_available",
           "last_json_object", "run_engine"]

def default_engine() -> list[str]:
    """``bugstack fix`` from the environment this script runs in."""
    script = Path(sys.executable).parent / "bugstack"
    return [str(script) if script.exists() else "bugstack", "fix"]


def engine_available(engine: Sequence[str]) -> bool:
    try:
        done = run([*engine, "--help"], Path.cwd(), 60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@dataclass(frozen=True, slots=True)
class EngineRun:
    exit_code: int | None
    seconds: float
    payload: dict[str, Any] | None
    error: str | None


def run_engine(
    engine: Sequence[str],
    repo: Path,
    event_path: Path,
    test_command: str,
    extra_args: Sequence[str],
    timeout: float,
) -> EngineRun:
    args = [
        *engine,
        "--repo",
        str(repo),
        "--event",
        str(event_path),
        "--test-command",
        test_command,
        "--json",
        *extra_args,
    ]
    started = time.perf_counter()
    try:
        done = run(args, repo.parent, timeout)
    except subprocess.TimeoutExpired:
        return EngineRun(None, time.perf_counter() - started, None, "engine timed out")
    except OSError as exc:
        return EngineRun(None, time.perf_counter() - started, None, f"cannot start: {exc}")
    seconds = time.perf_counter() - started
    payload = last_json_object(done.stdout)
    error = None
    if payload is None:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        error = f"exit {done.returncode}, no JSON on stdout: {tail}"
    return EngineRun(done.returncode, seconds, payload, error)


def last_json_object(text: str) -> dict[str, Any] | None:
    stripped = text.strip()
    candidates = [stripped] + [line for line in reversed(stripped.splitlines()) if line]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def apply_engine_result(repo: Path, payload: dict[str, Any]) -> str | None:
    """Apply the engine's patch and regression test to ``repo``; a reason if impossible."""
    patch = payload.get("patch")
    if not isinstance(patch, str) or not patch.strip():
        return "claimed fixed with an empty patch"
    patch_file = repo.parent / "engine.patch"
    patch_file.write_text(patch if patch.endswith("\n") else patch + "\n", encoding="utf-8")
    done = run(["git", "apply", "--whitespace=nowarn", str(patch_file)], repo, 60)
    if done.returncode != 0:
        return f"patch does not apply: {done.stderr.strip()[:300]}"
    test = payload.get("regression_test")
    if isinstance(test, dict) and isinstance(test.get("path"), str):
        target = (repo / test["path"]).resolve()
        if not target.is_relative_to(repo.resolve()):
            return f"regression test outside the repository: {test['path']}"
        content = test.get("content")
        if isinstance(content, str):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
    return None
