"""Organisations, projects, their API keys and REST tokens.

Keys and tokens are shown once, when made, and stored only as SHA-256 digests.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bugstack.domain.keys import ApiKey, InvalidKeyError, hash_secret
from bugstack.server.storage.models import ApiToken, Organization, Project, ProjectKey

__all__ = [
    "DEFAULT_ORGANIZATION",
    "NewKey",
    "ProjectExistsError",
    "UnknownProjectError",
    "create_key",
    "create_project",
    "create_token",
    "default_organization",
    "find_project",
    "revoke_key",
    "token_organization",
]

DEFAULT_ORGANIZATION = "default"
TOKEN_PREFIX = "bst_"


class ProjectExistsError(ValueError):
    pass


class UnknownProjectError(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class NewKey:
    project: Project
    key: ApiKey


def _now() -> datetime:
    return datetime.now(UTC)


def default_organization(session: Session) -> Organization:
    org = session.scalar(select(Organization).where(Organization.name == DEFAULT_ORGANIZATION))
    if org is None:
        org = Organization(name=DEFAULT_ORGANIZATION, created_at=_now())
        session.add(org)
        session.flush()
    return org


def find_project(session: Session, name_or_id: str, organization_id: int | None = None) -> Project:
    query = select(Project)
    if organization_id is not None:
        query = query.where(Project.organization_id == organization_id)
    if name_or_id.isdigit():
        project = session.scalar(query.where(Project.id == int(name_or_id)))
        if project is not None:
            return project
    project = session.scalar(query.where(Project.name == name_or_id))
    if project is None:
        raise UnknownProjectError(f"no project named {name_or_id!r}")
    return project


def create_project(
    session: Session,
    name: str,
    repository: str | None = None,
    test_command: str | None = None,
    rate_limit_per_minute: int | None = None,
) -> NewKey:
    org = default_organization(session)
    exists = session.scalar(
        select(Project.id).where(Project.organization_id == org.id, Project.name == name)
    )
    if exists is not None:
        raise ProjectExistsError(f"a project named {name!r} exists already")
    project = Project(
        organization_id=org.id,
        name=name,
        repository=repository,
        test_command=test_command,
        rate_limit_per_minute=rate_limit_per_minute,
        created_at=_now(),
    )
    session.add(project)
    session.flush()
    return create_key(session, project)


def create_key(session: Session, project: Project) -> NewKey:
    key = ApiKey.generate(project.id)
    session.add(
        ProjectKey(
            project_id=project.id, digest=key.digest, prefix=key.display_prefix, created_at=_now()
        )
    )
    session.flush()
    return NewKey(project=project, key=key)


def revoke_key(session: Session, key_or_prefix: str) -> int:
    """Revoke a key given whole, or every key of a project given its displayed prefix."""
    try:
        condition = ProjectKey.digest == ApiKey.parse(key_or_prefix).digest
    except InvalidKeyError:
        condition = ProjectKey.prefix == key_or_prefix.strip()
    result = session.execute(
        update(ProjectKey)
        .where(condition, ProjectKey.revoked_at.is_(None))
        .values(revoked_at=_now())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def create_token(session: Session, name: str, organization_id: int | None = None) -> str:
    org_id = organization_id or default_organization(session).id
    token = TOKEN_PREFIX + secrets.token_hex(20)
    session.add(
        ApiToken(
            organization_id=org_id,
            digest=hash_secret(token),
            prefix=token[:10],
            name=name,
            created_at=_now(),
        )
    )
    session.flush()
    return token


def token_organization(session: Session, token: str) -> int | None:
    """The organisation a live token acts for, or None."""
    return session.scalar(
        select(ApiToken.organization_id).where(
            ApiToken.digest == hash_secret(token), ApiToken.revoked_at.is_(None)
        )
    )
