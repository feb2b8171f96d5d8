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


# The rule's other side: a record looked up by what the request asked for (a query value)
# still answers like the sibling, 404.
BY_QUERY = '''
    from flask import Flask, abort, request

    app = Flask(__name__)
    PAGES = {"about": {"text": "We sell tea."}}


    @app.route("/pages/<slug>")
    def page(slug):
        found = PAGES.get(slug)
        if found is None:
            abort(404)
        return {"text": found["text"]}


    @app.route("/page")
    def page_by_query():
        found = PAGES.get(request.args.get("slug", ""))
        return {"text": found["text"]}
'''


BY_QUERY_TESTS = '''
    from site_pages import app


    def test_page():
        assert app.test_client().get("/page?slug=about").get_json() == {"text": "We sell tea."}
'''


def test_a_record_looked_up_by_a_request_value_still_answers_404(tmp_path: Path) -> None:
    check = ('from site_pages import app\n'
             'assert app.test_client().get("/page?slug=jobs").status_code == 404\n')
    data = fix_and_check(tmp_path, {"site_pages/__init__.py": BY_QUERY,
                                    "tests/test_app.py": BY_QUERY_TESTS},
                         'from site_pages import app\napp.test_client().get("/page?slug=jobs")',
                         check, framework="flask")
    assert data is not None and data["status"] == "fixed"
