"""Delivery of verified fixes: a branch, a pull request on the project's forge, CI follow-up,
merge policy, recurrence watch and notifications.

The package is independent of the server's storage: it takes typed inputs
(:class:`DeliveryTarget`, :class:`IssueRef`, a ``FixProposal``) and returns a
:class:`Delivery` for the caller to record. See ``docs/delivery.md``.
"""

from bugstack.deliver.branch import BRANCH_PREFIX, FixBranch, branch_name, write_fix_branch
from bugstack.deliver.flow import (
    MAX_ATTEMPTS,
    Polling,
    RetryHook,
    advance,
    announce_regression,
    deliver_fix,
    follow_checks,
)
from bugstack.deliver.forge import (
    CheckResult,
    ChecksReport,
    CheckState,
    Forge,
    ForgeAuthError,
    ForgeConflict,
    ForgeError,
    ForgeNotFound,
    ForgeRateLimited,
    PullRequest,
    PullRequestSpec,
)
from bugstack.deliver.forges import forge_for
from bugstack.deliver.model import (
    BotIdentity,
    Credentials,
    Delivery,
    DeliveryError,
    DeliveryState,
    DeliveryTarget,
    ForgeKind,
    IssueRef,
    MergePolicy,
)
from bugstack.deliver.policy import MergeDecision, merge_decision
from bugstack.deliver.recurrence import (
    Recurrence,
    first_release_with_fix,
    recurrence_of,
    release_contains,
    resolution_due,
)
from bugstack.deliver.render import commit_message, pull_request_body, pull_request_title
from bugstack.deliver.webhooks import CiSignal, parse_ci_webhook, verify_webhook

__all__ = [
    "BRANCH_PREFIX",
    "MAX_ATTEMPTS",
    "BotIdentity",
    "CheckResult",
    "CheckState",
    "ChecksReport",
    "CiSignal",
    "Credentials",
    "Delivery",
    "DeliveryError",
    "DeliveryState",
    "DeliveryTarget",
    "FixBranch",
    "Forge",
    "ForgeAuthError",
    "ForgeConflict",
    "ForgeError",
    "ForgeKind",
    "ForgeNotFound",
    "ForgeRateLimited",
    "IssueRef",
    "MergeDecision",
    "MergePolicy",
    "Polling",
    "PullRequest",
    "PullRequestSpec",
    "Recurrence",
    "RetryHook",
    "advance",
    "announce_regression",
    "branch_name",
    "commit_message",
    "deliver_fix",
    "first_release_with_fix",
    "follow_checks",
    "forge_for",
    "merge_decision",
    "parse_ci_webhook",
    "pull_request_body",
    "pull_request_title",
    "recurrence_of",
    "release_contains",
    "resolution_due",
    "verify_webhook",
    "write_fix_branch",
]
