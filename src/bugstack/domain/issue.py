"""Issue states and the rules that move an issue between them."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["IssueStatus", "status_after_event"]


class IssueStatus(StrEnum):
    UNRESOLVED = "unresolved"
    FIXING = "fixing"
    FIX_PROPOSED = "fix_proposed"
    RESOLVED = "resolved"
    REGRESSED = "regressed"
    IGNORED = "ignored"


def status_after_event(
    current: IssueStatus, release: str | None, releases_seen: frozenset[str]
) -> IssueStatus:
    """The status an issue takes when one more of its events arrives.

    A resolved issue regresses when the error comes back from a release it was not seen in
    before it was resolved, that is from code deployed after the resolution. The same error
    from an old release still running somewhere does not reopen it. An event that names no
    release cannot be placed, and regresses the issue, since hiding a live error is worse
    than a needless reopen.
    """
    if current is not IssueStatus.RESOLVED:
        return current
    if release is None or release not in releases_seen:
        return IssueStatus.REGRESSED
    return current
