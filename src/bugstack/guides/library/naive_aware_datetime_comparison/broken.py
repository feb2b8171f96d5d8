"""Checking whether an API token has expired."""

from datetime import datetime


def is_expired(token: dict[str, str]) -> bool:
    # The identity provider sends expiry times with an offset, e.g. +00:00.
    expires_at = datetime.fromisoformat(token["expires_at"])
    return expires_at <= datetime.utcnow()


if __name__ == "__main__":
    print(is_expired({"expires_at": "2020-01-01T00:00:00+00:00"}))
