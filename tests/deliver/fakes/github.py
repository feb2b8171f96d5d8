"""A GitHub REST API fake (the endpoints bugstack calls), mounted under a GitHub
Enterprise style prefix (``/api/v3``) so the client's ``base_url`` handling is exercised.

Shapes, status codes and error bodies follow GitHub's REST documentation: 401 "Bad
credentials", 404 "Not Found", 422 "Validation Failed" with an ``errors`` list, 405/409 on
merge, 403 with ``x-ratelimit-remaining: 0`` when the rate limit is exhausted. Branches are
read from a real bare repository, and a merge really moves its base branch.
"""

from __future__ import annotations

import time
from typing import Any

from tests.deliver.fakes.http import (
    FakePull,
    FakeServer,
    Request,
    Response,
    branch_sha,
    squash_merge,
)

DOCS = "https://docs.github.com/rest"
PREFIX = "/api/v3"


class FakeGitHub(FakeServer):
    def __init__(self, owner: str, name: str, bare_repo: str, token: str) -> None:
        super().__init__()
        self.owner, self.name, self.bare, self.token = owner, name, bare_repo, token
        self.pulls: dict[int, FakePull] = {}
        self.check_runs: dict[str, list[dict[str, Any]]] = {}
        self.statuses: dict[str, list[dict[str, Any]]] = {}
        self.merge_methods: list[str | None] = []
        self.job_logs: dict[int, str] = {}
        #: Check run id -> its annotations (GitHub's shape: path, start_line, message...).
        self.annotations: dict[int, list[dict[str, Any]]] = {}
        repo = f"{PREFIX}/repos/{owner}/{name}"
        self.route("GET", repo, self._repo)
        self.route("GET", f"{repo}/pulls", self._list_pulls)
        self.route("POST", f"{repo}/pulls", self._create_pull)
        self.route("GET", rf"{repo}/pulls/(?P<n>\d+)", self._get_pull)
        self.route("PATCH", rf"{repo}/pulls/(?P<n>\d+)", self._edit_pull)
        self.route("PUT", rf"{repo}/pulls/(?P<n>\d+)/merge", self._merge)
        self.route("POST", rf"{repo}/issues/(?P<n>\d+)/labels", self._add_labels)
        self.route("POST", rf"{repo}/issues/(?P<n>\d+)/comments", self._comment)
        self.route("GET", rf"{repo}/commits/(?P<sha>[0-9a-f]+)/check-runs", self._check_runs)
        self.route("GET", rf"{repo}/commits/(?P<sha>[0-9a-f]+)/status", self._status)
        self.route("GET", rf"{repo}/actions/jobs/(?P<job>\d+)/logs", self._job_logs)
        self.route("GET", rf"{repo}/check-runs/(?P<run>\d+)/annotations", self._annotations)
        self.route("GET", r"/blob/job-logs/(?P<job>\d+)\.txt", self._log_blob)

    # -- what tests use to play the CI -------------------------------------------------
    def add_check_run(self, sha: str, name: str, conclusion: str | None,
                      text: str = "", *, actions_log: str | None = None,
                      annotations: list[dict[str, Any]] | None = None) -> None:
        """A check run; with ``actions_log`` it is a GitHub Actions job whose log is only
        reachable through the Actions API, as for real (its output is a generic line)."""
        run_id = 7000 + sum(len(runs) for runs in self.check_runs.values())
        self.annotations[run_id] = annotations or []
        run = {
            "id": run_id, "name": name, "head_sha": sha,
            "url": self._api(f"/check-runs/{run_id}"),
            "status": "completed" if conclusion else "in_progress", "conclusion": conclusion,
            "html_url": f"http://ci.example/{sha[:7]}/{name}",
            "app": {"id": 15368, "slug": "github-actions" if actions_log is not None
                    else "external-ci", "name": "CI"},
            "output": {"title": f"{name} {conclusion or 'running'}", "summary": text[:100],
                       "text": text, "annotations_count": len(annotations or []),
                       "annotations_url": self._api(f"/check-runs/{run_id}/annotations")},
        }
        if actions_log is not None:
            self.job_logs[run_id] = actions_log
        self.check_runs.setdefault(sha, []).append(run)

    def add_status(self, sha: str, context: str, state: str, description: str = "") -> None:
        self.statuses.setdefault(sha, []).insert(0, {
            "context": context, "state": state, "description": description,
            "target_url": f"http://ci.example/status/{context}", "id": 1,
        })

    def ci(self, sha: str, name: str, outcome: str, output: str = "") -> None:
        summary = "Process completed with exit code 1." if outcome == "failure" else ""
        log = f"2026-01-01T00:00:00Z ##[group]Run pytest\n{output}\n##[error]exit code 1\n"
        self.add_check_run(sha, name, None if outcome == "pending" else outcome, summary,
                           actions_log=log)

    def rate_limit_once(self) -> None:
        self.fail_next(r"/pulls$", self.rate_limited())

    # -- plumbing --------------------------------------------------------------------
    def authorise(self, request: Request) -> Response | None:
        if request.path.startswith("/blob/"):
            return None  # a pre-signed download link: no token, as on GitHub's blob storage
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() not in ("token", "bearer") or token != self.token:
            return Response(401, {"message": "Bad credentials", "documentation_url": DOCS})
        return None

    def not_found(self) -> Response:
        return Response(404, {"message": "Not Found", "documentation_url": DOCS})

    def rate_limited(self) -> Response:
        reset = int(time.time()) + 1
        return Response(403, {"message": "API rate limit exceeded for user ID 1.",
                              "documentation_url": DOCS},
                        {"x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0",
                         "x-ratelimit-used": "5000", "x-ratelimit-reset": str(reset)})

    def _api(self, path: str) -> str:
        return f"{self.url}{PREFIX}/repos/{self.owner}/{self.name}{path}"

    def _pull_json(self, pull: FakePull) -> dict[str, Any]:
        head_sha = branch_sha(self.bare, pull.head) or ""
        return {
            "url": self._api(f"/pulls/{pull.number}"),
            "html_url": f"{self.url}/{self.owner}/{self.name}/pull/{pull.number}",
            "issue_url": self._api(f"/issues/{pull.number}"),
            "id": 1000 + pull.number, "number": pull.number, "state": pull.state,
            "title": pull.title, "body": pull.body, "draft": pull.draft,
            "merged": pull.merged, "merge_commit_sha": pull.merge_commit_sha,
            "labels": [{"name": label} for label in pull.labels],
            "user": {"login": "bugstack-bot"},
            "head": {"ref": pull.head, "sha": head_sha, "label": f"{self.owner}:{pull.head}"},
            "base": {"ref": pull.base, "sha": branch_sha(self.bare, pull.base) or "",
                     "label": f"{self.owner}:{pull.base}"},
        }

    def _pull(self, request: Request) -> FakePull | None:
        return self.pulls.get(int(request.params["n"]))

    def _repo(self, request: Request) -> Response:
        return Response(200, {"id": 1, "name": self.name,
                              "full_name": f"{self.owner}/{self.name}",
                              "url": self._api(""), "default_branch": "main"})

    def _list_pulls(self, request: Request) -> Response:
        state = request.query.get("state", "open")
        head = request.query.get("head")
        found = [
            self._pull_json(p) for p in self.pulls.values()
            if (state == "all" or p.state == state)
            and (head is None or f"{self.owner}:{p.head}" == head)
        ]
        return Response(200, found)

    def _invalid(self, message: str) -> Response:
        return Response(422, {"message": "Validation Failed", "documentation_url": DOCS,
                              "errors": [{"resource": "PullRequest", "code": "custom",
                                          "message": message}]})

    def _create_pull(self, request: Request) -> Response:
        data = request.json()
        for key in ("head", "base", "title"):
            if not isinstance(data.get(key), str):
                return self._invalid(f"{key} is missing")
        head = data["head"].split(":")[-1]
        if branch_sha(self.bare, head) is None:
            return Response(422, {"message": "Validation Failed", "documentation_url": DOCS,
                                  "errors": [{"resource": "PullRequest", "field": "head",
                                              "code": "invalid"}]})
        if any(p.head == head and p.state == "open" for p in self.pulls.values()):
            return self._invalid(f"A pull request already exists for {self.owner}:{head}.")
        number = len(self.pulls) + 1
        self.pulls[number] = FakePull(number, head, data["base"], data["title"],
                                      data.get("body") or "", bool(data.get("draft")))
        return Response(201, self._pull_json(self.pulls[number]))

    def _get_pull(self, request: Request) -> Response:
        pull = self._pull(request)
        return Response(200, self._pull_json(pull)) if pull else self.not_found()

    def _edit_pull(self, request: Request) -> Response:
        pull = self._pull(request)
        if pull is None:
            return self.not_found()
        data = request.json()
        state = data.get("state")
        if state not in (None, "open", "closed"):
            return self._invalid(f"state {state} is not open or closed")
        if state == "open" and pull.state == "closed":
            if pull.merged:
                return self._invalid("Cannot reopen a merged pull request")
            if any(p.head == pull.head and p.state == "open" for p in self.pulls.values()):
                return self._invalid(f"A pull request already exists for "
                                     f"{self.owner}:{pull.head}.")
        if state is not None and not pull.merged:
            pull.state = state
        pull.body = data.get("body", pull.body)
        pull.title = data.get("title", pull.title)
        return Response(200, self._pull_json(pull))

    def _add_labels(self, request: Request) -> Response:
        pull = self._pull(request)
        if pull is None:
            return self.not_found()
        data = request.json()  # GitHub documents both {"labels": [...]} and a bare array
        for label in data if isinstance(data, list) else data.get("labels", []):
            if label not in pull.labels:
                pull.labels.append(label)
        return Response(200, [{"id": i, "name": n, "color": "ededed"}
                              for i, n in enumerate(pull.labels)])

    def _comment(self, request: Request) -> Response:
        pull = self._pull(request)
        if pull is None:
            return self.not_found()
        pull.comments.append(request.json()["body"])
        return Response(201, {"id": len(pull.comments), "body": pull.comments[-1],
                              "url": self._api(f"/issues/comments/{len(pull.comments)}")})

    def _check_runs(self, request: Request) -> Response:
        runs = self.check_runs.get(request.params["sha"], [])
        if request.query.get("filter", "latest") == "latest":
            # GitHub's default: the most recent run of each check name (a re-run replaces).
            latest = {run["name"]: run for run in runs}
            runs = list(latest.values())
        return Response(200, {"total_count": len(runs), "check_runs": runs})

    def _status(self, request: Request) -> Response:
        sha = request.params["sha"]
        statuses = self.statuses.get(sha, [])
        latest: dict[str, dict[str, Any]] = {}
        for status in statuses:
            latest.setdefault(status["context"], status)
        states = {s["state"] for s in latest.values()}
        state = ("failure" if states & {"failure", "error"} else
                 "pending" if "pending" in states or not states else "success")
        return Response(200, {"state": state, "sha": sha, "total_count": len(latest),
                              "statuses": list(latest.values())})

    def _merge(self, request: Request) -> Response:
        pull = self._pull(request)
        if pull is None:
            return self.not_found()
        data = request.json()
        head = branch_sha(self.bare, pull.head)
        if pull.state != "open" or pull.draft:
            return Response(405, {"message": "Pull Request is not mergeable",
                                  "documentation_url": DOCS})
        if data.get("sha") and data["sha"] != head:
            return Response(409, {"message": "Head branch was modified. Review and try the "
                                  "merge again.", "documentation_url": DOCS})
        assert head is not None
        commit = squash_merge(self.bare, pull.base, head, f"{pull.title} (#{pull.number})")
        if commit is None:
            return Response(405, {"message": "Pull Request is not mergeable",
                                  "documentation_url": DOCS})
        self.merge_methods.append(data.get("merge_method"))
        pull.state, pull.merged, pull.merge_commit_sha = "closed", True, commit
        return Response(200, {"sha": commit, "merged": True,
                              "message": "Pull Request successfully merged"})

    def _annotations(self, request: Request) -> Response:
        run = int(request.params["run"])
        if run not in self.annotations:
            return self.not_found()
        return Response(200, self.annotations[run])

    def _job_logs(self, request: Request) -> Response:
        job = int(request.params["job"])
        if job not in self.job_logs:
            return self.not_found()
        # GitHub answers with a redirect to a short-lived download URL.
        return Response(302, None, {"Location": f"{self.url}/blob/job-logs/{job}.txt"})

    def _log_blob(self, request: Request) -> Response:
        job = int(request.params["job"])
        if job not in self.job_logs:
            return Response(404, raw=b"BlobNotFound")
        return Response(200, raw=self.job_logs[job].encode())
