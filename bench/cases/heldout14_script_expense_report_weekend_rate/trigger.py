"""Month-end: the finance cron builds the expense report of a trip that spanned a weekend."""

import tempfile
from pathlib import Path

from expenses.report import main

work = Path(tempfile.mkdtemp(prefix="expenses-"))
(work / "rates.csv").write_text(
    "date,currency,rate\n"
    "2024-03-07,CHF,0.9561\n"
    "2024-03-08,CHF,0.9590\n"
    "2024-03-11,CHF,0.9605\n",
    encoding="utf-8",
)
(work / "march.csv").write_text(
    "date,description,amount,currency\n"
    "2024-03-08,Train Zurich-Bern,95.60,CHF\n"
    "2024-03-09,Hotel Bellevue Bern,240.00,CHF\n"
    "2024-03-11,Conference fee,300.00,EUR\n",
    encoding="utf-8",
)
main([str(work / "march.csv"), "--rates", str(work / "rates.csv")])
