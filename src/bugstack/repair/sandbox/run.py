"""Run the app's code in a subprocess that cannot hurt the machine it runs on.

What every run gets, and why:

* a wall-clock limit; on expiry the whole process group is killed (at the ``bwrap`` level
  the whole PID namespace dies with it), so a test that forks a server or a worker, or
  even one that calls ``setsid`` to leave the group, does not outlive the run;
* CPU-time, address-space, file-size and process-count limits (``RLIMIT_CPU``,
  ``RLIMIT_AS``, ``RLIMIT_FSIZE``, ``RLIMIT_NPROC``) so a runaway loop, allocation, file or
  fork bomb fails inside the child instead of starving the host;
* a watch on the free space of the workspace's file system: a run that shrinks it by more
  than ``disk_bytes`` (many files, each under the size limit) is killed;
* an environment built from nothing but ``PATH``, ``LANG`` and a fresh ``HOME``/``TMPDIR``:
  the server's secrets are never inherited;
* the strongest isolation the platform allows (:class:`Isolation`): at best bubblewrap
  namespaces where only the system, the interpreter and the workspace are visible, as a
  uid of its own when the server is root; see ``docs/sandbox.md``.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import resource
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from bugstack.repair.sandbox.cgroup import MemoryGroup, memory_group
from bugstack.repair.sandbox.levels import SANDBOX_UID_BASE, isolation_level, running_as_root
from bugstack.repair.sandbox.model import Isolation, SandboxLimits, SandboxResult
from bugstack.repair.sandbox.mounts import (
    SANDBOX_HOME,
    MountPlan,
    hide_again,
    show_inside,
    shown_inside,
)
from bugstack.repair.sandbox.ownership import give_back, lend, refuse_shared

__all__ = ["run_sandboxed"]

#: Environment variables passed through; everything else (tokens, keys, URLs) is dropped.
_KEPT_VARIABLES = ("PATH", "LANG", "LC_ALL", "TZ")
_POLL_SECONDS = 0.25


def _count_processes(uid: int) -> int:
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                count += entry.stat().st_uid == uid
    return count


def _process_cap(limits: SandboxLimits, isolation: Isolation) -> int:
    """``RLIMIT_NPROC`` counts every process of the uid (in its user namespace): a run
    that shares the server's uid outside a namespace gets the budget on top of what the
    user already runs, or it could not even start."""
    if isolation is Isolation.LIMITS and not running_as_root():
        return _count_processes(os.getuid()) + limits.max_processes
    return limits.max_processes


def _limit_child(limits: SandboxLimits, max_processes: int, group: MemoryGroup | None) -> None:
    """Runs in the child between fork and exec: a new session, the memory group, then the
    rlimits."""
    os.setsid()
    if group is not None:
        group.enter()
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_bytes, limits.file_bytes))
    resource.setrlimit(resource.RLIMIT_NPROC, (max_processes, max_processes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _clean_environment(home: str, tmp: str, extra: Mapping[str, str]) -> dict[str, str]:
    env = {name: os.environ[name] for name in _KEPT_VARIABLES if name in os.environ}
    env.setdefault("PATH", os.defpath)
    env.setdefault("LANG", "C.UTF-8")
    env.update(
        HOME=home,
        TMPDIR=tmp,
        USER="sandbox",
        LOGNAME="sandbox",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONHASHSEED="0",
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def _free_bytes(path: Path) -> int:
    try:
        found = os.statvfs(path)
    except OSError:  # no such workspace: the run fails to start, nothing to watch
        return 0
    return found.f_bavail * found.f_frsize


def _wait(process: subprocess.Popen[bytes], limits: SandboxLimits, started: float,
          workspace: Path, cancel: threading.Event | None) -> tuple[bytes, bytes, str]:
    """Wait for the run to end, or stop it; returns its output and why it was stopped."""
    deadline = started + limits.timeout
    free_at_start = _free_bytes(workspace)
    while True:
        try:
            out, err = process.communicate(timeout=_POLL_SECONDS)
        except subprocess.TimeoutExpired:
            stopped = ""
            if time.monotonic() >= deadline:
                stopped = "timeout"
            elif cancel is not None and cancel.is_set():
                stopped = "cancelled"
            elif free_at_start - _free_bytes(workspace) > limits.disk_bytes:
                stopped = "disk"
            if not stopped:
                continue
            _kill_group(process)
            out, err = process.communicate()
            return out, err, stopped
        # Children left behind by a test (a server it forgot to stop) go as well.
        _kill_group(process)
        return out, err, ""


def _plan_bwrap(argv: list[str], cwd: Path, limits: SandboxLimits, env: dict[str, str],
                readable: Sequence[Path], writable: Sequence[Path],
                programs: Sequence[str], inside: Mapping[str, Path],
                ) -> tuple[MountPlan, list[str]]:
    # Resolved here: inside, only the directories of the program found here are mounted.
    program = shutil.which(argv[0], path=env["PATH"]) if "/" not in argv[0] else argv[0]
    command = [os.path.abspath(program or argv[0]), *argv[1:]]
    uid = SANDBOX_UID_BASE + random.randrange(2**16) if running_as_root() else None
    plan = MountPlan(limits=limits, workspace=cwd, uid=uid,
                     readable=[p.resolve() for p in readable],
                     writable=[p.resolve() for p in writable],
                     programs=[os.path.abspath(p) for p in programs],
                     inside={rel: source.resolve() for rel, source in inside.items()})
    bwrap = shutil.which("bwrap") or "bwrap"
    return plan, plan.argv(command, bwrap, shutil.which("setpriv"))


def run_sandboxed(
    command: Sequence[str],
    cwd: Path,
    limits: SandboxLimits | None = None,
    env: Mapping[str, str] | None = None,
    cancel: threading.Event | None = None,
    *,
    readable: Sequence[Path] = (),
    writable: Sequence[Path] = (),
    programs: Sequence[str] = (),
    inside: Mapping[str, Path] = MappingProxyType({}),
) -> SandboxResult:
    """Run ``command`` in the workspace ``cwd`` under ``limits``; never raises for the
    child's failures.

    ``readable`` and ``writable`` are directories outside ``cwd`` the run needs (a probe
    script, a test report); at the ``bwrap`` level nothing else outside ``cwd`` exists.
    ``cwd`` and those directories are owned by the run's uid while it runs, and afterwards
    cleared of links leading out of them before the server gets them back, so two runs
    must not share a directory at the same time (the engine's never do: the baseline runs
    in a pristine copy).
    ``programs`` are interpreters the command runs besides its own program (a Python named
    by path in a Makefile): their environments are shown read-only, never lent. ``inside`` shows
    read-only directories at a relative path in ``cwd`` (the repository's own virtual
    environment, which the workspace copy leaves out); below ``bwrap`` it is a link there
    for the run.
    A shared ``cwd`` (``/``, a sticky directory like ``/tmp``) raises ValueError.
    Setting ``cancel`` stops the run early (its process group is killed), as a timeout does.
    """
    limits = limits or SandboxLimits()
    cwd = cwd.resolve()
    lent = [cwd, *(p.resolve() for p in (*readable, *writable))]
    refuse_shared(lent)
    isolation = isolation_level()
    inside = shown_inside(cwd, inside)
    argv = list(command)
    scratch = Path(tempfile.mkdtemp(prefix="bugstack-sandbox-"))
    plan: MountPlan | None = None
    if isolation is Isolation.BWRAP:
        env_used = _clean_environment(SANDBOX_HOME, "/tmp", env or {})
        if shutil.which(argv[0], path=env_used["PATH"]) is None:
            shutil.rmtree(scratch, ignore_errors=True)
            return SandboxResult(127, "", f"cannot start {argv[0]}: not found", False, 0.0,
                                 not limits.network, isolation)
        plan, argv = _plan_bwrap(argv, cwd, limits, env_used, readable, writable, programs,
                                 inside)
        if plan.uid is not None:
            lend(lent, plan.uid)
    else:
        env_used = _clean_environment(str(scratch), str(scratch), env or {})
        if isolation is Isolation.NETWORK and not limits.network:
            argv = ["unshare", "-rn", *argv]
    isolated_network = isolation is not Isolation.LIMITS and not limits.network
    shown = show_inside(cwd, inside, as_links=isolation is not Isolation.BWRAP)
    group = memory_group(limits.total_memory_bytes)
    started = time.monotonic()
    try:
        try:
            process = subprocess.Popen(
                argv, cwd=cwd, env=env_used, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                pass_fds=tuple(plan.fds) if plan else (),
                preexec_fn=functools.partial(_limit_child, limits,
                                             _process_cap(limits, isolation), group),
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return SandboxResult(127, "", f"cannot start {argv[0]}: {exc}", False, 0.0,
                                 isolated_network, isolation)
        finally:
            if plan is not None:
                plan.close()
        out, err, stopped = _wait(process, limits, started, cwd, cancel)
        timed_out = stopped in ("timeout", "cancelled")
        return SandboxResult(
            returncode=-signal.SIGKILL if stopped else process.returncode,
            stdout=out.decode("utf-8", "replace"),
            stderr=err.decode("utf-8", "replace"),
            timed_out=timed_out,
            seconds=time.monotonic() - started,
            isolated_network=isolated_network,
            isolation=isolation,
            stopped=stopped,
            memory_capped=group is not None,
        )
    finally:
        if group is not None:
            group.remove()
        hide_again(shown)
        give_back(lent)
        shutil.rmtree(scratch, ignore_errors=True)
