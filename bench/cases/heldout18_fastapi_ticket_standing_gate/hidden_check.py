import pytest
from fastapi.testclient import TestClient

from arena import store
from arena.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_standing_tickets_enter_by_the_floor_gate() -> None:
    response = TestClient(app).get("/events/214/entry-list")
    assert response.status_code == 200
    assert response.json() == [
        {"code": "T-5003", "holder": "Priya Raman", "gate": "A", "seat": "N1 A1"},
        {"code": "T-5001", "holder": "Ines Duarte", "gate": "B", "seat": "S2 B11"},
        {"code": "T-5002", "holder": "Tom Aalto", "gate": "C", "seat": None},
        {"code": "T-5004", "holder": "Omar Haddad", "gate": "C", "seat": None},
    ]


def test_seated_event_unchanged() -> None:
    response = TestClient(app).get("/events/101/entry-list")
    assert [line["code"] for line in response.json()] == ["T-1003", "T-1001", "T-1002"]
