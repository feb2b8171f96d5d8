"""Our side: imported contacts and the sync's bookkeeping (tables in production)."""

from __future__ import annotations

from typing import Any

#: crm id -> contact as we store it.
CONTACTS: dict[str, dict[str, Any]] = {}
#: feed name -> ISO timestamp of the newest change already imported.
CURSORS: dict[str, str] = {}


def reset() -> None:
    CONTACTS.clear()
    CURSORS.clear()


def upsert_contact(record: dict[str, Any]) -> None:
    CONTACTS[record["id"]] = {"crm_id": record["id"], "email": record["email"].lower(), "name": record["name"]}


def get_cursor(feed: str) -> str | None:
    return CURSORS.get(feed)


def set_cursor(feed: str, value: str) -> None:
    CURSORS[feed] = value


def clear_cursor(feed: str) -> None:
    CURSORS.pop(feed, None)
