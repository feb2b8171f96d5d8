"""Resolution times per support team and ISO week."""

from __future__ import annotations

import statistics
from datetime import datetime

from pydantic import BaseModel

TICKETS = [
    {"team": "billing", "opened": "2026-03-02T09:00", "closed": "2026-03-02T09:30"},
    {"team": "billing", "opened": "2026-03-03T10:00", "closed": "2026-03-03T11:30"},
    {"team": "billing", "opened": "2026-03-04T08:00", "closed": "2026-03-04T08:20"},
    {"team": "billing", "opened": "2026-03-10T08:00", "closed": None},
    {"team": "shipping", "opened": "2026-03-03T12:00", "closed": "2026-03-03T12:45"},
]


class TeamStats(BaseModel):
    team: str
    week: str
    closed: int
    #: None when no ticket was closed in that week: the dashboard shows a dash.
    median_minutes: float | None


def _week(stamp: str) -> str:
    year, week, _ = datetime.fromisoformat(stamp).isocalendar()
    return f"{year}-W{week:02d}"


def _minutes_open(ticket: dict[str, str]) -> float:
    opened = datetime.fromisoformat(ticket["opened"])
    return (datetime.fromisoformat(ticket["closed"]) - opened).total_seconds() / 60


def team_stats(team: str, week: str) -> TeamStats:
    minutes = [
        _minutes_open(t)
        for t in TICKETS
        if t["team"] == team and t["closed"] is not None and _week(t["closed"]) == week
    ]
    return TeamStats(
        team=team, week=week, closed=len(minutes), median_minutes=statistics.median(minutes)
    )
