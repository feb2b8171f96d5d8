"""HMAC-SHA256 signatures for outgoing webhooks. Secrets and bodies are text, UTF-8 on the wire."""

import hashlib
import hmac


def sign(secret: str, body: str) -> str:
    return hmac.new(secret.encode("utf-8"), body.encode("utf-8"), hashlib.sha256).hexdigest()


def sign_with_timestamp(secret: str, body: str, timestamp: int) -> str:
    """Signature over ``"{timestamp}.{body}"``, the replay-resistant scheme."""
    signed = f"{timestamp}.{body}"
    return hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()


def verify(secret: str, body: str, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, body), signature)
