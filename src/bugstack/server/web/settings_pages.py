"""A project's settings: repository and test command, forge and credentials, automatic
fixing and merge policy, notifications (with a test send) and API keys.

Credentials are sealed with the server's CredentialBox the moment they arrive and never
rendered again: the page says only which ones are set. Leaving a credential field empty
keeps what is stored; the "forget" box removes them all.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from bugstack.domain.durations import format_duration, parse_duration
from bugstack.domain.keys import ApiKey
from bugstack.server.config import Settings
from bugstack.server.projects import create_key
from bugstack.server.secrets import (
    CHANNEL_SECRET_FIELDS,
    CredentialBox,
    InvalidToken,
    open_channel_secrets,
    seal_channel_secrets,
)
from bugstack.server.storage.models import Project, ProjectKey
from bugstack.server.web._common import (
    Db,
    Viewer,
    ViewerDep,
    check_csrf,
    page,
    project_for,
    read_form,
    redirect,
)
from bugstack.server.web._errors import PageRoute

__all__ = ["router", "settings_page"]

router = APIRouter(include_in_schema=False, route_class=PageRoute)

FORGES = [("", "None (no delivery)"), ("github", "GitHub"), ("gitlab", "GitLab"),
          ("gitea", "Gitea / Forgejo"), ("git", "Plain git (push a branch only)")]
CREDENTIAL_FIELDS = [("token", "Forge or git HTTPS token"), ("username", "Git user name"),
                     ("ssh_key_path", "Path to an SSH private key on the server"),
                     ("model_api_key", "Language model API key (optional)"),
                     ("webhook_secret", "Forge webhook secret (CI events, optional)")]
#: Values inside notification settings that are secrets: masked when shown.
SECRET_KEYS = CHANNEL_SECRET_FIELDS
MASK = "(unchanged)"


def _box(request: Request) -> CredentialBox:
    settings: Settings = request.app.state.settings
    return CredentialBox.for_data_dir(settings.data_dir)


def _stored_credentials(request: Request, project: Project) -> dict[str, Any]:
    if not project.credentials:
        return {}
    try:
        return _box(request).open(project.credentials)
    except InvalidToken:
        return {}


def _masked_notifications(raw: str | None) -> str:
    try:
        entries = json.loads(raw) if raw else []
    except ValueError:
        return raw or ""
    if isinstance(entries, list):
        for entry in entries:
            if isinstance(entry, dict):
                for key in SECRET_KEYS:
                    if entry.get(key):
                        entry[key] = MASK
    return json.dumps(entries, indent=2)


def _unmask(new: list[Any], old_raw: str | None) -> list[Any]:
    """Put back the stored secrets where the form sent the mask unchanged."""
    try:
        old = json.loads(old_raw) if old_raw else []
    except ValueError:
        old = []
    for index, entry in enumerate(new):
        if not isinstance(entry, dict):
            continue
        for key in SECRET_KEYS:
            if entry.get(key) == MASK:
                previous = old[index] if index < len(old) and isinstance(old[index], dict) else {}
                if previous.get(key):
                    entry[key] = previous[key]
                else:
                    raise ValueError(f"channel {index + 1}: type the {key} again")
    return new


def settings_page(request: Request, session: Session, viewer: Viewer, project: Project,
                  new_key: str | None = None, notice: str | None = None,
                  errors: dict[str, str] | None = None, status: int = 200) -> Response:
    from bugstack.server.web.llm_settings_pages import llm_context  # it builds on this module

    keys = session.scalars(select(ProjectKey).where(ProjectKey.project_id == project.id)
                           .order_by(ProjectKey.id)).all()
    stored = _stored_credentials(request, project)
    public_url = request.app.state.settings.public_url
    dsn = ApiKey.parse(new_key).dsn(public_url) if new_key else None
    response = page(request, "settings.html", viewer, status_code=status, project=project,
                    keys=keys, new_key=new_key, dsn=dsn, forges=FORGES,
                    credential_fields=CREDENTIAL_FIELDS,
                    credentials_set=sorted(k for k, v in stored.items() if v),
                    notifications=_masked_notifications(project.notifications),
                    errors=errors or {}, public_url=public_url, notice=notice,
                    quiet_period=(format_duration(project.quiet_period)
                                  if project.quiet_period else ""),
                    llm=llm_context(request, session, viewer, project))
    return response


@router.get("/projects/{project_id}/settings")
def settings_get(request: Request, project_id: int, session: Db, viewer: ViewerDep) -> Response:
    return settings_page(request, session, viewer, project_for(session, viewer, project_id))


@router.post("/projects/{project_id}/settings")
async def settings_post(request: Request, project_id: int, session: Db,
                        viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    project = project_for(session, viewer, project_id)
    errors: dict[str, str] = {}
    made_secret = ""
    policy = form.get("merge_policy", "review")
    if policy not in ("review", "auto-merge"):
        errors["merge_policy"] = "choose review or auto-merge"
    forge = form.get("forge_kind", "")
    if forge not in {k for k, _ in FORGES}:
        errors["forge_kind"] = "choose one of the listed forges"
    if forge in ("github", "gitlab", "gitea") and not form.get("forge_repository", "").strip():
        errors["forge_repository"] = "the forge needs the repository as owner/name"
    quiet_period: int | None = None
    if typed_quiet := form.get("quiet_period", "").strip():
        try:
            quiet_period = parse_duration(typed_quiet)
        except ValueError as exc:
            errors["quiet_period"] = str(exc)
    if errors:
        return settings_page(request, session, viewer, project, errors=errors, status=422,
                             notice="Nothing was saved: fix the fields marked below.")
    project.repository = form.get("repository", "").strip() or None
    project.test_command = form.get("test_command", "").strip() or None
    project.default_branch = form.get("default_branch", "").strip() or None
    project.auto_fix = form.get("auto_fix") == "on"
    project.merge_policy = policy
    project.quiet_period = quiet_period
    project.forge_kind = forge or None
    project.forge_url = form.get("forge_url", "").strip() or None
    project.forge_repository = form.get("forge_repository", "").strip() or None
    if form.get("forget_credentials") == "on":
        project.credentials = None
    else:
        stored = _stored_credentials(request, project)
        typed = {k: form.get(f"credential_{k}", "").strip() for k, _ in CREDENTIAL_FIELDS}
        if form.get("generate_webhook_secret") == "on":
            typed["webhook_secret"] = made_secret = secrets.token_urlsafe(24)
        if any(typed.values()):
            stored.update({k: v for k, v in typed.items() if v})
            project.credentials = _box(request).seal(stored)
    session.commit()
    if made_secret:  # shown this once, like an API key; stored sealed
        return settings_page(request, session, viewer, project, notice=(
            f"Settings saved. The forge webhook secret, shown only now: {made_secret}"))
    return redirect(f"/projects/{project.id}/settings", "settings saved")


@router.post("/projects/{project_id}/notifications")
async def notifications_post(request: Request, project_id: int, session: Db,
                             viewer: ViewerDep) -> Response:
    from bugstack.deliver.notify import SettingsError, notifier_from_settings

    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    project = project_for(session, viewer, project_id)
    text = form.get("notifications", "").strip() or "[]"
    try:
        entries = json.loads(text)
        if not isinstance(entries, list):
            raise ValueError("expected a JSON list of channels")
        entries = _unmask(entries, project.notifications)
        notifier_from_settings(entries)
    except (ValueError, SettingsError) as exc:
        return settings_page(request, session, viewer, project, status=422,
                             errors={"notifications": str(exc)},
                             notice="Notifications were not saved.")
    entries = seal_channel_secrets(entries, _box(request))
    project.notifications = json.dumps(entries) if entries else None
    session.commit()
    return redirect(f"/projects/{project.id}/settings#notifications", "notifications saved")


@router.post("/projects/{project_id}/notifications/test")
async def notifications_test(request: Request, project_id: int, session: Db,
                             viewer: ViewerDep) -> Response:
    from bugstack.deliver.notify import SettingsError, notifier_from_settings

    check_csrf(viewer.csrf, await read_form(request))
    project = project_for(session, viewer, project_id)
    try:
        opened = open_channel_secrets(project.notifications, _box(request))
        notifier = notifier_from_settings(json.loads(opened or "[]"))
    except (ValueError, SettingsError) as exc:
        return redirect(f"/projects/{project.id}/settings#notifications", f"not sent: {exc}")
    if not notifier.channels:
        return redirect(f"/projects/{project.id}/settings#notifications",
                        "no channel is set up yet")
    link = f"{request.app.state.settings.public_url}/projects/{project.id}/issues"
    results = await run_in_threadpool(notifier.send_test, project.name, link)
    summary = "; ".join(f"{r.channel}: {'sent' if r.ok else 'failed: ' + (r.error or '')}"
                        for r in results)
    return redirect(f"/projects/{project.id}/settings#notifications", summary)


@router.post("/projects/{project_id}/keys")
async def key_create(request: Request, project_id: int, session: Db,
                     viewer: ViewerDep) -> Response:
    check_csrf(viewer.csrf, await read_form(request))
    project = project_for(session, viewer, project_id)
    made = create_key(session, project)
    session.commit()
    return settings_page(request, session, viewer, project, new_key=str(made.key),
                         notice="New API key made. Copy it now: it is shown only once.")


@router.post("/projects/{project_id}/keys/{key_id}/revoke")
async def key_revoke(request: Request, project_id: int, key_id: int, session: Db,
                     viewer: ViewerDep) -> Response:
    from datetime import UTC, datetime

    check_csrf(viewer.csrf, await read_form(request))
    project = project_for(session, viewer, project_id)
    key = session.scalar(select(ProjectKey).where(ProjectKey.id == key_id,
                                                  ProjectKey.project_id == project.id))
    if key is None:
        raise HTTPException(404, "no such key")
    if key.revoked_at is None:
        key.revoked_at = datetime.now(UTC)
        session.commit()
    return redirect(f"/projects/{project.id}/settings#keys",
                    f"key {key.prefix}… revoked: events sent with it are now refused")
