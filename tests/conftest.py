"""Fixtures shared by every part of the suite.

``database_url`` gives each test a fresh database: SQLite in a temporary directory, and,
when ``BUGSTACK_TEST_POSTGRES_URL`` is set, a fresh schema of that PostgreSQL database too.
``bugstack_server`` runs a real ``bugstack serve`` process on loopback.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support.server import RunningServer, start_server_process

POSTGRES_URL = os.environ.get("BUGSTACK_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgres"] if POSTGRES_URL else [])]


def _postgres_schema_url(name: str) -> str:
    assert POSTGRES_URL is not None
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{name}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bugstack.db'}"
        return
    assert POSTGRES_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        yield _postgres_schema_url(schema)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(scope="session")
def bugstack_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A real ``bugstack serve`` process on SQLite, shared by the tests of a session."""
    server = start_server_process(tmp_path_factory.mktemp("bugstack-server"))
    try:
        yield server
    finally:
        server.stop()
