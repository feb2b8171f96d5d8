"""Workspace API keys: each key belongs to one workspace and acts only inside it."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

ALL_SCOPES: frozenset[str] = frozenset({"projects:read", "projects:write", "members:read"})


@dataclass
class ApiKey:
    id: int
    workspace: str
    name: str
    token_hash: str
    #: Comma-separated scopes, e.g. "projects:read,projects:write". Keys issued by the v1
    #: settings page, before scopes existed, have None here: they keep the full access
    #: they were issued with until their owners revoke them.
    scopes: str | None
    revoked: bool = False


_KEYS: dict[str, ApiKey] = {}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(workspace: str, name: str, scopes: set[str] | None, token: str | None = None) -> tuple[ApiKey, str]:
    """A new key and its token (shown once; only the hash is kept). ``scopes=None``
    only for the v1 keys the migration brought over."""
    if scopes is not None and not scopes <= ALL_SCOPES:
        raise ValueError(f"unknown scopes: {', '.join(sorted(scopes - ALL_SCOPES))}")
    token = token or "wk_" + secrets.token_urlsafe(24)
    joined = None if scopes is None else ",".join(sorted(scopes))
    key = ApiKey(len(_KEYS) + 1, workspace, name, _hash(token), joined)
    _KEYS[key.token_hash] = key
    return key, token


def find(token: str) -> ApiKey | None:
    """The live key with this token; None for unknown or revoked tokens."""
    key = _KEYS.get(_hash(token))
    if key is None or key.revoked:
        return None
    return key


def of_workspace(workspace: str) -> list[ApiKey]:
    return sorted((k for k in _KEYS.values() if k.workspace == workspace), key=lambda k: k.id)


def describe(key: ApiKey) -> dict[str, object]:
    """A key as the settings page lists it (never the token)."""
    scopes = ALL_SCOPES if key.scopes is None else key.scopes.split(",")
    return {"id": key.id, "name": key.name, "scopes": sorted(scopes), "revoked": key.revoked}


def reset() -> None:
    _KEYS.clear()
    issue("acme", "CI deploy", {"projects:read"}, token="wk_acme_ci")
    issue("acme", "Zapier", None, token="wk_acme_legacy_zapier")
    issue("globex", "Importer", {"projects:read", "projects:write"}, token="wk_globex_importer")


reset()
