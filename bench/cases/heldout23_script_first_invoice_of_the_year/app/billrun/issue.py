"""``python -m billrun.issue --ledger ledger.json --subscriptions subs.json [--date D]``

Issues an invoice to every subscription that renews on the given day (default: today)
and appends them to the ledger.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from billrun.numbering import next_number


def due_on(subscriptions: list[dict[str, Any]], day: date) -> list[dict[str, Any]]:
    return [s for s in subscriptions if s["renews_on_day"] == day.day and s["active"]]


def issue(ledger: dict[str, Any], subscriptions: list[dict[str, Any]], day: date) -> list[dict[str, Any]]:
    issued = [inv["number"] for inv in ledger["invoices"]]
    new = []
    for sub in due_on(subscriptions, day):
        number = next_number(issued, day.year)
        issued.append(number)
        invoice = {
            "number": number,
            "customer": sub["customer"],
            "issued": day.isoformat(),
            "description": f"{sub['plan']} plan, {day:%B %Y}",
            "amount": sub["amount"],
            "currency": sub["currency"],
        }
        ledger["invoices"].append(invoice)
        new.append(invoice)
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="billrun.issue")
    parser.add_argument("--ledger", type=Path, required=True)
    parser.add_argument("--subscriptions", type=Path, required=True)
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)

    ledger = json.loads(args.ledger.read_text(encoding="utf-8"))
    subscriptions = json.loads(args.subscriptions.read_text(encoding="utf-8"))
    new = issue(ledger, subscriptions, args.date)
    args.ledger.write_text(json.dumps(ledger, indent=2) + "\n", encoding="utf-8")
    for invoice in new:
        print(f"{invoice['number']}  {invoice['customer']:<24} {invoice['amount']:>9} {invoice['currency']}")
    print(f"{len(new)} invoice(s) issued for {args.date.isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
