"""The Sentry envelope format, read leniently where real SDKs differ.

An envelope is a JSON header line, then items, each a JSON header line and a payload.
sentry-python always gives an item's ``length`` (and attachments hold raw newlines, so the
length must be honoured); ``@sentry/node`` omits ``length`` on JSON items, whose payload
then runs to the next newline. Unknown item types are kept for counting, never refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from bugstack.server.ingest._exceptions import BadPayload, PayloadTooLarge

__all__ = ["MAX_ITEMS", "Envelope", "EnvelopeItem", "parse_envelope"]

#: Items in one envelope. SDKs send a handful (an event, its attachments, a session
#: update, a client report); a million tiny items in a few compressed kilobytes would
#: otherwise cost seconds of parsing and hundreds of megabytes of item objects.
MAX_ITEMS = 1000


@dataclass(frozen=True, slots=True)
class EnvelopeItem:
    type: str
    headers: dict[str, Any]
    payload: bytes


@dataclass(frozen=True, slots=True)
class Envelope:
    headers: dict[str, Any]
    items: list[EnvelopeItem]


def _json_object(line: bytes, what: str) -> dict[str, Any]:
    try:
        value = orjson.loads(line) if line.strip() else {}
    except orjson.JSONDecodeError as exc:
        raise BadPayload(f"{what} is not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise BadPayload(f"{what} must be a JSON object")
    return value


def parse_envelope(body: bytes, max_item: int) -> Envelope:
    if not body.strip():
        raise BadPayload("empty envelope")
    end = body.find(b"\n")
    if end < 0:
        end = len(body)
    headers = _json_object(body[:end], "envelope header")
    items: list[EnvelopeItem] = []
    pos = end + 1
    size = len(body)
    while pos < size:
        end = body.find(b"\n", pos)
        if end < 0:
            end = size
        line = body[pos:end]
        pos = end + 1
        if not line.strip():
            continue  # blank lines between items and a trailing newline are harmless
        if len(items) == MAX_ITEMS:
            raise PayloadTooLarge(f"envelope has more than {MAX_ITEMS} items")
        item_headers = _json_object(line, f"item header {len(items) + 1}")
        item_type = item_headers.get("type")
        if not isinstance(item_type, str) or not item_type:
            raise BadPayload(f"item {len(items) + 1} has no type")
        length = item_headers.get("length")
        if length is not None:
            if not isinstance(length, int) or isinstance(length, bool) or length < 0:
                raise BadPayload(f"item {len(items) + 1} has an invalid length")
            if pos + length > size:
                raise BadPayload(f"item {len(items) + 1} is shorter than its length")
            payload = body[pos : pos + length]
            pos += length
            if pos < size and body[pos : pos + 1] == b"\n":
                pos += 1
        else:
            end = body.find(b"\n", pos)
            if end < 0:
                end = size
            payload = body[pos:end]
            pos = end + 1
        if item_type in ("event", "transaction") and len(payload) > max_item:
            raise PayloadTooLarge(f"{item_type} item is larger than {max_item} bytes")
        items.append(EnvelopeItem(type=item_type, headers=item_headers, payload=payload))
    return Envelope(headers=headers, items=items)
