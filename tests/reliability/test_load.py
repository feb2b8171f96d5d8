"""Sustained load on a real ``bugstack serve`` process, on SQLite and on PostgreSQL.

Twelve clients send for a bounded time (``BUGSTACK_LOAD_SECONDS``, 10 s by default) a mix
of new events, duplicates of earlier ones, envelopes holding one event twice, missing,
unknown and foreign keys, malformed JSON, broken gzip, oversized events and events of a
project limited to one event a minute; each client sends every kind once before picking
at random. Every event answered 200 must then be stored exactly once, every refusal must
carry a status the SDK acts on (429 with Retry-After), and nothing may be answered 5xx or
left unanswered.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bugstack.server.storage.models import Event, Issue
from tests.reliability.conftest import Figures
from tests.reliability.loadgen import EXPECTED, LoadClients, Sent, percentile
from tests.support.server import RunningServer, start_server_process

pytestmark = pytest.mark.slow

SECONDS = float(os.environ.get("BUGSTACK_LOAD_SECONDS", "10"))
#: A run goes on past SECONDS until this many requests were answered 200 (LONGEST at most),
#: so a machine busy with other work still gives a run worth checking.
MIN_ANSWERED = 300
LONGEST = 120.0


def _backend(database_url: str) -> str:
    return "sqlite" if database_url.startswith("sqlite") else "postgres"


def _stored(server: RunningServer, project_id: int) -> tuple[Counter[str], int]:
    """How many rows each event_id has, and the event count the issues hold."""
    database = server.database()
    try:
        with database.session() as session:
            rows = Counter(session.scalars(
                select(Event.event_id).where(Event.project_id == project_id)))
            counted = int(session.scalar(select(func.sum(Issue.event_count))
                                         .where(Issue.project_id == project_id)) or 0)
    finally:
        database.dispose()
    return rows, counted


def _wrong_answers(sent: list[Sent]) -> list[str]:
    wrong = []
    for outcome in sent:
        allowed, _ = EXPECTED[outcome.kind]
        if outcome.status not in allowed:
            wrong.append(f"{outcome.kind} answered {outcome.status}")
        elif outcome.status == 429 and not (outcome.retry_after or "").isdigit():
            wrong.append("429 without a Retry-After in seconds")
    return wrong


def test_sustained_mixed_load_loses_nothing(database_url: str, tmp_path: Path,
                                            figures: Figures) -> None:
    backend = _backend(database_url)
    (tmp_path / "data").mkdir()
    server = start_server_process(tmp_path / "data",
                                  extra_env={"BUGSTACK_DATABASE_URL": database_url})
    try:
        load = LoadClients(server.url, main=server.new_project("main"),
                           other=server.new_project("other"),
                           limited=server.new_project("limited", rate_limit_per_minute=1))
        sent = load.run(SECONDS, at_least=MIN_ANSWERED, longest=LONGEST)
    finally:
        server.stop()
    answered_ids = [s.event_id for s in sent if s.status == 200 and s.kind != "rate_limited"]
    rows, counted = _stored(server, load.main.id)
    limited_rows, _ = _stored(server, load.limited.id)

    statuses = Counter(s.status for s in sent)
    wrong = _wrong_answers(sent)
    lost = {i for i in answered_ids if i not in rows}
    twice = {i for i, n in rows.items() if n != 1}
    never_answered = set(rows) - set(answered_ids)  # stored though refused or unanswered
    limited_lost = {s.event_id for s in sent
                    if s.kind == "rate_limited" and s.status == 200} - set(limited_rows)
    valid = [s for s in sent if s.kind in ("valid", "duplicate", "twin") and s.status == 200]
    per_second = len(valid) / load.elapsed
    p99_ms = percentile([s.seconds for s in valid], 0.99) * 1000
    kinds = Counter(s.kind for s in sent)
    duplicates_sent = kinds["duplicate"] + kinds["twin"]
    held = not (wrong or lost or twice or never_answered or limited_lost) and counted == len(rows)
    figures.attempt("load", f"mixed load on {backend}", held,
                    f"{len(sent)} requests in {load.elapsed:.0f} s, statuses {dict(statuses)}, "
                    f"{len(set(answered_ids))} events answered 200, {len(lost)} lost, "
                    f"{len(twice)} stored twice, {duplicates_sent} duplicates sent")
    figures.measure(f"events lost under mixed load ({backend})",
                    len(lost) + len(limited_lost), "events lost")
    figures.measure(f"ingest events/s under mixed load ({backend})", per_second, "events/s")
    figures.measure(f"ingest p99 under mixed load ({backend})", p99_ms, "ms")

    assert len(valid) >= 100, f"too little load to mean anything: {statuses}"
    assert kinds["duplicate"] > 0 and statuses[429] > 0 and statuses[413] > 0
    assert not wrong, Counter(wrong).most_common(10)
    assert not lost, f"{len(lost)} events answered 200 are not stored"
    assert not twice, f"{len(twice)} event ids stored more than once"
    assert not never_answered, f"{len(never_answered)} events stored that were not answered 200"
    assert not limited_lost
    assert counted == len(rows), "issues count a different number of events than are stored"
