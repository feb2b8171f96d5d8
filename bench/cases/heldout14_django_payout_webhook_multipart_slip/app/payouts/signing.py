"""Webhook signatures, as the payout provider's documentation specifies them."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def sign(body: bytes) -> str:
    """Hex HMAC-SHA256 of the raw request body under the shared webhook secret."""
    return hmac.new(settings.PAYOUT_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(body), signature)
