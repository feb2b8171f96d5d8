"""A Gitea/Forgejo REST API (v1) fake: pull requests, labels, comments, commit statuses,
merge.

Shapes follow Gitea's Swagger documentation: ``Authorization: token`` with 401, 404 with
``{"message", "url"}``, 409 "pull request already exists for these targets", labels by
id, commit statuses whose field is ``status``, merge by ``{"Do": ...}`` answering 405 when
not mergeable and 409 when ``head_commit_id`` is out of date. Gitea itself has no API
rate limit; a reverse proxy's 429 with ``Retry-After`` stands in for one.
"""

from __future__ import annotations

from typing import Any

from tests.deliver.fakes.http import (
    FakePull,
    FakeServer,
    Request,
    Response,
    branch_sha,
    squash_merge,
)

API = "/api/v1"
_STATUS = {"success": "success", "failure": "failure", "pending": "pending"}


class FakeGitea(FakeServer):
    def __init__(self, owner: str, name: str, bare_repo: str, token: str) -> None:
        super().__init__()
        self.owner, self.name, self.bare, self.token = owner, name, bare_repo, token
        self.pulls: dict[int, FakePull] = {}
        self.labels: dict[int, str] = {1: "bug"}
        self.statuses: dict[str, list[dict[str, Any]]] = {}
        self.merge_bodies: list[dict[str, Any]] = []
        repo = f"{API}/repos/{owner}/{name}"
        self.route("GET", f"{repo}/labels", self._list_labels)
        self.route("POST", f"{repo}/labels", self._create_label)
        self.route("GET", f"{repo}/pulls", self._list_pulls)
        self.route("POST", f"{repo}/pulls", self._create_pull)
        self.route("GET", rf"{repo}/pulls/(?P<n>\d+)", self._get_pull)
        self.route("PATCH", rf"{repo}/pulls/(?P<n>\d+)", self._edit_pull)
        self.route("POST", rf"{repo}/pulls/(?P<n>\d+)/merge", self._merge)
        self.route("POST", rf"{repo}/issues/(?P<n>\d+)/comments", self._comment)
        self.route("GET", rf"{repo}/commits/(?P<sha>[0-9a-f]+)/status", self._status)

    # -- what tests use to play the CI -------------------------------------------------
    def ci(self, sha: str, name: str, outcome: str, output: str = "") -> None:
        entries = self.statuses.setdefault(sha, [])
        entries[:] = [s for s in entries if s["context"] != name]
        entries.append({"id": len(entries) + 1, "status": _STATUS[outcome], "context": name,
                        "description": output, "target_url": f"http://ci.example/{name}"})

    def rate_limit_once(self) -> None:
        self.fail_next(r"/pulls$", Response(429, {"message": "Too Many Requests"},
                                            {"Retry-After": "2"}))

    # -- plumbing --------------------------------------------------------------------
    def authorise(self, request: Request) -> Response | None:
        if request.headers.get("authorization") != f"token {self.token}":
            return Response(401, {"message": "invalid username, password or token",
                                  "url": f"{self.url}/api/swagger"})
        return None

    def not_found(self) -> Response:
        return Response(404, {"message": "The target couldn't be found.", "errors": [],
                              "url": f"{self.url}/api/swagger"})

    def _pull_json(self, pull: FakePull) -> dict[str, Any]:
        return {
            "id": 300 + pull.number, "number": pull.number, "title": pull.title,
            "body": pull.body, "state": "closed" if pull.merged else pull.state,
            "merged": pull.merged, "merge_commit_sha": pull.merge_commit_sha,
            "draft": pull.title.startswith("WIP:"),
            "html_url": f"{self.url}/{self.owner}/{self.name}/pulls/{pull.number}",
            "labels": [{"id": i, "name": n} for i, n in self.labels.items()
                       if n in pull.labels],
            "head": {"ref": pull.head, "sha": branch_sha(self.bare, pull.head) or "",
                     "label": pull.head},
            "base": {"ref": pull.base, "sha": branch_sha(self.bare, pull.base) or "",
                     "label": pull.base},
        }

    def _pull(self, request: Request) -> FakePull | None:
        return self.pulls.get(int(request.params["n"]))

    def _list_labels(self, request: Request) -> Response:
        page, limit = int(request.query.get("page", 1)), int(request.query.get("limit", 30))
        labels = [{"id": i, "name": n, "color": "ededed"} for i, n in self.labels.items()]
        return Response(200, labels[(page - 1) * limit: page * limit])

    def _create_label(self, request: Request) -> Response:
        data = request.json()
        if data.get("name") in self.labels.values():
            return Response(409, {"message": "label already exists"})
        label_id = max(self.labels) + 1
        self.labels[label_id] = data["name"]
        return Response(201, {"id": label_id, "name": data["name"], "color": data["color"]})

    def _list_pulls(self, request: Request) -> Response:
        state = request.query.get("state", "open")
        page, limit = int(request.query.get("page", 1)), int(request.query.get("limit", 30))
        found = [self._pull_json(p) for p in self.pulls.values()
                 if state == "all" or (p.state == state and not p.merged)]
        return Response(200, found[(page - 1) * limit: page * limit])

    def _create_pull(self, request: Request) -> Response:
        data = request.json()
        head, base = data.get("head"), data.get("base")
        if branch_sha(self.bare, head or "") is None or branch_sha(self.bare, base or "") is None:
            return self.not_found()
        for pull in self.pulls.values():
            if pull.head == head and pull.base == base and pull.state == "open":
                return Response(409, {
                    "message": f"pull request already exists for these targets [id: "
                               f"{pull.number}, head_branch: {head}, base_branch: {base}]",
                    "url": f"{self.url}/api/swagger"})
        unknown = [i for i in data.get("labels") or [] if i not in self.labels]
        if unknown:
            return Response(422, {"message": f"label does not exist [id: {unknown[0]}]"})
        number = len(self.pulls) + 1
        self.pulls[number] = FakePull(
            number, head, base, data.get("title") or "", data.get("body") or "",
            str(data.get("title")).startswith("WIP:"),
            labels=[self.labels[i] for i in data.get("labels") or []],
        )
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
        if state is not None and pull.merged:
            return Response(409, {"message": "cannot change state of a merged pull request"})
        if state in ("open", "closed"):
            pull.state = state
        pull.body = data.get("body", pull.body)
        return Response(201, self._pull_json(pull))

    def _comment(self, request: Request) -> Response:
        pull = self._pull(request)
        if pull is None:
            return self.not_found()
        pull.comments.append(request.json()["body"])
        return Response(201, {"id": len(pull.comments), "body": pull.comments[-1]})

    def _status(self, request: Request) -> Response:
        sha = request.params["sha"]
        statuses = self.statuses.get(sha, [])
        states = {s["status"] for s in statuses}
        state = ("failure" if states & {"failure", "error"} else
                 "pending" if "pending" in states or not states else "success")
        return Response(200, {"state": state, "sha": sha, "total_count": len(statuses),
                              "statuses": statuses})

    def _merge(self, request: Request) -> Response:
        pull = self._pull(request)
        if pull is None:
            return self.not_found()
        data = request.json()
        self.merge_bodies.append(data)
        head = branch_sha(self.bare, pull.head)
        if pull.state != "open" or pull.merged or pull.title.startswith("WIP:"):
            return Response(405, {"message": "The PR is not mergeable"})
        if data.get("head_commit_id") and data["head_commit_id"] != head:
            return Response(409, {"message": "head out of date"})
        assert head is not None
        commit = squash_merge(self.bare, pull.base, head, pull.title)
        if commit is None:
            return Response(405, {"message": "The PR is not mergeable"})
        pull.merged, pull.state, pull.merge_commit_sha = True, "closed", commit
        return Response(200)
