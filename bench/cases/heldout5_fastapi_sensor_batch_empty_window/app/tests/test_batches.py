from datetime import datetime, timezone

from fastapi.testclient import TestClient

from telemetry.api import app
from telemetry.stats import Reading, Summary, summarise


def test_summarise() -> None:
    at = datetime(2026, 3, 1, 6, tzinfo=timezone.utc)
    assert summarise([Reading(at, 3.5), Reading(at, 4.0), Reading(at, 1.0)]) == Summary(3, 4.0, 2.83)


def test_upload_batch() -> None:
    response = TestClient(app).post(
        "/batches",
        json={
            "sensor": "greenhouse-2",
            "readings": [
                {"taken_at": "2026-03-01T06:00:00Z", "celsius": 18.5},
                {"taken_at": "2026-03-01T06:05:00Z", "celsius": 19.5},
            ],
        },
    )
    assert response.status_code == 200
    assert response.json() == {"sensor": "greenhouse-2", "count": 2, "peak": 19.5, "mean": 19.0}
