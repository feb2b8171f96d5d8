"""Accounts as the database hands them back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

#: What an account that never touched the settings page gets.
DEFAULT_PREFERENCES: dict[str, Any] = {"theme": "light", "language": "en", "weekly_digest": True}


@dataclass
class Account:
    id: int
    email: str
    #: JSON text. Accounts created before preferences existed (before 2.0) hold '' here;
    #: the column was added with an empty default and never back-filled.
    preferences_json: str


ACCOUNTS = {
    1: Account(1, "ana@example.com", '{"theme": "dark", "language": "pt", "weekly_digest": false}'),
    2: Account(2, "bo@example.com", '{"language": "sv"}'),
    3: Account(3, "cy@example.com", ""),
}


def read_preferences(account: Account) -> dict[str, Any]:
    """The account's preferences: DEFAULT_PREFERENCES, overridden key by key by what the
    account saved. Accounts that never saved any get the defaults."""
    saved = json.loads(account.preferences_json)
    return {**DEFAULT_PREFERENCES, **saved}
