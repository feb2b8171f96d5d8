"""The bugstack SDK: lean error capture that the fix engine can replay.

Standard library only. ``bugstack.init`` and friends are re-exported from here; the
integrations live in ``bugstack.sdk.integrations`` (one module each).
"""

from bugstack.sdk.client import (
    VERSION,
    Client,
    capture_exception,
    close,
    flush,
    get_client,
    init,
    stats,
)
from bugstack.sdk.options import Options
from bugstack.sdk.scrub import Scrubber

__all__ = [
    "VERSION",
    "Client",
    "Options",
    "Scrubber",
    "capture_exception",
    "close",
    "flush",
    "get_client",
    "init",
    "stats",
]
