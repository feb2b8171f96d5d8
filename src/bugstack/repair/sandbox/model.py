"""What a sandboxed run is allowed, how well it could be isolated, and what came of it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Isolation", "SandboxLimits", "SandboxResult"]

_MIB = 1024**2


class Isolation(enum.StrEnum):
    """How strongly a run is isolated; the strongest the platform allows is used.

    * ``bwrap``: bubblewrap puts the run in new mount, PID, IPC, UTS and (unless the run
      may use the network) network namespaces. Only the system directories, the
      interpreter's environment and the workspace are visible; the workspace alone is
      writable, with a size-limited private ``/tmp``. When the server runs as root the
      code runs as a dedicated unprivileged uid, so ``RLIMIT_NPROC`` caps fork bombs.
    * ``network``: ``unshare -rn``: no network, but the code sees and may write whatever
      the server's user may.
    * ``limits``: process limits, a stripped environment and the wall-clock kill only.
    """

    BWRAP = "bwrap"
    NETWORK = "network"
    LIMITS = "limits"

    @property
    def rank(self) -> int:
        return {"limits": 0, "network": 1, "bwrap": 2}[self.value]


@dataclass(frozen=True, slots=True)
class SandboxLimits:
    timeout: float = 120.0
    cpu_seconds: int = 300
    #: Address space of each process (``RLIMIT_AS``).
    memory_bytes: int = 2 * 1024**3
    network: bool = False
    #: Processes and threads of the run's uid (``RLIMIT_NPROC``); caps fork bombs where
    #: the run has a uid of its own (``bwrap`` as root, or a user namespace).
    max_processes: int = 512
    #: The largest file the run may write (``RLIMIT_FSIZE``).
    file_bytes: int = 1024 * _MIB
    #: Size of the private ``/tmp`` (and ``HOME`` in it) at the ``bwrap`` level.
    tmp_bytes: int = 512 * _MIB
    #: How much the free space of the workspace's file system may shrink during the run
    #: before the run is killed (many files, each under ``file_bytes``, fill a disk too).
    disk_bytes: int = 2048 * _MIB
    #: All the run's processes together, where a memory cgroup can be made (see cgroup.py).
    total_memory_bytes: int = 4096 * _MIB


@dataclass(frozen=True, slots=True)
class SandboxResult:
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool
    seconds: float
    isolated_network: bool = False
    isolation: Isolation = Isolation.LIMITS
    #: Why the sandbox killed the run early: ``"timeout"``, ``"cancelled"``, ``"disk"``,
    #: or ``""`` when it ended by itself.
    stopped: str = ""
    #: Whether ``total_memory_bytes`` was enforced by a memory cgroup.
    memory_capped: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out and not self.stopped
