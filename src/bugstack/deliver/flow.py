"""From a fix proposal to a merged (or honestly abandoned) pull request.

:func:`deliver_fix` pushes the branch and opens the pull request. :func:`advance` moves a
delivery one step on, given what the forge now says about its checks: it merges under the
``auto-merge`` policy, asks the pipeline for one more attempt when CI fails, and gives up
(and says so on the pull request) when the second attempt fails too. :func:`follow_checks`
polls the forge and calls :func:`advance` until there is nothing left to wait for; a
server that receives the forge's webhooks calls :func:`advance` itself instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from bugstack.deliver.branch import write_fix_branch
from bugstack.deliver.forge import (
    ChecksReport,
    CheckState,
    Forge,
    ForgeError,
    PullRequest,
    PullRequestSpec,
)
from bugstack.deliver.model import Delivery, DeliveryError, DeliveryState, DeliveryTarget, IssueRef
from bugstack.deliver.policy import merge_decision
from bugstack.deliver.render import commit_message, pull_request_body, pull_request_title
from bugstack.domain import FixProposal, FixStatus

__all__ = [
    "MAX_ATTEMPTS",
    "Polling",
    "RetryHook",
    "advance",
    "announce_regression",
    "deliver_fix",
    "follow_checks",
]

#: The first attempt and one more, made knowing what CI said; then a person takes over.
MAX_ATTEMPTS = 2

#: Given the proposal CI rejected and the failing checks' output, the pipeline re-runs the
#: fix engine and returns its new proposal (``None`` when it has nothing better).
RetryHook = Callable[[FixProposal, str], FixProposal | None]

_DELIVERABLE = (FixStatus.FIXED, FixStatus.UNVERIFIED)
_TERMINAL = (DeliveryState.MERGED, DeliveryState.GAVE_UP, DeliveryState.AWAITING_REVIEW,
             DeliveryState.PUSHED)


def deliver_fix(
    proposal: FixProposal,
    target: DeliveryTarget,
    issue: IssueRef,
    forge: Forge | None,
    *,
    guide_url: str | None = None,
) -> Delivery:
    """Push the fix branch and, when there is a forge, open its pull request.

    An ``unverified`` proposal goes out as a draft; one that fixed nothing is refused.
    """
    if proposal.status not in _DELIVERABLE:
        raise DeliveryError(f"a {proposal.status} result has no fix to deliver")
    # ``reuse``: a delivery that pushed this fix and stopped before its pull request (the
    # forge was down) picks up from the branch instead of failing on "nothing to change".
    fix = write_fix_branch(target, issue, proposal, commit_message(issue, proposal),
                           reuse=True)
    delivery = Delivery(branch=fix.branch, commit=fix.commit, state=DeliveryState.PUSHED)
    where = "pushed" if fix.pushed else "created in the local repository only"
    if forge is None:
        delivery.notes.append(f"no forge: the branch was {where}, and that is all")
        return delivery
    if not fix.pushed:
        delivery.notes.append(f"the branch was {where}: no remote to open a pull request from")
        return delivery
    pull = forge.open_pull_request(PullRequestSpec(
        branch=fix.branch, base=target.default_branch,
        title=pull_request_title(issue, proposal),
        body=pull_request_body(issue, proposal, guide_url=guide_url),
        labels=target.labels, draft=proposal.status is not FixStatus.FIXED,
    ))
    delivery.pr_number, delivery.pr_url = pull.number, pull.url
    delivery.state = DeliveryState.OPEN
    return delivery


def _settled_by_someone(delivery: Delivery, pull: PullRequest) -> bool:
    """Whether a person merged or closed the pull request meanwhile (recorded if so)."""
    if pull.state == "open":
        return False
    delivery.state = (DeliveryState.MERGED if pull.state == "merged"
                      else DeliveryState.AWAITING_REVIEW)
    delivery.notes.append(f"the pull request was {pull.state} by someone else")
    return True


def _give_up(delivery: Delivery, forge: Forge, why: str) -> None:
    delivery.state = DeliveryState.GAVE_UP
    delivery.notes.append(why)
    assert delivery.pr_number is not None
    forge.comment(delivery.pr_number, f"bugstack stops here: {why}. A person needs to look.")


def advance(
    delivery: Delivery,
    proposal: FixProposal,
    report: ChecksReport,
    *,
    target: DeliveryTarget,
    issue: IssueRef,
    forge: Forge,
    retry: RetryHook | None = None,
    guide_url: str | None = None,
) -> tuple[Delivery, FixProposal]:
    """One step on from ``report`` (the forge's checks for ``delivery.commit``).

    Returns the delivery (updated in place) and the proposal now on the branch, which is
    a new one after a retry.
    """
    if delivery.state in _TERMINAL or delivery.pr_number is None:
        return delivery, proposal
    if report.sha != delivery.commit:
        return delivery, proposal  # news about an older commit of the branch
    state = report.state
    if state in (CheckState.PENDING, CheckState.NONE):
        delivery.state = DeliveryState.CHECKS_PENDING
        return delivery, proposal
    if state is CheckState.SUCCESS:
        delivery.state = DeliveryState.CHECKS_PASSED
        decision = merge_decision(target.merge_policy, proposal, report)
        if not decision.merge:
            delivery.state = DeliveryState.AWAITING_REVIEW
            delivery.notes.append(f"left for review: {decision.reason}")
            return delivery, proposal
        pull = forge.get_pull_request(delivery.pr_number)
        if _settled_by_someone(delivery, pull):
            return delivery, proposal
        try:
            delivery.merge_commit = forge.merge(pull, delivery.commit)
        except ForgeError as exc:  # branch protection, a review required, head moved
            delivery.state = DeliveryState.AWAITING_REVIEW
            delivery.notes.append(f"the forge did not merge: {exc}")
            return delivery, proposal
        delivery.state = DeliveryState.MERGED
        delivery.notes.append(f"merged: {decision.reason}")
        return delivery, proposal
    # CI failed.
    if _settled_by_someone(delivery, forge.get_pull_request(delivery.pr_number)):
        return delivery, proposal  # no second attempt on a pull request a person closed
    delivery.failure_output = report.failure_output()
    failing = ", ".join(c.name for c in report.failing)
    if delivery.attempts >= MAX_ATTEMPTS:
        _give_up(delivery, forge, f"CI failed again on attempt {delivery.attempts} ({failing})")
        return delivery, proposal
    if retry is None:
        _give_up(delivery, forge, f"CI failed ({failing}) and no retry is configured")
        return delivery, proposal
    forge.comment(delivery.pr_number,
                  f"CI failed ({failing}). bugstack is making one more attempt knowing why.")
    second = retry(proposal, delivery.failure_output)
    if second is None or second.status is not FixStatus.FIXED:
        status = second.status if second is not None else "no result"
        _give_up(delivery, forge, f"CI failed ({failing}) and the second attempt gave {status}")
        return delivery, proposal
    attempt = delivery.attempts + 1
    fix = write_fix_branch(target, issue, second, commit_message(issue, second, attempt),
                           branch=delivery.branch)
    # Recorded before the next forge call, so a rate limit there cannot leave the delivery
    # waiting for checks on a commit that is no longer the branch's head.
    delivery.commit, delivery.attempts = fix.commit, attempt
    delivery.state = DeliveryState.CHECKS_PENDING
    delivery.notes.append(f"attempt {attempt} pushed as {fix.commit[:12]} after CI failed")
    forge.update_body(delivery.pr_number, pull_request_body(
        issue, second, guide_url=guide_url, attempt=attempt,
        previous_failure=delivery.failure_output,
    ))
    return delivery, second


@dataclass(frozen=True, slots=True)
class Polling:
    interval: float = 30.0
    #: How long to wait for one commit's checks to finish before leaving it to webhooks.
    timeout: float = 3600.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic


def follow_checks(
    delivery: Delivery,
    proposal: FixProposal,
    *,
    target: DeliveryTarget,
    issue: IssueRef,
    forge: Forge,
    retry: RetryHook | None = None,
    polling: Polling | None = None,
    guide_url: str | None = None,
) -> tuple[Delivery, FixProposal]:
    """Poll the forge's checks and advance the delivery until nothing is left to wait for."""
    polling = polling or Polling()
    deadline = polling.clock() + polling.timeout
    while delivery.pr_number is not None and delivery.state not in _TERMINAL:
        before = delivery.commit
        report = forge.checks(delivery.commit)
        delivery, proposal = advance(delivery, proposal, report, target=target, issue=issue,
                                     forge=forge, retry=retry, guide_url=guide_url)
        if delivery.commit != before:
            deadline = polling.clock() + polling.timeout  # a new attempt gets its own wait
            continue
        if delivery.state in _TERMINAL:
            break
        if polling.clock() >= deadline:
            delivery.notes.append("checks still running when polling stopped")
            break
        polling.sleep(polling.interval)
    return delivery, proposal


def announce_regression(forge: Forge, delivery: Delivery, release: str, link: str | None) -> None:
    """Say on the merged pull request that its error came back from a release with the fix."""
    if delivery.pr_number is None:
        return
    where = f" See {link}." if link else ""
    forge.comment(delivery.pr_number, f"The error came back in release `{release}`, which "
                  f"contains this fix: bugstack reopened the issue as regressed.{where}")
