"""End to end: a right fix is kept when the app's earlier tests leave records behind that
the probe, in a fresh process, never saw."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.repair.apps import capture_event, make_repo, run_fix

#: The count in the answer depends on ITEMS; test_a_items leaves two items in it, as a
#: suite without cleanup does, and test_z_items relies on them being there afterwards.
SHELF = {
    "shelf/__init__.py": "",
    "shelf/web.py": '''
        from flask import Flask, jsonify, request

        app = Flask(__name__)
        ITEMS: list[dict[str, str]] = []


        @app.post("/items")
        def create_item():
            """Create an item. ``title`` is required; ``note`` is optional and defaults to
            an empty string. Answers the item and how many items there are now."""
            payload = request.get_json()
            item = {"title": payload["title"], "note": payload["note"]}
            ITEMS.append(item)
            return jsonify({"item": item, "count": len(ITEMS)}), 201
    ''',
    "tests/test_a_items.py": '''
        from shelf.web import app


        def test_items_are_counted() -> None:
            client = app.test_client()
            client.post("/items", json={"title": "milk", "note": "2l"})
            assert client.post("/items", json={"title": "eggs", "note": ""}).get_json()[
                "count"] == 2
    ''',
    "tests/test_z_items.py": '''
        from shelf.web import ITEMS


        def test_items_are_kept() -> None:
            assert [item["title"] for item in ITEMS] == ["milk", "eggs"]
    ''',
}


@pytest.mark.slow
def test_a_right_fix_survives_records_left_by_earlier_tests(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", SHELF)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        from shelf.web import app
        app.test_client().post("/items", json={"title": "bread"})
    """, framework="flask")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed", data and data["checks"]
    assert '"note": payload.get("note", "")' in data["patch"]
    content = data["regression_test"]["content"]
    # The probe saw no items, so the test asserts a count of 1 and starts from none.
    assert "(shelf.web.ITEMS, [])," in content
    assert "'count': 1" in content
    # The test in place, between the suite's tests, with the fix applied: all pass.
    patch = tmp_path / "fix.patch"
    patch.write_text(data["patch"])
    subprocess.run(["git", "apply", str(patch)], cwd=repo, check=True)
    (repo / data["regression_test"]["path"]).write_text(content)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          cwd=repo, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "3 passed" in done.stdout
