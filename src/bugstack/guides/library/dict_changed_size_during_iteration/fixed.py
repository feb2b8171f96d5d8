"""Dropping expired sessions from an in-memory store."""

import time


def purge_expired(sessions: dict[str, float], now: float) -> None:
    for token in list(sessions):
        if sessions[token] < now:  # the expiry time has passed
            del sessions[token]


if __name__ == "__main__":
    store = {"old": time.time() - 10, "fresh": time.time() + 60}
    purge_expired(store, time.time())
    print(sorted(store))
