"""The sandbox the app's code and tests run in; see ``docs/sandbox.md``."""

from bugstack.repair.sandbox.levels import isolation_level, network_isolation_available
from bugstack.repair.sandbox.model import Isolation, SandboxLimits, SandboxResult
from bugstack.repair.sandbox.run import run_sandboxed

__all__ = [
    "Isolation",
    "SandboxLimits",
    "SandboxResult",
    "isolation_level",
    "network_isolation_available",
    "run_sandboxed",
]
