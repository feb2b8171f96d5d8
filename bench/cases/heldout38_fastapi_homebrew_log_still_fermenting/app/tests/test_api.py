import pytest
from fastapi.testclient import TestClient

from brewlog import batches
from brewlog.api import app
from brewlog.gravity import abv, attenuation


@pytest.fixture(autouse=True)
def fresh() -> None:
    batches.reset()


def test_abv() -> None:
    assert abv(1.050, 1.010) == 5.3
    assert attenuation(1.050, 1.010) == 80


def test_finished_batch() -> None:
    body = TestClient(app).get("/batches/1").json()
    assert body == {
        "id": 1,
        "name": "Garden Pale",
        "style": "pale ale",
        "brewed_on": "2024-04-06",
        "status": "finished",
        "abv": 5.3,
        "attenuation": 80,
    }


def test_list() -> None:
    names = [b["name"] for b in TestClient(app).get("/batches").json()]
    assert names == ["Garden Pale", "Winter Stout", "Hedgerow Saison"]


def test_unknown_batch() -> None:
    assert TestClient(app).get("/batches/42").status_code == 404
