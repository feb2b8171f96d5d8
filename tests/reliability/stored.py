"""What a database holds after a test: the check that nothing answered 200 was lost."""

from __future__ import annotations

from sqlalchemy import select

from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Event

__all__ = ["stored_event_ids"]


def stored_event_ids(database_url: str) -> set[str]:
    database = Database(database_url)
    try:
        with database.session() as session:
            return set(session.scalars(select(Event.event_id)))
    finally:
        database.dispose()
