"""The nightly clean-up runs while some sessions have expired."""

from sessions.store import Session, SessionStore

store = SessionStore()
store.add("t1", Session("ada", 100.0))
store.add("t2", Session("bob", 10.0))
store.add("t3", Session("eve", 20.0))
store.purge_expired(now=50.0)
