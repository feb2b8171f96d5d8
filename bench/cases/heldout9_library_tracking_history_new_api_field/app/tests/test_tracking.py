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
            },
            {
                "code": "COL",
                "description": "Collected",
                "occurred_at": "2026-03-09T16:40:00+00:00",
                "location": "Bristol",
            },
            {"code": "DEL", "description": "Delivered", "occurred_at": "2026-03-10T11:15:00+00:00"},
        ]
    }
)


def test_history_oldest_first() -> None:
    history = parse_history(BODY)
    assert [e.code for e in history] == ["COL", "OUT", "DEL"]
    assert history[0] == TrackingEvent(
        "COL", "Collected", datetime(2026, 3, 9, 16, 40, tzinfo=UTC), "Bristol"
    )
    assert history[2].location is None


def test_latest_status() -> None:
    assert latest_status(BODY) == "Delivered"
    assert latest_status('{"events": []}') == "Awaiting collection"
