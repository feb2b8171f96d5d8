"""Finding the API key of an ingest request.

The official Sentry SDKs authenticate in different places: sentry-python in the
``X-Sentry-Auth`` header, ``@sentry/node`` and browsers in the ``sentry_key`` query
parameter, and an envelope may carry its DSN in its header. bugstack's own SDK and plain
HTTP clients may use ``Authorization: Bearer <key>``. All of them name the same key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bugstack.domain.keys import ApiKey, InvalidKeyError
from bugstack.server.ingest._exceptions import Forbidden, Unauthorized

__all__ = ["authenticate_key", "key_from_request"]


def _from_sentry_auth(value: str) -> str | None:
    value = value.strip()
    if value.lower().startswith("sentry "):
        value = value[7:]
    for part in value.split(","):
        name, _, item = part.strip().partition("=")
        if name.strip() == "sentry_key":
            return item.strip()
    return None


def key_from_request(
    headers: Mapping[bytes, bytes], query_string: bytes, envelope_header: Mapping[str, Any] | None
) -> str | None:
    sentry_auth = headers.get(b"x-sentry-auth")
    if sentry_auth:
        key = _from_sentry_auth(sentry_auth.decode("latin-1"))
        if key:
            return key
    authorization = headers.get(b"authorization")
    if authorization:
        text = authorization.decode("latin-1").strip()
        scheme, _, credential = text.partition(" ")
        if scheme.lower() == "bearer" and credential.strip():
            return credential.strip()
        if scheme.lower() == "sentry":
            key = _from_sentry_auth(text)
            if key:
                return key
    if query_string and b"sentry_key" in query_string:
        values = parse_qs(query_string.decode("latin-1")).get("sentry_key")
        if values:
            return values[0]
    if envelope_header:
        dsn = envelope_header.get("dsn")
        if isinstance(dsn, str):
            username = urlsplit(dsn).username
            if username:
                return username
    return None


def authenticate_key(raw_key: str | None, project_id: int) -> ApiKey:
    """Check a key's form and project before any database work; the writer checks the rest."""
    if not raw_key:
        raise Unauthorized("missing API key (X-Sentry-Auth, sentry_key or Bearer)")
    try:
        key = ApiKey.parse(raw_key)
    except InvalidKeyError as exc:
        raise Unauthorized(str(exc)) from exc
    if key.project_id != project_id:
        raise Forbidden("this key belongs to another project")
    return key
