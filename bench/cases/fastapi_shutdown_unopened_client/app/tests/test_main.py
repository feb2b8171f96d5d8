import pytest
from fastapi.testclient import TestClient

from hooks import settings
from hooks.main import app


def test_webhooks_opened_and_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "WEBHOOK_URL", "http://127.0.0.1:9")
    with TestClient(app) as client:
        assert client.get("/health").json() == {"ok": True, "webhooks": True}
        opened = app.state.webhooks
    assert opened.is_closed
    app.state.webhooks = None
