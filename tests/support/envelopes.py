"""Building Sentry envelopes by hand, for the inputs no well-behaved SDK sends."""

from __future__ import annotations

import gzip
import json
import uuid
from typing import Any

__all__ = ["error_event", "event_envelope", "make_envelope"]


def error_event(exc_type: str = "KeyError", value: str = "'sku'", function: str = "checkout",
                event_id: str | None = None, release: str | None = "1.0",
                padding: int = 0) -> dict[str, Any]:
    event: dict[str, Any] = {
        "event_id": event_id or uuid.uuid4().hex,
        "timestamp": "2026-11-25T10:00:00Z",
        "platform": "python",
        "level": "error",
        "release": release,
        "exception": {"values": [{
            "type": exc_type,
            "value": value,
            "stacktrace": {"frames": [
                {"module": "shop.views", "function": function, "lineno": 12, "in_app": True,
                 "filename": "shop/views.py", "context_line": "    return cart[key]",
                 "vars": {"pad": "x" * padding}},
            ]},
        }]},
    }
    return event


def make_envelope(*items: tuple[dict[str, Any], bytes], header: dict[str, Any] | None = None,
                  with_length: bool = True) -> bytes:
    lines = [json.dumps(header or {}).encode()]
    for item_header, payload in items:
        item_header = dict(item_header)
        if with_length:
            item_header["length"] = len(payload)
        lines.append(json.dumps(item_header).encode())
        lines.append(payload)
    return b"\n".join(lines) + b"\n"


def event_envelope(event: dict[str, Any], *, with_length: bool = True,
                   compress: bool = False) -> bytes:
    body = make_envelope(({"type": "event"}, json.dumps(event).encode()),
                         header={"event_id": event["event_id"]}, with_length=with_length)
    return gzip.compress(body) if compress else body
