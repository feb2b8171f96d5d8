"""empty_bodies under review: a docstring that names the success status of an event in the
same paragraph as an empty body it rejects is no contract to acknowledge the empty body;
the engine must not answer it with that status."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_empty_bodies import API, TESTS, TRIGGER

REJECTING = API.replace(
    "A health check from the provider is a POST with an empty body; it is answered with\n"
    "        200, as an event is, or the provider pauses the webhook.",
    "Each event is acknowledged with 200. A POST with an empty body comes from a\n"
    "        misconfigured sender and is rejected.")

CHECK = ('from fastapi.testclient import TestClient\nfrom hooks.api import app\n'
         'client = TestClient(app, raise_server_exceptions=False)\n'
         'assert client.post("/hooks/payments", content=b"").status_code != 200')


def test_an_empty_body_documented_as_rejected_is_not_acknowledged(tmp_path: Path) -> None:
    assert REJECTING != API
    data = fix_and_check(tmp_path, {"hooks/__init__.py": "", "hooks/api.py": REJECTING,
                                    "tests/test_api.py": TESTS}, TRIGGER, CHECK,
                         framework="fastapi")
    assert data is not None
    assert "request.body()" not in (data.get("patch") or "")
