"""An event answered 200 is on disk: kill -9 of the server loses none of them."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bugstack.server.storage.models import Event
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import start_server_process

pytestmark = pytest.mark.slow


def test_kill_9_during_load_loses_nothing_that_was_answered(tmp_path: Path) -> None:
    server = start_server_process(tmp_path)
    project = server.new_project("p")
    answered: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def client() -> None:
        with httpx.Client(timeout=5) as http:
            while not stop.is_set():
                event = error_event()
                try:
                    response = http.post(
                        f"{server.url}/api/{project.id}/envelope/",
                        content=event_envelope(event, compress=True),
                        headers={"Content-Encoding": "gzip",
                                 "X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"})
                except httpx.HTTPError:
                    return  # the server is gone
                if response.status_code == 200:
                    with lock:
                        answered.append(event["event_id"])

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    while len(answered) < 300:
        stop.wait(0.01)
    server.kill()  # mid-load, with requests in flight
    stop.set()
    for thread in threads:
        thread.join(10)

    database = server.database()
    with database.session() as session:
        stored = set(session.scalars(select(Event.event_id)))
    database.dispose()
    assert len(answered) >= 300
    assert set(answered) <= stored
