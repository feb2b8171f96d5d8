"""Shapes of the REST API's answers, as published in its OpenAPI document."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, field_validator

from bugstack.domain.issue import IssueStatus

__all__ = ["EventOut", "IssueOut", "IssueUpdate", "ProjectOut"]


def _utc(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every time bugstack stores is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class ProjectOut(BaseModel):
    id: int
    name: str
    repository: str | None
    test_command: str | None
    created_at: datetime

    _utc = field_validator("created_at")(classmethod(lambda cls, v: _utc(v)))


class IssueOut(BaseModel):
    id: int
    project_id: int
    title: str
    culprit: str | None
    exception_type: str | None
    level: str
    status: IssueStatus
    first_seen: datetime
    last_seen: datetime
    event_count: int
    first_release: str | None
    last_release: str | None
    releases: list[str] | None = None

    _utc = field_validator("first_seen", "last_seen")(classmethod(lambda cls, v: _utc(v)))


class IssueUpdate(BaseModel):
    status: IssueStatus


class EventOut(BaseModel):
    id: int
    event_id: str
    issue_id: int
    project_id: int
    received_at: datetime
    release: str | None
    environment: str | None
    #: The event exactly as the SDK sent it.
    event: dict[str, Any]

    _utc = field_validator("received_at")(classmethod(lambda cls, v: _utc(v)))
