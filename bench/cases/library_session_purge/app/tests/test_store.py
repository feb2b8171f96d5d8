from sessions.store import Session, SessionStore


def test_active_users() -> None:
    store = SessionStore()
    store.add("t1", Session("ada", 100.0))
    store.add("t2", Session("bob", 10.0))
    assert store.active_users(now=50.0) == ["ada"]


def test_purge_nothing_expired() -> None:
    store = SessionStore()
    store.add("t1", Session("ada", 100.0))
    assert store.purge_expired(now=50.0) == 0
    assert list(store.sessions) == ["t1"]
