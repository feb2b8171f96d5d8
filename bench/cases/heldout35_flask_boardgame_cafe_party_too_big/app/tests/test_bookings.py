import pytest

from cafe import bookings
from cafe.app import create_app
from cafe.tables import allocate_table


@pytest.fixture()
def client():
    bookings.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_couple_gets_a_two_seater(client) -> None:
    response = client.post("/bookings", json={"name": "Priya", "party_size": 2, "slot": "18:00"})
    assert response.status_code == 201
    assert response.get_json() == {"reference": "BG0001", "name": "Priya", "party_size": 2, "slot": "18:00", "table": "1"}


def test_next_couple_gets_the_other_two_seater(client) -> None:
    client.post("/bookings", json={"name": "Priya", "party_size": 2, "slot": "18:00"})
    response = client.post("/bookings", json={"name": "Tom", "party_size": 2, "slot": "18:00"})
    assert response.get_json()["table"] == "2"


def test_group_of_five_gets_the_window(client) -> None:
    response = client.post("/bookings", json={"name": "Board game club", "party_size": 5, "slot": "20:00"})
    assert response.get_json()["table"] == "Window"
    assert [b["name"] for b in client.get("/bookings/20:00").get_json()] == ["Board game club"]


def test_incomplete_booking(client) -> None:
    assert client.post("/bookings", json={"name": "Sam", "slot": "12:00"}).status_code == 400
    assert client.post("/bookings", json={"name": "Sam", "party_size": 2, "slot": "11:00"}).status_code == 400


def test_allocate_prefers_smallest() -> None:
    assert allocate_table(3, set()).name == "3"
    assert allocate_table(3, {"3"}).name == "4"
