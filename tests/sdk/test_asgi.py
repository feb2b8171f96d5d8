"""FastAPI and Starlette: requests, background tasks, lifespan start-up and shutdown.

Each test makes the real framework raise and checks the event stored by the running
bugstack server, including a snapshot that replays the failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

from bugstack.domain.replay import decode_value
from tests.sdk.apps import asgi_apps, shop
from tests.sdk.conftest import Reporting, frame_named, replay_of
from tests.sdk.servers import uvicorn_thread

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_fastapi_request_error_carries_a_resendable_request(reporting: Reporting) -> None:
    body = {"sku": "A-1", "qty": 2, "customer": "ada", "tier": "basic"}
    with uvicorn_thread(asgi_apps.make_fastapi()) as url:
        response = httpx.post(f"{url}/orders/7?source=web", json=body,
                              headers={"X-Request-Id": "r-1"})
    assert response.status_code == 500

    event = reporting.event()
    assert event["transaction"] == "/orders/{shop_id}"
    assert event["request"]["method"] == "POST"
    assert event["request"]["data"] == body
    assert event["exception"]["values"][-1]["mechanism"] == {"type": "fastapi.request",
                                                             "handled": False}
    replay = replay_of(event)
    assert replay["phase"] == "request"
    request = replay["request"]
    assert request["framework"] == "fastapi" and request["route"] == "/orders/{shop_id}"
    assert request["path"] == "/orders/7" and request["query_string"] == "source=web"
    assert request["headers"]["x-request-id"] == "r-1"
    assert request["body"]["encoding"] == "json" and request["body"]["complete"] is True
    assert decode_value(request["path_params"]["shop_id"]) == "7"

    # The function that failed can be called again with what was recorded...
    price = frame_named(replay, "price")
    order = decode_value(price["locals"]["order"])
    assert isinstance(order, shop.Order) and order.customer.tier is shop.Tier.BASIC
    with pytest.raises(KeyError):
        shop.price(order)
    # ...and the request, sent again to the app, fails again.
    with uvicorn_thread(asgi_apps.make_fastapi()) as url:
        again = httpx.request(request["method"], f"{url}{request['path']}",
                              params=request["query_string"],
                              content=request["body"]["text"],
                              headers={"content-type": request["body"]["content_type"]})
    assert again.status_code == 500


def test_the_normal_path_does_not_touch_the_body(reporting: Reporting) -> None:
    app = asgi_apps.make_fastapi()
    receive_calls = 0

    async def counting(scope: Any, receive: Any, send: Any) -> None:
        async def counted() -> Any:
            nonlocal receive_calls
            receive_calls += 1
            return await receive()

        await app(scope, counted if scope["type"] == "http" else receive, send)

    with uvicorn_thread(counting) as url:
        response = httpx.request("GET", f"{url}/ok", content=b"x" * 10_000)
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    # sentry-sdk's Starlette integration reads every body; bugstack reads none itself.
    assert receive_calls == 0
    assert reporting.client.stats().get("sent", 0) == 0


def test_sync_endpoint_error_in_the_thread_pool(reporting: Reporting) -> None:
    with uvicorn_thread(asgi_apps.make_fastapi()) as url:
        assert httpx.get(f"{url}/sync-fail", params={"q": "seven"}).status_code == 500
    event = reporting.event()
    replay = replay_of(event)
    frame = frame_named(replay, "sync_fail")
    assert frame["arguments"] == ["q"] and decode_value(frame["locals"]["q"]) == "seven"
    assert replay["request"]["query_string"] == "q=seven"


def test_background_task_error_records_the_task_and_its_arguments(
    reporting: Reporting,
) -> None:
    with uvicorn_thread(asgi_apps.make_fastapi()) as url:
        assert httpx.post(f"{url}/receipts").status_code == 200  # the response went first
    event = reporting.event()
    assert event["exception"]["values"][-1]["type"] == "ConnectionError"
    replay = replay_of(event)
    assert replay["phase"] == "task"
    task = replay["task"]
    assert task["kind"] == "background"
    assert task["name"] == f"{asgi_apps.__name__}:send_receipt"
    args = [decode_value(a) for a in task["args"]]
    assert args == ["ada@example.com", 12.5, {"retries": 2}]
    assert replay["request"]["route"] == "/receipts"
    with pytest.raises(ConnectionError):
        asgi_apps.send_receipt(*args)


def test_shutdown_that_touches_what_startup_never_opened(reporting: Reporting) -> None:
    app = asgi_apps.make_lifespan_app(fail_on_startup=False)
    with uvicorn_thread(app):
        pass  # start-up succeeds; leaving the block runs the failing shutdown
    event = reporting.event()
    assert event["exception"]["values"][-1]["type"] == "AttributeError"
    replay = replay_of(event)
    assert replay["phase"] == "shutdown" and replay["request"] is None
    lifespan = frame_named(replay, "lifespan")
    assert decode_value(lifespan["locals"]["settings"]) == {"warm_cache": False}


def test_startup_failure_under_uvicorn_is_flushed_before_exit(
    reporting: Reporting, tmp_path: Path
) -> None:
    script = tmp_path / "serve.py"
    script.write_text(textwrap.dedent("""
        import bugstack
        bugstack.init()
        import uvicorn
        from tests.sdk.apps.asgi_apps import make_lifespan_app
        uvicorn.run(make_lifespan_app(fail_on_startup=True), host="127.0.0.1", port=0,
                    lifespan="on", log_level="critical")
    """))
    env = {**os.environ, "BUGSTACK_API_KEY": reporting.project.api_key,
           "BUGSTACK_URL": reporting.server.url, "PYTHONPATH": str(REPO_ROOT)}
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                            text=True, timeout=60, cwd=tmp_path)
    assert result.returncode != 0
    event = reporting.event()
    replay = replay_of(event)
    assert replay["phase"] == "startup"
    assert event["exception"]["values"][-1]["value"].startswith("cannot start with")
    assert decode_value(frame_named(replay, "lifespan")["locals"]["fail_on_startup"]) is True


def test_starlette_route_error(reporting: Reporting) -> None:
    with uvicorn_thread(asgi_apps.make_starlette()) as url:
        assert httpx.get(f"{url}/divide/10", params={"by": "0"}).status_code == 500
    event = reporting.event()
    assert event["exception"]["values"][-1]["type"] == "ZeroDivisionError"
    replay = replay_of(event)
    assert replay["request"]["framework"] == "starlette"
    assert replay["request"]["route"] == "/divide/{numerator}"
    frame = frame_named(replay, "starlette_divide")
    assert decode_value(frame["locals"]["denominator"]) == 0
    assert json.loads(json.dumps(event)) == event  # plain JSON all the way down


def test_fire_and_forget_task_under_uvicorn_with_uvloop(reporting: Reporting) -> None:
    import asyncio

    import uvicorn
    from fastapi import FastAPI

    from tests.sdk.servers import free_port

    app = FastAPI()

    async def refresh_cache(region: str) -> None:
        raise TimeoutError(f"cache for {region} did not answer")

    tasks: list[object] = []

    @app.post("/refresh/{region}")
    async def refresh(region: str) -> dict[str, str]:
        task = asyncio.get_running_loop().create_task(refresh_cache(region))
        task.add_done_callback(lambda t: tasks.clear())  # drop the last reference when done
        tasks.append(task)
        return {"status": "started"}

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, loop="uvloop",
                                           log_level="critical", lifespan="off"))
    with uvicorn_thread(app, server=server) as url:
        assert httpx.post(f"{url}/refresh/eu").status_code == 200
        event = reporting.event()
    replay = replay_of(event)
    assert replay["phase"] == "task" and replay["task"]["kind"] == "asyncio"
    assert replay["task"]["name"].endswith(".refresh_cache")
    assert decode_value(frame_named(replay, "refresh_cache")["locals"]["region"]) == "eu"
