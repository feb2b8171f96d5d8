import json

from billrun.issue import main
from billrun.numbering import next_number

DECEMBER = [
    {"number": "INV-2024-0872", "customer": "Kanzlei Ott", "issued": "2024-12-01", "description": "Business plan, December 2024", "amount": "89.00", "currency": "EUR"},
    {"number": "INV-2024-0873", "customer": "Zahnarzt Dr. Lenz", "issued": "2024-12-15", "description": "Business plan, December 2024", "amount": "89.00", "currency": "EUR"},
]
SUBSCRIPTIONS = [
    {"customer": "Bäckerei Kunz", "plan": "Starter", "amount": "19.00", "currency": "EUR", "renews_on_day": 1, "active": True},
    {"customer": "Kanzlei Ott", "plan": "Business", "amount": "89.00", "currency": "EUR", "renews_on_day": 1, "active": True},
    {"customer": "Zahnarzt Dr. Lenz", "plan": "Business", "amount": "89.00", "currency": "EUR", "renews_on_day": 15, "active": True},
]


def test_first_run_of_the_year_restarts_at_0001(tmp_path, capsys) -> None:
    ledger = tmp_path / "ledger.json"
    ledger.write_text(json.dumps({"invoices": DECEMBER}))
    subs = tmp_path / "subs.json"
    subs.write_text(json.dumps(SUBSCRIPTIONS))
    assert main(["--ledger", str(ledger), "--subscriptions", str(subs), "--date", "2025-01-01"]) == 0
    invoices = json.loads(ledger.read_text())["invoices"]
    assert [(i["number"], i["customer"]) for i in invoices[2:]] == [
        ("INV-2025-0001", "Bäckerei Kunz"),
        ("INV-2025-0002", "Kanzlei Ott"),
    ]
    assert "2 invoice(s) issued for 2025-01-01" in capsys.readouterr().out
    assert main(["--ledger", str(ledger), "--subscriptions", str(subs), "--date", "2025-01-15"]) == 0
    assert json.loads(ledger.read_text())["invoices"][-1]["number"] == "INV-2025-0003"


def test_next_number_of_a_new_year_and_of_an_empty_ledger() -> None:
    assert next_number(["INV-2024-0872", "INV-2024-0873"], 2025) == "INV-2025-0001"
    assert next_number([], 2024) == "INV-2024-0001"
    assert next_number(["INV-2024-0873", "INV-2025-0001"], 2025) == "INV-2025-0002"
