"""The forges' CI webhooks: which commit's checks just changed.

A webhook is only a nudge. Its payload says which commit to look at; the state of the
checks is then read from the forge's API (``Forge.checks``) and handed to
``flow.advance``, so a partial, reordered or forged payload cannot merge anything.

Each forge authenticates its webhooks its own way, and :func:`verify_webhook` checks it:
GitHub signs the body (``X-Hub-Signature-256: sha256=<hmac>``), Gitea and Forgejo too
(``X-Gitea-Signature`` / ``X-Forgejo-Signature``: the bare hex HMAC-SHA256), and GitLab
sends the configured secret back as ``X-Gitlab-Token``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bugstack.deliver.model import ForgeKind

__all__ = ["CiSignal", "parse_ci_webhook", "verify_webhook"]


@dataclass(frozen=True, slots=True)
class CiSignal:
    sha: str
    #: Whether the payload reports something finished (worth re-reading the checks now).
    finished: bool


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def verify_webhook(
    kind: ForgeKind, headers: Mapping[str, str], body: bytes, secret: str
) -> bool:
    h = _lower(headers)
    if kind is ForgeKind.GITLAB:
        return hmac.compare_digest(h.get("x-gitlab-token", ""), secret)
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if kind is ForgeKind.GITHUB:
        return hmac.compare_digest(h.get("x-hub-signature-256", ""), f"sha256={digest}")
    if kind is ForgeKind.GITEA:
        given = h.get("x-forgejo-signature") or h.get("x-gitea-signature") or ""
        return hmac.compare_digest(given, digest)
    return False


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def parse_ci_webhook(
    kind: ForgeKind, headers: Mapping[str, str], payload: Mapping[str, Any]
) -> CiSignal | None:
    """The commit a CI webhook is about, or ``None`` for an event that is not about CI."""
    h = _lower(headers)
    if kind is ForgeKind.GITHUB:
        event = h.get("x-github-event")
        if event in ("check_run", "check_suite"):
            item = _dict(payload.get(event))
            sha = _str(item.get("head_sha"))
            return CiSignal(sha, item.get("status") == "completed") if sha else None
        if event == "status":
            sha = _str(payload.get("sha"))
            return CiSignal(sha, payload.get("state") != "pending") if sha else None
        return None
    if kind is ForgeKind.GITLAB:
        if h.get("x-gitlab-event") not in ("Pipeline Hook", "Job Hook"):
            return None
        attrs = _dict(payload.get("object_attributes"))
        sha = _str(attrs.get("sha")) or _str(payload.get("sha"))
        status = attrs.get("status") or payload.get("build_status")
        finished = status in ("success", "failed", "canceled", "skipped")
        return CiSignal(sha, finished) if sha else None
    if kind is ForgeKind.GITEA:
        event = h.get("x-forgejo-event") or h.get("x-gitea-event")
        if event == "status":
            sha = _str(payload.get("sha"))
            return CiSignal(sha, payload.get("state") not in ("pending", None)) if sha else None
        if event in ("workflow_run", "workflow_job"):
            item = _dict(payload.get(event))
            sha = _str(item.get("head_sha"))
            return CiSignal(sha, item.get("status") == "completed") if sha else None
    return None
