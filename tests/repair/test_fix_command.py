"""``bugstack fix`` end to end: real apps in git repositories, events from the real
sentry-sdk raised in a deployed copy at another path, the command run as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.repair.apps import DJANGO_MANAGE, capture_event, commit, make_repo, run_fix

pytestmark = pytest.mark.slow

LIBRARY = {
    "shop/__init__.py": "",
    "shop/users.py": '''
        USERS: dict[int, list[str]] = {1: ["admin", "editor"], 2: []}


        def roles_of(user_id: int) -> list[str]:
            """The roles of a user."""
            if user_id in USERS:
                return USERS[user_id]
            return None


        def describe(user_id: int) -> str:
            roles = roles_of(user_id)
            return ", ".join(sorted(roles))
    ''',
    "tests/__init__.py": "",
    "tests/test_users.py": '''
        from shop.users import describe


        def test_describe() -> None:
            assert describe(1) == "admin, editor"
    ''',
}


def _status(repo: Path) -> str:
    return subprocess.run(["git", "-C", str(repo), "status", "--porcelain"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    root = tmp_path_factory.mktemp("library")
    repo = make_repo(root / "repo", LIBRARY)
    event = capture_event(repo, root / "srv" / "app", "from shop.users import describe\n"
                          "describe(7)")
    return repo, event


def test_library_fix_is_verified_and_leaves_the_tree_alone(
    library: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    repo, event = library
    frames = event["exception"]["values"][-1]["stacktrace"]["frames"]  # type: ignore[index]
    assert all("/srv/app/" in f["abs_path"] for f in frames if f.get("in_app"))
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None
    assert data["status"] == "fixed"
    # The function that broke its own annotation is fixed where it returns.
    assert "-    return None\n+    return []" in data["patch"]
    assert data["patch"].startswith("--- a/shop/users.py\n+++ b/shop/users.py")
    test = data["regression_test"]
    assert test["path"] == "tests/test_regression_describe.py"
    assert "describe(user_id=7)" in test["content"]
    assert "assert result == ''" in test["content"]
    assert "roles_of" in data["explanation"] and "list[str]" in data["explanation"]
    checks = data["checks"]
    assert checks["reproduced"] is True
    assert checks["suite_before"]["passed"] == 1 and checks["suite_before"]["failed"] == 0
    assert checks["suite_after"]["passed"] == 2 and checks["suite_after"]["failed"] == 0
    assert checks["regression_test_before"] == "failed"
    assert data["candidates_tried"] >= 1 and data["seconds"] > 0
    assert data["base_commit"] == event["release"]
    assert _status(repo) == ""


def test_write_applies_only_the_patch_and_its_test(
    library: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    repo, event = library
    code, data, stderr = run_fix(repo, event, tmp_path, "--write")
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert sorted(_status(repo).splitlines()) == [
        " M shop/users.py", "?? tests/test_regression_describe.py",
    ]
    written = (repo / "tests/test_regression_describe.py").read_text(encoding="utf-8")
    assert written == data["regression_test"]["content"]
    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                           cwd=repo, capture_output=True, text=True, check=False)
    assert suite.returncode == 0, suite.stdout
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "--", "."], check=True)
    (repo / "tests/test_regression_describe.py").unlink()


def test_event_from_an_older_release_is_fixed_at_that_release(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", LIBRARY)
    event = capture_event(repo, tmp_path / "srv" / "app", "from shop.users import describe\n"
                          "describe(9)")
    users = repo / "shop/users.py"
    users.write_text('"""Users."""\n\n' + users.read_text(encoding="utf-8"), encoding="utf-8")
    commit(repo, "a docstring moves every line down")
    code, data, _ = run_fix(repo, event, tmp_path)
    assert code == 0 and data is not None and data["status"] == "fixed"
    assert data["base_commit"] == event["release"]


def test_stale_event_is_detected_not_patched(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", LIBRARY)
    event = capture_event(repo, tmp_path / "srv" / "app", "from shop.users import describe\n"
                          "describe(7)", release="shop@2.4.0")
    users = repo / "shop/users.py"
    users.write_text(users.read_text(encoding="utf-8").replace(
        'return ", ".join(sorted(roles))', 'return " / ".join(sorted(roles or []))'),
        encoding="utf-8")
    commit(repo, "change the crash line")
    code, data, _ = run_fix(repo, event, tmp_path)
    assert code == 1
    assert data is not None and data["status"] == "not_reproduced"
    assert "stale" in data["explanation"] and "shop/users.py:13" in data["explanation"]
    assert data["patch"] == ""
    assert _status(repo) == ""


FASTAPI = {
    "store/__init__.py": "",
    "store/api.py": '''
        from fastapi import FastAPI, HTTPException

        app = FastAPI()
        ITEMS = {1: {"name": "keyboard", "price": 50}}


        def find_item(item_id: int) -> dict[str, object] | None:
            return ITEMS.get(item_id)


        @app.get("/items/{item_id}")
        def read_item(item_id: int) -> dict[str, object]:
            item = find_item(item_id)
            if item is None:
                raise HTTPException(status_code=404, detail="no such item")
            return item


        @app.get("/items/{item_id}/name")
        def item_name(item_id: int) -> dict[str, object]:
            item = find_item(item_id)
            return {"name": item["name"]}
    ''',
    "tests/test_api.py": '''
        from fastapi.testclient import TestClient

        from store.api import app


        def test_name() -> None:
            assert TestClient(app).get("/items/1/name").json() == {"name": "keyboard"}


        def test_missing_item_is_404() -> None:
            assert TestClient(app).get("/items/5").status_code == 404
    ''',
}


def test_fastapi_endpoint_answers_like_its_siblings(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", FASTAPI)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        from fastapi.testclient import TestClient
        from store.api import app
        TestClient(app).get("/items/42/name", headers={"X-Client": "scanner"})
    """, framework="fastapi")
    assert event["request"]["url"].endswith("/items/42/name")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert '+        raise HTTPException(status_code=404, detail="no such item")' in data["patch"]
    content = data["regression_test"]["content"]
    assert "client.request('GET', '/items/42/name'" in content
    assert "'X-Client': 'scanner'" in content or "'x-client': 'scanner'" in content
    assert "assert result.status_code == 404" in content
    assert "read_item" in data["explanation"]


FLASK = {
    "todo/__init__.py": "",
    "todo/web.py": '''
        from flask import Flask, jsonify, request

        app = Flask(__name__)
        ITEMS: list[dict[str, str]] = []


        @app.post("/items")
        def create_item():
            """Create an item. ``title`` is required; ``note`` is optional and defaults to
            an empty string."""
            payload = request.get_json()
            item = {"title": payload["title"], "note": payload["note"]}
            ITEMS.append(item)
            return jsonify(item), 201
    ''',
    "tests/test_web.py": '''
        from todo.web import app


        def test_create() -> None:
            response = app.test_client().post("/items", json={"title": "a", "note": "b"})
            assert response.status_code == 201
    ''',
}


def test_flask_missing_key_uses_the_documented_default(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", FLASK)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        from todo.web import app
        app.test_client().post("/items", json={"title": "milk"})
    """, framework="flask")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert '"note": payload.get("note", "")' in data["patch"]
    content = data["regression_test"]["content"]
    assert "json={'title': 'milk'}" in content
    assert "assert result.get_json() == {'note': '', 'title': 'milk'}" in content


def test_candidates_that_disagree_without_a_contract_are_declined(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        "calc.py": '''
            def combine(a, b):
                return a + b
        ''',
        "test_calc.py": '''
            from calc import combine


            def test_numbers() -> None:
                assert combine(1, 2) == 3
        ''',
    })
    event = capture_event(repo, tmp_path / "srv" / "app", "from calc import combine\n"
                          "combine(1, '2')")
    code, data, _ = run_fix(repo, event, tmp_path)
    assert code == 1
    assert data is not None and data["status"] == "unverified"
    assert "nothing in the code says which behaviour is intended" in data["explanation"]
    assert _status(repo) == ""


def test_hanging_suite_gets_a_clear_answer(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        "slow/__init__.py": "",
        "slow/core.py": '''
            PRICES: dict[str, int] = {"tea": 3}
            DEFAULT_PRICE = 0


            def price(item: str) -> int:
                return PRICES[item]
        ''',
        "tests/test_core.py": '''
            import time

            from slow.core import price


            def test_price() -> None:
                assert price("tea") == 3


            def test_waits_for_a_server_that_never_answers() -> None:
                time.sleep(3600)
        ''',
    })
    event = capture_event(repo, tmp_path / "srv" / "app", "from slow.core import price\n"
                          "price('coffee')")
    code, data, _ = run_fix(repo, event, tmp_path, "--timeout", "8")
    assert code == 1
    assert data is not None and data["status"] == "not_fixed"
    assert "did not finish within 8s" in data["explanation"]
    assert data["checks"]["suite_before"]["timed_out"] is True


def test_plain_traceback_from_a_log(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        "jobs/__init__.py": "",
        "jobs/sync.py": '''
            DEFAULT_TIMEOUT = 30


            def settings() -> dict[str, int]:
                return {"retries": 3}


            def main() -> int:
                config = settings()
                return config["timeout"]
        ''',
        "tests/test_sync.py": '''
            from jobs.sync import settings


            def test_settings() -> None:
                assert settings()["retries"] == 3
        ''',
    })
    log = tmp_path / "cron.log"
    log.write_text(
        "2024-05-01 03:00:01 starting sync\n"
        "Traceback (most recent call last):\n"
        '  File "/opt/jobs/releases/41/jobs/sync.py", line 10, in main\n'
        '    return config["timeout"]\n'
        "           ~~~~~~^^^^^^^^^^^\n"
        "KeyError: 'timeout'\n", encoding="utf-8")
    code, data, stderr = run_fix(repo, None, tmp_path, "--traceback", str(log),
                                 event_file=log)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert 'config.get("timeout", DEFAULT_TIMEOUT)' in data["patch"]
    assert "assert result == 30" in data["regression_test"]["content"]


@pytest.mark.parametrize("problem", ["no-repo", "not-json", "no-exception", "bad-traceback"])
def test_bad_input_exits_2_with_one_line(problem: str, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"a.py": "x = 1\n"})
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"exception": {"values": [{"type": "KeyError"}]}}))
    args = ["--repo", str(repo), "--event", str(event)]
    if problem == "no-repo":
        args[1] = str(tmp_path / "missing")
    elif problem == "not-json":
        event.write_text("{not json")
    elif problem == "no-exception":
        event.write_text(json.dumps({"message": "hello"}))
    else:
        event.write_text("nothing to see here")
        args[2] = "--traceback"
    done = subprocess.run([sys.executable, "-m", "bugstack", "fix", *args, "--json"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bugstack fix: ")


DJANGO = {
    "manage.py": DJANGO_MANAGE,
    "site_conf/__init__.py": "",
    "site_conf/settings.py": '''
        SECRET_KEY = "tests-only"
        DEBUG = False
        ALLOWED_HOSTS = ["testserver", "localhost"]
        ROOT_URLCONF = "site_conf.urls"
        INSTALLED_APPS: list[str] = []
        DATABASES: dict[str, dict[str, str]] = {}
        USE_TZ = True
    ''',
    "site_conf/urls.py": '''
        from django.urls import path

        from catalogue import views

        urlpatterns = [
            path("books/", views.books),
            path("books/<int:year>/", views.books_of_year),
        ]
    ''',
    "catalogue/__init__.py": "",
    "catalogue/views.py": '''
        from django.http import HttpRequest, JsonResponse

        BOOKS = [{"title": f"Book {n}", "year": 2000 + n % 3} for n in range(30)]
        PAGE_SIZE = 10


        def _page(items: list[dict[str, object]], number: int) -> dict[str, object]:
            start = (number - 1) * PAGE_SIZE
            return {"page": number, "titles": [b["title"] for b in items[start:start + PAGE_SIZE]]}


        def books(request: HttpRequest) -> JsonResponse:
            return JsonResponse(_page(BOOKS, int(request.GET.get("page", "1"))))


        def books_of_year(request: HttpRequest, year: int) -> JsonResponse:
            number = int(request.GET["page"])
            return JsonResponse(_page([b for b in BOOKS if b["year"] == year], number))
    ''',
    "tests/__init__.py": "",
    "tests/conftest.py": '''
        import os

        import django

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        django.setup()
    ''',
    "tests/test_views.py": '''
        from django.test import Client


        def test_books_default_to_the_first_page() -> None:
            assert Client().get("/books/").json()["page"] == 1


        def test_books_of_a_year_with_a_page() -> None:
            assert Client().get("/books/2001/?page=1").json()["page"] == 1
    ''',
}


def test_django_view_reads_the_parameter_like_its_sibling(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", DJANGO)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        import django
        django.setup()
        from django.test import Client
        Client().get("/books/2001/")
    """, framework="django")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert 'int(request.GET.get("page", "1"))' in data["patch"]
    content = data["regression_test"]["content"]
    assert data["regression_test"]["path"] == "tests/test_regression_books_of_year.py"
    assert "Client().generic('GET', '/books/2001/'" in content
    assert "assert result.status_code == 200" in content


def test_an_existing_failing_test_reproduces_a_traceback_without_values(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "repo", {
        "stats/__init__.py": "",
        "stats/ratings.py": '''
            def average(ratings: list[int]) -> float | None:
                """The mean rating, or None when there are no ratings."""
                return sum(ratings) / len(ratings)
        ''',
        "tests/test_ratings.py": '''
            from stats.ratings import average


            def test_average() -> None:
                assert average([4, 5]) == 4.5


            def test_no_ratings_yet() -> None:
                assert average([]) is None
        ''',
    })
    log = tmp_path / "worker.log"
    log.write_text(
        "Traceback (most recent call last):\n"
        '  File "/srv/stats/ratings.py", line 3, in average\n'
        "    return sum(ratings) / len(ratings)\n"
        "ZeroDivisionError: division by zero\n", encoding="utf-8")
    code, data, stderr = run_fix(repo, None, tmp_path, "--traceback", str(log), event_file=log)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert data["checks"]["scenario"] == (
        "the app's failing test tests/test_ratings.py::test_no_ratings_yet")
    assert data["regression_test"]["path"] == "tests/test_ratings.py"
    assert "return None" in data["patch"]
    assert data["checks"]["suite_before"]["failed"] == 1
    assert data["checks"]["suite_after"]["failed"] == 0
