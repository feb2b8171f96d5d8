"""Dashboard accounts: users, password hashing, server-side sessions and CSRF tokens.

Passwords are hashed with scrypt from the standard library (memory-hard, so a leaked
table is expensive to attack) under a random salt, and compared in constant time.
A session cookie carries 256 random bits; the database stores only its SHA-256 digest,
so a copy of the database cannot be replayed as a login. Each session has its own CSRF
token, which every form that changes something must send back.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from bugstack.domain.keys import hash_secret
from bugstack.server.projects import create_token, default_organization
from bugstack.server.storage.models import (
    ApiToken,
    FirstSignup,
    Membership,
    Organization,
    PersonalToken,
    Project,
    User,
    WebSession,
)

__all__ = [
    "SESSION_LIFETIME",
    "AccountError",
    "SignedIn",
    "SignupClosed",
    "authenticate",
    "change_password",
    "create_personal_token",
    "create_user",
    "end_session",
    "has_users",
    "hash_password",
    "organization_ids",
    "organizations_of",
    "personal_tokens",
    "remove_membership",
    "revoke_personal_token",
    "session_user",
    "sign_up_first_user",
    "start_session",
    "user_can_see_project",
    "verify_password",
]

SESSION_LIFETIME = timedelta(days=14)
MIN_PASSWORD = 10
# scrypt cost: 16 MiB and about 0.1 s per hash on a small server. The parameters are stored
# with each hash, so raising them later leaves existing hashes valid.
_N, _R, _P = 2**14, 8, 1
_MAXMEM = 64 * 1024 * 1024


class AccountError(ValueError):
    """Bad input for an account: the message is meant for the person who typed it."""


class SignupClosed(AccountError):
    """Someone signed up first: from then on an admin adds people."""

    def __init__(self) -> None:
        super().__init__("sign-up is closed: an admin adds new people")


@dataclass(frozen=True, slots=True)
class SignedIn:
    user: User
    session: WebSession
    #: The cookie value; returned once, when the session starts.
    token: str = ""


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    # SQLite returns naive datetimes for timezone-aware columns.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=_MAXMEM)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), maxmem=_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) != 0


def _clean_email(email: str) -> str:
    email = email.strip().lower()
    local, at, domain = email.partition("@")
    if not (local and at and "." in domain) or len(email) > 320 or " " in email:
        raise AccountError("enter an email address like name@example.com")
    return email


def create_user(
    session: Session, email: str, name: str, password: str, organization: str | None = None,
    is_admin: bool = False,
) -> User:
    """A new user, member of ``organization`` (made if new; the default one if None)."""
    email = _clean_email(email)
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise AccountError(f"a user with the email {email} exists already")
    if organization is None or not organization.strip():
        org = default_organization(session)
    else:
        org_name = organization.strip()[:200]
        found = session.scalar(select(Organization).where(Organization.name == org_name))
        org = found or Organization(name=org_name, created_at=_now())
        session.add(org)
    user = User(email=email, name=name.strip()[:200] or email, is_admin=is_admin,
                password_hash=hash_password(password), created_at=_now())
    session.add(user)
    session.flush()
    session.add(Membership(user_id=user.id, organization_id=org.id,
                           role="owner" if is_admin else "member"))
    session.flush()
    return user


def sign_up_first_user(session: Session, email: str, name: str, password: str,
                       lifetime: timedelta = SESSION_LIFETIME) -> SignedIn:
    """The first account, as admin, signed in and committed; SignupClosed if anyone got
    there first. The read of the users table only spares the usual case a write: two
    sign-ups racing both read an empty table, and the ``first_signup`` row, whose key can
    only be 1, decides in the database which one commits."""
    if has_users(session):
        raise SignupClosed
    try:
        # AccountError (what was typed) passes through; the database's refusals do not.
        user = create_user(session, email, name, password, is_admin=True)
        session.add(FirstSignup(slot=1, user_id=user.id, created_at=_now()))
        signed = start_session(session, user, lifetime)
        session.commit()
    except (IntegrityError, OperationalError) as exc:
        # The slot is taken (PostgreSQL, or SQLite once the winner committed), the default
        # organisation was made by the winner, or SQLite refuses a write on a snapshot that
        # the winner's commit made stale: in every case someone else was first.
        session.rollback()
        if has_users(session):
            raise SignupClosed from exc
        raise
    return signed


def change_password(session: Session, user: User, new_password: str,
                    keep: WebSession | None = None) -> None:
    """Set a new password and end every session of the user but ``keep``: whoever may
    have learnt the old one is signed out."""
    if len(new_password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    user.password_hash = hash_password(new_password)
    others = delete(WebSession).where(WebSession.user_id == user.id)
    if keep is not None:
        others = others.where(WebSession.id != keep.id)
    session.execute(others)
    session.flush()


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        # Spend the same time as a real check, so response time does not reveal accounts.
        verify_password(password, _dummy_hash())
        return None
    return user if verify_password(password, user.password_hash) else None


def start_session(session: Session, user: User,
                  lifetime: timedelta = SESSION_LIFETIME) -> SignedIn:
    token = secrets.token_urlsafe(32)
    now = _now()
    row = WebSession(digest=hash_secret(token), user_id=user.id,
                     csrf_token=secrets.token_urlsafe(32), created_at=now,
                     expires_at=now + lifetime)
    session.add(row)
    session.flush()
    return SignedIn(user=user, session=row, token=token)


def session_user(session: Session, token: str) -> SignedIn | None:
    row = session.scalar(select(WebSession).where(WebSession.digest == hash_secret(token)))
    if row is None:
        return None
    if _aware(row.expires_at) <= _now():
        session.delete(row)
        session.flush()
        return None
    user = session.get(User, row.user_id)
    return None if user is None else SignedIn(user=user, session=row)


def end_session(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.digest == hash_secret(token)))


def organization_ids(session: Session, user: User) -> list[int]:
    return list(session.scalars(
        select(Membership.organization_id).where(Membership.user_id == user.id)
        .order_by(Membership.organization_id)
    ))


def organizations_of(session: Session, user: User) -> Sequence[Organization]:
    return session.scalars(
        select(Organization).join(Membership, Membership.organization_id == Organization.id)
        .where(Membership.user_id == user.id).order_by(Organization.name)
    ).all()


def user_can_see_project(session: Session, user: User, project: Project) -> bool:
    return project.organization_id in organization_ids(session, user)


def create_personal_token(session: Session, user: User, organization_id: int,
                          name: str) -> str:
    """A REST token acting for one of the user's organisations; shown once."""
    if organization_id not in organization_ids(session, user):
        raise AccountError("you are not a member of that organisation")
    token = create_token(session, f"{user.email}: {name.strip()[:150] or 'token'}",
                         organization_id)
    api_token_id = session.scalar(select(ApiToken.id).where(
        ApiToken.digest == hash_secret(token)))
    assert api_token_id is not None
    session.add(PersonalToken(api_token_id=api_token_id, user_id=user.id))
    session.flush()
    return token


def remove_membership(session: Session, user: User, organization_id: int) -> bool:
    """Take the user out of the organisation: their tokens for it are revoked, and with
    no organisation left their sessions end too."""
    membership = session.get(Membership, (user.id, organization_id))
    if membership is None:
        return False
    session.delete(membership)
    tokens = session.scalars(
        select(ApiToken).join(PersonalToken, PersonalToken.api_token_id == ApiToken.id)
        .where(PersonalToken.user_id == user.id, ApiToken.organization_id == organization_id,
               ApiToken.revoked_at.is_(None)))
    for token in tokens:
        token.revoked_at = _now()
    session.flush()
    if not organization_ids(session, user):
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    return True


def personal_tokens(session: Session, user: User) -> Sequence[ApiToken]:
    return session.scalars(
        select(ApiToken).join(PersonalToken, PersonalToken.api_token_id == ApiToken.id)
        .where(PersonalToken.user_id == user.id).order_by(ApiToken.id)
    ).all()


def revoke_personal_token(session: Session, user: User, token_id: int) -> bool:
    token = session.scalar(
        select(ApiToken).join(PersonalToken, PersonalToken.api_token_id == ApiToken.id)
        .where(PersonalToken.user_id == user.id, ApiToken.id == token_id)
    )
    if token is None or token.revoked_at is not None:
        return False
    token.revoked_at = _now()
    session.flush()
    return True


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_hex(8))
