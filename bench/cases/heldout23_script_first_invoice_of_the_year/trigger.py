"""The nightly billing run of 1 January: cron runs `python -m billrun.issue` against the
ledger, which holds only last year's invoices."""

import json
import runpy
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp(prefix="billrun-"))
ledger = work / "ledger.json"
ledger.write_text(
    json.dumps(
        {
            "invoices": [
                {"number": "INV-2024-0872", "customer": "Kanzlei Ott", "issued": "2024-12-01", "description": "Business plan, December 2024", "amount": "89.00", "currency": "EUR"},
                {"number": "INV-2024-0873", "customer": "Zahnarzt Dr. Lenz", "issued": "2024-12-15", "description": "Business plan, December 2024", "amount": "89.00", "currency": "EUR"},
            ]
        }
    ),
    encoding="utf-8",
)
subscriptions = work / "subscriptions.json"
subscriptions.write_text(
    json.dumps(
        [
            {"customer": "Bäckerei Kunz", "plan": "Starter", "amount": "19.00", "currency": "EUR", "renews_on_day": 1, "active": True},
            {"customer": "Kanzlei Ott", "plan": "Business", "amount": "89.00", "currency": "EUR", "renews_on_day": 1, "active": True},
        ]
    ),
    encoding="utf-8",
)
sys.argv = ["billrun.issue", "--ledger", str(ledger), "--subscriptions", str(subscriptions), "--date", "2025-01-01"]
runpy.run_module("billrun.issue", run_name="__main__", alter_sys=True)
