"""Flask and Django served by a real WSGI server: the view fails, the server gets it."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from bugstack.domain.replay import decode_value
from bugstack.sdk.integrations.wsgi import BugstackWSGIMiddleware
from tests.sdk.apps import shop, wsgi_apps
from tests.sdk.conftest import Reporting, frame_named, replay_of
from tests.sdk.servers import wsgi_thread

BODY = {"sku": "B-2", "qty": 1, "customer": "grace", "tier": "basic"}


def _check_replay(event: dict[str, Any], framework: str, route: str) -> dict[str, Any]:
    replay = replay_of(event)
    assert replay["phase"] == "request"
    request = replay["request"]
    assert request["framework"] == framework and request["route"] == route
    assert request["method"] == "POST" and request["path"] == "/orders/3"
    assert request["query_string"] == "channel=app"
    assert request["body"]["encoding"] == "json"
    assert decode_value(request["path_params"]["shop_id"]) == 3
    order = decode_value(frame_named(replay, "price")["locals"]["order"])
    assert isinstance(order, shop.Order) and order.customer.name == "grace"
    with pytest.raises(KeyError):
        shop.price(order)
    return replay


def test_flask_view_error(reporting: Reporting) -> None:
    with wsgi_thread(wsgi_apps.make_flask()) as url:
        response = httpx.post(f"{url}/orders/3?channel=app", json=BODY)
    assert response.status_code == 500
    event = reporting.event()
    assert event["transaction"] == "/orders/<int:shop_id>"
    assert event["request"]["data"] == BODY
    assert event["exception"]["values"][-1]["mechanism"]["type"] == "flask"
    replay = _check_replay(event, "flask", "/orders/<int:shop_id>")
    resent = replay["request"]
    with wsgi_thread(wsgi_apps.make_flask()) as url:
        again = httpx.post(f"{url}{resent['path']}", content=resent["body"]["text"],
                           headers={"content-type": resent["body"]["content_type"]})
    assert again.status_code == 500


def test_flask_form_body_is_recorded_even_after_the_app_parsed_it(
    reporting: Reporting,
) -> None:
    with wsgi_thread(wsgi_apps.make_flask()) as url:
        response = httpx.post(f"{url}/form", data={k: str(v) for k, v in BODY.items()})
    assert response.status_code == 500
    replay = replay_of(reporting.event())
    body = replay["request"]["body"]
    assert body["encoding"] == "form" and "customer=grace" in body["text"]


def test_django_view_error(reporting: Reporting) -> None:
    with wsgi_thread(wsgi_apps.make_django()) as url:
        response = httpx.post(f"{url}/orders/3?channel=app", json=BODY)
    assert response.status_code == 500
    event = reporting.event()
    assert event["transaction"] == "/orders/<int:shop_id>"
    assert event["exception"]["values"][-1]["mechanism"]["type"] == "django"
    _check_replay(event, "django", "/orders/<int:shop_id>")


def _bare_wsgi_app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    size = int(environ.get("CONTENT_LENGTH") or 0)
    payload = json.loads(environ["wsgi.input"].read(size))
    ratio = payload["done"] / payload["total"]
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(ratio).encode()]


def test_any_wsgi_app_behind_the_middleware(reporting: Reporting) -> None:
    app = BugstackWSGIMiddleware(_bare_wsgi_app)
    with wsgi_thread(app) as url:
        response = httpx.post(f"{url}/progress?job=9", json={"done": 3, "total": 0})
    assert response.status_code == 500  # werkzeug's server answers for the crashed app
    event = reporting.event()
    assert event["exception"]["values"][-1]["type"] == "ZeroDivisionError"
    replay = replay_of(event)
    request = replay["request"]
    assert request["framework"] == "wsgi" and request["path"] == "/progress"
    assert request["query_string"] == "job=9"
    assert request["body"]["complete"] is True
    assert json.loads(request["body"]["text"]) == {"done": 3, "total": 0}
    frame = frame_named(replay, "_bare_wsgi_app")
    assert decode_value(frame["locals"]["payload"]) == {"done": 3, "total": 0}


def _streaming_wsgi_app(environ: dict[str, Any], start_response: Any) -> Any:
    start_response("200 OK", [("Content-Type", "text/plain")])

    def rows() -> Any:
        for number in (3, 2, 1, 0):
            yield f"{12 // number}\n".encode()

    return rows()


def test_an_error_while_streaming_the_response(reporting: Reporting) -> None:
    app = BugstackWSGIMiddleware(_streaming_wsgi_app)
    # The stream breaks off half-way: the client sees a broken response.
    with wsgi_thread(app) as url, pytest.raises(httpx.HTTPError):
        httpx.get(f"{url}/report.csv").read()
    event = reporting.event()
    assert event["exception"]["values"][-1]["mechanism"]["type"] == "wsgi.response"
    replay = replay_of(event)
    assert replay["request"]["path"] == "/report.csv"
    assert decode_value(frame_named(replay, "rows")["locals"]["number"]) == 0


def test_flask_logged_exception_carries_the_request(reporting: Reporting) -> None:
    with wsgi_thread(wsgi_apps.make_flask()) as url:
        response = httpx.post(f"{url}/rows", json={"rows": ["1", "two"]})
    assert response.status_code == 400
    event = reporting.event()
    assert event["exception"]["values"][-1]["mechanism"] == {"type": "logging",
                                                             "handled": True}
    assert event["logentry"]["formatted"] == "bad row in import"
    replay = replay_of(event)
    assert replay["phase"] == "request" and replay["request"]["route"] == "/rows"
    assert json.loads(replay["request"]["body"]["text"]) == {"rows": ["1", "two"]}
