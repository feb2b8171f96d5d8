"""Every bad input gets an answer that tells the client what to do, and loses nothing."""

from __future__ import annotations

import gzip
import json
import zlib

import brotli
import httpx
import pytest
import zstandard

from tests.support.envelopes import error_event, event_envelope, make_envelope
from tests.support.server import ThreadServer


def _post(server: ThreadServer, project_id: int, key: str | None, body: bytes,
          encoding: str | None = None, endpoint: str = "envelope",
          headers: dict[str, str] | None = None) -> httpx.Response:
    sent = dict(headers or {})
    if key:
        sent["X-Sentry-Auth"] = f"Sentry sentry_version=7, sentry_key={key}"
    if encoding:
        sent["Content-Encoding"] = encoding
    return httpx.post(f"{server.url}/api/{project_id}/{endpoint}/", content=body,
                      headers=sent, timeout=10)


def test_malformed_payloads_are_refused_with_a_reason(server: ThreadServer) -> None:
    project = server.new_project("p")
    cases = {
        b"{not json\n": "envelope header",
        b'{}\n{"type": "event", "length": 500}\n{}': "shorter than its length",
        b"{}\n[1, 2]\n{}": "item header",
        b'{}\n{"length": 2}\n{}': "no type",
        make_envelope(({"type": "event"}, b"{broken")): "not valid JSON",
        make_envelope(({"type": "event"}, b"[1]")): "JSON object",
    }
    for body, reason in cases.items():
        response = _post(server, project.id, project.api_key, body)
        assert response.status_code == 400, body
        assert reason in response.json()["detail"]
    response = _post(server, project.id, project.api_key, b"\x1f\x8b garbage", "gzip")
    assert response.status_code == 400
    response = _post(server, project.id, project.api_key, b"{}", "lz4")
    assert response.status_code == 400 and "Content-Encoding" in response.json()["detail"]
    assert server.issues(project.id) == []


def test_wrong_revoked_and_foreign_keys_are_refused(server: ThreadServer) -> None:
    shop = server.new_project("shop")
    other = server.new_project("other")
    body = event_envelope(error_event())
    assert _post(server, shop.id, None, body).status_code == 401
    assert _post(server, shop.id, "not-a-key", body).status_code == 401
    forged = shop.api_key[:-4] + "0000"
    assert _post(server, shop.id, forged, body).status_code == 401
    assert _post(server, shop.id, other.api_key, body).status_code == 403

    assert _post(server, shop.id, shop.api_key, body).status_code == 200
    result = server.cli("project", "revoke-key", shop.api_key)
    assert "Revoked 1" in result.stdout
    # Revocation takes effect at once: the very next request is refused.
    response = _post(server, shop.id, shop.api_key, event_envelope(error_event()))
    assert response.status_code == 403 and "revoked" in response.json()["detail"]
    assert sum(i["event_count"] for i in server.issues(shop.id)) == 1


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_every_encoding_is_read_and_bombs_are_stopped(server: ThreadServer, encoding: str) -> None:
    project = server.new_project("p")
    compress = {
        "gzip": lambda data: gzip.compress(data, compresslevel=1),
        "deflate": lambda data: zlib.compress(data, 1),
        "br": lambda data: brotli.compress(data, quality=1),
        "zstd": lambda data: zstandard.ZstdCompressor(level=1).compress(data),
    }[encoding]
    good = _post(server, project.id, project.api_key, compress(event_envelope(error_event())),
                 encoding)
    assert good.status_code == 200, good.text
    # 64 MiB of zeros: a few hundred KiB on the wire, more than the decompressed limit.
    bomb = compress(b"{}\n" + b"0" * (64 * 1024 * 1024))
    assert len(bomb) < 1024 * 1024
    response = _post(server, project.id, project.api_key, bomb, encoding)
    assert response.status_code == 413
    assert "decompressed" in response.json()["detail"]
    assert server.issues(project.id)[0]["event_count"] == 1


def test_oversized_bodies_and_events_are_refused(tmp_path: object, database_url: str) -> None:
    from pathlib import Path

    from bugstack.server.config import IngestLimits

    limits = IngestLimits(max_body=64 * 1024, max_event=16 * 1024)
    with ThreadServer(Path(str(tmp_path)), database_url, limits) as server:
        project = server.new_project("p")
        big_event = event_envelope(error_event(padding=20 * 1024))
        response = _post(server, project.id, project.api_key, big_event)
        assert response.status_code == 413 and "event item" in response.json()["detail"]
        huge = b"x" * (100 * 1024)
        assert _post(server, project.id, project.api_key, huge).status_code == 413

        def chunks() -> object:  # no Content-Length: the limit is counted as bytes arrive
            for _ in range(100):
                yield b"x" * 1024

        response = httpx.post(
            f"{server.url}/api/{project.id}/envelope/", content=chunks(),  # type: ignore[arg-type]
            headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"}, timeout=10)
        assert response.status_code == 413
        assert server.issues(project.id) == []


def test_duplicate_event_ids_are_stored_once(server: ThreadServer) -> None:
    project = server.new_project("p")
    event = error_event()
    for _ in range(3):
        assert _post(server, project.id, project.api_key, event_envelope(event)).status_code == 200
    store_body = json.dumps(event).encode()
    response = _post(server, project.id, project.api_key, store_body, endpoint="store")
    assert response.status_code == 200 and response.json() == {"id": event["event_id"]}
    (issue,) = server.issues(project.id)
    assert issue["event_count"] == 1


def test_envelopes_without_item_lengths_and_other_item_types(server: ThreadServer) -> None:
    project = server.new_project("p")
    event = error_event()
    body = make_envelope(
        ({"type": "session"}, b'{"sid": "x", "status": "ok"}'),
        ({"type": "event"}, json.dumps(event).encode()),
        ({"type": "client_report"}, b'{"discarded_events": []}'),
        ({"type": "something_new"}, b"{}"),
        with_length=False,
    )
    response = httpx.post(f"{server.url}/api/{project.id}/envelope/?sentry_key={project.api_key}",
                          content=body, timeout=10)
    assert response.status_code == 200
    attachment = b"line one\nline two\n"
    body = make_envelope(
        ({"type": "event"}, json.dumps(error_event(exc_type="ValueError")).encode()),
        ({"type": "attachment", "filename": "log.txt"}, attachment),
    )
    assert _post(server, project.id, project.api_key, body).status_code == 200
    assert sorted(i["exception_type"] for i in server.issues(project.id)) == [
        "KeyError", "ValueError"]


def test_rate_limit_answers_429_with_headers_the_sdk_honours(
    tmp_path: object, database_url: str
) -> None:
    from pathlib import Path

    import sentry_sdk

    with ThreadServer(Path(str(tmp_path)), database_url) as server:
        project = server.new_project("limited", rate_limit_per_minute=2)
        for expected in (200, 200, 429):
            response = _post(server, project.id, project.api_key,
                             event_envelope(error_event()))
            assert response.status_code == expected
        assert int(response.headers["Retry-After"]) >= 1
        assert response.headers["X-Sentry-Rate-Limits"].split(":")[1] == "error;default"

        sentry_sdk.init(dsn=project.dsn, default_integrations=False)
        try:
            transport = sentry_sdk.get_client().transport
            assert not transport._check_disabled("error")  # type: ignore[union-attr]
            try:
                raise RuntimeError("boom")
            except RuntimeError:
                sentry_sdk.capture_exception()
            sentry_sdk.flush()
            # The SDK read the 429's headers and now holds back errors by itself.
            assert transport._check_disabled("error")  # type: ignore[union-attr]
        finally:
            sentry_sdk.get_client().close()
        assert sum(i["event_count"] for i in server.issues(project.id)) == 2
