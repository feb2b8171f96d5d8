import json
import sqlite3
from pathlib import Path

from importer.__main__ import main
from importer.load import read_records

RECORDS = [
    {"at": "2024-05-01T08:00:00Z", "path": "/", "visitor": "v1"},
    {"at": "2024-05-01T08:00:05Z", "path": "/shoes", "visitor": "v1"},
]


def test_read_records() -> None:
    text = "\n".join(json.dumps(r) for r in RECORDS)
    assert read_records(text) == RECORDS


def test_import(tmp_path: Path) -> None:
    export = tmp_path / "views.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    database = tmp_path / "stats.db"
    assert main([str(export), str(database)]) == 0
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT path FROM views ORDER BY at").fetchall() == [("/",), ("/shoes",)]


def test_usage() -> None:
    assert main([]) == 2
