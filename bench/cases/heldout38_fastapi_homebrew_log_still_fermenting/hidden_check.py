import pytest
from fastapi.testclient import TestClient

from brewlog import batches
from brewlog.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    batches.reset()


def test_fermenting_batch_has_no_abv_yet() -> None:
    response = TestClient(app).get("/batches/3")
    assert response.status_code == 200
    assert response.json() == {
        "id": 3,
        "name": "Hedgerow Saison",
        "style": "saison",
        "brewed_on": "2025-05-03",
        "status": "fermenting",
        "abv": None,
        "attenuation": None,
    }


def test_finished_batches_unchanged() -> None:
    client = TestClient(app)
    assert client.get("/batches/2").json()["abv"] == 6.0
    assert client.get("/batches/2").json()["status"] == "finished"
    assert client.get("/batches/1").json()["attenuation"] == 80
