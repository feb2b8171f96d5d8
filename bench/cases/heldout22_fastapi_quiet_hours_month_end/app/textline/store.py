"""Contacts and the queue of scheduled texts (Redis and Postgres in the deployment)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import count


@dataclass
class Contact:
    id: int
    phone: str
    quiet_hours: str | None = None


@dataclass
class Scheduled:
    id: int
    contact_id: int
    body: str
    deliver_at: datetime
    transactional: bool = False


_contacts: dict[int, Contact] = {}
_queue: list[Scheduled] = []
_ids = count(1)


def reset() -> None:
    global _ids
    _contacts.clear()
    _queue.clear()
    _ids = count(1)
    _contacts[1] = Contact(1, "+447700900101", "22:00-07:00")
    _contacts[2] = Contact(2, "+447700900102")
    _contacts[3] = Contact(3, "+447700900103", "13:00-14:00")


def get_contact(contact_id: int) -> Contact | None:
    return _contacts.get(contact_id)


def schedule(contact_id: int, body: str, deliver_at: datetime, transactional: bool) -> Scheduled:
    item = Scheduled(next(_ids), contact_id, body, deliver_at, transactional)
    _queue.append(item)
    return item


def queued() -> list[Scheduled]:
    return sorted(_queue, key=lambda item: item.deliver_at)


reset()
