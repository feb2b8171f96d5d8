"""Signed share links: anyone holding the link may read the document until it expires."""

from __future__ import annotations

import hashlib
import hmac
import os

SECRET = os.environ.get("SHARE_SECRET", "dev-share-secret").encode()


def _mac(document_id: int, expires: int) -> "hmac.HMAC":
    return hmac.new(SECRET, f"{document_id}:{expires}".encode(), hashlib.sha256)


def sign(document_id: int, expires: int):
    """The link's ``sig`` query parameter: the HMAC-SHA256 of the document and expiry,
    as lower-case hex (64 characters), the form :func:`verify` compares against."""
    return _mac(document_id, expires).digest()


def verify(document_id: int, expires: int, sig: str) -> bool:
    return hmac.compare_digest(sig, _mac(document_id, expires).hexdigest())
