import pytest
from fastapi.testclient import TestClient

from flightboard import board
from flightboard.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    board.reset()


def test_withdrawn_gate_is_cleared_and_the_status_still_applied() -> None:
    client = TestClient(app)
    response = client.post("/feeds/aerolink", json={"flight": "AL578", "status": "delayed", "gate": None})
    assert response.status_code == 202
    assert response.json() == {
        "number": "AL578",
        "destination": "Marrakesh",
        "scheduled": "11:05",
        "status": "DELAYED",
        "gate": None,
    }
    assert client.get("/flights/AL578").json()["gate"] is None
    row = [r for r in client.get("/screens/departures").json() if r["flight"] == "AL578"][0]
    assert row == {"time": "11:05", "flight": "AL578", "to": "Marrakesh", "gate": "TBA", "status": "DELAYED"}


def test_no_gate_yet_and_later_assigned() -> None:
    client = TestClient(app)
    assert client.post("/feeds/aerolink", json={"flight": "AL311", "status": "CHECK-IN", "gate": None}).json()["gate"] is None
    assert client.get("/flights/AL311").json()["status"] == "CHECK-IN"
    assert client.post("/feeds/aerolink", json={"flight": "AL311", "status": "BOARDING", "gate": "d4 "}).json()["gate"] == "D4"
