"""Events over time, counted in the database and drawn as small SVG bar charts.

Counting is one grouped query per page over the ``(issue_id, received_at)`` index, so a
list of 25 issues costs the same whether they hold ten events or a hundred thousand rows'
worth of index entries in the window; nothing per event reaches Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from bugstack.server.storage.models import Event

__all__ = ["Chart", "bucket_counts"]


@dataclass(frozen=True, slots=True)
class Chart:
    counts: list[int]
    labels: list[str]
    unit: str

    @property
    def total(self) -> int:
        return sum(self.counts)

    def bars(self, width: int = 120, height: int = 24) -> list[tuple[float, float, float, int]]:
        """(x, y, bar height, count) per bucket, for an SVG of the given size."""
        top = max(self.counts, default=0) or 1
        step = width / max(len(self.counts), 1)
        out = []
        for index, count in enumerate(self.counts):
            bar = 0.0 if count == 0 else max(1.5, height * count / top)
            out.append((round(index * step, 2), round(height - bar, 2), round(bar, 2), count))
        return out

    @property
    def bar_width(self) -> float:
        return max(120 / max(len(self.counts), 1) - 1, 1)


def _bucket(session: Session, unit: str) -> ColumnElement[str]:
    column = Event.received_at
    if session.get_bind().dialect.name == "postgresql":
        fmt = "YYYY-MM-DD HH24" if unit == "hour" else "YYYY-MM-DD"
        return func.to_char(func.timezone("UTC", column), fmt)
    # SQLite stores datetimes as ISO text: the prefix is the bucket.
    return func.substr(column, 1, 13 if unit == "hour" else 10)


def bucket_counts(session: Session, issue_ids: Sequence[int], unit: str = "hour",
                  buckets: int = 24, now: datetime | None = None) -> dict[int, Chart]:
    """Events per hour (or day) of each issue over the last ``buckets`` hours (days)."""
    now = now or datetime.now(UTC)
    size = timedelta(hours=1) if unit == "hour" else timedelta(days=1)
    fmt = "%Y-%m-%d %H" if unit == "hour" else "%Y-%m-%d"
    keys = [(now - size * (buckets - 1 - i)).strftime(fmt) for i in range(buckets)]
    label_fmt = "%H:00" if unit == "hour" else "%d %b"
    labels = [(now - size * (buckets - 1 - i)).strftime(label_fmt) for i in range(buckets)]
    start = now - size * buckets
    found: dict[int, dict[str, int]] = {i: {} for i in issue_ids}
    if issue_ids:
        bucket = _bucket(session, unit)
        rows = session.execute(
            select(Event.issue_id, bucket, func.count())
            .where(Event.issue_id.in_(list(issue_ids)), Event.received_at >= start)
            .group_by(Event.issue_id, bucket)
        )
        for issue_id, key, count in rows:
            found[issue_id][str(key)] = int(count)
    return {i: Chart([found[i].get(k, 0) for k in keys], labels, unit) for i in issue_ids}
