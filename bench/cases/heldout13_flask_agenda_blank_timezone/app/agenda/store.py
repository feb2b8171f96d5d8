"""Members and meetings (SQL tables in production; the same calls)."""

from __future__ import annotations

from datetime import UTC, datetime

#: name -> profile. ``timezone`` is the IANA name chosen on the settings page, and ""
#: until the member picks one (the form's blank "-- choose --" option).
_MEMBERS: dict[str, dict[str, str]] = {}
#: Meetings, start times stored in UTC.
_MEETINGS: list[dict[str, object]] = []


def reset() -> None:
    _MEMBERS.clear()
    _MEMBERS["ada"] = {"name": "Ada", "timezone": "America/New_York"}
    _MEMBERS["bo"] = {"name": "Bo", "timezone": ""}
    _MEETINGS.clear()
    _MEETINGS.append({"title": "Stand-up", "starts": datetime(2024, 7, 1, 9, 0, tzinfo=UTC), "who": ["ada", "bo"]})
    _MEETINGS.append({"title": "Retro", "starts": datetime(2024, 1, 15, 15, 30, tzinfo=UTC), "who": ["ada"]})


def member(name: str) -> dict[str, str] | None:
    return _MEMBERS.get(name)


def set_timezone(name: str, timezone: str) -> None:
    _MEMBERS[name]["timezone"] = timezone


def meetings_of(name: str) -> list[dict[str, object]]:
    return sorted((m for m in _MEETINGS if name in m["who"]), key=lambda m: m["starts"])  # type: ignore[arg-type, return-value]


reset()
