"""A memory cgroup per run: one ceiling for all of the run's processes together.

``RLIMIT_AS`` bounds each process; a run of many processes (a fork bomb that allocates,
``multiprocessing``) could still take the host's memory, its private ``/tmp`` (a tmpfs)
included. Where the server may create cgroups (root, with the cgroup v1 memory hierarchy
or a v2 hierarchy that delegates the memory controller), each run gets a group of its own
with ``total_memory_bytes``; the kernel's OOM killer then picks a victim inside the group,
never outside. The child joins the group between fork and exec, before it can fork.
Elsewhere :func:`memory_group` gives None and the run goes without.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from bugstack.repair.sandbox.levels import running_as_root

__all__ = ["MemoryGroup", "memory_group"]

_V1 = Path("/sys/fs/cgroup/memory")
_V2 = Path("/sys/fs/cgroup")
_PARENT = "bugstack-sandbox"


@dataclass(frozen=True, slots=True)
class MemoryGroup:
    path: Path

    def enter(self) -> None:
        """Runs in the child between fork and exec: plain system calls only."""
        fd = os.open(self.path / "cgroup.procs", os.O_WRONLY)
        try:
            os.write(fd, str(os.getpid()).encode())
        finally:
            os.close(fd)

    def remove(self, wait: float = 5.0) -> None:
        """Remove the group once its processes are gone (a dying namespace takes a moment)."""
        deadline = time.monotonic() + wait
        while True:
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                if time.monotonic() > deadline:
                    return  # an empty group left behind costs nothing; it is not reused
                time.sleep(0.05)


def _hierarchy() -> tuple[Path, str] | None:
    """Where to make groups, and the file that sets their limit."""
    if (_V1 / "memory.limit_in_bytes").is_file():
        return _V1, "memory.limit_in_bytes"
    with contextlib.suppress(OSError):
        if "memory" in (_V2 / "cgroup.subtree_control").read_text().split():
            return _V2, "memory.max"
    return None


def memory_group(limit_bytes: int) -> MemoryGroup | None:
    """A new group capped at ``limit_bytes``, or None where groups cannot be made."""
    if not running_as_root():
        return None
    found = _hierarchy()
    if found is None:
        return None
    root, limit_file = found
    path = root / _PARENT / f"run-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        path.parent.mkdir(exist_ok=True)
        if limit_file == "memory.max":  # v2: the parent must delegate the controller
            (path.parent / "cgroup.subtree_control").write_text("+memory")
        path.mkdir()
        (path / limit_file).write_text(str(limit_bytes))
    except OSError:
        with contextlib.suppress(OSError):
            path.rmdir()
        return None
    return MemoryGroup(path)
