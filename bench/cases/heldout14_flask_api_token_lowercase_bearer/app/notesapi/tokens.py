"""API tokens issued to integrations (the real deployment keeps them hashed in Postgres)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Client:
    name: str
    account_id: int


_ISSUED: dict[str, Client] = {}


def reset() -> None:
    _ISSUED.clear()
    _ISSUED["ntk_5f2b9c0e71d4"] = Client("zapier", 1)
    _ISSUED["ntk_a81c33e0b6f7"] = Client("python-sync", 2)


def lookup(token: str) -> Client | None:
    return _ISSUED.get(token)


reset()
