import csv
import json
from pathlib import Path

from ticketexport.cli import main
from ticketexport.fields import resolve

TICKETS = [
    {"id": 7, "subject": "Refund not received", "status": "open", "priority": 2,
     "assignee": {"name": "Priya", "team": "billing"}, "labels": ["billing", "refund"], "due": "2024-05-02"},
    {"id": 3, "subject": "Cannot log in", "status": "open", "priority": 1,
     "assignee": {"name": "Tom", "team": "accounts"}, "labels": [], "due": None},
    {"id": 12, "subject": "Wrong size delivered", "status": "closed", "priority": 3,
     "assignee": {"name": "Priya", "team": "billing"}, "labels": ["returns"], "vip": True},
]


def _run(tmp_path: Path, *args: str, tickets=TICKETS) -> list[list[str]]:
    source = tmp_path / "tickets.json"
    source.write_text(json.dumps(tickets), encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main([str(source), "-o", str(out), *args]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_resolve() -> None:
    ticket = TICKETS[0]
    assert resolve(ticket, "assignee.name") == "Priya"
    assert resolve(ticket, "labels") == "billing; refund"
    assert resolve(TICKETS[1], "due") == ""
    assert resolve(TICKETS[1], "vip") == ""
    assert resolve(TICKETS[2], "vip") == "yes"
    assert resolve(ticket, "assignee.email") == ""


def test_default_fields_sorted_by_id(tmp_path: Path) -> None:
    assert _run(tmp_path) == [
        ["id", "subject", "status", "priority"],
        ["3", "Cannot log in", "open", "1"],
        ["7", "Refund not received", "open", "2"],
        ["12", "Wrong size delivered", "closed", "3"],
    ]


def test_filtered_by_nested_field_sorted_descending(tmp_path: Path) -> None:
    rows = _run(tmp_path, "--where", "assignee.team=Billing", "--fields", "id,labels", "--sort=-priority")
    assert rows == [["id", "labels"], ["12", "returns"], ["7", "billing; refund"]]


def test_bad_where(tmp_path: Path, capsys) -> None:
    source = tmp_path / "t.json"
    source.write_text("[]", encoding="utf-8")
    assert main([str(source), "-o", str(tmp_path / "o.csv"), "--where", "status"]) == 2
    assert "path=value" in capsys.readouterr().err
