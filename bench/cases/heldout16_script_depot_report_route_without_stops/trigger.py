"""Cron's 19:00 run on a day when route S2's van was off the road: S2 is in the routes
file but made no stops."""

import tempfile
from pathlib import Path

from depotreport.report import main

folder = Path(tempfile.mkdtemp())
(folder / "routes.csv").write_text("route,driver\nN1,Okafor\nS2,Lindqvist\n", encoding="utf-8")
(folder / "deliveries.csv").write_text(
    "route,stop,promised,delivered\n"
    "N1,Mill Lane 4,2024-03-05T09:00,2024-03-05T09:05\n"
    "N1,Station Rd 12,2024-03-05T10:00,2024-03-05T10:25\n",
    encoding="utf-8",
)
main(["--routes", str(folder / "routes.csv"), "--deliveries", str(folder / "deliveries.csv")])
