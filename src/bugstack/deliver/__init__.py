"""Delivery of verified fixes: a branch, a pull request on the project's forge, CI follow-up,
merge policy, recurrence watch and notifications.

The package is independent of the server's storage: it takes typed inputs
(:class:`DeliveryTarget`, :class:`IssueRef`, a ``FixProposal``) and returns a
:class:`Delivery` for the caller to record.
"""

from bugstack.deliver.branch import BRANCH_PREFIX, FixBranch, branch_name, write_fix_branch
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
from bugstack.deliver.render import commit_message, pull_request_body, pull_request_title

__all__ = [
    "BRANCH_PREFIX",
    "BotIdentity",
    "Credentials",
    "Delivery",
    "DeliveryError",
    "DeliveryState",
    "DeliveryTarget",
    "FixBranch",
    "ForgeKind",
    "IssueRef",
    "MergePolicy",
    "branch_name",
    "commit_message",
    "pull_request_body",
    "pull_request_title",
    "write_fix_branch",
]
