import pytest
from fastapi.testclient import TestClient

from arena import store
from arena.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_entry_list_of_a_seated_event() -> None:
    response = TestClient(app).get("/events/101/entry-list")
    assert response.status_code == 200
    assert response.json() == [
        {"code": "T-1003", "holder": "Lea Novak", "gate": "A", "seat": "N1 C7"},
        {"code": "T-1001", "holder": "Mira Okafor", "gate": "A", "seat": "N2 F14"},
        {"code": "T-1002", "holder": "Jonas Berg", "gate": "B", "seat": "S1 A3"},
    ]


def test_unknown_event() -> None:
    assert TestClient(app).get("/events/999/entry-list").status_code == 404


def test_read_tickets() -> None:
    client = TestClient(app)
    assert client.get("/tickets/T-1002").json() == {"code": "T-1002", "holder": "Jonas Berg", "seat": "S1 A3"}
    assert client.get("/tickets/T-5002").json() == {"code": "T-5002", "holder": "Tom Aalto", "seat": None}
    assert client.get("/tickets/T-0000").status_code == 404
