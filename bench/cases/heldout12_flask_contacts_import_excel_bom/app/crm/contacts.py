"""The contact book, in memory (production uses the CRM's database behind the same calls)."""

from __future__ import annotations

_CONTACTS: dict[str, str] = {}


def reset() -> None:
    _CONTACTS.clear()


def upsert(email: str, name: str) -> bool:
    """Stores the contact; True when the address was new."""
    new = email not in _CONTACTS
    _CONTACTS[email] = name
    return new


def everything() -> dict[str, str]:
    return dict(sorted(_CONTACTS.items()))
