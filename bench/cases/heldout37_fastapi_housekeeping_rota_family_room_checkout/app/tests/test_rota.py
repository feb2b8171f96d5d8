from datetime import date

import pytest
from fastapi.testclient import TestClient

from housekeeping import rooms
from housekeeping.api import app
from housekeeping.timing import STAYOVER_MINUTES, turnaround_minutes


@pytest.fixture(autouse=True)
def fresh() -> None:
    rooms.reset()


def test_turnaround() -> None:
    assert turnaround_minutes("suite", checkout=True) == 50
    assert turnaround_minutes("family", checkout=False) == STAYOVER_MINUTES


def test_quiet_day_only_stayovers() -> None:
    response = TestClient(app).get("/rota/2024-06-13")
    assert response.status_code == 200
    body = response.json()
    assert [(t["room"], t["kind"], t["housekeeper"]) for t in body["tasks"]] == [
        ("2", "stayover", 1),
        ("10", "stayover", 2),
        ("12", "stayover", 1),
    ]
    assert body["total_minutes"] == 45
    assert body["finish"] == "10:00"


def test_checkouts_come_first() -> None:
    rooms.add(rooms.Stay("3", date(2024, 6, 14), date(2024, 6, 16)))
    rooms.add(rooms.Stay("1", date(2024, 6, 15), date(2024, 6, 17)))
    body = TestClient(app).get("/rota/2024-06-16", params={"staff": 1}).json()
    assert body["tasks"] == [
        {"room": "3", "kind": "checkout", "minutes": 30, "housekeeper": 1, "start": "09:30", "done": "10:00"},
        {"room": "4", "kind": "checkout", "minutes": 30, "housekeeper": 1, "start": "10:00", "done": "10:30"},
        {"room": "1", "kind": "stayover", "minutes": 15, "housekeeper": 1, "start": "10:30", "done": "10:45"},
    ]
    assert body["late_for_arrivals"] == []


def test_nobody_in() -> None:
    body = TestClient(app).get("/rota/2024-07-01").json()
    assert body == {"day": "2024-07-01", "tasks": [], "total_minutes": 0, "finish": "09:30", "late_for_arrivals": []}
