import pytest

from walkies import store
from walkies.app import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


@pytest.fixture
def client():
    app.testing = True
    return app.test_client()


def test_day_sheet(client) -> None:
    response = client.get("/api/day/2024-06-14")
    assert response.status_code == 200
    assert [(w["pickup"], w["dog"], w["walker"]) for w in response.get_json()] == [
        ("08:30", "Biscuit", "Sam Okafor"),
        ("09:00", "Bramble", "Sam Okafor"),
        ("12:00", "Pepper", "Jess Lindqvist"),
    ]


def test_bad_day(client) -> None:
    assert client.get("/api/day/tomorrow").status_code == 404


def test_walker_round(client) -> None:
    body = client.get("/api/walkers/1/day/2024-06-14").get_json()
    assert body == {
        "walker": "Sam Okafor",
        "walks": [
            {"dog": "Biscuit", "pickup": "08:30", "minutes": 60},
            {"dog": "Bramble", "pickup": "09:00", "minutes": 60},
        ],
        "minutes": 120,
    }


def test_unknown_walker(client) -> None:
    assert client.get("/api/walkers/9/day/2024-06-14").status_code == 404
