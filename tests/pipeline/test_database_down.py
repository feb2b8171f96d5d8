"""The database down for a while: ingest answers 503 and says so in its log, nothing
answered 200 is lost, and everything resumes by itself, fix jobs included."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bugstack.server.storage.database import Database
from bugstack.server.storage.models import Event, FixAttempt
from tests.pipeline.processes import POSTGRES_URL, api_server, fresh_schema
from tests.pipeline.tcp_proxy import TcpProxy
from tests.support.envelopes import error_event, event_envelope

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(POSTGRES_URL is None, reason="BUGSTACK_TEST_POSTGRES_URL is not set"),
]


def test_ingest_answers_503_while_the_database_is_down_and_resumes(tmp_path: Path) -> None:
    with fresh_schema() as direct_url:
        url = make_url(direct_url)
        proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
        proxy.start()
        through_proxy = url.set(port=proxy.port).render_as_string(hide_password=False)
        server = api_server(tmp_path / "api", {"BUGSTACK_DATABASE_URL": through_proxy})
        try:
            project = server.new_project("shop", repository=str(tmp_path / "repo"))
            answered: list[str] = []

            def send(function: str) -> int:
                event = error_event(function=function)
                response = httpx.post(
                    f"{server.url}/api/{project.id}/envelope/",
                    content=event_envelope(event),
                    headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"},
                    timeout=30)
                if response.status_code == 200:
                    answered.append(event["event_id"])
                return response.status_code

            assert send("before") == 200
            proxy.stop()
            assert {send("during") for _ in range(3)} == {503}
            proxy.start()
            deadline = time.monotonic() + 60
            while send("after") != 200:
                assert time.monotonic() < deadline, "ingest did not resume"
                time.sleep(0.5)
            assert "storage unavailable" in server.log.read_text()
            database = Database(direct_url)  # directly, not through the proxy
            with database.session() as session:
                stored = set(session.scalars(select(Event.event_id)))
                triggers = list(session.scalars(select(FixAttempt.trigger)))
            database.dispose()
            assert set(answered) <= stored and len(answered) >= 2
            # Issues made before and after the outage each got their one fix job.
            assert triggers == ["new_issue", "new_issue"]
        finally:
            server.stop()
            proxy.stop()
