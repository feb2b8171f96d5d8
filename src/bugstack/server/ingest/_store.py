"""One write batch: authenticate, rate-limit, group and store many submissions at once.

The number of statements is fixed per batch, not per event: one to check the keys, one
to find the batch's issues, one to create the new ones, one to insert the events (which
also drops duplicates), one to update the issues and one for their releases. A test pins
that count, since the ingest's throughput depends on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    String,
    Table,
    bindparam,
    case,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from bugstack.domain.issue import IssueStatus, status_after_event
from bugstack.server.ingest._exceptions import (
    Forbidden,
    IngestError,
    RateLimited,
    Unauthorized,
)
from bugstack.server.ingest._normalise import PendingEvent
from bugstack.server.ingest._ratelimit import RateLimiter
from bugstack.server.storage.models import (
    Event,
    Issue,
    IssueRelease,
    ItemCount,
    Project,
    ProjectKey,
)

__all__ = ["Accepted", "BatchResult", "Submission", "store_batch"]


@dataclass(frozen=True, slots=True)
class Accepted:
    event_ids: tuple[str, ...]
    stored: int


@dataclass(slots=True)
class Submission:
    project_id: int
    key_digest: str
    events: list[PendingEvent]
    other_items: dict[str, int] = field(default_factory=dict)
    outcome: Accepted | IngestError | None = None
    waiter: Any = None  # set by the writer: how to hand the outcome back
    #: Events taken from the project's rate limit for this request; given back when the
    #: batch fails, since a request answered 503 stored nothing and will be retried.
    charged: int = 0


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch changed that others react to (the fix pipeline starts jobs on it)."""

    new_issues: frozenset[int] = frozenset()
    regressed_issues: frozenset[int] = frozenset()
    #: (project id, issue id, release) of the stored events: the recurrence watch places
    #: their releases after the batch commits.
    sightings: frozenset[tuple[int, int, str | None]] = frozenset()


def _insert(connection: Connection, table: Table) -> Any:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _check_keys(
    connection: Connection,
    submissions: Sequence[Submission],
    limiter: RateLimiter,
    default_rate: int,
    now: float,
) -> list[Submission]:
    digests = {s.key_digest for s in submissions}
    rows = connection.execute(
        select(
            ProjectKey.digest,
            ProjectKey.project_id,
            ProjectKey.revoked_at,
            Project.rate_limit_per_minute,
        )
        .join(Project, Project.id == ProjectKey.project_id)
        .where(ProjectKey.digest.in_(digests))
    ).all()
    keys = {row.digest: row for row in rows}
    accepted = []
    for submission in submissions:
        row = keys.get(submission.key_digest)
        if row is None:
            submission.outcome = Unauthorized("unknown API key")
        elif row.revoked_at is not None:
            submission.outcome = Forbidden("this API key has been revoked")
        elif row.project_id != submission.project_id:
            submission.outcome = Forbidden("this key belongs to another project")
        else:
            rate = row.rate_limit_per_minute
            wait = (
                limiter.take(submission.project_id, len(submission.events),
                             default_rate if rate is None else rate, now)
                if submission.events
                else None
            )
            if wait is not None:
                submission.outcome = RateLimited("project rate limit exceeded", wait)
            else:
                submission.charged = len(submission.events)
                accepted.append(submission)
    return accepted


def _find_or_create_issues(
    connection: Connection,
    first_events: dict[tuple[int, str], PendingEvent],
    received_at: datetime,
) -> tuple[dict[tuple[int, str], Any], set[int]]:
    wanted = list(first_events)
    query = select(
        Issue.id, Issue.project_id, Issue.fingerprint, Issue.status, Issue.resolved_at
    ).where(tuple_(Issue.project_id, Issue.fingerprint).in_(wanted))
    found = {(row.project_id, row.fingerprint): row for row in connection.execute(query)}
    missing = [key for key in wanted if key not in found]
    if missing:
        rows = [
            {
                "project_id": project_id,
                "fingerprint": fingerprint,
                "title": event.title,
                "culprit": event.culprit,
                "exception_type": event.exception_type,
                "level": event.level,
                "status": IssueStatus.UNRESOLVED.value,
                "first_seen": received_at,
                "last_seen": received_at,
                "event_count": 0,
                "first_release": event.release,
                "last_release": event.release,
            }
            for (project_id, fingerprint), event in (
                (key, first_events[key]) for key in missing
            )
        ]
        connection.execute(
            _insert(connection, Issue.__table__)  # type: ignore[arg-type]
            .on_conflict_do_nothing(index_elements=["project_id", "fingerprint"]),
            rows,
        )
        # Read back rather than RETURNING: another API process may have created some of
        # these issues between our SELECT and INSERT, and those rows return nothing.
        query = query.where(tuple_(Issue.project_id, Issue.fingerprint).in_(missing))
        created = {(row.project_id, row.fingerprint): row for row in connection.execute(query)}
        found.update(created)
        # Counted as new only if no event had reached the issue yet: with two API processes
        # racing, exactly one of them stores the issue's first event.
        return found, {row.id for row in created.values()}
    return found, set()


def store_batch(
    connection: Connection,
    submissions: Sequence[Submission],
    limiter: RateLimiter,
    default_rate: int,
    received_at: datetime,
) -> BatchResult:
    """Store a batch in the caller's transaction and set each submission's outcome."""
    accepted = _check_keys(connection, submissions, limiter, default_rate,
                           received_at.timestamp())
    unique: dict[tuple[int, str], PendingEvent] = {}
    first_events: dict[tuple[int, str], PendingEvent] = {}
    for submission in accepted:
        for event in submission.events:
            unique.setdefault((submission.project_id, event.event_id), event)
            first_events.setdefault((submission.project_id, event.fingerprint), event)

    stored: set[tuple[int, str]] = set()
    result = BatchResult()
    if unique:
        issues, created = _find_or_create_issues(connection, first_events, received_at)
        rows = [
            {
                "project_id": project_id,
                "issue_id": issues[(project_id, event.fingerprint)].id,
                "event_id": event_id,
                "received_at": received_at,
                "timestamp": event.timestamp,
                "release": event.release,
                "environment": event.environment,
                "payload": event.payload,
            }
            for (project_id, event_id), event in unique.items()
        ]
        inserted = connection.execute(
            _insert(connection, Event.__table__)  # type: ignore[arg-type]
            .on_conflict_do_nothing(index_elements=["project_id", "event_id"])
            .returning(Event.project_id, Event.event_id),
            rows,
        )
        stored = {(row.project_id, row.event_id) for row in inserted}
        regressed = _update_issues(connection, issues, unique, stored, received_at)
        result = BatchResult(
            new_issues=frozenset(created), regressed_issues=frozenset(regressed),
            sightings=frozenset((project_id, issues[(project_id, event.fingerprint)].id,
                                 event.release)
                                for (project_id, event_id), event in unique.items()
                                if (project_id, event_id) in stored),
        )

    _count_other_items(connection, accepted)
    for submission in accepted:
        ids = tuple(event.event_id for event in submission.events)
        submission.outcome = Accepted(
            event_ids=ids,
            stored=sum((submission.project_id, i) in stored for i in ids),
        )
    return result


def _update_issues(
    connection: Connection,
    issues: dict[tuple[int, str], Any],
    unique: dict[tuple[int, str], PendingEvent],
    stored: set[tuple[int, str]],
    received_at: datetime,
) -> set[int]:
    """Count the stored events into their issues; returns the issues that regressed."""
    per_issue: dict[int, list[PendingEvent]] = {}
    for (project_id, event_id), event in unique.items():
        if (project_id, event_id) in stored:
            per_issue.setdefault(issues[(project_id, event.fingerprint)].id, []).append(event)
    if not per_issue:
        return set()
    resolved = {
        row.id: row for row in issues.values()
        if row.status == IssueStatus.RESOLVED.value and row.id in per_issue
    }
    seen_before: dict[int, set[str]] = {issue_id: set() for issue_id in resolved}
    if resolved:
        for issue_id, release, first_seen in connection.execute(
            select(IssueRelease.issue_id, IssueRelease.release, IssueRelease.first_seen)
            .where(IssueRelease.issue_id.in_(list(resolved)))
        ):
            resolved_at = resolved[issue_id].resolved_at
            if resolved_at is None or _naive(first_seen) <= _naive(resolved_at):
                seen_before[issue_id].add(release)

    updates = []
    regressed: set[int] = set()
    releases: list[dict[str, Any]] = []
    for issue_id, events in per_issue.items():
        regress = False
        if issue_id in resolved:
            seen = frozenset(seen_before[issue_id])
            regress = any(
                status_after_event(IssueStatus.RESOLVED, e.release, seen)
                is IssueStatus.REGRESSED
                for e in events
            )
            if regress:
                regressed.add(issue_id)
        last_release = next((e.release for e in reversed(events) if e.release), None)
        updates.append(
            {"b_id": issue_id, "b_count": len(events), "b_seen": received_at,
             "b_release": last_release, "b_regress": regress}
        )
        releases.extend(
            {"issue_id": issue_id, "release": r, "first_seen": received_at}
            for r in {e.release for e in events if e.release}
        )
    issue_table = Issue.__table__
    # PostgreSQL must know the parameters' types where they only appear inside CASE.
    release_param = bindparam("b_release", type_=String())
    regress_param = bindparam("b_regress", type_=Boolean())
    connection.execute(
        update(issue_table)  # type: ignore[arg-type]
        .where(issue_table.c.id == bindparam("b_id"))
        .values(
            event_count=issue_table.c.event_count + bindparam("b_count"),
            last_seen=bindparam("b_seen"),
            last_release=case(
                (release_param.is_(None), issue_table.c.last_release),
                else_=release_param,
            ),
            # Only a regression changes the status here, and only of a still-resolved issue,
            # so a status a person set a moment ago is never overwritten by ingest.
            status=case(
                (
                    (issue_table.c.status == IssueStatus.RESOLVED.value)
                    & (regress_param == True),  # noqa: E712
                    IssueStatus.REGRESSED.value,
                ),
                else_=issue_table.c.status,
            ),
        ),
        updates,
    )
    if releases:
        connection.execute(
            _insert(connection, IssueRelease.__table__)  # type: ignore[arg-type]
            .on_conflict_do_nothing(index_elements=["issue_id", "release"]),
            releases,
        )
    return regressed


def _count_other_items(connection: Connection, accepted: Sequence[Submission]) -> None:
    totals: dict[tuple[int, str], int] = {}
    for submission in accepted:
        for item_type, count in submission.other_items.items():
            key = (submission.project_id, item_type)
            totals[key] = totals.get(key, 0) + count
    if not totals:
        return
    statement = _insert(connection, ItemCount.__table__)  # type: ignore[arg-type]
    statement = statement.on_conflict_do_update(
        index_elements=["project_id", "item_type"],
        set_={"count": ItemCount.__table__.c.count + statement.excluded.count},
    )
    connection.execute(
        statement,
        [{"project_id": p, "item_type": t[:40], "count": n} for (p, t), n in totals.items()],
    )


def _naive(value: datetime) -> datetime:
    return value.replace(tzinfo=None) if value.tzinfo else value
