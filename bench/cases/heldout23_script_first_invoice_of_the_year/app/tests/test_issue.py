import json
from datetime import date

from billrun.issue import issue, main
from billrun.numbering import next_number, sequence_of

SUBSCRIPTIONS = [
    {"customer": "Bäckerei Kunz", "plan": "Starter", "amount": "19.00", "currency": "EUR", "renews_on_day": 1, "active": True},
    {"customer": "Kanzlei Ott", "plan": "Business", "amount": "89.00", "currency": "EUR", "renews_on_day": 1, "active": True},
    {"customer": "Zahnarzt Dr. Lenz", "plan": "Business", "amount": "89.00", "currency": "EUR", "renews_on_day": 15, "active": True},
    {"customer": "Café Mohn", "plan": "Starter", "amount": "19.00", "currency": "EUR", "renews_on_day": 1, "active": False},
]


def test_sequence_of() -> None:
    assert sequence_of("INV-2024-0873") == 873


def test_next_number_continues_the_year() -> None:
    assert next_number(["INV-2024-0009", "INV-2024-0010", "INV-2023-0400"], 2024) == "INV-2024-0011"


def test_issue_on_the_first() -> None:
    ledger = {"invoices": [{"number": "INV-2024-0041", "customer": "x", "issued": "2024-05-15", "description": "", "amount": "1.00", "currency": "EUR"}]}
    new = issue(ledger, SUBSCRIPTIONS, date(2024, 6, 1))
    assert [(i["number"], i["customer"]) for i in new] == [
        ("INV-2024-0042", "Bäckerei Kunz"),
        ("INV-2024-0043", "Kanzlei Ott"),
    ]
    assert new[0]["description"] == "Starter plan, June 2024"
    assert len(ledger["invoices"]) == 3


def test_main_writes_the_ledger(tmp_path, capsys) -> None:
    ledger = tmp_path / "ledger.json"
    ledger.write_text(json.dumps({"invoices": [{"number": "INV-2024-0100", "customer": "x", "issued": "2024-06-01", "description": "", "amount": "1.00", "currency": "EUR"}]}))
    subs = tmp_path / "subs.json"
    subs.write_text(json.dumps(SUBSCRIPTIONS))
    assert main(["--ledger", str(ledger), "--subscriptions", str(subs), "--date", "2024-06-15"]) == 0
    numbers = [i["number"] for i in json.loads(ledger.read_text())["invoices"]]
    assert numbers == ["INV-2024-0100", "INV-2024-0101"]
    assert "1 invoice(s) issued for 2024-06-15" in capsys.readouterr().out
