import json
import sqlite3
from pathlib import Path

import pytest

from importer.__main__ import main
from importer.load import import_file, read_records

RECORDS = [
    {"at": "2024-05-01T08:00:00Z", "path": "/", "visitor": "v1"},
    {"at": "2024-05-01T08:00:05Z", "path": "/shoes", "visitor": "v1"},
    {"at": "2024-05-01T08:01:00Z", "path": "/cart", "visitor": "v2"},
]


def _lines(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_newline_terminated_export(tmp_path: Path) -> None:
    assert read_records(_lines(RECORDS)) == RECORDS
    export = tmp_path / "views.jsonl"
    export.write_text(_lines(RECORDS), encoding="utf-8")
    database = tmp_path / "stats.db"
    assert main([str(export), str(database)]) == 0
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM views").fetchone() == (3,)


def test_a_corrupt_line_still_stops_the_whole_import(tmp_path: Path) -> None:
    export = tmp_path / "views.jsonl"
    export.write_text(_lines(RECORDS[:1]) + '{"at": "2024-05-01T08:00:0\n' + _lines(RECORDS[1:]), encoding="utf-8")
    database = tmp_path / "stats.db"
    with pytest.raises(ValueError):
        import_file(export, database)
    with sqlite3.connect(database) as db:
        tables = db.execute("SELECT name FROM sqlite_master WHERE name = 'views'").fetchall()
        assert tables == [] or db.execute("SELECT count(*) FROM views").fetchone() == (0,)
