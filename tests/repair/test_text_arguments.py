"""Text passed where the callee's annotation declares a number: the caller converts it to
that type at the call; nothing is proposed when the annotation is silent, the text does not
convert as it is, the callee documents text, or a sibling caller parses it another way."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.text_arguments import TextToDeclaredNumber
from tests.repair.adversarial import fix_and_check

BILLING = '''
    from decimal import Decimal


    def line_amount(hours: Decimal, rate: Decimal) -> Decimal:
        """What ``hours`` of work cost at ``rate`` per hour."""
        return (hours * rate).quantize(Decimal("0.01"))
'''

ENTRIES = '''
    from billing import line_amount

    RATE = 80


    def add_entry(form: dict[str, str]) -> str:
        hours = form["hours"]
        return str(line_amount(hours, RATE))


    def echo(form: dict[str, str]) -> str:
        return form["hours"]
'''

MESSAGE = "can't multiply sequence by non-int of type 'decimal.Decimal'"


def _frame(source: str, path: str, needle: str, values: dict[str, object]) -> LocatedFrame:
    lineno = next(i for i, line in enumerate(source.splitlines(), 1) if needle in line)
    function = next(n.name for n in ast.walk(ast.parse(source))
                    if isinstance(n, ast.FunctionDef) and n.lineno <= lineno <= (n.end_lineno or 0))
    raw = {"abs_path": f"/srv/app/{path}", "function": function, "lineno": lineno,
           "in_app": True, "vars": values}
    return LocatedFrame(frame=Frame.from_dict(raw), path=path, source=source, lineno=lineno)


def _propose(tmp_path: Path, billing: str = BILLING, entries: str = ENTRIES,
             hours: str = "'1.5'", extra: dict[str, str] | None = None) -> list[Candidate]:
    texts = {"billing.py": billing, "entries.py": entries, **(extra or {})}
    texts = {rel: textwrap.dedent(text).lstrip("\n") for rel, text in texts.items()}
    for rel, text in texts.items():
        (tmp_path / rel).write_text(text, encoding="utf-8")
    caller = _frame(texts["entries.py"], "entries.py", "line_amount(hours",
                    {"form": "{'hours': " + hours + "}", "hours": hours})
    crash = _frame(texts["billing.py"], "billing.py", "hours * rate",
                   {"hours": hours, "rate": "Decimal('80.00')"})
    event = ErrorEvent.from_dict({"exception": {"values": [{
        "type": "TypeError", "value": MESSAGE, "stacktrace": {"frames": [
            {"abs_path": "/srv/app/entries.py", "function": "add_entry"},
            {"abs_path": "/srv/app/billing.py", "function": "line_amount"}]}}]}})
    assert event.primary is not None
    site = CrashSite(event=event, exception=event.primary, frames=(caller, crash),
                     root=tmp_path)
    return list(TextToDeclaredNumber().propose(site, analyse(site, tmp_path)))


def test_the_caller_converts_the_text_to_the_declared_type(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["entries.py"]
    expected = textwrap.dedent(ENTRIES).lstrip("\n").replace(
        "line_amount(hours, RATE)", "line_amount(Decimal(hours), RATE)")
    imported = "line_amount\nfrom decimal import Decimal\n"
    assert after == expected.replace("line_amount\n", imported, 1)
    assert 'return form["hours"]' in after  # another function, left alone
    assert found[0].contract == "`line_amount` declares `hours: Decimal`"


def test_a_sibling_caller_converting_the_same_way_is_named(tmp_path: Path) -> None:
    sibling = ENTRIES + '''

    def add_entry_json(entry: dict[str, float]) -> str:
        hours = Decimal(str(entry["hours"]))
        return str(line_amount(hours, RATE))
    '''
    sibling = sibling.replace("from billing import", "from decimal import Decimal\n"
                              "    from billing import")
    found = _propose(tmp_path, entries=sibling)
    assert len(found) == 1 and "another call converts it" in (found[0].contract or "")
    assert "from decimal import Decimal\nfrom decimal" not in found[0].edits["entries.py"]


def test_a_sibling_parsing_the_text_another_way_backs_nothing(tmp_path: Path) -> None:
    parsed = ENTRIES + '''

    def add_entry_timer(form: dict[str, str]) -> str:
        return str(line_amount(parse_hours(form["hours"]), RATE))
    '''
    assert _propose(tmp_path, entries=parsed) == []


def test_an_unannotated_parameter_backs_nothing(tmp_path: Path) -> None:
    silent = BILLING.replace("hours: Decimal, rate", "hours, rate")
    assert _propose(tmp_path, billing=silent) == []


def test_a_callee_documenting_text_backs_nothing(tmp_path: Path) -> None:
    text = BILLING.replace('"""What ``hours`` of work', '"""``hours`` may be the text '
                           "of the form ('1:30').\n\n        What ``hours`` of work")
    assert _propose(tmp_path, billing=text) == []


def test_text_that_does_not_convert_as_it_is_gets_nothing(tmp_path: Path) -> None:
    whole = BILLING.replace("hours: Decimal", "hours: int")
    assert _propose(tmp_path, billing=whole) == []  # '1.5' is no int: no truncating
    assert _propose(tmp_path, hours="'1:30'") == []


WEB = '''
    from decimal import Decimal

    from flask import Flask, request

    from timesheet.billing import line_amount

    app = Flask(__name__)
    RATE = Decimal("80.00")


    @app.post("/entries")
    def add_entry():
        hours = request.form["hours"]
        return {"hours": hours, "amount": str(line_amount(hours, RATE))}
'''

WEB_TESTS = '''
    from decimal import Decimal

    from timesheet.billing import line_amount


    def test_line_amount() -> None:
        assert line_amount(Decimal("0.25"), Decimal("80.00")) == Decimal("20.00")
'''


def test_hours_from_a_form_are_billed_exactly(tmp_path: Path) -> None:
    trigger = ('from timesheet.web import app\n'
               'app.test_client().post("/entries", data={"hours": "1.5"})')
    check = ('from timesheet.web import app\nclient = app.test_client()\n'
             'assert client.post("/entries", data={"hours": "0.1"}).get_json()'
             '["amount"] == "8.00"')
    data = fix_and_check(tmp_path, {"timesheet/__init__.py": "",
                                    "timesheet/billing.py": BILLING, "timesheet/web.py": WEB,
                                    "tests/test_billing.py": WEB_TESTS},
                         trigger, check, framework="flask")
    assert data is not None and data["status"] == "fixed"
    assert "line_amount(Decimal(hours), RATE)" in data["patch"]
