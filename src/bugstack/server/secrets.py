"""Encryption of stored credentials (forge tokens, SSH keys, model API keys, and the
secrets inside notification channels: webhook signing secrets, SMTP passwords).

Credentials are encrypted with Fernet (AES-128-CBC with HMAC-SHA256) under the server's
secret key: ``BUGSTACK_SECRET_KEY`` when set (as every host of a distributed deployment
must share it), else a key made on first use in ``<data dir>/secret.key``, readable by its
owner only. The database alone, copied or leaked, does not reveal a credential.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, cast

from cryptography.fernet import Fernet, InvalidToken

__all__ = [
    "CHANNEL_SECRET_FIELDS",
    "CredentialBox",
    "InvalidToken",
    "open_channel_secrets",
    "seal_channel_secrets",
]

#: The fields of a notification channel that are secrets, sealed where they are stored.
CHANNEL_SECRET_FIELDS = ("secret", "password")

#: Marks a sealed value inside a channel's JSON, so plaintext written by an older version
#: is still read (and sealed at the next save) rather than refused.
_SEALED_PREFIX = "sealed:"


class CredentialBox:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> CredentialBox:
        env_key = os.environ.get("BUGSTACK_SECRET_KEY")
        if env_key:
            return cls(env_key.encode())
        path = data_dir / "secret.key"
        if not path.exists():
            data_dir.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(Fernet.generate_key())
        return cls(path.read_bytes().strip())

    def seal(self, credentials: dict[str, Any]) -> bytes:
        return self._fernet.encrypt(json.dumps(credentials).encode())

    def open(self, sealed: bytes) -> dict[str, Any]:
        """Raises InvalidToken when the data was sealed under another key or altered."""
        value = json.loads(self._fernet.decrypt(sealed))
        return value if isinstance(value, dict) else {}


def seal_channel_secrets(entries: list[Any], box: CredentialBox) -> list[Any]:
    """The channels with every secret field sealed (values already sealed are kept)."""
    sealed: list[Any] = []
    for entry in entries:
        if isinstance(entry, dict):
            entry = dict(entry)
            for name in CHANNEL_SECRET_FIELDS:
                value = entry.get(name)
                if isinstance(value, str) and value and not value.startswith(_SEALED_PREFIX):
                    token = box.seal({"value": value}).decode()
                    entry[name] = _SEALED_PREFIX + token
        sealed.append(entry)
    return sealed


def open_channel_secrets(text: str | None, box: CredentialBox) -> str | None:
    """The stored channels' JSON with their secrets opened, for building the senders.

    Text that is not JSON is returned as it is, for the notifier to refuse with its reason;
    a secret sealed under another key is left sealed (the channel then fails to sign or log
    in, and says so) rather than failing every other channel.
    """
    if not text:
        return text
    try:
        parsed = json.loads(text)
    except ValueError:
        return text
    entries = parsed if isinstance(parsed, list) else [parsed]
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        for name in CHANNEL_SECRET_FIELDS:
            value = entry.get(name)
            if isinstance(value, str) and value.startswith(_SEALED_PREFIX):
                try:
                    opened = box.open(value[len(_SEALED_PREFIX):].encode())
                except InvalidToken:
                    continue
                entry[name] = cast(str, opened.get("value", ""))
    return json.dumps(parsed)
