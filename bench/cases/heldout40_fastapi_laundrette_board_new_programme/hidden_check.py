from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from laundrette import machines
from laundrette.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    machines.reset()


def test_new_programme_is_shown_busy_for_the_longest_cycle() -> None:
    client = TestClient(app)
    started = client.post(
        "/machines/1/start", json={"programme": "wool", "at": "2024-03-09T11:00:00"}
    )
    assert started.status_code == 200
    assert started.json() == {
        "id": 1,
        "kind": "washer",
        "programme": "wool",
        "free_at": "2024-03-09T12:35",
    }
    board = client.get("/machines")
    assert board.status_code == 200
    assert board.json()[0]["free_at"] == "2024-03-09T12:35"
    assert board.json()[1]["free_at"] == "2024-03-09T10:55"


def test_board_and_reminder_agree() -> None:
    machines.start(3, "eco-dry", datetime(2024, 3, 9, 9, 0))
    shown = TestClient(app).get("/machines/3").json()["free_at"]
    assert shown == "2024-03-09T10:35"
    assert machines.reminder_at(machines.get(3)) == datetime(2024, 3, 9, 10, 30)
