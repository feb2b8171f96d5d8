import pytest
from fastapi.testclient import TestClient

from hooks import settings
from hooks.main import app


def test_shutdown_without_webhooks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "WEBHOOK_URL", None)
    app.state.webhooks = None
    with TestClient(app) as client:
        assert client.get("/health").json() == {"ok": True, "webhooks": False}


def test_webhooks_still_closed_at_shutdown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "WEBHOOK_URL", "http://127.0.0.1:9")
    with TestClient(app):
        opened = app.state.webhooks
    assert opened is not None and opened.is_closed
    app.state.webhooks = None
