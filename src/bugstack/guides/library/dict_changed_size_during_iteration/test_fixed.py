# mypy: disable-error-code="import-not-found"
from fixed import purge_expired


def test_expired_sessions_are_removed_and_fresh_ones_kept() -> None:
    store = {"old": 1.0, "older": 0.5, "fresh": 100.0}
    purge_expired(store, now=10.0)
    assert store == {"fresh": 100.0}
