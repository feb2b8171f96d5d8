"""The write path: statements per batch are pinned, grouping and regressions are exact."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from bugstack.domain.keys import ApiKey
from bugstack.server.ingest._exceptions import Forbidden, RateLimited, Unauthorized, Unavailable
from bugstack.server.ingest._normalise import normalise_event
from bugstack.server.ingest._ratelimit import RateLimiter
from bugstack.server.ingest._store import Accepted, BatchResult, Submission, store_batch
from bugstack.server.ingest._writer import BatchWriter
from bugstack.server.projects import create_project, revoke_key
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Issue
from tests.support.envelopes import error_event


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    db.migrate()
    yield db
    db.dispose()


def _project(database: Database, name: str, **options: Any) -> tuple[int, ApiKey]:
    with database.session() as session:
        made = create_project(session, name, **options)
        session.commit()
        return made.project.id, made.key


def _submission(project_id: int, key: ApiKey, *events: dict[str, Any]) -> Submission:
    return Submission(project_id=project_id, key_digest=key.digest,
                      events=[normalise_event(json.dumps(e).encode()) for e in events])


def _store(database: Database, batch: list[Submission], when: datetime | None = None,
           limiter: RateLimiter | None = None, results: list[BatchResult] | None = None) -> int:
    statements = 0

    def count(*_: object) -> None:
        nonlocal statements
        statements += 1

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        with database.engine.begin() as connection:
            result = store_batch(connection, batch, limiter or RateLimiter(), 0,
                                 when or datetime.now(UTC))
        if results is not None:
            results.append(result)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    return statements


def test_statements_per_batch_do_not_grow_with_its_size(database: Database) -> None:
    project_id, key = _project(database, "p")

    def batch(size: int, functions: list[str]) -> list[Submission]:
        return [_submission(project_id, key, error_event(function=functions[i % 3]),
                            error_event(function=functions[i % 3], release=f"r{i % 2}"))
                for i in range(size)]

    # New issues: keys, find issues, create issues, read back, events, update, releases.
    assert _store(database, batch(5, ["a", "b", "c"])) == 7
    assert _store(database, batch(200, ["d", "e", "f"])) == 7
    # Known issues: no creation and no read back.
    assert _store(database, batch(200, ["a", "b", "c"])) == 5
    with database.session() as session:
        counts = dict(session.execute(select(Issue.culprit, Issue.event_count)).all())
        assert len(counts) == 6
        assert sum(counts.values()) == 810


def test_outcomes_for_keys_rate_limits_and_duplicates(database: Database) -> None:
    project_id, key = _project(database, "p")
    other_id, other_key = _project(database, "q", rate_limit_per_minute=1)
    unknown = ApiKey.generate(project_id)
    duplicate = error_event()
    batch = [
        _submission(project_id, key, duplicate, duplicate),
        _submission(project_id, unknown, error_event()),
        _submission(project_id, other_key, error_event()),
        _submission(other_id, other_key, error_event()),
        _submission(other_id, other_key, error_event()),
    ]
    _store(database, batch)
    outcomes = [s.outcome for s in batch]
    assert isinstance(outcomes[0], Accepted) and outcomes[0].stored == 2  # one id, twice
    assert isinstance(outcomes[1], Unauthorized)
    assert isinstance(outcomes[2], Forbidden)
    assert isinstance(outcomes[3], Accepted)
    assert isinstance(outcomes[4], RateLimited) and outcomes[4].retry_after >= 1
    with database.session() as session:
        assert session.scalar(select(Issue.event_count).where(Issue.project_id == project_id)) == 1
        revoke_key(session, str(key))
        session.commit()
    again = [_submission(project_id, key, error_event())]
    _store(database, again)
    assert isinstance(again[0].outcome, Forbidden)


async def test_a_request_answered_503_does_not_use_up_the_rate_limit(
        database: Database) -> None:
    """The 503 tells the client to retry; charging the failed attempt would turn that
    retry into a 429 for events that were never stored."""
    project_id, key = _project(database, "p", rate_limit_per_minute=2)
    good = [normalise_event(json.dumps(error_event(function=f"f{n}")).encode())
            for n in range(2)]
    # An event the normaliser never makes (no fingerprint) makes its batch fail.
    poisoned = dataclasses.replace(good[0], fingerprint=None)  # type: ignore[arg-type]
    writer = BatchWriter(database, default_rate_per_minute=0)
    writer.start()
    try:
        with pytest.raises(Unavailable):
            await writer.submit(Submission(project_id, key.digest, [poisoned, good[1]]))
        accepted = await writer.submit(Submission(project_id, key.digest, good))
        assert isinstance(accepted, Accepted) and accepted.stored == 2
        with pytest.raises(RateLimited):  # the limit itself still holds
            await writer.submit(Submission(project_id, key.digest, [good[0]]))
    finally:
        writer.stop()
    assert writer.failures == 1


def test_a_resolved_issue_regresses_only_from_a_new_release(database: Database) -> None:
    project_id, key = _project(database, "p")
    start = datetime(2026, 11, 1, tzinfo=UTC)
    results: list[BatchResult] = []
    _store(database, [_submission(project_id, key, error_event(release="v1"))], start,
           results=results)
    with database.session() as session:
        issue = session.scalars(select(Issue)).one()
        issue.status = "resolved"
        issue.resolved_at = start + timedelta(hours=1)
        session.commit()
    # Old servers still on v1 keep sending the error: still resolved.
    _store(database, [_submission(project_id, key, error_event(release="v1"))],
           start + timedelta(hours=2), results=results)
    with database.session() as session:
        assert session.scalars(select(Issue.status)).one() == "resolved"
    _store(database, [_submission(project_id, key, error_event(release="v2"))],
           start + timedelta(hours=3), results=results)
    with database.session() as session:
        issue = session.scalars(select(Issue)).one()
        assert issue.status == "regressed"
        assert issue.event_count == 3 and issue.last_release == "v2"
    # The pipeline hears of the new issue once, and of its regression once.
    assert [r.new_issues for r in results] == [{issue.id}, set(), set()]
    assert [r.regressed_issues for r in results] == [set(), set(), {issue.id}]
