"""The sibling 404 under review: ``abort(404)`` answers a record the request named; a
regular expression that finds no build number in the app's own release text names no
record, and /version answering 404 would tell clients the endpoint does not exist."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

APP = '''
    import re

    from flask import Flask, abort

    app = Flask(__name__)
    PAGES = {"about": "We sell tea."}
    RELEASE = {"text": "release 2024.3"}


    @app.route("/pages/<slug>")
    def page(slug):
        text = PAGES.get(slug)
        if text is None:
            abort(404)
        return {"text": text}


    @app.route("/version")
    def version():
        found = re.search(r"build (\\d+)", RELEASE["text"])
        return {"release": RELEASE["text"], "build": int(found.group(1))}
'''

TESTS = '''
    from shop import RELEASE, app


    def test_version():
        RELEASE["text"] = "release 2024.3 build 41"
        assert app.test_client().get("/version").get_json()["build"] == 41
'''

TRIGGER = '''
from shop import app
app.test_client().get("/version")
'''

# /version exists: a release text without a build is no reason to tell clients it does not.
CHECK = '''
from shop import app
assert app.test_client().get("/version").status_code != 404
'''



def test_a_sibling_404_does_not_answer_a_value_no_request_named(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"shop/__init__.py": APP, "tests/test_app.py": TESTS},
                         TRIGGER, CHECK, framework="flask")
    assert data is not None and data["status"] != "fixed"
