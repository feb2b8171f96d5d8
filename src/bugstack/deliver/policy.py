"""The merge policy: when bugstack may merge its own pull request.

``review`` never merges. ``auto-merge`` merges only when all three hold: the fix was
verified by the engine, the recipe that produced it is marked safe, and the forge reports
at least one check and every check green. Anything less leaves the pull request for a
person, with the reason. The merge itself goes through the forge, so branch protection,
required reviews and required checks still apply.
"""

from __future__ import annotations

from dataclasses import dataclass

from bugstack.deliver.forge import ChecksReport, CheckState
from bugstack.deliver.model import MergePolicy
from bugstack.domain import FixProposal, FixStatus

__all__ = ["MergeDecision", "merge_decision"]


@dataclass(frozen=True, slots=True)
class MergeDecision:
    merge: bool
    reason: str


def merge_decision(
    policy: MergePolicy, proposal: FixProposal, report: ChecksReport
) -> MergeDecision:
    if policy is not MergePolicy.AUTO_MERGE:
        return MergeDecision(False, "the project's merge policy is review")
    if proposal.status is not FixStatus.FIXED:
        return MergeDecision(False, f"the fix is {proposal.status}, not verified")
    if not proposal.safe:
        return MergeDecision(False, "the recipe is not marked safe for auto-merge")
    if not report.checks:
        return MergeDecision(False, "the forge reports no CI check to rely on")
    not_green = [c.name for c in report.checks if c.state is not CheckState.SUCCESS]
    if not_green:
        return MergeDecision(False, f"not every check is green: {', '.join(not_green)}")
    return MergeDecision(True, "verified, safe recipe, every check green")
