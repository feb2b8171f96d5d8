"""The pure domain model that the SDK, the server, the repair pipeline and the guides share.

Nothing here imports anything outside the standard library, so the SDK (which must stay
dependency-free) can use it as freely as the server does.
"""

from bugstack.domain.crash_site import CrashSite, LocatedFrame
from bugstack.domain.event import ErrorEvent, ExceptionRecord, Frame, RequestInfo
from bugstack.domain.fingerprint import fingerprint_event
from bugstack.domain.fix import FixProposal, FixStatus, SuiteCounts
from bugstack.domain.issue import IssueStatus
from bugstack.domain.keys import ApiKey, InvalidKeyError

__all__ = [
    "ApiKey",
    "CrashSite",
    "ErrorEvent",
    "ExceptionRecord",
    "FixProposal",
    "FixStatus",
    "Frame",
    "InvalidKeyError",
    "IssueStatus",
    "LocatedFrame",
    "RequestInfo",
    "SuiteCounts",
    "fingerprint_event",
]
