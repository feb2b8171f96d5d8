"""Tracking a parcel after the courier started sending the depot code with each scan."""

import json

from parcelkit.tracking import latest_status

latest_status(
    json.dumps(
        {
            "events": [
                {
                    "code": "COL",
                    "description": "Collected",
                    "occurred_at": "2026-03-09T16:40:00+00:00",
                    "location": "Bristol",
                    "depot_code": "BRS2",
                },
                {
                    "code": "OUT",
                    "description": "Out for delivery",
                    "occurred_at": "2026-03-10T07:02:00+00:00",
                    "location": "Leeds",
                    "depot_code": "LDS1",
                },
            ]
        }
    )
)
