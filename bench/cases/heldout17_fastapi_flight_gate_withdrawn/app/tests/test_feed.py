import pytest
from fastapi.testclient import TestClient

from flightboard import board
from flightboard.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    board.reset()


def test_gate_assigned() -> None:
    client = TestClient(app)
    response = client.post("/feeds/aerolink", json={"flight": "AL311", "status": "scheduled", "gate": " a7 "})
    assert response.status_code == 202
    assert response.json() == {
        "number": "AL311",
        "destination": "Reykjavik",
        "scheduled": "10:15",
        "status": "SCHEDULED",
        "gate": "A7",
    }


def test_unknown_flight() -> None:
    response = TestClient(app).post("/feeds/aerolink", json={"flight": "ZZ1", "status": "DELAYED", "gate": "A1"})
    assert response.status_code == 404


def test_screen_rows() -> None:
    rows = TestClient(app).get("/screens/departures").json()
    assert [r["flight"] for r in rows] == ["AL204", "AL311", "AL578"]
    assert rows[1]["gate"] == "TBA"
    assert rows[0] == {"time": "09:40", "flight": "AL204", "to": "Lisbon", "gate": "B12", "status": "BOARDING"}
