"""The forges' CI webhooks: ``POST /api/v1/webhooks/{forge}/{project_id}``.

Set it up on the forge with the project's webhook secret (project settings, stored
encrypted with the server's CredentialBox and never shown back):

* GitHub: content type ``application/json``, the secret, events "Check runs", "Check
  suites" and "Statuses" (signed with ``X-Hub-Signature-256``);
* GitLab: the secret token, "Pipeline events" and "Job events" (sent back as
  ``X-Gitlab-Token``);
* Gitea / Forgejo: the secret, "Status" and workflow events (``X-Gitea-Signature`` /
  ``X-Forgejo-Signature``).

A delivery that verifies is only a nudge: the payload names a commit, and the fix
attempt whose pull request head is that commit, if its CI follow-up is unfinished, is
queued again. Its job reads the checks from the forge's API, never from the payload, so
a replayed or reordered delivery cannot merge anything.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bugstack.deliver.model import ForgeKind
from bugstack.deliver.webhooks import parse_ci_webhook, verify_webhook
from bugstack.server.api._deps import RowId
from bugstack.server.secrets import CredentialBox, InvalidToken
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Project

__all__ = ["WEBHOOK_SECRET", "router", "webhook_path"]

log = logging.getLogger("bugstack.server")

#: The key of the webhook secret in a project's sealed credentials.
WEBHOOK_SECRET = "webhook_secret"
#: Forge names in the URL, and the project's ``forge_kind`` each must match.
_KINDS = {"github": (ForgeKind.GITHUB, "github"), "gitlab": (ForgeKind.GITLAB, "gitlab"),
          "gitea": (ForgeKind.GITEA, "gitea"), "forgejo": (ForgeKind.GITEA, "gitea")}
#: CI payloads are small; a check run with a long summary is still far below this.
_MAX_BODY = 5 * 1024 * 1024

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"])


def webhook_path(forge: str, project_id: int) -> str:
    return f"/api/v1/webhooks/{forge}/{project_id}"


def _secret(request: Request, project_id: int, forge_kind: str) -> str | None:
    database: Database = request.app.state.database
    with database.session() as session:
        project = session.get(Project, project_id)
        if project is None or project.forge_kind != forge_kind or not project.credentials:
            return None
        sealed = project.credentials
    try:
        stored = CredentialBox.for_data_dir(request.app.state.settings.data_dir).open(sealed)
    except InvalidToken:
        log.warning("project %d: credentials do not open with this server's secret key",
                    project_id)
        return None
    secret = stored.get(WEBHOOK_SECRET)
    return secret if isinstance(secret, str) and secret else None


def _requeue(request: Request, project_id: int, sha: str) -> int | None:
    from bugstack.pipeline.ci_followup import requeue_for_ci

    attempt_id = requeue_for_ci(request.app.state.database, project_id, sha)
    queue = getattr(request.app.state, "fix_queue", None)
    if attempt_id is not None and queue is not None:
        try:
            queue.enqueue(attempt_id)
        except Exception:  # the attempt row is queued: a worker's sweep picks it up
            log.warning("fix %d: the task queue is unreachable; the sweep will send it",
                        attempt_id, exc_info=True)
    return attempt_id


@router.post("/{forge}/{project_id}", status_code=202, responses={
    400: {"description": "the body is not a JSON object"},
    401: {"description": "the signature or token does not match the project's secret"},
    404: {"description": "no such forge, or no project with it and a webhook secret"},
    413: {"description": "the body is larger than a CI event can be"},
})
async def forge_webhook(forge: str, project_id: RowId, request: Request) -> JSONResponse:
    """A forge's CI event: the job following that commit's checks reads them again."""
    if forge not in _KINDS:
        raise HTTPException(404, f"unknown forge {forge!r}: github, gitlab, gitea or forgejo")
    kind, forge_kind = _KINDS[forge]
    body = await request.body()
    if len(body) > _MAX_BODY:
        raise HTTPException(413, "webhook body too large")
    secret = await run_in_threadpool(_secret, request, project_id, forge_kind)
    if secret is None:
        # One answer for "no such project", "another forge" and "no secret set", so the
        # endpoint does not tell a stranger which projects exist.
        raise HTTPException(404, "no project with this forge and a webhook secret")
    headers = dict(request.headers)
    if not verify_webhook(kind, headers, body, secret):
        raise HTTPException(401, "the webhook's signature does not match the secret")
    try:
        payload: Any = json.loads(body)
    except ValueError as exc:
        raise HTTPException(400, "the webhook's body is not JSON") from exc
    if not isinstance(payload, dict):
        raise HTTPException(400, "the webhook's body is not a JSON object")
    signal = parse_ci_webhook(kind, headers, payload)
    if signal is None:
        return JSONResponse({"accepted": False, "reason": "not a CI event"}, 202)
    if not signal.finished:
        return JSONResponse({"accepted": False, "sha": signal.sha,
                             "reason": "CI is still running"}, 202)
    attempt_id = await run_in_threadpool(_requeue, request, project_id, signal.sha)
    if attempt_id is None:
        return JSONResponse({"accepted": False, "sha": signal.sha,
                             "reason": "no fix is waiting for this commit's CI"}, 202)
    return JSONResponse({"accepted": True, "sha": signal.sha, "fix": attempt_id}, 202)
