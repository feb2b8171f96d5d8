# mypy: disable-error-code="import-not-found"
import fixed
import pytest
from fastapi.testclient import TestClient


def test_the_app_stops_cleanly_without_a_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CACHE_URL", raising=False)
    with TestClient(fixed.app) as client:
        assert client.get("/health").json() == {"cache": False}


def test_a_configured_cache_is_still_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CACHE_URL", "redis://cache")
    with TestClient(fixed.app) as client:
        assert client.get("/health").json() == {"cache": True}
        cache = fixed.app.state.cache
    assert cache.closed
