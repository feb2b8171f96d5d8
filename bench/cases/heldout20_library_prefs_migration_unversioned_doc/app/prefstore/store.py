"""Preference storage over a key-value backend (Redis in production, a dict in tests)."""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any

from prefstore.schema import CURRENT_VERSION, Document, upgrade

KEY_PREFIX = "prefs:"

DEFAULTS: Document = {
    "schema_version": CURRENT_VERSION,
    "language": "en",
    "timezone": "UTC",
    "notifications": {"newsletter": False, "digest": "never"},
}


class PreferenceStore:
    def __init__(self, backend: MutableMapping[str, str]) -> None:
        self._backend = backend

    def load(self, user_id: int) -> Document:
        """The user's preferences in the current shape (the defaults if none are saved)."""
        raw = self._backend.get(f"{KEY_PREFIX}{user_id}")
        if raw is None:
            return json.loads(json.dumps(DEFAULTS))
        return upgrade(json.loads(raw))

    def save(self, user_id: int, prefs: Document) -> None:
        prefs = {**prefs, "schema_version": CURRENT_VERSION}
        self._backend[f"{KEY_PREFIX}{user_id}"] = json.dumps(prefs, sort_keys=True)

    def update(self, user_id: int, **changes: Any) -> Document:
        prefs = {**self.load(user_id), **changes}
        self.save(user_id, prefs)
        return prefs

    def migrate_all(self) -> dict[str, int]:
        """The nightly maintenance task: rewrite every stored document in the current
        shape, so reads stop paying for the upgrade. Returns how many documents were
        upgraded and how many were current already."""
        upgraded = current = 0
        for key in sorted(k for k in self._backend if k.startswith(KEY_PREFIX)):
            stored = json.loads(self._backend[key])
            fresh = upgrade(stored)
            if fresh == stored:
                current += 1
                continue
            self._backend[key] = json.dumps(fresh, sort_keys=True)
            upgraded += 1
        return {"upgraded": upgraded, "current": current}
