"""An insert documented as idempotent leaves an existing row alone (SQLite's
``INSERT OR IGNORE``, PostgreSQL's ``ON CONFLICT DO NOTHING``); nothing when the
documentation is silent or says a duplicate is refused."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.idempotent_inserts import IdempotentInsert
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

TAGS = '''
    import sqlite3


    def tag(conn: sqlite3.Connection, post: int, name: str) -> None:
        """Tags a post. Idempotent: tagging a post that already has the tag is a no-op."""
        with conn:
            conn.execute("INSERT INTO tag (post, name) VALUES (?, ?)", (post, name))


    def setup(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE IF NOT EXISTS tag (post INTEGER, name TEXT, "
                     "UNIQUE (post, name))")
'''

SQLITE = "UNIQUE constraint failed: tag.post, tag.name"
POSTGRES = 'duplicate key value violates unique constraint "tag_post_name_key"'


def _propose(tmp_path: Path, source: str = TAGS, message: str = SQLITE,
             exc_type: str = "IntegrityError") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"tags.py": source}, "tags.py",
                              "conn.execute(\"INSERT", exc_type, message)
    return list(IdempotentInsert().propose(site, analysis))


def test_sqlite_ignores_the_existing_row(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert [c.edits["tags.py"] for c in found] == [textwrap.dedent(TAGS).lstrip("\n").replace(
        '"INSERT INTO tag', '"INSERT OR IGNORE INTO tag')]


def test_postgres_does_nothing_on_conflict(tmp_path: Path) -> None:
    found = _propose(tmp_path, message=POSTGRES, exc_type="UniqueViolation")
    assert found == []  # not an IntegrityError by name: psycopg's own subclass
    found = _propose(tmp_path, message=POSTGRES)
    assert [c.edits["tags.py"] for c in found] == [textwrap.dedent(TAGS).lstrip("\n").replace(
        'VALUES (?, ?)"', 'VALUES (?, ?) ON CONFLICT DO NOTHING"')]


def test_silent_or_refusing_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = TAGS.replace(" Idempotent: tagging a post that already has the tag is a no-op.",
                          "")
    assert _propose(tmp_path, silent) == []
    refusing = TAGS.replace("Idempotent: tagging a post that already has the tag is a no-op.",
                            "Not idempotent: tagging twice raises, so the API answers 409.")
    assert _propose(tmp_path, refusing) == []


WEB = '''
    import os
    import sqlite3
    import tempfile

    from flask import Flask

    app = Flask(__name__)
    DATABASE = os.path.join(tempfile.mkdtemp(), "tags.db")


    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(DATABASE)
        conn.execute("CREATE TABLE IF NOT EXISTS tag (post INTEGER, name TEXT, "
                     "UNIQUE (post, name))")
        return conn


    @app.put("/posts/<int:post>/tags/<name>")
    def tag(post: int, name: str) -> tuple[str, int]:
        """Tags a post. Idempotent, like every PUT: tagging it again is a no-op."""
        with connect() as conn:
            conn.execute("INSERT INTO tag (post, name) VALUES (?, ?)", (post, name))
        return "", 204
'''

TESTS = '''
    from tags import app


    def test_tag() -> None:
        assert app.test_client().put("/posts/1/tags/news").status_code == 204
'''


def test_a_put_sent_twice_answers_204_end_to_end(tmp_path: Path) -> None:
    trigger = ('from tags import app\nclient = app.test_client()\n'
               'client.put("/posts/7/tags/news")\nclient.put("/posts/7/tags/news")')
    check = ('from tags import app, connect\nclient = app.test_client()\n'
             'assert client.put("/posts/8/tags/news").status_code == 204\n'
             'assert client.put("/posts/8/tags/news").status_code == 204\n'
             'assert connect().execute("SELECT count(*) FROM tag WHERE post = 8")'
             '.fetchone() == (1,)')
    data = fix_and_check(tmp_path, {"tags.py": WEB, "tests/test_tags.py": TESTS}, trigger,
                         check, framework="flask")
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "idempotent-insert"
    assert data["checks"]["scenario"] == "PUT /posts/7/tags/news, sent twice"
