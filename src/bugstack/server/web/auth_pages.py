"""Sign-up of the first user, login, logout, the account page with personal API tokens,
and the admin's page for adding people."""

from __future__ import annotations

import secrets
from datetime import timedelta

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from bugstack.server import accounts
from bugstack.server.login_throttle import LoginThrottle
from bugstack.server.storage.models import Membership, Organization, User
from bugstack.server.web._common import (
    COOKIE,
    PRE_COOKIE,
    Db,
    ViewerDep,
    check_csrf,
    page,
    read_form,
    redirect,
)
from bugstack.server.web._errors import PageRoute

__all__ = ["router"]

router = APIRouter(include_in_schema=False, route_class=PageRoute)

#: Login attempts per email, counted in the database: shared by every server process.
_THROTTLE = LoginThrottle()


def _throttle(request: Request) -> LoginThrottle:
    # A test (or an embedding app) may set its own limits on the application.
    throttle = getattr(request.app.state, "login_throttle", None)
    return throttle if isinstance(throttle, LoginThrottle) else _THROTTLE


def _lifetime(request: Request) -> timedelta:
    lifetime: timedelta = request.app.state.settings.session_lifetime
    return lifetime


def _safe_next(target: str | None) -> str:
    # Only paths on this site: "//evil.example" or "https://..." would be an open redirect.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


def _secure(request: Request) -> bool:
    # Behind a TLS-terminating proxy the request itself may look like plain HTTP.
    public_url: str = request.app.state.settings.public_url
    return request.url.scheme == "https" or public_url.startswith("https://")


def _anonymous_page(request: Request, template: str, status: int = 200,
                    **context: object) -> HTMLResponse:
    token = request.cookies.get(PRE_COOKIE) or secrets.token_urlsafe(24)
    response = page(request, template, None, status, csrf=token, **context)
    response.set_cookie(PRE_COOKIE, token, httponly=True, samesite="strict",
                        secure=_secure(request))
    return response


def _signed_in(request: Request, signed: accounts.SignedIn, target: str) -> Response:
    response = redirect(_safe_next(target))
    response.set_cookie(COOKIE, signed.token, httponly=True, samesite="lax",
                        secure=_secure(request),
                        max_age=int(_lifetime(request).total_seconds()))
    response.delete_cookie(PRE_COOKIE)
    return response


@router.get("/signup")
def signup_form(request: Request, session: Db) -> Response:
    if accounts.has_users(session):
        return redirect("/login", "sign-up is closed: an admin adds new people")
    return _anonymous_page(request, "signup.html", values={})


@router.post("/signup")
async def signup(request: Request, session: Db) -> Response:
    form = await read_form(request)
    check_csrf(request.cookies.get(PRE_COOKIE), form)
    try:
        signed = accounts.sign_up_first_user(session, form.get("email", ""),
                                             form.get("name", ""), form.get("password", ""),
                                             _lifetime(request))
    except accounts.SignupClosed as exc:
        return redirect("/login", str(exc))
    except accounts.AccountError as exc:
        return _anonymous_page(request, "signup.html", 422, error=str(exc), values=form)
    return _signed_in(request, signed, "/projects/new")


@router.get("/login")
def login_form(request: Request, session: Db, next: str = "/") -> Response:
    if not accounts.has_users(session):
        return redirect("/signup")
    return _anonymous_page(request, "login.html", next=_safe_next(next), values={})


@router.post("/login")
async def login(request: Request, session: Db) -> Response:
    form = await read_form(request)
    check_csrf(request.cookies.get(PRE_COOKIE), form)
    email = form.get("email", "")
    throttle = _throttle(request)
    if not throttle.attempt(session, email):
        return _anonymous_page(request, "login.html", 429, next=_safe_next(form.get("next")),
                               error="too many failed attempts for this email; wait 15 "
                                     "minutes and try again", values=form)
    user = accounts.authenticate(session, email, form.get("password", ""))
    if user is None:
        return _anonymous_page(request, "login.html", 401, next=_safe_next(form.get("next")),
                               error="wrong email or password", values=form)
    throttle.succeeded(session, email)
    signed = accounts.start_session(session, user, _lifetime(request))
    session.commit()
    return _signed_in(request, signed, form.get("next", "/"))


@router.post("/logout")
async def logout(request: Request, session: Db, viewer: ViewerDep) -> Response:
    check_csrf(viewer.csrf, await read_form(request))
    accounts.end_session(session, request.cookies.get(COOKIE, ""))
    session.commit()
    response = redirect("/login", "signed out")
    response.delete_cookie(COOKIE)
    return response


@router.get("/account")
def account(request: Request, session: Db, viewer: ViewerDep) -> Response:
    return page(request, "account.html", viewer,
                tokens=accounts.personal_tokens(session, viewer.user),
                new_token=None)


@router.post("/account/password")
async def change_password(request: Request, session: Db, viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    user = viewer.user
    if not accounts.verify_password(form.get("current", ""), user.password_hash):
        return redirect("/account", "password not changed: the current password is wrong")
    try:
        accounts.change_password(session, user, form.get("new", ""),
                                 keep=viewer.signed_in.session)
    except accounts.AccountError as exc:
        return redirect("/account", f"password not changed: {exc}")
    session.commit()
    return redirect("/account", "password changed; every other session is signed out")


@router.post("/account/tokens")
async def create_token(request: Request, session: Db, viewer: ViewerDep) -> Response:
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    try:
        org_id = int(form.get("organization", "") or viewer.organization_ids[0])
        token = accounts.create_personal_token(session, viewer.user, org_id,
                                               form.get("name", ""))
    except (ValueError, IndexError) as exc:
        raise HTTPException(422, str(exc) or "choose an organisation") from exc
    session.commit()
    # Shown once, on this response only: it is stored as a digest.
    return page(request, "account.html", viewer,
                tokens=accounts.personal_tokens(session, viewer.user), new_token=token)


@router.post("/account/tokens/{token_id}/revoke")
async def revoke_token(token_id: int, request: Request, session: Db,
                       viewer: ViewerDep) -> Response:
    check_csrf(viewer.csrf, await read_form(request))
    if not accounts.revoke_personal_token(session, viewer.user, token_id):
        raise HTTPException(404, "no such token")
    session.commit()
    return redirect("/account", "token revoked")


@router.get("/admin/users")
def users(request: Request, session: Db, viewer: ViewerDep) -> Response:
    if not viewer.user.is_admin:
        raise HTTPException(403, "only an admin manages people")
    rows = session.execute(
        select(User, Organization).join(Membership, Membership.user_id == User.id)
        .join(Organization, Organization.id == Membership.organization_id)
        .order_by(User.email)
    ).all()
    return page(request, "users.html", viewer, rows=rows, values={})


@router.post("/admin/users")
async def add_user(request: Request, session: Db, viewer: ViewerDep) -> Response:
    if not viewer.user.is_admin:
        raise HTTPException(403, "only an admin manages people")
    form = await read_form(request)
    check_csrf(viewer.csrf, form)
    try:
        user = accounts.create_user(session, form.get("email", ""), form.get("name", ""),
                                    form.get("password", ""), form.get("organization") or None)
    except accounts.AccountError as exc:
        session.rollback()
        return redirect("/admin/users", str(exc))
    session.commit()
    return redirect("/admin/users", f"added {user.email}")


@router.post("/admin/users/{user_id}/organizations/{organization_id}/remove")
async def remove_member(user_id: int, organization_id: int, request: Request, session: Db,
                        viewer: ViewerDep) -> Response:
    if not viewer.user.is_admin:
        raise HTTPException(403, "only an admin manages people")
    check_csrf(viewer.csrf, await read_form(request))
    if user_id == viewer.user.id:
        return redirect("/admin/users", "you cannot remove yourself")
    user = session.get(User, user_id)
    if user is None or not accounts.remove_membership(session, user, organization_id):
        raise HTTPException(404, "no such membership")
    session.commit()
    return redirect("/admin/users", f"removed {user.email}; their tokens for it are revoked")
