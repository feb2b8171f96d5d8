"""GitHub and GitHub Enterprise, through PyGithub.

Enterprise is the same API under ``https://<host>/api/v3``: pass that as ``base_url``.
PyGithub's own retrying and sleeping on rate limits is switched off: a delivery job must
not block a worker for up to an hour, so a rate limit is raised as
:class:`~bugstack.deliver.forge.ForgeRateLimited` with the wait the forge asked for, and
the caller reschedules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import requests
from github import Auth, Github, GithubException
from github.CheckRun import CheckRun
from github.CheckRunAnnotation import CheckRunAnnotation
from github.PaginatedList import PaginatedList
from github.PullRequest import PullRequest as GhPull

from bugstack.deliver.forge import (
    Backoff,
    CheckResult,
    ChecksReport,
    CheckState,
    ForgeConflict,
    PullRequest,
    PullRequestSpec,
    classify_http_error,
    with_retries,
)
from bugstack.deliver.model import ForgeKind

__all__ = ["GitHubForge"]

T = TypeVar("T")

_CONCLUSIONS = {
    "success": CheckState.SUCCESS,
    "neutral": CheckState.SUCCESS,
    "skipped": CheckState.SUCCESS,
}
_STATUSES = {"success": CheckState.SUCCESS, "pending": CheckState.PENDING}
#: How much of a failed job's log is kept: the end is where the failure is.
_LOG_TAIL = 8000
_MAX_ANNOTATIONS = 50


def _transient(exc: Exception) -> str | None:
    """Why the call is worth trying again (PyGithub lets requests' errors through)."""
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        return "could not connect"
    if isinstance(exc, GithubException) and exc.status >= 500:
        return f"answered {exc.status}"
    return None


def _annotations(run: CheckRun) -> str:
    """A failed check run's annotations (``path:line: level: message``): where a linter or
    a test reporter says what failed."""
    lines: list[str] = []
    found: PaginatedList[CheckRunAnnotation] = run.get_annotations()
    for annotation in found:
        where = f"{annotation.path}:{annotation.start_line}"
        lines.append(f"{where}: {annotation.annotation_level}: {annotation.message}")
        if len(lines) >= _MAX_ANNOTATIONS:
            break
    return "\n".join(lines)


class GitHubForge:
    kind = ForgeKind.GITHUB

    def __init__(
        self,
        repo: str,
        token: str | None,
        base_url: str = "https://api.github.com",
        *,
        merge_method: str = "squash",
        throttle: bool = True,
        timeout: int = 30,
        backoff: Backoff | None = None,
    ) -> None:
        self._owner = repo.split("/", 1)[0]
        self._backoff = backoff or Backoff()
        self._merge_method = merge_method
        # GitHub asks integrators to space out writes; tests on loopback need not.
        spacing: dict[str, Any] = (
            {} if throttle else {"seconds_between_requests": None, "seconds_between_writes": None}
        )
        self._github = Github(
            base_url=base_url.rstrip("/"),
            auth=Auth.Token(token) if token else None,
            retry=None,
            timeout=timeout,
            lazy=True,  # objects are fetched when read, so a write costs one request
            **spacing,
        )
        self._repo = self._github.get_repo(repo)

    def close(self) -> None:
        self._github.close()

    def _call(self, what: str, action: Callable[[], T]) -> T:
        try:
            return with_retries(f"GitHub {what}", action, _transient, self._backoff)
        except GithubException as exc:
            message = exc.data.get("message", "") if isinstance(exc.data, dict) else ""
            details = exc.data.get("errors") if isinstance(exc.data, dict) else None
            if details:
                message = f"{message} {details}"
            raise classify_http_error(exc.status, exc.headers or {}, message,
                                      f"GitHub {what}") from exc

    @staticmethod
    def _to_pull(pr: GhPull) -> PullRequest:
        # A listed pull request does not carry ``merged``; only a closed one needs asking.
        state = "merged" if pr.state == "closed" and pr.merged else pr.state
        return PullRequest(
            number=pr.number, url=pr.html_url, head_sha=pr.head.sha, state=state,
            draft=bool(pr.draft), labels=tuple(label.name for label in pr.labels),
        )

    def find_pull_request(self, branch: str) -> PullRequest | None:
        def find() -> PullRequest | None:
            for pr in self._repo.get_pulls(state="open", head=f"{self._owner}:{branch}"):
                return self._to_pull(pr)
            return None

        return self._call("list pull requests", find)

    def open_pull_request(self, spec: PullRequestSpec) -> PullRequest:
        try:
            pr = self._call("create pull request", lambda: self._repo.create_pull(
                base=spec.base, head=spec.branch, title=spec.title, body=spec.body,
                draft=spec.draft,
            ))
        except ForgeConflict:
            existing = self.find_pull_request(spec.branch)
            if existing is None:
                raise
            self.update_body(existing.number, spec.body)
            return existing
        if spec.labels:
            self._call("add labels", lambda: pr.add_to_labels(*spec.labels))
        opened = self._to_pull(pr)
        return PullRequest(number=opened.number, url=opened.url, head_sha=opened.head_sha,
                           state=opened.state, draft=opened.draft, labels=spec.labels)

    def get_pull_request(self, number: int) -> PullRequest:
        # The client is lazy: the request is made when ``_to_pull`` reads the fields.
        return self._call("get pull request", lambda: self._to_pull(self._repo.get_pull(number)))

    def update_body(self, number: int, body: str) -> None:
        self._call("edit pull request", lambda: self._repo.get_pull(number).edit(body=body))

    def comment(self, number: int, body: str) -> None:
        self._call("comment", lambda: self._repo.get_pull(number).create_issue_comment(body))

    def _set_state(self, number: int, state: str) -> PullRequest:
        def edit() -> PullRequest:
            pr = self._repo.get_pull(number)
            if pr.merged:
                raise ForgeConflict(f"GitHub pull request #{number} is merged", 422)
            pr.edit(state=state)
            return self._to_pull(self._repo.get_pull(number))

        return self._call(f"set pull request state to {state}", edit)

    def close_pull_request(self, number: int) -> PullRequest:
        return self._set_state(number, "closed")

    def reopen_pull_request(self, number: int) -> PullRequest:
        return self._set_state(number, "open")

    def checks(self, sha: str) -> ChecksReport:
        def read() -> ChecksReport:
            commit = self._repo.get_commit(sha)
            results: list[CheckResult] = []
            for run in commit.get_check_runs():
                if run.status != "completed":
                    state = CheckState.PENDING
                else:
                    state = _CONCLUSIONS.get(run.conclusion or "", CheckState.FAILURE)
                output = run.output
                text = "\n".join(
                    part for part in (output.title, output.summary, output.text) if part
                ) if output else ""
                if state is CheckState.FAILURE and output and output.annotations_count:
                    text = "\n".join(part for part in (text, _annotations(run)) if part)
                if state is CheckState.FAILURE and run.app and run.app.slug == "github-actions":
                    text = "\n".join(part for part in (text, self._actions_log(run.id)) if part)
                results.append(CheckResult(run.name, state, text, run.html_url))
            for status in commit.get_combined_status().statuses:
                results.append(CheckResult(
                    status.context, _STATUSES.get(status.state, CheckState.FAILURE),
                    status.description or "", status.target_url,
                ))
            return ChecksReport(sha, tuple(results))

        return self._call("read checks", read)

    def _actions_log(self, job_id: int) -> str:
        """The tail of a GitHub Actions job's log (a check run's id is its job's id).

        The API answers with a redirect to a short-lived download link; a log that cannot
        be had is left out rather than failing the whole read of the checks.
        """
        try:
            url = self._repo.get_workflow_job(job_id).logs_url()
            response = httpx.get(url, timeout=30, follow_redirects=True)
        except (GithubException, httpx.HTTPError, KeyError):
            return ""
        return response.text[-_LOG_TAIL:] if response.status_code == 200 else ""

    def merge(self, pull: PullRequest, sha: str) -> str:
        def merge() -> str:
            result = self._repo.get_pull(pull.number).merge(
                sha=sha, merge_method=self._merge_method
            )
            return str(result.sha)

        return self._call("merge", merge)
