"""A generic JSON webhook, signed so the receiver can tell it came from bugstack.

The body is the notification's JSON. ``X-Bugstack-Signature: sha256=<hex>`` is the
HMAC-SHA256 of the exact body bytes under the channel's secret; the body carries a
``timestamp`` so a receiver can also refuse old replays. :func:`verify_signature` is
the check a receiver runs.
"""

from __future__ import annotations

import hashlib
import hmac
import json

import httpx

from bugstack.deliver.notify.message import Notification

__all__ = ["SIGNATURE_HEADER", "JsonWebhook", "sign", "verify_signature"]

SIGNATURE_HEADER = "X-Bugstack-Signature"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: str | None) -> bool:
    return header is not None and hmac.compare_digest(sign(secret, body), header)


class JsonWebhook:
    def __init__(self, url: str, secret: str, *, timeout: float = 10.0) -> None:
        if not secret:
            raise ValueError("a webhook needs a secret to sign with")
        self.url, self._secret, self._timeout = url, secret, timeout
        self.name = f"webhook {url}"

    def send(self, notification: Notification) -> None:
        body = json.dumps(notification.to_json(), separators=(",", ":")).encode()
        response = httpx.post(self.url, content=body, timeout=self._timeout, headers={
            "Content-Type": "application/json",
            "User-Agent": "bugstack-webhook/1",
            "X-Bugstack-Event": str(notification.kind),
            SIGNATURE_HEADER: sign(self._secret, body),
        })
        if response.status_code >= 300:
            raise RuntimeError(f"answered {response.status_code}: {response.text[:200]}")
