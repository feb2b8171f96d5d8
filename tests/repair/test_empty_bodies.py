"""An empty request body the view documents as acknowledged with a success status: the view
answers it with its own return of that status before decoding; nothing when the
documentation is silent, names no single 2xx, or no return of the view gives it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.empty_bodies import EmptyBodyAcknowledged
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

API = '''
    from fastapi import FastAPI, Request, Response

    app = FastAPI()
    PAYMENTS: list[dict[str, str]] = []


    @app.post("/hooks/payments")
    async def payment_event(request: Request) -> Response:
        """The payment provider's webhook: one JSON object per event.

        A health check from the provider is a POST with an empty body; it is answered with
        200, as an event is, or the provider pauses the webhook.
        """
        event = await request.json()
        PAYMENTS.append({"id": event["id"]})
        return Response(status_code=200)


    @app.post("/hooks/refunds")
    async def refund_event(request: Request) -> Response:
        event = await request.json()
        return Response(status_code=200)
'''

NEEDLE = "event = await request.json()"
MESSAGE = "Expecting value: line 1 column 1 (char 0)"


def _propose(tmp_path: Path, api: str = API) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"hooks/__init__.py": "", "hooks/api.py": api},
                              "hooks/api.py", NEEDLE, "JSONDecodeError", MESSAGE,
                              {"request": "<starlette.requests.Request object at 0x7f>"})
    return list(EmptyBodyAcknowledged().propose(site, analysis))


def test_an_empty_body_is_answered_as_documented(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["hooks/api.py"]
    assert after == textwrap.dedent(API).lstrip("\n").replace(
        '    """\n    event = await request.json()\n',
        '    """\n    if not await request.body():\n        return Response(status_code=200)\n'
        "    event = await request.json()\n", 1)
    assert after.count("if not await request.body()") == 1  # refund_event left alone


def test_a_silent_docstring_backs_nothing(tmp_path: Path) -> None:
    silent = API.replace("A health check from the provider is a POST with an empty body; it "
                         "is answered with\n        200, as an event is, or the provider "
                         "pauses the webhook.", "Events arrive in order.")
    assert _propose(tmp_path, silent) == []


def test_an_empty_body_documented_as_an_error_backs_nothing(tmp_path: Path) -> None:
    refused = API.replace("it is answered with\n        200, as an event is",
                          "it is answered with\n        400, unlike an event (200)")
    assert _propose(tmp_path, refused) == []


def test_a_status_no_return_gives_backs_nothing(tmp_path: Path) -> None:
    other = API.replace("answered with\n        200, as", "answered with\n        202, as")
    assert _propose(tmp_path, other) == []


def test_a_return_built_from_the_request_is_not_reused(tmp_path: Path) -> None:
    echoed = API.replace("        PAYMENTS.append({\"id\": event[\"id\"]})\n"
                         "        return Response(status_code=200)",
                         "        return Response(event[\"id\"], status_code=200)")
    assert _propose(tmp_path, echoed) == []


TESTS = '''
    from fastapi.testclient import TestClient

    from hooks.api import PAYMENTS, app


    def test_an_event_is_recorded() -> None:
        assert TestClient(app).post("/hooks/payments", json={"id": "ev1"}).status_code == 200
        assert PAYMENTS[-1] == {"id": "ev1"}
'''

TRIGGER = ('from fastapi.testclient import TestClient\nfrom hooks.api import app\n'
           'TestClient(app).post("/hooks/payments", content=b"")')


def test_a_health_check_is_acknowledged(tmp_path: Path) -> None:
    check = ('from fastapi.testclient import TestClient\nfrom hooks.api import PAYMENTS, app\n'
             'client = TestClient(app)\n'
             'assert client.post("/hooks/payments", content=b"").status_code == 200\n'
             'assert PAYMENTS == []\n'
             'assert client.post("/hooks/payments", json={"id": "e"}).status_code == 200\n'
             'assert PAYMENTS == [{"id": "e"}]')
    data = fix_and_check(tmp_path, {"hooks/__init__.py": "", "hooks/api.py": API,
                                    "tests/test_api.py": TESTS}, TRIGGER, check,
                         framework="fastapi")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "if not await request.body():" in data["patch"]
