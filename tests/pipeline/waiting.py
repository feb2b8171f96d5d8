"""Waiting on a fix attempt's row, with the stages in the failure message."""

from __future__ import annotations

import time
from typing import Any

from bugstack.pipeline.story import attempt_story
from bugstack.server.storage.database import Database

__all__ = ["wait_for"]


def wait_for(database: Database, attempt_id: int, condition: Any, timeout: float = 300.0,
             what: str = "") -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        with database.session() as session:
            story = attempt_story(session, attempt_id)
        if story is not None and condition(story):
            return story
        if time.monotonic() > deadline:
            raise AssertionError(f"fix {attempt_id}: gave up waiting {what}: {story}")
        time.sleep(0.5)


def first_attempt(database: Database, timeout: float = 60.0) -> int:
    from sqlalchemy import select

    from bugstack.server.storage.models import FixAttempt

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with database.session() as session:
            found = session.scalar(select(FixAttempt.id).order_by(FixAttempt.id).limit(1))
        if found is not None:
            return int(found)
        time.sleep(0.3)
    raise AssertionError("no fix attempt was queued")


__all__ += ["first_attempt"]
