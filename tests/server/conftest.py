from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server import ThreadServer


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[ThreadServer]:
    """A server on loopback over a fresh database (SQLite, and PostgreSQL when configured)."""
    with ThreadServer(tmp_path, database_url) as running:
        yield running
