from fastapi.testclient import TestClient

from exports.api import app

client = TestClient(app)


def test_job_details_with_iso_timestamp() -> None:
    response = client.get("/jobs/1")
    assert response.status_code == 200
    assert response.json() == {"job": {"id": 1, "name": "invoices", "finished_at": "2024-04-01T03:00:00+00:00"}}


def test_unfinished_job() -> None:
    assert client.get("/jobs/2").json() == {"job": {"id": 2, "name": "customers", "finished_at": None}}
