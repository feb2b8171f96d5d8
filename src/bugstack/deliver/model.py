"""The typed inputs and outputs of delivery, independent of the server's database.

The pipeline builds a :class:`DeliveryTarget` from a project's settings and an
:class:`IssueRef` from an issue row, hands them to delivery with a ``FixProposal``, and
stores the :class:`Delivery` it gets back. Nothing here knows about SQL or HTTP.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "BotIdentity",
    "Credentials",
    "Delivery",
    "DeliveryError",
    "DeliveryState",
    "DeliveryTarget",
    "ForgeKind",
    "IssueRef",
    "MergePolicy",
]


class DeliveryError(Exception):
    """Delivery refused or failed; the message says why in words a person can act on."""


class ForgeKind(StrEnum):
    #: A git remote with no forge API: the branch is pushed and that is all.
    PLAIN = "plain"
    GITHUB = "github"
    GITLAB = "gitlab"
    #: Gitea and Forgejo share one REST API.
    GITEA = "gitea"


class MergePolicy(StrEnum):
    #: Open the pull request and stop: a person reviews and merges.
    REVIEW = "review"
    #: Merge through the forge when the fix is verified, every check is green and the
    #: recipe is marked safe; anything less falls back to review.
    AUTO_MERGE = "auto-merge"


class DeliveryState(StrEnum):
    PUSHED = "pushed"  # branch pushed, no pull request (plain git)
    OPEN = "open"  # pull request open, checks not yet known
    CHECKS_PENDING = "checks_pending"
    CHECKS_PASSED = "checks_passed"
    CHECKS_FAILED = "checks_failed"  # one more attempt may follow
    GAVE_UP = "gave_up"  # the second attempt failed too: a person must look
    MERGED = "merged"
    AWAITING_REVIEW = "awaiting_review"  # green, and policy says a person merges


@dataclass(frozen=True, slots=True)
class BotIdentity:
    name: str = "bugstack"
    email: str = "bugstack@users.noreply.localhost"


@dataclass(frozen=True, slots=True)
class Credentials:
    """How to reach the remote and the forge. All optional: a local path needs none."""

    #: An HTTPS token: given to git through an askpass helper (never written in a URL that
    #: could end up in a log) and to the forge's API.
    token: str | None = None
    #: User name git sends with the token; forges accept any non-empty name for tokens.
    username: str = "bugstack"
    #: Path to a private SSH key for ``git@`` / ``ssh://`` remotes.
    ssh_key_path: str | None = None

    def __repr__(self) -> str:  # keep secrets out of logs and tracebacks
        shown = "***" if self.token else None
        return (
            f"Credentials(token={shown!r}, username={self.username!r}, "
            f"ssh_key_path={self.ssh_key_path!r})"
        )


@dataclass(frozen=True, slots=True)
class DeliveryTarget:
    #: A local repository path, or a git URL that is cloned into ``workdir``.
    repository: str
    #: ``owner/name`` on the forge (GitLab: the project's full path). Not used for plain git.
    forge_repo: str | None = None
    forge: ForgeKind = ForgeKind.PLAIN
    #: The forge's API root, e.g. ``https://api.github.com``, ``https://ghe.corp/api/v3``,
    #: ``https://gitlab.corp``, ``https://codeberg.org``.
    forge_url: str | None = None
    credentials: Credentials = field(default_factory=Credentials)
    default_branch: str = "main"
    #: The git remote to push to when ``repository`` is a local path with its own remote;
    #: ``None`` keeps the branch in the local repository only.
    push_remote: str | None = None
    bot: BotIdentity = field(default_factory=BotIdentity)
    merge_policy: MergePolicy = MergePolicy.REVIEW
    labels: tuple[str, ...] = ("bugstack",)
    #: Where URL repositories are cloned (bugstack's data directory).
    workdir: str | None = None


@dataclass(frozen=True, slots=True)
class IssueRef:
    id: int
    title: str
    culprit: str | None = None
    #: A link back to the issue in bugstack.
    link: str | None = None
    #: Where the error happened, e.g. ``shop/views.py:42 in checkout``.
    location: str | None = None


@dataclass(slots=True)
class Delivery:
    branch: str
    commit: str
    state: DeliveryState
    pr_number: int | None = None
    pr_url: str | None = None
    #: How many fix attempts went into the branch (1, or 2 after a retry on failing CI).
    attempts: int = 1
    #: The commit the forge created when it merged (a squash or merge commit), which is
    #: the one that releases contain.
    merge_commit: str | None = None
    #: What the last failing checks said, for the record and for the retry.
    failure_output: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A plain dict, so the server can store a delivery between two webhooks."""
        return {
            "branch": self.branch, "commit": self.commit, "state": str(self.state),
            "pr_number": self.pr_number, "pr_url": self.pr_url, "attempts": self.attempts,
            "merge_commit": self.merge_commit, "failure_output": self.failure_output,
            "notes": list(self.notes),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Delivery:
        return cls(
            branch=str(data["branch"]), commit=str(data["commit"]),
            state=DeliveryState(data["state"]), pr_number=data.get("pr_number"),
            pr_url=data.get("pr_url"), attempts=int(data.get("attempts") or 1),
            merge_commit=data.get("merge_commit"), failure_output=data.get("failure_output"),
            notes=[str(n) for n in data.get("notes") or []],
        )
