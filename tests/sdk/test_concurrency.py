"""Many threads and many concurrent requests: nothing lost, nothing mixed up."""

from __future__ import annotations

import asyncio
import threading

import httpx
from fastapi import FastAPI

import bugstack
from bugstack.domain.replay import decode_value
from tests.sdk.conftest import CaptureServer, frame_named, replay_of
from tests.sdk.servers import uvicorn_thread


def test_captures_from_many_threads_are_all_accounted_for(
    capture_server: CaptureServer,
) -> None:
    project = capture_server.new_project()
    bugstack.init(api_key=project.api_key, url=capture_server.url, max_queue=1000)
    try:
        def worker(index: int) -> None:
            for attempt in range(15):
                try:
                    raise LookupError(f"thread {index} attempt {attempt}")
                except LookupError:
                    bugstack.capture_exception()

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert bugstack.flush(30)
        assert bugstack.stats()["sent"] == 120
        messages = {e["exception"]["values"][-1]["value"]
                    for e in capture_server.wait_for_events(project.id, 120)}
        assert len(messages) == 120
    finally:
        bugstack.close(timeout=5)


def test_concurrent_requests_keep_their_own_request(capture_server: CaptureServer) -> None:
    project = capture_server.new_project()
    bugstack.init(api_key=project.api_key, url=capture_server.url)
    app = FastAPI()

    @app.get("/items/{number}")
    async def item(number: int) -> dict[str, int]:
        await asyncio.sleep(0.05 * (number % 3))  # interleave the requests
        raise ValueError(f"item {number}")

    async def fire(url: str) -> None:
        async with httpx.AsyncClient() as client:
            await asyncio.gather(*(client.get(f"{url}/items/{n}") for n in range(6)))

    try:
        with uvicorn_thread(app) as url:
            asyncio.run(fire(url))
        assert bugstack.flush(10)
        events = capture_server.wait_for_events(project.id, 6)
        assert len(events) == 6
        for event in events:
            replay = replay_of(event)
            number = decode_value(frame_named(replay, "item")["locals"]["number"])
            assert replay["request"]["path"] == f"/items/{number}"
            assert event["exception"]["values"][-1]["value"] == f"item {number}"
    finally:
        bugstack.close(timeout=5)
