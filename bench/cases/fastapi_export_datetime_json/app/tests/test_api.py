from fastapi.testclient import TestClient

from exports.api import app

client = TestClient(app)


def test_list() -> None:
    assert client.get("/jobs").json() == {"jobs": [{"id": 1, "name": "invoices"}, {"id": 2, "name": "customers"}]}


def test_missing_job() -> None:
    assert client.get("/jobs/9").status_code == 404
