"""Opaque page cursors of the list endpoints.

A cursor is the JSON ``{"after": <id>}`` in URL-safe base64 with the ``=`` padding
stripped, so that it sits in a query string without escaping. ``decode_cursor`` takes
back exactly what ``encode_cursor`` made; anything else is a ``BadCursor`` (answered 400).
"""

from __future__ import annotations

import base64
import json


class BadCursor(ValueError):
    pass


def encode_cursor(after: int) -> str:
    raw = json.dumps({"after": after}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadCursor(f"not a cursor: {cursor!r}") from error
    after = data.get("after") if isinstance(data, dict) else None
    if not isinstance(after, int):
        raise BadCursor(f"not a cursor: {cursor!r}")
    return after
