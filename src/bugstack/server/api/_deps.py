"""Dependencies of the REST API: the database session and the caller's organisation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from bugstack.server.projects import token_organization
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import MAX_ID

__all__ = ["UNAUTHORIZED", "DbSession", "Offset", "OrganizationId", "RowId"]

#: A larger id than a row can have is refused as invalid (422) before it reaches the
#: database, whose driver would fail on it (a 500, found by schemathesis).
RowId = Annotated[int, Path(ge=1, le=MAX_ID)]
#: Offsets are bounded for the same reason; nobody pages a billion rows deep.
Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]
#: Every operation of the API answers 401 without a live token; declared once for all.
UNAUTHORIZED: dict[int | str, dict[str, str]] = {
    401: {"description": "No token, or an unknown or revoked one"}}

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
