from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from laundrette import machines
from laundrette.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    machines.reset()


def test_board_shows_idle_and_running_machines() -> None:
    assert TestClient(app).get("/machines").json() == [
        {"id": 1, "kind": "washer", "programme": None, "free_at": None},
        {"id": 2, "kind": "washer", "programme": "cotton", "free_at": "2024-03-09T10:55"},
        {"id": 3, "kind": "dryer", "programme": "quick", "free_at": "2024-03-09T10:45"},
    ]


def test_unknown_machine() -> None:
    assert TestClient(app).get("/machines/7").status_code == 404


def test_start_a_duvet_wash() -> None:
    response = TestClient(app).post(
        "/machines/1/start", json={"programme": "duvet", "at": "2024-03-09T11:00:00"}
    )
    assert response.json()["free_at"] == "2024-03-09T12:20"


def test_reminder_five_minutes_before_the_end() -> None:
    assert machines.reminder_at(machines.get(2)) == datetime(2024, 3, 9, 10, 50)
    assert machines.reminder_at(machines.get(1)) is None
