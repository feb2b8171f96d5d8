"""enum_case under review: an enum refusing text in another letter case is fixed by the
case its values are written in only where the documentation says case does not matter;
otherwise a 400, the filter ignored and the lower-cased text are all guesses."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

APP = '''
    from enum import Enum

    from flask import Flask, request

    app = Flask(__name__)


    class Level(str, Enum):
        INFO = "info"
        WARNING = "warning"
        ERROR = "error"


    LOGS = [("boot", Level.INFO), ("disk full", Level.ERROR), ("slow", Level.WARNING)]


    @app.route("/logs")
    def logs():
        """Log lines, only those of ``?level=`` when it is given.{doc}"""
        level = request.args.get("level")
        found = LOGS if level is None else [m for m, lv in LOGS if lv is Level(level)]
        return {"lines": [m if isinstance(m, str) else m[0] for m in found]}
'''

TESTS = '''
    from logs import app


    def test_filter():
        assert app.test_client().get("/logs?level=error").get_json() == {"lines": ["disk full"]}
'''

TRIGGER = 'from logs import app\napp.test_client().get("/logs?level=Error")'

CHECK = ('from logs import app\nc = app.test_client()\n'
         'assert c.get("/logs?level=ERROR").get_json() == {"lines": ["disk full"]}\n'
         'assert c.get("/logs?level=Warning").get_json() == {"lines": ["slow"]}')


def _run(tmp: Path, doc: str) -> str:
    data = fix_and_check(tmp, {"logs/__init__.py": APP.replace("{doc}", doc),
                               "tests/test_logs.py": TESTS}, TRIGGER, CHECK,
                         framework="flask")
    assert data is not None
    return str(data["status"])


def test_documented_letter_case_is_fixed(tmp_path: Path) -> None:
    assert _run(tmp_path, " The level is matched in any letter case.") == "fixed"


def test_silent_documentation_is_declined(tmp_path: Path) -> None:
    assert _run(tmp_path, "") != "fixed"
