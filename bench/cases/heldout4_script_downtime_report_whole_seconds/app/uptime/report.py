"""Monthly downtime per check. ``python -m uptime.report INCIDENTS.json``

INCIDENTS.json is the monitoring API's ``/incidents`` answer: ``{"incidents": [...]}``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from uptime.incidents import Incident, incident_from_api


def downtime_minutes(incidents: list[Incident]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for incident in incidents:
        totals[incident.check] += incident.minutes
    return dict(sorted(totals.items()))


def main(argv: list[str]) -> int:
    answer = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    incidents = [incident_from_api(item) for item in answer["incidents"]]
    for check, minutes in downtime_minutes(incidents).items():
        print(f"{check}: {minutes:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
