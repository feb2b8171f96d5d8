"""Outcomes of the fix engine, shared by the repair pipeline, delivery and the server."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["FixProposal", "FixStatus", "SuiteCounts"]


class FixStatus(StrEnum):
    #: A candidate made the reproduction pass and the app's suite showed no new failure.
    FIXED = "fixed"
    #: A candidate looked right but could not be verified; never delivered as a fix.
    UNVERIFIED = "unverified"
    #: The error was reproduced but no candidate held.
    NOT_FIXED = "not_fixed"
    #: The error could not be reproduced, so nothing could be verified.
    NOT_REPRODUCED = "not_reproduced"


@dataclass(frozen=True, slots=True)
class SuiteCounts:
    passed: int
    failed: int
    errors: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class FixProposal:
    """What the fix engine hands to delivery, and what ``bugstack fix --json`` prints."""

    status: FixStatus
    #: Unified diff of the fix alone, relative to the repository root (``a/`` and ``b/``).
    patch: str
    #: Repository-relative path of the regression test, and its whole content.
    regression_test_path: str | None
    regression_test: str | None
    explanation: str
    strategy: str | None
    #: Id of the error guide whose recipe produced the fix, if one did.
    guide_id: str | None = None
    #: Whether the recipe is marked safe for auto-merge (a guide's "fix safety").
    safe: bool = False
    #: The commit the fix was made against.
    base_commit: str | None = None
    checks: dict[str, Any] = field(default_factory=dict)
    candidates_tried: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "status": str(self.status),
            "patch": self.patch,
            "regression_test": (
                {"path": self.regression_test_path, "content": self.regression_test}
                if self.regression_test_path
                else None
            ),
            "explanation": self.explanation,
            "strategy": self.strategy,
            "guide_id": self.guide_id,
            "safe": self.safe,
            "base_commit": self.base_commit,
            "checks": self.checks,
            "candidates_tried": self.candidates_tried,
            "seconds": round(self.seconds, 3),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FixProposal:
        test = data.get("regression_test") or {}
        return cls(
            status=FixStatus(data["status"]),
            patch=data.get("patch") or "",
            regression_test_path=test.get("path"),
            regression_test=test.get("content"),
            explanation=data.get("explanation") or "",
            strategy=data.get("strategy"),
            guide_id=data.get("guide_id"),
            safe=bool(data.get("safe")),
            base_commit=data.get("base_commit"),
            checks=dict(data.get("checks") or {}),
            candidates_tried=int(data.get("candidates_tried") or 0),
            seconds=float(data.get("seconds") or 0.0),
        )
