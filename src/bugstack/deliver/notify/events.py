"""The five notifications delivery sends, built from its own records."""

from __future__ import annotations

from typing import Any

from bugstack.deliver.model import Delivery, IssueRef
from bugstack.deliver.notify.message import Notification, NotificationKind

__all__ = ["fix_failed", "fix_proposed", "merged", "new_issue", "regressed"]


def _details(issue: IssueRef, delivery: Delivery | None) -> dict[str, Any]:
    details: dict[str, Any] = {"culprit": issue.culprit}
    if delivery is not None:
        details |= {"branch": delivery.branch, "commit": delivery.commit,
                    "pull_request": delivery.pr_url, "state": str(delivery.state),
                    "attempts": delivery.attempts}
    return details


def new_issue(project: str, issue: IssueRef) -> Notification:
    where = f" in {issue.culprit}" if issue.culprit else ""
    return Notification(NotificationKind.NEW_ISSUE, project, issue.title,
                        f"A new error{where}. bugstack is working on a fix.", issue.link,
                        issue.id, _details(issue, None))


def fix_proposed(project: str, issue: IssueRef, delivery: Delivery) -> Notification:
    summary = (f"Pull request: {delivery.pr_url}" if delivery.pr_url
               else f"Branch {delivery.branch} is ready.")
    return Notification(NotificationKind.FIX_PROPOSED, project, issue.title, summary,
                        delivery.pr_url or issue.link, issue.id, _details(issue, delivery))


def fix_failed(
    project: str, issue: IssueRef, reason: str, delivery: Delivery | None = None
) -> Notification:
    return Notification(NotificationKind.FIX_FAILED, project, issue.title, reason,
                        issue.link, issue.id, _details(issue, delivery))


def merged(project: str, issue: IssueRef, delivery: Delivery) -> Notification:
    commit = (delivery.merge_commit or delivery.commit)[:12]
    return Notification(NotificationKind.MERGED, project, issue.title,
                        f"The fix was merged as {commit}; your CD deploys it.",
                        delivery.pr_url or issue.link, issue.id, _details(issue, delivery))


def regressed(
    project: str, issue: IssueRef, release: str, delivery: Delivery | None = None,
    *, with_fix: bool = True,
) -> Notification:
    """``with_fix``: the release is known to contain the issue's merged fix; otherwise the
    error came back after the issue was resolved, from a release not seen before."""
    why = "which contains the fix" if with_fix else "after the issue was resolved"
    return Notification(
        NotificationKind.REGRESSED, project, issue.title,
        f"The error came back in release {release}, {why}. The issue is reopened.",
        issue.link, issue.id, _details(issue, delivery) | {"release": release},
    )
