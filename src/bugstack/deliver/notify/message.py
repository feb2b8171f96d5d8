"""What a notification says, independent of the channel that carries it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["ChannelResult", "Notification", "NotificationKind"]


class NotificationKind(StrEnum):
    NEW_ISSUE = "new_issue"
    FIX_PROPOSED = "fix_proposed"
    FIX_FAILED = "fix_failed"
    MERGED = "merged"
    REGRESSED = "regressed"
    #: Sent by the "test" button or command, to check a channel's settings.
    TEST = "test"


_HEADLINES = {
    NotificationKind.NEW_ISSUE: "New issue",
    NotificationKind.FIX_PROPOSED: "Fix proposed",
    NotificationKind.FIX_FAILED: "No fix",
    NotificationKind.MERGED: "Fix merged",
    NotificationKind.REGRESSED: "Regressed",
    NotificationKind.TEST: "Test notification",
}


@dataclass(frozen=True, slots=True)
class Notification:
    kind: NotificationKind
    project: str
    title: str
    summary: str = ""
    #: The issue (or pull request) a person should open.
    link: str | None = None
    issue_id: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    timestamp: float = field(default_factory=time.time)

    @property
    def headline(self) -> str:
        return f"[{self.project}] {_HEADLINES[self.kind]}: {self.title}"

    def to_json(self) -> dict[str, Any]:
        return {
            "event": str(self.kind), "project": self.project, "title": self.title,
            "summary": self.summary, "link": self.link, "issue_id": self.issue_id,
            "details": self.details, "timestamp": round(self.timestamp, 3),
        }

    def as_text(self) -> str:
        lines = [self.headline]
        if self.summary:
            lines += ["", self.summary]
        if self.link:
            lines += ["", self.link]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class ChannelResult:
    channel: str
    ok: bool
    error: str | None = None
