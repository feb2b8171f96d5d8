from datetime import datetime, timezone

from fastapi.testclient import TestClient

from telemetry.api import app
from telemetry.stats import Reading, Summary, summarise


def test_empty_batch_reads_no_data() -> None:
    response = TestClient(app).post("/batches", json={"sensor": "cold-room-1", "readings": []})
    assert response.status_code == 200
    assert response.json() == {"sensor": "cold-room-1", "count": 0, "peak": None, "mean": None}


def test_summaries_unchanged() -> None:
    assert summarise([]) == Summary(0, None, None)
    at = datetime(2026, 3, 1, 6, tzinfo=timezone.utc)
    assert summarise([Reading(at, -2.0), Reading(at, -4.0)]) == Summary(2, -2.0, -3.0)
