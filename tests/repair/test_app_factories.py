"""An app built by an application factory is built the way its tests build it, so its
requests can be replayed; a request that failed on a unique constraint is also tried
sent twice, since its first copy never reached the sandbox's database."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.reproduce.app_factories import find_factory
from bugstack.repair.workspace import Workspace
from tests.repair.apps import capture_event, make_repo, run_fix

WISHLIST = '''
    import sqlite3

    from flask import Flask, g


    def create_app(database: str) -> Flask:
        app = Flask(__name__)

        def connection() -> sqlite3.Connection:
            if "db" not in g:
                g.db = sqlite3.connect(database)
                g.db.execute("CREATE TABLE IF NOT EXISTS favourite (customer INTEGER, "
                             "sku TEXT, UNIQUE (customer, sku))")
            return g.db

        @app.put("/customers/<int:customer>/favourites/<sku>")
        def add_favourite(customer: int, sku: str) -> tuple[str, int]:
            with connection() as conn:
                conn.execute("INSERT INTO favourite VALUES (?, ?)", (customer, sku))
            return "", 204

        @app.get("/customers/<int:customer>/labels/<kind>")
        def label(customer: int, kind: str) -> dict[str, str]:
            return {"label": {"gift": "Gift list", "wish": "Wish list"}[kind]}

        return app
'''

TESTS = '''
    from pathlib import Path

    from wishlist import create_app


    def test_add(tmp_path: Path) -> None:
        client = create_app(str(tmp_path / "wishlist.db")).test_client()
        assert client.put("/customers/7/favourites/MUG").status_code == 204
'''


def _repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo", {"wishlist/__init__.py": WISHLIST,
                                         "tests/test_wishlist.py": TESTS})


def test_the_factory_is_called_as_the_tests_call_it(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    workspace = Workspace(repo=repo, path=repo, commit=None)
    factory = find_factory(workspace, "wishlist", textwrap.dedent(WISHLIST))
    assert factory is not None and factory.framework == "flask"
    assert factory.setup == (
        'app = create_app(str(pathlib.Path(tempfile.mkdtemp()) / "wishlist.db"))')
    assert "from wishlist import create_app" in factory.imports


def test_a_factory_the_tests_build_from_a_fixture_gives_no_app(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        "wishlist/__init__.py": WISHLIST,
        "tests/test_wishlist.py": TESTS.replace('str(tmp_path / "wishlist.db")', "database")})
    workspace = Workspace(repo=repo, path=repo, commit=None)
    assert find_factory(workspace, "wishlist", textwrap.dedent(WISHLIST)) is None


def test_a_request_to_a_factory_built_app_is_replayed(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        import tempfile
        from wishlist import create_app
        client = create_app(tempfile.mkdtemp() + "/w.db").test_client()
        client.get("/customers/7/labels/birthday")
    ''', framework="flask")
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] != "not_reproduced", data["explanation"]
    assert data["checks"]["scenario"] == "GET /customers/7/labels/birthday"


def test_a_double_submitted_put_is_sent_twice(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        import tempfile
        from wishlist import create_app
        client = create_app(tempfile.mkdtemp() + "/w.db").test_client()
        client.put("/customers/7/favourites/MUG")
        client.put("/customers/7/favourites/MUG")
    ''', framework="flask")
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] != "not_reproduced", data["explanation"]
    assert data["checks"]["scenario"] == "PUT /customers/7/favourites/MUG, sent twice"


def test_a_factory_without_required_arguments_is_called_bare(tmp_path: Path) -> None:
    source = '''
        from fastapi import FastAPI


        def build(debug: bool = False) -> FastAPI:
            api = FastAPI(debug=debug)
            return api
    '''
    repo = make_repo(tmp_path / "repo", {"shop/__init__.py": source})
    workspace = Workspace(repo=repo, path=repo, commit=None)
    factory = find_factory(workspace, "shop", textwrap.dedent(source))
    assert factory is not None and factory.framework == "starlette"
    assert factory.setup == "app = build()"
