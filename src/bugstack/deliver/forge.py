"""One interface in front of every forge: open a pull request, read its checks, merge it.

Each forge lives in its own module under ``bugstack.deliver.forges`` and turns its
client's errors into the few kinds below, so the caller can act on them the same way
everywhere: a rate limit is retried later, a conflict means the thing already exists,
an authentication error is a project setting to fix.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, TypeVar

from bugstack.deliver.model import DeliveryError, ForgeKind

__all__ = [
    "Backoff",
    "CheckResult",
    "CheckState",
    "ChecksReport",
    "Forge",
    "ForgeAuthError",
    "ForgeConflict",
    "ForgeError",
    "ForgeNotFound",
    "ForgeRateLimited",
    "ForgeUnavailable",
    "PullRequest",
    "PullRequestSpec",
    "classify_http_error",
    "combine_states",
    "with_retries",
]

log = logging.getLogger("bugstack.deliver")
T = TypeVar("T")


class ForgeError(DeliveryError):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ForgeAuthError(ForgeError):
    """The token was refused (401) or lacks a permission (403 without a rate limit)."""


class ForgeNotFound(ForgeError):
    """The repository, pull request or commit does not exist, or the token cannot see it."""


class ForgeConflict(ForgeError):
    """It exists already, or the forge will not do it now (not mergeable, head moved)."""


class ForgeRateLimited(ForgeError):
    def __init__(self, message: str, status: int | None, retry_after: float | None) -> None:
        super().__init__(message, status)
        #: Seconds until the forge accepts requests again, when it said.
        self.retry_after = retry_after


class ForgeUnavailable(ForgeError):
    """The forge timed out, could not be reached or answered 5xx, every time it was tried."""


class CheckState(StrEnum):
    PENDING = "pending"
    SUCCESS = "success"
    FAILURE = "failure"
    #: The forge reports no check at all for the commit.
    NONE = "none"


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    state: CheckState
    #: What the forge says about a failure: a check's output, a job's log tail, a description.
    output: str = ""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ChecksReport:
    sha: str
    checks: tuple[CheckResult, ...] = ()

    @property
    def state(self) -> CheckState:
        return combine_states(c.state for c in self.checks)

    @property
    def failing(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.checks if c.state is CheckState.FAILURE)

    def failure_output(self, limit: int = 20_000) -> str:
        """The failing checks' names and output, as the retry's input."""
        parts = []
        for check in self.failing:
            where = f" ({check.url})" if check.url else ""
            parts.append(f"## {check.name}{where}\n{check.output.strip()}".rstrip())
        return "\n\n".join(parts)[-limit:]


def combine_states(states: Iterable[CheckState]) -> CheckState:
    """One failure fails the lot; otherwise anything still running keeps it pending."""
    seen = set(states)
    if not seen:
        return CheckState.NONE
    if CheckState.FAILURE in seen:
        return CheckState.FAILURE
    if CheckState.PENDING in seen:
        return CheckState.PENDING
    return CheckState.SUCCESS


@dataclass(frozen=True, slots=True)
class PullRequestSpec:
    branch: str
    base: str
    title: str
    body: str
    labels: tuple[str, ...] = ()
    draft: bool = False


@dataclass(frozen=True, slots=True)
class PullRequest:
    number: int
    url: str
    head_sha: str
    state: str  # "open", "closed" or "merged"
    draft: bool = False
    labels: tuple[str, ...] = field(default_factory=tuple)


class Forge(Protocol):
    kind: ForgeKind

    def find_pull_request(self, branch: str) -> PullRequest | None:
        """The open pull request whose head is ``branch``, if any."""

    def open_pull_request(self, spec: PullRequestSpec) -> PullRequest:
        """Open it, or return the one already open for the branch (with the body updated)."""

    def get_pull_request(self, number: int) -> PullRequest: ...

    def update_body(self, number: int, body: str) -> None: ...

    def comment(self, number: int, body: str) -> None: ...

    def checks(self, sha: str) -> ChecksReport:
        """Every check and status the forge holds for commit ``sha``."""

    def merge(self, pull: PullRequest, sha: str) -> str:
        """Merge through the forge, only if the head is still ``sha``; the merge commit."""

    def close_pull_request(self, number: int) -> PullRequest:
        """Close it without merging (a merged one cannot be closed: ForgeConflict)."""

    def reopen_pull_request(self, number: int) -> PullRequest:
        """Reopen a closed one (a merged one cannot be reopened: ForgeConflict)."""

    def close(self) -> None:
        """Release the client's connections."""


@dataclass(frozen=True, slots=True)
class Backoff:
    """How a forge call that met a timeout, a refused connection or a 5xx is tried again:
    ``tries`` in all, waiting ``first`` seconds, then ``factor`` times longer each time
    (at most ``ceiling``). Rate limits are not retried here: the forge says how long to
    wait, and the job is rescheduled instead of blocking a worker."""

    tries: int = 4
    first: float = 0.5
    factor: float = 2.0
    ceiling: float = 8.0
    sleep: Callable[[float], None] = time.sleep

    def delays(self) -> Iterator[float]:
        delay = self.first
        for _ in range(max(self.tries, 1) - 1):
            yield min(delay, self.ceiling)
            delay *= self.factor


def with_retries(
    what: str,
    action: Callable[[], T],
    transient: Callable[[Exception], str | None],
    backoff: Backoff,
) -> T:
    """``action()``, tried again after the backoff's delays while ``transient`` names its
    failure (``"timed out"``, ``"answered 502"``); then :class:`ForgeUnavailable`.

    A write the forge did but whose answer was lost may be made twice; the writes behind
    this interface are either idempotent (edit, merge pinned to a commit) or harmless to
    repeat (opening an existing pull request finds it; a comment is said twice)."""
    delays = backoff.delays()
    tried = 0
    while True:
        tried += 1
        try:
            return action()
        except Exception as exc:
            why = transient(exc)
            if why is None:
                raise
            delay = next(delays, None)
            if delay is None:
                raise ForgeUnavailable(f"{what}: {why} ({tried} tries)") from exc
            log.warning("%s: %s; trying again in %.1fs", what, why, delay)
            backoff.sleep(delay)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = {k.lower(): v for k, v in headers.items()}
    return lowered.get(name.lower())


def _retry_after(headers: Mapping[str, str], now: float) -> float | None:
    after = _header(headers, "Retry-After")
    if after is not None and after.strip().isdigit():
        return float(after)
    # GitHub sends x-ratelimit-reset, GitLab RateLimit-Reset: both epoch seconds.
    for name in ("X-RateLimit-Reset", "RateLimit-Reset"):
        reset = _header(headers, name)
        if reset is not None and reset.strip().isdigit():
            return max(0.0, float(reset) - now)
    return None


def classify_http_error(
    status: int, headers: Mapping[str, str], message: str, what: str
) -> ForgeError:
    """Turn a forge's HTTP error into one of the kinds the caller acts on."""
    text = f"{what}: {status} {message}".strip()
    remaining = _header(headers, "X-RateLimit-Remaining") or _header(headers, "RateLimit-Remaining")
    if status == 429 or (status == 403 and (remaining == "0" or _header(headers, "Retry-After"))):
        return ForgeRateLimited(text, status, _retry_after(headers, time.time()))
    if status in (401, 403):
        return ForgeAuthError(text, status)
    if status == 404:
        return ForgeNotFound(text, status)
    if status in (405, 406, 409, 422):
        return ForgeConflict(text, status)
    return ForgeError(text, status)
