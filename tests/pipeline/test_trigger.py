"""Which events start fix jobs: real ingest over HTTP, a real database and a real queue."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select, update

from bugstack.pipeline import FixQueue, PipelineSettings
from bugstack.pipeline.reaper import sweep
from bugstack.pipeline.records import add_stage, delivery_announced, now
from bugstack.server.storage.models import FixAttempt, FixStage, Issue, Project
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ProjectInfo, ThreadServer


def _send(server: ThreadServer, project: ProjectInfo, **event: Any) -> None:
    response = httpx.post(f"{server.url}/api/{project.id}/envelope/",
                          content=event_envelope(error_event(**event)),
                          headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"},
                          timeout=10)
    assert response.status_code == 200, response.text


def _attempts(server: ThreadServer) -> list[FixAttempt]:
    database = server.database()
    try:
        with database.session() as session:
            return list(session.scalars(select(FixAttempt).order_by(FixAttempt.id)))
    finally:
        database.dispose()


def _queue(server: ThreadServer) -> FixQueue:
    return FixQueue(PipelineSettings(server=server.settings))


def test_a_new_issue_gets_one_job_and_its_further_events_none(
    database_url: str, tmp_path: Path
) -> None:
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop", repository=str(tmp_path / "repo"))
        for _ in range(3):
            _send(server, project)
        _send(server, project, exc_type="ValueError", function="pay")
        attempts = _attempts(server)
        assert [(a.status, a.trigger) for a in attempts] == [("queued", "new_issue")] * 2
        assert len({a.issue_id for a in attempts}) == 2
        issues = server.issues(project.id)
        assert {i["status"] for i in issues} == {"fixing"}
        queue = _queue(server)
        try:
            assert queue.pending() == 2
        finally:
            queue.close()


def test_no_job_without_a_repository_or_with_automatic_fixing_off(
    database_url: str, tmp_path: Path
) -> None:
    with ThreadServer(tmp_path, database_url) as server:
        bare = server.new_project("no-repo")
        manual = server.new_project("manual", repository=str(tmp_path / "repo"))
        database = server.database()
        with database.session() as session:
            session.execute(update(Project).where(Project.id == manual.id)
                            .values(auto_fix=False))
            session.commit()
        database.dispose()
        _send(server, bare)
        _send(server, manual)
        assert _attempts(server) == []
        assert {i["status"] for i in server.issues(bare.id) + server.issues(manual.id)} == {
            "unresolved"}


def test_a_failed_attempt_is_retried_only_when_something_changed(
    database_url: str, tmp_path: Path
) -> None:
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop", repository=str(tmp_path / "repo"))
        _send(server, project, release="1.0")
        (first,) = _attempts(server)
        database = server.database()

        def end_first(status: str, retry_after: Any) -> None:
            with database.session() as session:
                session.execute(update(FixAttempt).where(FixAttempt.id == first.id).values(
                    status=status, finished_at=now(), retry_after=retry_after))
                session.execute(update(Issue).where(Issue.id == first.issue_id)
                                .values(status="unresolved"))
                session.commit()

        sent: list[int] = []
        end_first("not_fixed", now() - timedelta(seconds=1))
        assert sweep(database, sent.append, lease=60) == []
        _send(server, project, release="1.0")  # same code: nothing new to try
        assert sweep(database, sent.append, lease=60) == []
        end_first("not_fixed", now() + timedelta(hours=1))
        _send(server, project, release="2.0")  # a new release, but still backing off
        assert sweep(database, sent.append, lease=60) == []
        end_first("not_fixed", now() - timedelta(seconds=1))
        started = sweep(database, sent.append, lease=60)
        attempts = _attempts(server)
        assert len(attempts) == 2 and started == sent == [attempts[1].id]
        assert (attempts[1].trigger, attempts[1].release) == ("retry", "2.0")
        assert sweep(database, sent.append, lease=60) == []  # one job at a time
        database.dispose()


def test_owed_jobs_are_sent_again_and_claimed_once(database_url: str, tmp_path: Path) -> None:
    from bugstack.pipeline.records import claim

    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop", repository=str(tmp_path / "repo"))
        _send(server, project)
        (attempt,) = _attempts(server)
        database = server.database()
        sent: list[int] = []
        assert sweep(database, sent.append, lease=60) == []  # just sent: not owed yet
        assert sweep(database, sent.append, lease=0) == [attempt.id]  # never picked up
        held = claim(database, attempt.id, "w1", lease=60)
        assert held is not None and held.tries == 1
        assert claim(database, attempt.id, "w2", lease=60) is None  # a live lease holds
        with database.session() as session:  # w1 dies: its lease runs out
            session.execute(update(FixAttempt).where(FixAttempt.id == attempt.id)
                            .values(lease_until=now() - timedelta(seconds=1),
                                    enqueued_at=now() - timedelta(minutes=5)))
            session.commit()
        assert sweep(database, sent.append, lease=60) == [attempt.id]
        again = claim(database, attempt.id, "w2", lease=60)
        assert again is not None and again.tries == 2
        database.dispose()



def test_a_stalled_try_cannot_touch_the_job_its_own_worker_took_again(
        database_url: str, tmp_path: Path) -> None:
    """The same worker name may claim a job again after its stalled first try lost the
    lease: the try count tells the two apart, so only the newer try renews, records its
    delivery (and so notifies) and finishes."""
    from bugstack.pipeline.records import claim, finish, record_delivery, renew

    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop", repository=str(tmp_path / "repo"))
        _send(server, project)
        (attempt,) = _attempts(server)
        database = server.database()
        stalled = claim(database, attempt.id, "w1", lease=60)
        assert stalled is not None
        with database.session() as session:
            session.execute(update(FixAttempt).where(FixAttempt.id == attempt.id)
                            .values(lease_until=now() - timedelta(seconds=1)))
            session.commit()
        current = claim(database, attempt.id, "w1", lease=60)
        assert current is not None and current.tries == stalled.tries + 1
        assert not renew(database, stalled, lease=60)
        assert not record_delivery(database, stalled, branch="bugstack/stalled")
        assert not finish(database, stalled, "failed", error="stalled")
        assert renew(database, current, lease=60)
        assert record_delivery(database, current, branch="bugstack/current")
        assert finish(database, current, "fixed")
        (row,) = _attempts(server)
        assert (row.status, row.branch, row.error) == ("fixed", "bugstack/current", None)
        database.dispose()

def test_manual_trigger_through_the_api(database_url: str, tmp_path: Path) -> None:
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop", repository=str(tmp_path / "repo"))
        bare = server.new_project("bare")
        _send(server, bare)
        database = server.database()
        with database.session() as session:
            session.execute(update(Project).where(Project.id == project.id)
                            .values(auto_fix=False))
            session.commit()
        _send(server, project)
        headers = {"Authorization": f"Bearer {server.token}"}
        (issue,) = server.issues(project.id)
        url = f"{server.url}/api/v1/issues/{issue['id']}/fixes"
        first = httpx.post(url, headers=headers, timeout=10)
        assert first.status_code == 202 and first.json()["created"] is True
        second = httpx.post(url, headers=headers, timeout=10).json()
        assert second["created"] is False and second["fix_id"] == first.json()["fix_id"]
        listed = httpx.get(url, headers=headers, timeout=10).json()
        assert [f["id"] for f in listed] == [second["fix_id"]]
        story = httpx.get(f"{server.url}/api/v1/fixes/{second['fix_id']}", headers=headers,
                          timeout=10).json()
        assert story["fix"]["trigger"] == "manual"
        assert [s["name"] for s in story["stages"]] == ["queued"]
        (bare_issue,) = server.issues(bare.id)
        refused = httpx.post(f"{server.url}/api/v1/issues/{bare_issue['id']}/fixes",
                             headers=headers, timeout=10)
        assert refused.status_code == 409 and "no repository" in refused.json()["detail"]
        assert httpx.get(f"{server.url}/api/v1/fixes/999", headers=headers,
                         timeout=10).status_code == 404
        with database.session() as session:
            assert session.scalar(select(FixStage.name)) == "queued"
        database.dispose()


def test_an_issue_that_never_got_its_job_gets_it_from_the_sweep(
    database_url: str, tmp_path: Path
) -> None:
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop")
        _send(server, project)  # no repository yet: no job
        assert _attempts(server) == []
        database = server.database()
        sent: list[int] = []
        assert sweep(database, sent.append, lease=60) == []
        with database.session() as session:
            session.execute(update(Project).where(Project.id == project.id)
                            .values(repository=str(tmp_path / "repo")))
            session.commit()
        # Just seen: the ingest hook may still be starting its job (CI once saw a second
        # job for an issue swept between its insert and the hook).
        assert sweep(database, sent.append, lease=60) == []
        with database.session() as session:
            session.execute(update(Issue).values(first_seen=now() - timedelta(minutes=3)))
            session.commit()
        (started,) = sweep(database, sent.append, lease=60)
        (attempt,) = _attempts(server)
        assert started == attempt.id and attempt.trigger == "new_issue"
        assert sweep(database, sent.append, lease=60) == []
        database.dispose()


def test_a_delivery_an_earlier_try_announced_is_not_announced_again(
    database_url: str, tmp_path: Path
) -> None:
    # A try whose lease ran out after announcing is followed by one delivering the same
    # commit: the team hears of it once.
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop", repository=str(tmp_path / "repo"))
        _send(server, project)
        (attempt,) = _attempts(server)
        database = server.database()
        try:
            assert not delivery_announced(database, attempt.id, "c0ffee1234")
            add_stage(database, attempt.id, "delivered", "failed", now(), now(),
                      '{"commit": "c0ffee1234"}')
            assert not delivery_announced(database, attempt.id, "c0ffee1234")
            add_stage(database, attempt.id, "delivered", "done", now(), now(),
                      '{"branch": "bugstack/1-x", "commit": "c0ffee1234"}')
            assert delivery_announced(database, attempt.id, "c0ffee1234")
            assert not delivery_announced(database, attempt.id, "deadbeef99")
            assert not delivery_announced(database, attempt.id, "")
        finally:
            database.dispose()
