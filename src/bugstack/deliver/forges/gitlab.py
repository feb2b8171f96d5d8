"""GitLab (gitlab.com and self-managed), through python-gitlab.

A merge request is GitLab's pull request; a draft is one whose title starts with
``Draft:``. CI is read from the commit's latest pipeline and its jobs, and a failed job's
log tail (its "trace") is what the retry gets to read.

python-gitlab sleeps and retries on HTTP 429 by itself; a response hook on its session
turns a rate limit into :class:`~bugstack.deliver.forge.ForgeRateLimited` first, so a
delivery job is rescheduled instead of blocking a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import gitlab
import requests
from gitlab.exceptions import GitlabError

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

__all__ = ["GitLabForge"]

T = TypeVar("T")
_DRAFT = "Draft: "
_PENDING = {"created", "pending", "running", "waiting_for_resource", "preparing", "scheduled"}
_PASSING = {"success", "skipped", "manual"}
#: How much of a failed job's log is kept: the end is where the failure is.
_TRACE_TAIL = 8000


def _raise_on_rate_limit(response: requests.Response, *args: Any, **kwargs: Any) -> None:
    remaining = response.headers.get("RateLimit-Remaining")
    if response.status_code == 429 or (response.status_code == 403 and remaining == "0"):
        raise classify_http_error(response.status_code, dict(response.headers),
                                  response.text[:200], "GitLab")


def _transient(exc: Exception) -> str | None:
    """Why the call is worth trying again (python-gitlab lets requests' errors through)."""
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        return "could not connect"
    if isinstance(exc, GitlabError) and (exc.response_code or 0) >= 500:
        return f"answered {exc.response_code}"
    return None


class GitLabForge:
    kind = ForgeKind.GITLAB

    def __init__(
        self,
        project: str,
        token: str | None,
        base_url: str = "https://gitlab.com",
        *,
        squash: bool = True,
        timeout: float = 30,
        backoff: Backoff | None = None,
    ) -> None:
        self._backoff = backoff or Backoff()
        session = requests.Session()
        session.hooks["response"].append(_raise_on_rate_limit)
        self._gl = gitlab.Gitlab(
            base_url.rstrip("/"), private_token=token, timeout=timeout, session=session,
        )
        self._project = self._gl.projects.get(project, lazy=True)
        self._squash = squash

    def close(self) -> None:
        self._gl.session.close()

    def _call(self, what: str, action: Callable[[], T]) -> T:
        try:
            return with_retries(f"GitLab {what}", action, _transient, self._backoff)
        except GitlabError as exc:
            raise classify_http_error(exc.response_code or 0, {}, str(exc.error_message),
                                      f"GitLab {what}") from exc

    @staticmethod
    def _to_pull(mr: Any) -> PullRequest:
        return PullRequest(
            number=int(mr.iid), url=str(mr.web_url), head_sha=str(mr.sha or ""),
            state={"opened": "open"}.get(mr.state, str(mr.state)),
            draft=bool(getattr(mr, "draft", False)) or str(mr.title).startswith(_DRAFT),
            labels=tuple(mr.labels or ()),
        )

    def find_pull_request(self, branch: str) -> PullRequest | None:
        def find() -> PullRequest | None:
            found = self._project.mergerequests.list(
                source_branch=branch, state="opened", get_all=False
            )
            return self._to_pull(found[0]) if found else None

        return self._call("list merge requests", find)

    def open_pull_request(self, spec: PullRequestSpec) -> PullRequest:
        data = {
            "source_branch": spec.branch,
            "target_branch": spec.base,
            "title": f"{_DRAFT}{spec.title}" if spec.draft else spec.title,
            "description": spec.body,
            "labels": ",".join(spec.labels),
        }
        try:
            mr = self._call("create merge request",
                            lambda: self._project.mergerequests.create(data))
        except ForgeConflict:
            existing = self.find_pull_request(spec.branch)
            if existing is None:
                raise
            self.update_body(existing.number, spec.body)
            return existing
        return self._to_pull(mr)

    def get_pull_request(self, number: int) -> PullRequest:
        return self._to_pull(
            self._call("get merge request", lambda: self._project.mergerequests.get(number))
        )

    def update_body(self, number: int, body: str) -> None:
        def update() -> None:
            mr = self._project.mergerequests.get(number, lazy=True)
            mr.description = body
            mr.save()

        self._call("update merge request", update)

    def comment(self, number: int, body: str) -> None:
        self._call("comment", lambda: self._project.mergerequests.get(
            number, lazy=True).notes.create({"body": body}))

    def _set_state(self, number: int, event: str) -> PullRequest:
        def change() -> PullRequest:
            mr = self._project.mergerequests.get(number)
            if mr.state == "merged":
                raise ForgeConflict(f"GitLab merge request !{number} is merged", 405)
            mr.state_event = event
            mr.save()
            return self._to_pull(mr)

        return self._call(f"{event} merge request", change)

    def close_pull_request(self, number: int) -> PullRequest:
        return self._set_state(number, "close")

    def reopen_pull_request(self, number: int) -> PullRequest:
        return self._set_state(number, "reopen")

    def checks(self, sha: str) -> ChecksReport:
        def read() -> ChecksReport:
            pipelines = self._project.pipelines.list(sha=sha, get_all=True)
            if not pipelines:
                return ChecksReport(sha)
            latest = max(pipelines, key=lambda p: int(p.id))
            jobs = self._project.pipelines.get(latest.id, lazy=True).jobs.list(get_all=True)
            results = []
            for job in jobs:
                if job.status in _PENDING:
                    state = CheckState.PENDING
                elif job.status in _PASSING or getattr(job, "allow_failure", False):
                    state = CheckState.SUCCESS
                else:
                    state = CheckState.FAILURE
                output = ""
                if state is CheckState.FAILURE:
                    trace = self._project.jobs.get(job.id, lazy=True).trace()
                    text = trace.decode("utf-8", "replace") if isinstance(trace, bytes) else ""
                    output = text[-_TRACE_TAIL:]
                results.append(CheckResult(str(job.name), state, output,
                                           getattr(job, "web_url", None)))
            return ChecksReport(sha, tuple(results))

        return self._call("read pipelines", read)

    def merge(self, pull: PullRequest, sha: str) -> str:
        # python-gitlab's merge() has no ``sha``; GitLab refuses (409) a merge whose head
        # moved only when it is given, so the request is made through the client directly.
        def merge() -> str:
            path = f"{self._project.mergerequests.path}/{pull.number}/merge"
            result = self._gl.http_put(path, post_data={"sha": sha, "squash": self._squash})
            if not isinstance(result, dict):
                raise ForgeConflict("GitLab merge: unexpected answer")
            merged = result.get("squash_commit_sha") or result.get("merge_commit_sha")
            if result.get("state") != "merged" or not merged:
                raise ForgeConflict(f"GitLab merge: merge request is {result.get('state')}")
            return str(merged)

        return self._call("merge", merge)
