"""Who is who in a workspace, from the nightly directory dump (directory.json)."""

from __future__ import annotations

import json
from pathlib import Path

#: How the export names someone who has since been deleted from the workspace.
FORMER_MEMBER = "former member #{id}"


class Directory:
    def __init__(self, users: dict[int, str], api_keys: dict[int, str]) -> None:
        self._emails = users
        self._key_names = api_keys

    @classmethod
    def load(cls, path: Path) -> Directory:
        data = json.loads(path.read_text(encoding="utf-8"))
        users = {int(uid): user["email"] for uid, user in data.get("users", {}).items()}
        api_keys = {int(kid): key["name"] for kid, key in data.get("api_keys", {}).items()}
        return cls(users, api_keys)

    def email_of(self, user_id: int) -> str:
        return self._emails.get(user_id, FORMER_MEMBER.format(id=user_id))

    def key_name(self, key_id: int) -> str:
        """The API key's name as the workspace's admins set it (revoked keys included:
        the dump keeps them for the audit trail)."""
        return self._key_names[key_id]
