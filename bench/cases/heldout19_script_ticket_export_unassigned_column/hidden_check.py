import csv
import json
from pathlib import Path

from ticketexport.cli import main
from ticketexport.fields import MISSING, resolve

TICKETS = [
    {"id": 7, "subject": "Refund not received", "status": "open", "priority": 2,
     "assignee": {"name": "Priya", "team": "billing"}, "labels": ["billing"]},
    {"id": 9, "subject": "Parcel stuck in customs", "status": "open", "priority": 1,
     "assignee": None, "labels": []},
    {"id": 4, "subject": "Invoice address", "status": "open", "priority": 3,
     "assignee": {"name": "Tom", "team": None}, "labels": ["billing"]},
    {"id": 2, "subject": "Old question", "status": "closed", "priority": 2, "assignee": None},
]


def _run(tmp_path: Path, *args: str) -> list[list[str]]:
    source = tmp_path / "tickets.json"
    source.write_text(json.dumps(TICKETS), encoding="utf-8")
    out = tmp_path / "triage.csv"
    assert main([str(source), "-o", str(out), *args]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_null_parent_gives_the_missing_cell() -> None:
    assert resolve(TICKETS[1], "assignee.name") == MISSING == ""
    assert resolve(TICKETS[1], "assignee.team") == MISSING
    assert resolve(TICKETS[2], "assignee.team") == MISSING
    assert resolve(TICKETS[2], "assignee.name") == "Tom"
    assert resolve(TICKETS[3], "assignee") == MISSING


def test_triage_export_lists_unassigned_tickets(tmp_path: Path) -> None:
    rows = _run(tmp_path, "--where", "status=open", "--fields", "id,subject,assignee.name,priority",
                "--sort", "priority")
    assert rows == [
        ["id", "subject", "assignee.name", "priority"],
        ["9", "Parcel stuck in customs", "", "1"],
        ["7", "Refund not received", "Priya", "2"],
        ["4", "Invoice address", "Tom", "3"],
    ]


def test_where_and_sort_on_a_nested_field_with_nulls(tmp_path: Path) -> None:
    rows = _run(tmp_path, "--where", "assignee.team=billing", "--fields", "id")
    assert rows == [["id"], ["7"]]
    rows = _run(tmp_path, "--where", "assignee.name=", "--fields", "id,status")
    assert rows == [["id", "status"], ["2", "closed"], ["9", "open"]]
