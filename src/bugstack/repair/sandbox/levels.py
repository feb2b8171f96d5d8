"""Which isolation this machine allows, found once by trying it.

``BUGSTACK_SANDBOX_ISOLATION`` (``bwrap``, ``network`` or ``limits``) caps the level: an
operator may lower it (to work around a broken bubblewrap, or to try the fallbacks), never
raise it above what the probes found.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

from bugstack.repair.sandbox.model import Isolation

__all__ = ["CAP_VARIABLE", "SANDBOX_UID_BASE", "isolation_level", "network_isolation_available",
           "running_as_root"]

CAP_VARIABLE = "BUGSTACK_SANDBOX_ISOLATION"
#: Runs as root get a uid of their own from [base, base + 2**16): no account has one, so
#: the code owns nothing on the host but its workspace.
SANDBOX_UID_BASE = 0x5B000000


def running_as_root() -> bool:
    return os.geteuid() == 0


def _works(argv: list[str]) -> bool:
    try:
        probe = subprocess.run(argv, capture_output=True, timeout=20, check=False,
                               stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


@functools.cache
def _bwrap_works() -> bool:
    bwrap, setpriv = shutil.which("bwrap"), shutil.which("setpriv")
    if bwrap is None:
        return False
    argv = [bwrap, "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev",
            "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
            "--die-with-parent", "--new-session"]
    if running_as_root():
        # As root the code must also give up root: setpriv does it inside the namespaces.
        if setpriv is None:
            return False
        uid = str(SANDBOX_UID_BASE)
        return _works([*argv, setpriv, f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                       "--inh-caps=-all", "--bounding-set=-all", "--", "true"])
    return _works([*argv[:1], "--unshare-user", *argv[1:], "true"])


@functools.cache
def _unshare_works() -> bool:
    unshare = shutil.which("unshare")
    return unshare is not None and _works([unshare, "-rn", "true"])


def isolation_level() -> Isolation:
    """The strongest isolation that works here, within the operator's cap."""
    cap_name = os.environ.get(CAP_VARIABLE, "").strip().lower()
    cap = Isolation(cap_name) if cap_name in Isolation.__members__.values() else Isolation.BWRAP
    if cap.rank >= Isolation.BWRAP.rank and _bwrap_works():
        return Isolation.BWRAP
    if cap.rank >= Isolation.NETWORK.rank and _unshare_works():
        return Isolation.NETWORK
    return Isolation.LIMITS


def network_isolation_available() -> bool:
    """Whether runs that are not allowed the network get none."""
    return isolation_level() is not Isolation.LIMITS
