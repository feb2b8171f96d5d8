"""A GitLab REST API (v4) fake: the merge request, pipeline and job endpoints bugstack calls.

Shapes follow GitLab's API documentation: projects addressed by id or URL-encoded path,
``PRIVATE-TOKEN`` authentication with ``401 Unauthorized``, ``404 Project Not Found``,
409 with a message list when a merge request for the branch exists, 405/406/409 on merge,
and 429 "Retry later" with the ``RateLimit-*`` and ``Retry-After`` headers.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import unquote

from tests.deliver.fakes.http import (
    FakePull,
    FakeServer,
    Request,
    Response,
    branch_sha,
    squash_merge,
)

API = "/api/v4"
_STATUS = {"success": "success", "failure": "failed", "pending": "running"}


class FakeGitLab(FakeServer):
    def __init__(self, path: str, bare_repo: str, token: str) -> None:
        super().__init__()
        self.path, self.bare, self.token = path, bare_repo, token
        self.project_id = 7
        self.pulls: dict[int, FakePull] = {}
        self.pipelines: dict[int, dict[str, Any]] = {}
        self.jobs: dict[int, dict[str, Any]] = {}
        self.traces: dict[int, str] = {}
        self.merge_bodies: list[dict[str, Any]] = []
        project = rf"{API}/projects/(?P<project>[^/]+)"
        mr = rf"{project}/merge_requests/(?P<iid>\d+)"
        self.route("GET", project, self._project)
        self.route("GET", rf"{project}/merge_requests", self._list_mrs)
        self.route("POST", rf"{project}/merge_requests", self._create_mr)
        self.route("GET", mr, self._get_mr)
        self.route("PUT", mr, self._update_mr)
        self.route("POST", rf"{mr}/notes", self._note)
        self.route("PUT", rf"{mr}/merge", self._merge)
        self.route("GET", rf"{project}/pipelines", self._list_pipelines)
        self.route("GET", rf"{project}/pipelines/(?P<pid>\d+)/jobs", self._jobs)
        self.route("GET", rf"{project}/jobs/(?P<jid>\d+)/trace", self._trace)

    # -- what tests use to play the CI -------------------------------------------------
    def ci(self, sha: str, name: str, outcome: str, output: str = "") -> None:
        pipeline = next((p for p in self.pipelines.values() if p["sha"] == sha), None)
        if pipeline is None:
            pid = len(self.pipelines) + 100
            pipeline = {"id": pid, "iid": pid, "project_id": self.project_id, "sha": sha,
                        "ref": "", "status": "running", "source": "push",
                        "web_url": f"{self.url}/{self.path}/-/pipelines/{pid}"}
            self.pipelines[pid] = pipeline
        existing = next((j for j in self.jobs.values()
                         if j["pipeline"]["id"] == pipeline["id"] and j["name"] == name), None)
        jid = existing["id"] if existing else len(self.jobs) + 500
        self.jobs[jid] = {
            "id": jid, "name": name, "stage": "test", "status": _STATUS[outcome],
            "allow_failure": False, "pipeline": {"id": pipeline["id"], "sha": sha},
            "web_url": f"{self.url}/{self.path}/-/jobs/{jid}",
        }
        self.traces[jid] = f"Running with gitlab-runner\n$ pytest\n{output}\n"

    def rate_limit_once(self) -> None:
        reset = int(time.time()) + 1
        self.fail_next(r"/merge_requests$", Response(429, raw=b"Retry later\n", headers={
            "RateLimit-Limit": "600", "RateLimit-Observed": "601", "RateLimit-Remaining": "0",
            "RateLimit-Reset": str(reset), "Retry-After": "1",
        }))

    # -- plumbing --------------------------------------------------------------------
    def authorise(self, request: Request) -> Response | None:
        if request.headers.get("private-token") != self.token:
            return Response(401, {"message": "401 Unauthorized"})
        return None

    def not_found(self) -> Response:
        return Response(404, {"message": "404 Not Found"})

    def _known(self, request: Request) -> bool:
        return unquote(request.params["project"]) in (self.path, str(self.project_id))

    def _mr_json(self, pull: FakePull) -> dict[str, Any]:
        return {
            "id": 9000 + pull.number, "iid": pull.number, "project_id": self.project_id,
            "title": pull.title, "description": pull.body,
            "state": {"open": "opened"}.get(pull.state, pull.state),
            "draft": pull.title.startswith("Draft:"),
            "work_in_progress": pull.title.startswith("Draft:"),
            "source_branch": pull.head, "target_branch": pull.base,
            "sha": branch_sha(self.bare, pull.head), "labels": pull.labels,
            "merge_commit_sha": None if pull.draft else pull.merge_commit_sha,
            "squash_commit_sha": pull.merge_commit_sha,
            "web_url": f"{self.url}/{self.path}/-/merge_requests/{pull.number}",
        }

    def _mr(self, request: Request) -> FakePull | None:
        return self.pulls.get(int(request.params["iid"])) if self._known(request) else None

    def _project(self, request: Request) -> Response:
        if not self._known(request):
            return Response(404, {"message": "404 Project Not Found"})
        return Response(200, {"id": self.project_id, "path_with_namespace": self.path,
                              "default_branch": "main", "web_url": f"{self.url}/{self.path}"})

    def _list_mrs(self, request: Request) -> Response:
        if not self._known(request):
            return Response(404, {"message": "404 Project Not Found"})
        state = {"opened": "open"}.get(request.query.get("state", "all"), "all")
        source = request.query.get("source_branch")
        return Response(200, [self._mr_json(p) for p in self.pulls.values()
                              if (state == "all" or p.state == state)
                              and (source is None or p.head == source)])

    def _create_mr(self, request: Request) -> Response:
        if not self._known(request):
            return Response(404, {"message": "404 Project Not Found"})
        data = request.json()
        missing = [k for k in ("source_branch", "target_branch", "title") if not data.get(k)]
        if missing:
            return Response(400, {"error": f"{missing[0]} is missing"})
        source = data["source_branch"]
        if branch_sha(self.bare, source) is None:
            return Response(409, {"message": [f'Source branch "{source}" does not exist']})
        for pull in self.pulls.values():
            if pull.head == source and pull.state == "open":
                return Response(409, {"message": [
                    "Another open merge request already exists for this source branch: "
                    f"!{pull.number}"]})
        iid = len(self.pulls) + 1
        labels = [x for x in str(data.get("labels") or "").split(",") if x]
        self.pulls[iid] = FakePull(iid, source, data["target_branch"], data["title"],
                                   data.get("description") or "",
                                   data["title"].startswith("Draft:"), labels=labels)
        return Response(201, self._mr_json(self.pulls[iid]))

    def _get_mr(self, request: Request) -> Response:
        pull = self._mr(request)
        return Response(200, self._mr_json(pull)) if pull else self.not_found()

    def _update_mr(self, request: Request) -> Response:
        pull = self._mr(request)
        if pull is None:
            return self.not_found()
        data = request.json()
        event = data.get("state_event")
        if event is not None:
            # GitLab ignores a state event that does not apply (closing a merged MR).
            if event == "close" and pull.state == "open":
                pull.state = "closed"
            elif event == "reopen" and pull.state == "closed":
                pull.state = "open"
            elif event not in ("close", "reopen"):
                return Response(400, {"error": "state_event does not have a valid value"})
        pull.body = data.get("description", pull.body)
        pull.title = data.get("title", pull.title)
        return Response(200, self._mr_json(pull))

    def _note(self, request: Request) -> Response:
        pull = self._mr(request)
        if pull is None:
            return self.not_found()
        pull.comments.append(request.json()["body"])
        return Response(201, {"id": len(pull.comments), "body": pull.comments[-1],
                              "noteable_type": "MergeRequest"})

    def _merge(self, request: Request) -> Response:
        pull = self._mr(request)
        if pull is None:
            return self.not_found()
        data = request.json()
        self.merge_bodies.append(data)
        head = branch_sha(self.bare, pull.head)
        if pull.state != "open" or pull.title.startswith("Draft:"):
            return Response(405, {"message": "405 Method Not Allowed"})
        if data.get("sha") and data["sha"] != head:
            return Response(409, {"message": f"SHA does not match HEAD of source branch: {head}"})
        assert head is not None
        commit = squash_merge(self.bare, pull.base, head, pull.title)
        if commit is None:
            return Response(406, {"message": "Branch cannot be merged"})
        pull.state, pull.merged, pull.merge_commit_sha = "merged", True, commit
        return Response(200, self._mr_json(pull))

    def _list_pipelines(self, request: Request) -> Response:
        if not self._known(request):
            return Response(404, {"message": "404 Project Not Found"})
        sha = request.query.get("sha")
        found = [p for p in self.pipelines.values() if sha is None or p["sha"] == sha]
        for pipeline in found:
            states = {j["status"] for j in self.jobs.values()
                      if j["pipeline"]["id"] == pipeline["id"]}
            pipeline["status"] = ("failed" if "failed" in states else
                                  "running" if "running" in states else "success")
        return Response(200, sorted(found, key=lambda p: -p["id"]))

    def _jobs(self, request: Request) -> Response:
        pid = int(request.params["pid"])
        return Response(200, [j for j in self.jobs.values() if j["pipeline"]["id"] == pid])

    def _trace(self, request: Request) -> Response:
        jid = int(request.params["jid"])
        if jid not in self.traces:
            return Response(404, {"message": "404 Job Not Found"})
        return Response(200, raw=self.traces[jid].encode())
