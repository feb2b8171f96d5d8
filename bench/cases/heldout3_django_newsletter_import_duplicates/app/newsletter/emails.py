"""Addresses as people type them: ' Ann@Example.COM' and 'ann@example.com' are the same mailbox."""

from __future__ import annotations


def normalize(raw: str) -> str:
    """``raw`` trimmed and lower-cased; '' when there is nothing that could be an address."""
    email = raw.strip().lower()
    return email if "@" in email else ""
