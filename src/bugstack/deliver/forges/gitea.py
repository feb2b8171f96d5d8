"""Gitea and Forgejo, through their shared REST API (``/api/v1``) with httpx.

There is no well-kept Python client for this API (the packages on PyPI are either
generated snapshots of one version or unmaintained), and the handful of endpoints used
here are stable across Gitea 1.x and Forgejo, so they are called directly.

Gitea marks a pull request as a draft by a title prefix (``WIP:`` by default), takes
labels by id (so names are looked up, and created when missing), and reports CI — Gitea
Actions, Woodpecker, Drone — as commit statuses.
"""

from __future__ import annotations

from typing import Any

import httpx

from bugstack.deliver.forge import (
    Backoff,
    CheckResult,
    ChecksReport,
    CheckState,
    ForgeConflict,
    ForgeError,
    PullRequest,
    PullRequestSpec,
    classify_http_error,
    with_retries,
)
from bugstack.deliver.model import ForgeKind

__all__ = ["GiteaForge"]

_DRAFT = "WIP: "
_STATES = {"success": CheckState.SUCCESS, "pending": CheckState.PENDING,
           "warning": CheckState.SUCCESS}
_PAGE = 50
_MAX_PAGES = 20


class _ServerError(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"answered {response.status_code}")
        self.response = response


def _transient(exc: Exception) -> str | None:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.TransportError):
        return "could not connect"
    if isinstance(exc, _ServerError):
        return str(exc)
    return None


class GiteaForge:
    kind = ForgeKind.GITEA

    def __init__(
        self,
        repo: str,
        token: str | None,
        base_url: str,
        *,
        merge_style: str = "squash",
        timeout: float = 30,
        transport: httpx.BaseTransport | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        self._backoff = backoff or Backoff()
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"token {token}"
        self._http = httpx.Client(base_url=f"{base_url.rstrip('/')}/api/v1", headers=headers,
                                  timeout=timeout, transport=transport)
        self._repo = f"/repos/{repo}"
        self._merge_style = merge_style

    def close(self) -> None:
        self._http.close()

    def _request(self, what: str, method: str, path: str, **kwargs: Any) -> Any:
        def send() -> httpx.Response:
            response = self._http.request(method, f"{self._repo}{path}", **kwargs)
            if response.status_code >= 500:
                raise _ServerError(response)
            return response

        try:
            response = with_retries(f"Gitea {what}", send, _transient, self._backoff)
        except httpx.HTTPError as exc:
            raise ForgeError(f"Gitea {what}: {exc}") from exc
        if response.status_code >= 400:
            try:
                message = str(response.json().get("message", ""))
            except (ValueError, AttributeError):
                message = response.text[:200]
            raise classify_http_error(response.status_code, dict(response.headers), message,
                                      f"Gitea {what}")
        if not response.content:
            return None
        return response.json()

    @staticmethod
    def _to_pull(data: dict[str, Any]) -> PullRequest:
        state = "merged" if data.get("merged") else str(data.get("state"))
        title = str(data.get("title") or "")
        return PullRequest(
            number=int(data["number"]), url=str(data.get("html_url") or ""),
            head_sha=str((data.get("head") or {}).get("sha") or ""), state=state,
            draft=bool(data.get("draft")) or title.startswith(_DRAFT.strip()),
            labels=tuple(label["name"] for label in data.get("labels") or ()),
        )

    def _label_ids(self, names: tuple[str, ...]) -> list[int]:
        if not names:
            return []
        existing: dict[str, int] = {}
        for page in range(1, _MAX_PAGES + 1):
            labels = self._request("list labels", "GET", "/labels",
                                   params={"page": page, "limit": _PAGE}) or []
            existing |= {label["name"]: int(label["id"]) for label in labels}
            if len(labels) < _PAGE:
                break
        for name in names:
            if name not in existing:
                made = self._request("create label", "POST", "/labels",
                                     json={"name": name, "color": "#ededed"})
                existing[name] = int(made["id"])
        return [existing[name] for name in names]

    def find_pull_request(self, branch: str) -> PullRequest | None:
        for page in range(1, _MAX_PAGES + 1):
            pulls = self._request("list pull requests", "GET", "/pulls",
                                  params={"state": "open", "page": page, "limit": _PAGE})
            for data in pulls or []:
                if (data.get("head") or {}).get("ref") == branch:
                    return self._to_pull(data)
            if not pulls or len(pulls) < _PAGE:
                return None
        return None

    def open_pull_request(self, spec: PullRequestSpec) -> PullRequest:
        payload = {
            "head": spec.branch, "base": spec.base, "body": spec.body,
            "title": f"{_DRAFT}{spec.title}" if spec.draft else spec.title,
            "labels": self._label_ids(spec.labels),
        }
        try:
            data = self._request("create pull request", "POST", "/pulls", json=payload)
        except ForgeConflict:
            existing = self.find_pull_request(spec.branch)
            if existing is None:
                raise
            self.update_body(existing.number, spec.body)
            return existing
        return self._to_pull(data)

    def get_pull_request(self, number: int) -> PullRequest:
        return self._to_pull(self._request("get pull request", "GET", f"/pulls/{number}"))

    def update_body(self, number: int, body: str) -> None:
        self._request("edit pull request", "PATCH", f"/pulls/{number}", json={"body": body})

    def comment(self, number: int, body: str) -> None:
        self._request("comment", "POST", f"/issues/{number}/comments", json={"body": body})

    def _set_state(self, number: int, state: str) -> PullRequest:
        if self.get_pull_request(number).state == "merged":
            raise ForgeConflict(f"Gitea pull request #{number} is merged", 409)
        data = self._request(f"set pull request state to {state}", "PATCH",
                             f"/pulls/{number}", json={"state": state})
        return self._to_pull(data)

    def close_pull_request(self, number: int) -> PullRequest:
        return self._set_state(number, "closed")

    def reopen_pull_request(self, number: int) -> PullRequest:
        return self._set_state(number, "open")

    def checks(self, sha: str) -> ChecksReport:
        data = self._request("read statuses", "GET", f"/commits/{sha}/status") or {}
        results = []
        for status in data.get("statuses") or []:
            # Gitea names the field ``status``; GitHub-style ``state`` is accepted too.
            raw = status.get("status") or status.get("state") or ""
            results.append(CheckResult(
                str(status.get("context") or "status"),
                _STATES.get(raw, CheckState.FAILURE),
                str(status.get("description") or ""), status.get("target_url"),
            ))
        return ChecksReport(sha, tuple(results))

    def merge(self, pull: PullRequest, sha: str) -> str:
        self._request("merge", "POST", f"/pulls/{pull.number}/merge",
                      json={"Do": self._merge_style, "head_commit_id": sha,
                            "delete_branch_after_merge": False})
        merged = self._request("get pull request", "GET", f"/pulls/{pull.number}")
        commit = merged.get("merge_commit_sha") if isinstance(merged, dict) else None
        if not commit:
            raise ForgeConflict("Gitea merge: the pull request did not report a merge commit")
        return str(commit)
