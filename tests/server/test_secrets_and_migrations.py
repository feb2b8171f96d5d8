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


def test_a_database_with_data_upgrades_from_the_first_schema(database_url: str) -> None:
    import json

    from bugstack.server.ingest._normalise import normalise_event
    from bugstack.server.ingest._ratelimit import RateLimiter
    from bugstack.server.ingest._store import Submission, store_batch
    from bugstack.server.projects import create_project
    from tests.support.envelopes import error_event

    database = Database(database_url)
    database.migrate("0001")
    with database.engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO organizations (name, created_at) VALUES ('default', '2026-01-01')"))
    # Rows of every kind that later migrations' tables and columns point at.
    with database.engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO projects (organization_id, name, created_at) "
            "VALUES (1, 'old', '2026-01-01')"))
        connection.execute(sa.text(
            "INSERT INTO project_keys (project_id, digest, prefix, created_at) "
            "VALUES (1, 'd', 'p', '2026-01-01')"))
    database.migrate()
    with database.session() as session:
        made = create_project(session, "new")
        session.commit()
    submission = Submission(project_id=made.project.id, key_digest=made.key.digest,
                            events=[normalise_event(json.dumps(error_event()).encode())])
    with database.engine.begin() as connection:
        from datetime import UTC, datetime

        store_batch(connection, [submission], RateLimiter(), 0, datetime.now(UTC))
    with database.engine.connect() as connection:
        names = connection.execute(sa.text("SELECT name FROM projects ORDER BY id")).all()
        merge = connection.execute(sa.text("SELECT merge_policy FROM projects")).scalars().all()
    database.dispose()
    assert [n for (n,) in names] == ["old", "new"]
    assert set(merge) == {"review"}
