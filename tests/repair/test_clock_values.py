"""A regression test must not pin today's date: it would fail next month, after merging."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bugstack.repair.reproduce import Outcome, Scenario, render_regression_test
from bugstack.repair.reproduce.clock_values import mentions_epoch, mentions_today, typed_checks
from tests.repair.apps import capture_event, make_repo, run_fix

TODAY = date(2026, 11, 25)


def test_this_month_is_found_in_iso_text_and_in_reprs() -> None:
    assert mentions_today('{"month": "2026-11"}', TODAY)
    assert mentions_today("issued 2026-11-03T10:00:00+00:00", TODAY)
    assert mentions_today("datetime.date(2026, 11, 1)", TODAY)
    assert not mentions_today('{"month": "2026-10", "total": 2026}', TODAY)
    assert not mentions_today("datetime.date(2026, 1, 15)", TODAY)


def test_only_the_values_naming_today_lose_their_exact_check() -> None:
    expected = {"month": "2026-11", "invoices": [], "count": 0}
    assert typed_checks("result.json()", expected, TODAY) == [
        ("sorted(result.json())", "==", "['count', 'invoices', 'month']"),
        ("type(result.json()['month']).__name__", "==", "'str'"),
        ("result.json()['invoices']", "==", "[]"),
        ("result.json()['count']", "==", "0"),
    ]
    # Nothing about today: one exact check, as before.
    assert typed_checks("result.json()", {"month": "2025-01"}, TODAY) == [
        ("result.json()", "==", "{'month': '2025-01'}")]


def test_a_returned_date_of_today_is_asserted_by_its_type() -> None:
    today = date.today()
    scenario = Scenario("call", "reports.period()", imports={"from reports import period"},
                        action=["result = period('')"])
    outcome = Outcome(ran=True, value={"repr": repr(today.replace(day=1)), "type": "date"})
    test = render_regression_test(scenario, outcome, "period", "blank period")
    assert "assert type(result).__name__ == 'date'" in test
    assert repr(today.replace(day=1)) not in test


APP = '''
    """Monthly report API."""
    from datetime import date, datetime

    from flask import Flask, request

    app = Flask(__name__)
    INVOICES = {"2025-01": [{"number": 1, "total": 90}]}


    @app.get("/invoices")
    def invoices():
        """Invoices of ``?month=YYYY-MM``. An absent or empty month means the current month."""
        month = request.args.get("month")
        if month is None:
            start = date.today().replace(day=1)
        else:
            start = datetime.strptime(month, "%Y-%m").date()
        key = start.strftime("%Y-%m")
        return {"month": key, "invoices": INVOICES.get(key, [])}
'''

TESTS = '''
    from billing.web import app


    def test_a_past_month():
        answer = app.test_client().get("/invoices?month=2025-01").get_json()
        assert answer["invoices"][0]["total"] == 90
'''


def test_the_engines_regression_test_survives_next_month(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"billing/__init__.py": "", "billing/web.py": APP,
                                         "tests/test_web.py": TESTS})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        from billing.web import app
        app.test_client().get("/invoices?month=")
    ''', framework="flask")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    test = data["regression_test"]["content"]
    assert "assert result.status_code == 200" in test
    assert "assert result.get_json()['invoices'] == []" in test
    assert "assert type(result.get_json()['month']).__name__ == 'str'" in test
    assert date.today().strftime("%Y-%m") not in test


def test_a_unix_time_near_now_is_found_in_seconds_and_milliseconds() -> None:
    now = 1_796_254_829.0
    assert mentions_epoch('{"expires": 1796254829}', now)
    assert mentions_epoch("/shared/12?expires=1796859629&sig=ab", now)
    assert mentions_epoch('{"at": 1796254829123}', now)
    assert mentions_epoch('{"at": 1796254829.25}', now)
    # A phone number, an order total, an id far from now: not the clock.
    assert not mentions_epoch('{"phone": 4420794600}', now)
    assert not mentions_epoch('{"id": 17962548290, "ref": "INV-17962548-B"}', now)
    assert not mentions_epoch('{"count": 2026}', now)


LINKS = '''
    """Signed download links."""
    import hashlib
    import hmac
    import json
    import time

    KEY = b"download-key"
    LIFETIME = 3600


    def _mac(name: str, expires: int) -> "hmac.HMAC":
        return hmac.new(KEY, f"{name}:{expires}".encode(), hashlib.sha256)


    def sign(name: str, expires: int):
        """The link's ``sig``: the HMAC-SHA256 of the name and expiry in hex."""
        return _mac(name, expires).digest()


    def valid(name: str, expires: int, sig: str) -> bool:
        return hmac.compare_digest(sig, _mac(name, expires).hexdigest())


    def link(name: str) -> str:
        expires = int(time.time()) + LIFETIME
        return json.dumps({"name": name, "expires": expires, "sig": sign(name, expires)})
'''


def test_a_signed_expiry_is_not_pinned_by_the_regression_test(tmp_path: Path) -> None:
    # The answer holds the clock in seconds and a signature of it: a test pinning either
    # passes in the second it was written and fails in the next one.
    tests = ('from links.signing import valid\n\n\n'
             'def test_a_bad_sig_is_refused():\n    assert not valid("a", 1, "nope")\n')
    repo = make_repo(tmp_path / "repo", {"links/__init__.py": "", "links/signing.py": LINKS,
                                         "tests/test_links.py": tests})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        from links.signing import link
        link("report.pdf")
    ''')
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    test = data["regression_test"]["content"]
    assert "assert type(result).__name__ == 'str'" in test
    assert '"expires": 1' not in test and "sig" not in test.split("def test", 1)[1]
