"""The "Language model" section of a project's settings (see docs/llm.md).

The project stores only what it chose; the server's ``BUGSTACK_LLM_*`` fills in the rest,
and the form says what that default is. The API key is sealed into the project's
credentials the moment it arrives and never rendered again. The monthly token cap is a
hard cap that only an administrator (a server admin or the organisation's owner) changes.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from bugstack.llm.budget import current_month
from bugstack.server.project_llm import CREDENTIAL_KEY, project_model, stored_choices
from bugstack.server.storage.models import LlmUsage, Membership, Project
from bugstack.server.web._common import (
    Db,
    Viewer,
    ViewerDep,
    check_csrf,
    project_for,
    read_form,
    redirect,
)
from bugstack.server.web._errors import PageRoute
from bugstack.server.web.settings_pages import _box, _stored_credentials

__all__ = ["llm_context", "router"]

router = APIRouter(include_in_schema=False, route_class=PageRoute)

PROVIDERS = [("", "The server's default"), ("openai", "OpenAI-compatible (Chat Completions)"),
             ("anthropic", "Anthropic (Messages)")]
#: Number fields of the form and the setting each one sets.
NUMBERS = {"samples": int, "attempt_tokens": int, "attempt_seconds": float,
           "monthly_tokens": int}


def can_change_cap(session: Session, viewer: Viewer, project: Project) -> bool:
    if viewer.user.is_admin:
        return True
    role = session.scalar(select(Membership.role).where(
        Membership.user_id == viewer.user.id,
        Membership.organization_id == project.organization_id))
    return role == "owner"


def llm_context(request: Request, session: Session, viewer: Viewer,
                project: Project) -> dict[str, Any]:
    """What the section shows: the project's choices, the settings in effect, this
    month's usage, and whether the viewer may change the cap."""
    credentials = _stored_credentials(request, project)
    model = project_model(project.llm_settings, credentials)
    used = session.scalar(select(LlmUsage.tokens).where(
        LlmUsage.project_id == project.id, LlmUsage.month == current_month())) or 0
    return {"chosen": stored_choices(project.llm_settings), "providers": PROVIDERS,
            "effective": model.settings.to_json() if model.settings else None,
            "status": model.reason, "on": model.on, "key_set": bool(
                credentials.get(CREDENTIAL_KEY)), "used": used, "month": current_month(),
            "can_change_cap": can_change_cap(session, viewer, project)}


def _choices(form: Any, before: dict[str, Any], may_change_cap: bool) -> dict[str, Any]:
    """The project's choices from the form; ValueError says what is wrong."""
    chosen: dict[str, Any] = {"enabled": form.get("llm_enabled") == "on",
                              "send_code": form.get("llm_never_send_code") != "on",
                              "ask": form.get("llm_ask") or "unbacked"}
    for name in ("provider", "model", "base_url"):
        value = form.get(f"llm_{name}", "").strip()
        if value:
            chosen[name] = value
    for name, kind in NUMBERS.items():
        raw = form.get(f"llm_{name}", "").strip()
        if not raw:
            continue
        try:
            chosen[name] = kind(raw)
        except ValueError as exc:
            raise ValueError(f"{name.replace('_', ' ')} must be a number, not {raw!r}") from exc
    if not may_change_cap:
        # The cap stays what an administrator set (or the server's), whatever was sent.
        sent = chosen.pop("monthly_tokens", None)
        if sent is not None and sent != before.get("monthly_tokens"):
            raise ValueError("only an administrator can change the monthly token cap")
        if "monthly_tokens" in before:
            chosen["monthly_tokens"] = before["monthly_tokens"]
    return chosen


@router.post("/projects/{project_id}/llm")
async def llm_post(request: Request, project_id: int, session: Db,
                   viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    project = project_for(session, viewer, project_id)
    where = f"/projects/{project.id}/settings#llm"
    try:
        chosen = _choices(form, stored_choices(project.llm_settings),
                          can_change_cap(session, viewer, project))
    except ValueError as exc:
        return redirect(where, f"Language model settings not saved: {exc}")
    credentials = _stored_credentials(request, project)
    key = form.get("llm_api_key", "").strip()
    if key:
        credentials[CREDENTIAL_KEY] = key
    if chosen["enabled"]:
        model = project_model(json.dumps(chosen), credentials)
        if model.settings is None:
            return redirect(where, f"Language model settings not saved: {model.reason}")
    project.llm_settings = json.dumps(chosen)
    if key:
        project.credentials = _box(request).seal(credentials)
    session.commit()
    return redirect(where, "language model settings saved")
