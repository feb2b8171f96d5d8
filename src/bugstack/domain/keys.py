"""The API key format.

A key reads ``bs_<project id>_<32 hex digits>``. The project id is in the key so that
``bugstack.init(api_key=...)`` needs nothing else to know where to send events, and so
that the server can find the project's key row with one indexed lookup. The same string
is the ``public_key`` of the project's Sentry DSN, so the official Sentry SDKs
authenticate with it unchanged.

The server stores only a SHA-256 digest of a key. Keys are 128 random bits, so a fast
hash is as safe as a slow one here and keeps authentication cheap on the ingest path.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

__all__ = ["ApiKey", "InvalidKeyError", "hash_secret"]

_PREFIX = "bs"
_KEY_RE = re.compile(r"^bs_(\d{1,18})_([0-9a-f]{32})$")


class InvalidKeyError(ValueError):
    """The string is not a bugstack API key."""


def hash_secret(value: str) -> str:
    """Digest under which a key or token is stored."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ApiKey:
    project_id: int
    secret: str

    @classmethod
    def generate(cls, project_id: int) -> ApiKey:
        return cls(project_id=project_id, secret=secrets.token_hex(16))

    @classmethod
    def parse(cls, value: str) -> ApiKey:
        match = _KEY_RE.match(value.strip())
        if match is None:
            raise InvalidKeyError("not a bugstack API key (expected bs_<project>_<secret>)")
        return cls(project_id=int(match.group(1)), secret=match.group(2))

    def __str__(self) -> str:
        return f"{_PREFIX}_{self.project_id}_{self.secret}"

    @property
    def digest(self) -> str:
        return hash_secret(str(self))

    @property
    def display_prefix(self) -> str:
        """Enough of the key to recognise it in a list, not enough to use it."""
        return str(self)[: len(f"{_PREFIX}_{self.project_id}_") + 6]

    def dsn(self, base_url: str) -> str:
        """The Sentry DSN that points an official Sentry SDK at this project."""
        scheme, _, rest = base_url.rstrip("/").partition("://")
        return f"{scheme}://{self}@{rest}/{self.project_id}"
