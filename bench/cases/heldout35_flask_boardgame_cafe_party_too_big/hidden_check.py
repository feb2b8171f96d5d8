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


def test_party_too_big_for_any_table_is_turned_away(client) -> None:
    response = client.post("/bookings", json={"name": "Dan's stag do", "party_size": 10, "slot": "20:00"})
    assert response.status_code == 409
    assert "call us" in response.get_json()["error"]
    assert client.get("/bookings/20:00").get_json() == []


def test_fully_booked_slot_is_turned_away(client) -> None:
    for size in (2, 2, 4, 4, 6, 8):
        assert client.post("/bookings", json={"name": "x", "party_size": size, "slot": "14:00"}).status_code == 201
    assert client.post("/bookings", json={"name": "late", "party_size": 2, "slot": "14:00"}).status_code == 409
    assert len(client.get("/bookings/14:00").get_json()) == 6


def test_allocate_returns_none_when_nothing_fits() -> None:
    assert allocate_table(9, set()) is None
    assert allocate_table(8, {"Long table"}) is None
    assert allocate_table(7, set()).name == "Long table"
