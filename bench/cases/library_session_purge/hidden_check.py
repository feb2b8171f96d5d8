from sessions.store import Session, SessionStore


def test_purge_removes_only_expired() -> None:
    store = SessionStore()
    store.add("t1", Session("ada", 100.0))
    store.add("t2", Session("bob", 10.0))
    store.add("t3", Session("eve", 20.0))
    store.add("t4", Session("joe", 200.0))
    assert store.purge_expired(now=50.0) == 2
    assert sorted(store.sessions) == ["t1", "t4"]
