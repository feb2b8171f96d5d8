"""Hashing code that already passes bytes."""

import hashlib
import hmac


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def constant() -> str:
    return hashlib.md5(b"fixed", usedforsecurity=False).hexdigest()


def signature(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()
