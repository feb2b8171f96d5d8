"""One request that breaks its write batch must not take the others in it down.

Requests share a write batch (group commit), so a request whose content made the
database refuse the batch used to get every request in it answered 503, other clients'
included (a NUL character did that on PostgreSQL until the normaliser dropped it). The
poison here is an event the normaliser would never produce (no fingerprint), standing for
the next such bug; the writer must then store the batch's requests one by one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json

from sqlalchemy import select

from bugstack.server.ingest._exceptions import Unavailable
from bugstack.server.ingest._normalise import normalise_event
from bugstack.server.ingest._store import Accepted, Submission
from bugstack.server.ingest._writer import BatchWriter
from bugstack.server.projects import create_project
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Event
from tests.reliability.conftest import Figures
from tests.support.envelopes import error_event


async def test_a_poisoned_request_fails_alone(database_url: str, figures: Figures) -> None:
    database = Database(database_url)
    database.migrate()
    try:
        with database.session() as session:
            made = create_project(session, "shop")
            session.commit()
        project_id, digest = made.project.id, made.key.digest
        events = [normalise_event(json.dumps(error_event(function=f"f{n}")).encode())
                  for n in range(6)]
        poisoned = dataclasses.replace(events[3], fingerprint=None)  # type: ignore[arg-type]
        events[3] = poisoned
        writer = BatchWriter(database, default_rate_per_minute=0)
        requests = [asyncio.create_task(writer.submit(Submission(project_id, digest, [event])))
                    for event in events]
        await asyncio.sleep(0.1)  # every request queued before the writer starts: one batch
        writer.start()
        outcomes = await asyncio.gather(*requests, return_exceptions=True)
        writer.stop()
        with database.session() as session:
            stored = set(session.scalars(select(Event.event_id)))
    finally:
        database.dispose()
    good = [e.event_id for e in events if e is not poisoned]
    accepted = [o for o in outcomes if isinstance(o, Accepted)]
    held = (len(accepted) == 5 and isinstance(outcomes[3], Unavailable)
            and stored == set(good))
    backend = "sqlite" if database_url.startswith("sqlite") else "postgres"
    figures.attempt("fault", f"a request that breaks its write batch ({backend})", held,
                    f"{len(accepted)} of 5 good requests stored; the poisoned one answered "
                    f"{type(outcomes[3]).__name__}")
    assert writer.failures == 2, "the six requests were not one batch"  # it, then the poison
    assert isinstance(outcomes[3], Unavailable)
    assert len(accepted) == 5, outcomes
    assert stored == set(good)
