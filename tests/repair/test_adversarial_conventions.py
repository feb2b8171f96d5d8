"""conventions under review: a sibling's 400 answers bad input from the client; a view
failing to parse the app's own setting is a server bug, and a 400 would blame the client."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

APP = '''
    from flask import Flask, abort, request

    app = Flask(__name__)
    SETTINGS = {"window_days": "7d"}


    @app.get("/visits")
    def visits():
        days = request.args.get("days", "1")
        if not days.isdigit():
            abort(400)
        return {"days": int(days)}


    @app.get("/trend")
    def trend():
        window = int(SETTINGS["window_days"])
        return {"window": window}
'''

TESTS = '''
    from stats import app


    def test_visits():
        assert app.test_client().get("/visits?days=3").get_json() == {"days": 3}
'''

TRIGGER = '''
from stats import app
app.test_client().get("/trend")
'''

# /trend failing on the app's own setting is not the client's fault.
CHECK = '''
from stats import app
assert app.test_client().get("/trend").status_code != 400
'''



def test_a_sibling_400_does_not_answer_a_value_the_client_did_not_send(
        tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"stats/__init__.py": APP, "tests/test_app.py": TESTS},
                         TRIGGER, CHECK, framework="flask")
    assert data is not None and data["status"] != "fixed"
