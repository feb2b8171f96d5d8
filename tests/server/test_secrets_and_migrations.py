from __future__ import annotations

import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from bugstack.server.secrets import CredentialBox, InvalidToken
from bugstack.server.storage.database import Database


def test_credentials_are_sealed_and_only_the_right_key_opens_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BUGSTACK_SECRET_KEY", raising=False)
    box = CredentialBox.for_data_dir(tmp_path)
    sealed = box.seal({"token": "ghp_secret"})
    assert b"ghp_secret" not in sealed
    assert CredentialBox.for_data_dir(tmp_path).open(sealed) == {"token": "ghp_secret"}
    assert stat.S_IMODE((tmp_path / "secret.key").stat().st_mode) == 0o600
    with pytest.raises(InvalidToken):
        CredentialBox.for_data_dir(tmp_path / "elsewhere").open(sealed)


def test_migrations_apply_twice_and_create_every_table(database_url: str) -> None:
    database = Database(database_url)
    database.migrate()
    database.migrate()
    tables = set(sa.inspect(database.engine).get_table_names())
    database.dispose()
    assert {"projects", "issues", "events", "fix_attempts", "fix_stages"} <= tables
