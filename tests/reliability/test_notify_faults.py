"""Notification channels that fail while a real `bugstack serve` ingests: a webhook that
hangs, one that answers 500, a mail server that refuses connections. Ingest answers and
stores everything, and the healthy channel still hears of every new issue."""

from __future__ import annotations

import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from bugstack.server.storage.models import Project
from tests.deliver.fakes.http import FakeServer, Request, Response
from tests.pipeline.recurrence_kit import until, webhook_receiver
from tests.reliability.conftest import Figures
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import start_server_process

pytestmark = pytest.mark.slow

ISSUES = 20


def _refusing_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_failing_notification_channels_leave_ingest_and_the_healthy_channel_alone(
    tmp_path: Path, figures: Figures,
) -> None:
    release = threading.Event()
    hung: list[Request] = []

    def hang(request: Request) -> Response:
        hung.append(request)
        release.wait(120)
        return Response(204)

    hanging, broken = FakeServer(), FakeServer()
    hanging.route("POST", "/hook", hang)
    broken.route("POST", "/hook", lambda r: Response(500, raw=b"internal error"))
    hanging.start()
    broken.start()
    server = start_server_process(tmp_path)
    try:
        with webhook_receiver() as healthy:
            project = server.new_project("shop")
            database = server.database()
            try:
                with database.engine.begin() as connection:
                    connection.execute(update(Project).where(Project.id == project.id).values(
                        notifications=json.dumps([
                            {"type": "webhook", "url": f"{hanging.url}/hook", "secret": "s"},
                            {"type": "webhook", "url": f"{broken.url}/hook", "secret": "s"},
                            {"type": "email", "host": "127.0.0.1", "port": _refusing_port(),
                             "security": "none", "from": "b@shop.test",
                             "to": ["t@shop.test"]},
                            {"type": "webhook", "url": healthy.url, "secret": "s"},
                        ])))
            finally:
                database.dispose()

            def send(n: int) -> int:
                return httpx.post(
                    f"{server.url}/api/{project.id}/envelope/",
                    content=event_envelope(error_event(function=f"f{n}")), timeout=60,
                    headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"},
                ).status_code

            with ThreadPoolExecutor(4) as pool:
                codes = list(pool.map(send, range(ISSUES)))
            stored = len(server.issues(project.id))
            try:
                until(lambda: healthy.kinds().count("new_issue") == ISSUES, timeout=90,
                      what="every new issue on the healthy channel")
                heard = ISSUES
            except AssertionError:
                heard = healthy.kinds().count("new_issue")
            still_hanging = bool(hung) and not release.is_set()
            held = codes == [200] * ISSUES and stored == ISSUES and heard == ISSUES
            figures.attempt("fault", "notification channels hang, fail and refuse during "
                            "ingest", held, f"{codes.count(200)}/{ISSUES} answered 200, "
                            f"{stored} stored, {heard} heard by the healthy channel")
            assert codes == [200] * ISSUES
            assert stored == ISSUES
            assert heard == ISSUES
            assert still_hanging  # all of it while a webhook held a send open
    finally:
        release.set()
        server.stop()
        hanging.stop()
        broken.stop()
