from datetime import date, time

import pytest

from walkies import store
from walkies.app import app
from walkies.models import Walk


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


@pytest.fixture
def client():
    app.testing = True
    return app.test_client()


def test_unassigned_walk_stays_on_the_sheet_with_null_walker(client) -> None:
    store.book(Walk(5, "Mabel", "Rosa Grant", date(2024, 6, 15), time(9, 30), 60))
    response = client.get("/api/day/2024-06-15")
    assert response.status_code == 200
    assert response.get_json() == [
        {"id": 5, "dog": "Mabel", "owner": "Rosa Grant", "pickup": "09:30", "minutes": 60, "walker": None, "walker_phone": None},
        {"id": 4, "dog": "Nacho", "owner": "Li Wei", "pickup": "10:00", "minutes": 30, "walker": "Jess Lindqvist", "walker_phone": "07700 900456"},
    ]


def test_assigned_walks_unchanged_and_rounds_leave_out_unassigned(client) -> None:
    store.book(Walk(6, "Otto", "Rosa Grant", date(2024, 6, 14), time(8, 0), 30))
    sheet = client.get("/api/day/2024-06-14").get_json()
    assert [(w["dog"], w["walker"]) for w in sheet] == [
        ("Otto", None),
        ("Biscuit", "Sam Okafor"),
        ("Bramble", "Sam Okafor"),
        ("Pepper", "Jess Lindqvist"),
    ]
    assert client.get("/api/walkers/1/day/2024-06-14").get_json()["minutes"] == 120
