"""What every page shares: the signed-in viewer, CSRF checks, forms and templates.

A page that needs a person depends on ``Viewer``: with no valid session cookie the browser
is sent to the login page. Every lookup of a project or issue goes through
``project_for``/``issue_for``, which answer 404 for anything outside the viewer's
organisations, exactly as for something that does not exist, so ids cannot be probed.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, quote

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session

from bugstack.server.accounts import SignedIn, organization_ids, session_user
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Issue, Organization, Project

__all__ = [
    "COOKIE",
    "MAX_FORM",
    "PRE_COOKIE",
    "STATIC_DIR",
    "Db",
    "Form",
    "Viewer",
    "ViewerDep",
    "check_csrf",
    "issue_for",
    "page",
    "project_for",
    "read_form",
    "redirect",
    "templates",
]

COOKIE = "bugstack_session"
#: The CSRF cookie of forms shown before anyone is signed in (sign-up and login).
PRE_COOKIE = "bugstack_csrf"
#: Forms are small; a larger body is refused rather than read into memory.
MAX_FORM = 256 * 1024

_HERE = Path(__file__).parent
STATIC_DIR = _HERE / "static"
templates = Jinja2Templates(directory=str(_HERE / "templates"))


def _db(request: Request) -> Iterator[Session]:
    database: Database = request.app.state.database
    with database.session() as session:
        yield session


Db = Annotated[Session, Depends(_db)]


@dataclass(frozen=True, slots=True)
class Viewer:
    signed_in: SignedIn
    organization_ids: list[int]
    organizations: list[Organization]

    @property
    def user(self) -> Any:
        return self.signed_in.user

    @property
    def csrf(self) -> str:
        return self.signed_in.session.csrf_token


def _viewer(request: Request, session: Db) -> Viewer:
    token = request.cookies.get(COOKIE)
    signed_in = session_user(session, token) if token else None
    if signed_in is None:
        session.commit()  # an expired session row is deleted on sight
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(303, "sign in first",
                            headers={"Location": f"/login?next={quote(target)}"})
    ids = organization_ids(session, signed_in.user)
    orgs = list(session.scalars(select(Organization).where(Organization.id.in_(ids))
                                .order_by(Organization.name)))
    return Viewer(signed_in, ids, orgs)


ViewerDep = Annotated[Viewer, Depends(_viewer)]

Form = dict[str, str]


async def read_form(request: Request) -> Form:
    """The fields of an url-encoded form, last value winning; no multipart needed."""
    declared = request.headers.get("content-length") or "0"
    if not declared.isdigit():
        raise HTTPException(400, "bad Content-Length")
    if int(declared) > MAX_FORM:
        raise HTTPException(413, "form too large")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            raise HTTPException(413, "form too large")
    try:
        fields = parse_qs(body.decode(), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError as exc:
        raise HTTPException(400, "the form is not UTF-8") from exc
    return {name: values[-1] for name, values in fields.items()}


def check_csrf(expected: str | None, form: Form) -> None:
    sent = form.get("csrf", "")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise HTTPException(403, "this form has expired; go back, reload the page and retry")


def project_for(session: Session, viewer: Viewer, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None or project.organization_id not in viewer.organization_ids:
        raise HTTPException(404, "no such project")
    return project


def issue_for(session: Session, viewer: Viewer, issue_id: int) -> tuple[Issue, Project]:
    issue = session.get(Issue, issue_id)
    project = session.get(Project, issue.project_id) if issue is not None else None
    if issue is None or project is None or project.organization_id not in viewer.organization_ids:
        raise HTTPException(404, "no such issue")
    return issue, project


def page(request: Request, template: str, viewer: Viewer | None = None, status_code: int = 200,
         **context: Any) -> HTMLResponse:
    context.update(request=request, viewer=viewer)
    if context.get("notice") is None:
        context["notice"] = request.query_params.get("notice")
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def redirect(path: str, notice: str | None = None) -> RedirectResponse:
    if notice:
        path, hash_mark, fragment = path.partition("#")
        path += ("&" if "?" in path else "?") + "notice=" + quote(notice) + hash_mark + fragment
    return RedirectResponse(path, status_code=303)
