"""Dependencies of the REST API: the database session and the caller's organisation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from bugstack.server.projects import token_organization
from bugstack.server.storage.database import Database

__all__ = ["DbSession", "OrganizationId"]

_bearer = HTTPBearer(auto_error=False, description="A token from `bugstack token create`.")


def _session(request: Request) -> Iterator[Session]:
    database: Database = request.app.state.database
    with database.session() as session:
        yield session


DbSession = Annotated[Session, Depends(_session)]


def _organization(
    session: DbSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> int:
    if credentials is None:
        raise HTTPException(401, "an API token is required (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    organization_id = token_organization(session, credentials.credentials)
    if organization_id is None:
        raise HTTPException(401, "unknown or revoked API token",
                            headers={"WWW-Authenticate": "Bearer"})
    return organization_id


OrganizationId = Annotated[int, Depends(_organization)]
