"""The month-end cron job runs the report; a van that joined the fleet on the 29th was fuelled once."""

import runpy
import sys
import tempfile
from pathlib import Path

csv_path = Path(tempfile.mkdtemp()) / "fills-2024-04.csv"
csv_path.write_text(
    "vehicle,date,odometer_km,litres\n"
    "VAN-01,2024-04-01,120400,55.2\n"
    "VAN-01,2024-04-09,121050,58.5\n"
    "VAN-01,2024-04-20,121720,60.3\n"
    "VAN-07,2024-04-29,12,70.0\n",
    encoding="utf-8",
)
sys.argv = ["fleet.economy", str(csv_path)]
runpy.run_module("fleet.economy", run_name="__main__")
