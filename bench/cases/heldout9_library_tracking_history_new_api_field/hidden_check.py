import json
from datetime import UTC, datetime

from parcelkit.tracking import TrackingEvent, latest_status, parse_history

BODY = json.dumps(
    {
        "events": [
            {
                "code": "OUT",
                "description": "Out for delivery",
                "occurred_at": "2026-03-10T07:02:00+00:00",
                "location": "Leeds",
                "depot_code": "LDS1",
            },
            {
                "code": "COL",
                "description": "Collected",
                "occurred_at": "2026-03-09T16:40:00+00:00",
                "location": "Bristol",
                "depot_code": "BRS2",
                "weight_grams": 1250,
            },
            {
                "code": "DEL",
                "description": "Delivered",
                "occurred_at": "2026-03-10T11:15:00+00:00",
                "signed_by": "K. OKAFOR",
                "photo_url": "https://courier.example/p/9.jpg",
            },
        ]
    }
)


def at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def test_unknown_fields_are_ignored() -> None:
    assert parse_history(BODY) == [
        TrackingEvent("COL", "Collected", at(9, 16, 40), "Bristol"),
        TrackingEvent("OUT", "Out for delivery", at(10, 7, 2), "Leeds"),
        TrackingEvent("DEL", "Delivered", at(10, 11, 15), None),
    ]


def test_latest_status_with_new_fields() -> None:
    assert latest_status(BODY) == "Delivered"
