"""text_arguments under review: when another caller builds the argument with the project's
own parser, the annotation's type alone is not how this project reads the text."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

BILLING = '''
    from decimal import Decimal


    def parse_hours(text: str) -> Decimal:
        """Hours as people type them: '1.5', or hours and minutes, '1:30'."""
        if ":" in text:
            whole, minutes = text.split(":")
            return Decimal(whole) + Decimal(minutes) / 60
        return Decimal(text)


    def line_amount(hours: Decimal, rate: Decimal) -> Decimal:
        return (hours * rate).quantize(Decimal("0.01"))
'''

WEB = '''
    from decimal import Decimal

    from flask import Flask, request

    from timesheet.billing import line_amount, parse_hours

    app = Flask(__name__)
    RATE = Decimal("80.00")


    @app.post("/entries/timer")
    def add_timer_entry():
        return {"amount": str(line_amount(parse_hours(request.form["hours"]), RATE))}


    @app.post("/entries")
    def add_entry():
        hours = request.form["hours"]
        return {"amount": str(line_amount(hours, RATE))}
'''

TESTS = '''
    from timesheet.web import app


    def test_timer_entry() -> None:
        response = app.test_client().post("/entries/timer", data={"hours": "1:30"})
        assert response.get_json() == {"amount": "120.00"}
'''


def test_a_sibling_parser_is_not_bypassed_by_the_annotated_type(tmp_path: Path) -> None:
    # Decimal(hours) would answer 1.5 but fail on '1:30', which the timer form accepts.
    data = fix_and_check(
        tmp_path, {"timesheet/__init__.py": "", "timesheet/billing.py": BILLING,
                   "timesheet/web.py": WEB, "tests/test_web.py": TESTS},
        'from timesheet.web import app\n'
        'app.test_client().post("/entries", data={"hours": "1.5"})',
        'from timesheet.web import app\nclient = app.test_client()\n'
        'assert client.post("/entries", data={"hours": "1:30"}).get_json() == '
        '{"amount": "120.00"}',
        framework="flask")
    assert data is not None
    assert "line_amount(Decimal(hours), RATE)" not in str(data.get("patch") or "")
