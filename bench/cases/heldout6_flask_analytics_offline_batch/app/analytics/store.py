"""Where accepted analytics events go (a list here; a queue in production)."""

from __future__ import annotations

from typing import Any

#: Events the mobile SDK may send; others are dropped silently (old SDKs send a few more).
TRACKED = frozenset({"app_open", "screen_view", "purchase", "sign_up"})

EVENTS: list[dict[str, Any]] = []


def accept(name: str, user: str, props: dict[str, Any]) -> bool:
    """Store one event; False when its name is not tracked."""
    if name not in TRACKED:
        return False
    EVENTS.append({"name": name, "user": user, "props": props})
    return True
