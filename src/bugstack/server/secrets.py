"""Encryption of stored credentials (forge tokens, SSH keys, model API keys).

Credentials are encrypted with Fernet (AES-128-CBC with HMAC-SHA256) under the server's
secret key: ``BUGSTACK_SECRET_KEY`` when set (as every host of a distributed deployment
must share it), else a key made on first use in ``<data dir>/secret.key``, readable by its
owner only. The database alone, copied or leaked, does not reveal a credential.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

__all__ = ["CredentialBox", "InvalidToken"]


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
