"""Run the app's code in a subprocess that cannot hurt the machine it runs on.

What every run gets, and why:

* a wall-clock limit; on expiry the whole process group is killed, so a test that forks
  a server or a worker does not outlive the run;
* CPU-time and address-space limits (``RLIMIT_CPU``, ``RLIMIT_AS``) so a runaway loop or
  allocation fails inside the child instead of starving the host;
* an environment built from nothing but ``PATH``, ``LANG`` and a fresh ``HOME``/``TMPDIR``
  in a temporary directory removed afterwards: the server's secrets are never inherited;
* no network when the platform lets an unprivileged user create a network namespace
  (``unshare -rn``); :func:`network_isolation_available` says whether it does here.
"""

from __future__ import annotations

import contextlib
import functools
import os
import resource
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "SandboxLimits",
    "SandboxResult",
    "network_isolation_available",
    "run_sandboxed",
]

#: Environment variables passed through; everything else (tokens, keys, URLs) is dropped.
_KEPT_VARIABLES = ("PATH", "LANG", "LC_ALL", "TZ")


@dataclass(frozen=True, slots=True)
class SandboxLimits:
    timeout: float = 120.0
    cpu_seconds: int = 300
    memory_bytes: int = 2 * 1024**3
    network: bool = False


@dataclass(frozen=True, slots=True)
class SandboxResult:
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool
    seconds: float
    isolated_network: bool = field(default=False)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


@functools.cache
def network_isolation_available() -> bool:
    """Whether ``unshare -rn`` works for this user (it needs unprivileged user namespaces)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    try:
        probe = subprocess.run(
            [unshare, "-rn", "true"], capture_output=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def _limit_child(limits: SandboxLimits) -> None:
    """Runs in the child between fork and exec: a new session, then the rlimits."""
    os.setsid()
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _clean_environment(home: Path, extra: Mapping[str, str]) -> dict[str, str]:
    env = {name: os.environ[name] for name in _KEPT_VARIABLES if name in os.environ}
    env.setdefault("PATH", os.defpath)
    env.setdefault("LANG", "C.UTF-8")
    env.update(
        HOME=str(home),
        TMPDIR=str(home),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONHASHSEED="0",
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def run_sandboxed(
    command: Sequence[str],
    cwd: Path,
    limits: SandboxLimits | None = None,
    env: Mapping[str, str] | None = None,
    cancel: threading.Event | None = None,
) -> SandboxResult:
    """Run ``command`` in ``cwd`` under ``limits``; never raises for the child's failures.

    Setting ``cancel`` stops the run early (its process group is killed), as a timeout does.
    """
    limits = limits or SandboxLimits()
    argv = list(command)
    isolated = False
    if not limits.network and network_isolation_available():
        argv = ["unshare", "-rn", *argv]
        isolated = True
    home = Path(tempfile.mkdtemp(prefix="bugstack-sandbox-"))
    started = time.monotonic()
    try:
        try:
            process = subprocess.Popen(
                argv,
                cwd=cwd,
                env=_clean_environment(home, env or {}),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                preexec_fn=functools.partial(_limit_child, limits),
            )
        except OSError as exc:
            return SandboxResult(127, "", f"cannot start {argv[0]}: {exc}", False, 0.0, isolated)
        timed_out = False
        deadline = started + limits.timeout
        while True:
            try:
                out, err = process.communicate(timeout=0.25 if cancel else limits.timeout)
            except subprocess.TimeoutExpired:
                if time.monotonic() < deadline and not (cancel and cancel.is_set()):
                    continue
                timed_out = True
                _kill_group(process)
                out, err = process.communicate()
            else:
                # Children left behind by a test (a server it forgot to stop) go as well.
                _kill_group(process)
            break
        return SandboxResult(
            returncode=process.returncode if not timed_out else -signal.SIGKILL,
            stdout=out.decode("utf-8", "replace"),
            stderr=err.decode("utf-8", "replace"),
            timed_out=timed_out,
            seconds=time.monotonic() - started,
            isolated_network=isolated,
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
