import pytest
from fastapi.testclient import TestClient

from housekeeping import rooms
from housekeeping.api import app
from housekeeping.timing import DEFAULT_CLEAN_MINUTES, turnaround_minutes


@pytest.fixture(autouse=True)
def fresh() -> None:
    rooms.reset()


def test_untimed_room_type_is_planned_at_the_default() -> None:
    assert turnaround_minutes("family", checkout=True) == DEFAULT_CLEAN_MINUTES == 45
    assert turnaround_minutes("double", checkout=True) == 30
    assert turnaround_minutes("family", checkout=False) == 15


def test_rota_with_a_family_room_checkout() -> None:
    response = TestClient(app).get("/rota/2024-06-14")
    assert response.status_code == 200
    body = response.json()
    assert [(t["room"], t["kind"], t["minutes"], t["housekeeper"], t["start"], t["done"]) for t in body["tasks"]] == [
        ("2", "checkout", 30, 1, "09:30", "10:00"),
        ("10", "checkout", 50, 2, "09:30", "10:20"),
        ("12", "checkout", 45, 1, "10:00", "10:45"),
        ("1", "stayover", 15, 2, "10:20", "10:35"),
        ("4", "stayover", 15, 2, "10:35", "10:50"),
        ("14", "stayover", 15, 1, "10:45", "11:00"),
    ]
    assert body["total_minutes"] == 170
    assert body["finish"] == "11:00"


def test_one_housekeeper_still_has_the_family_room_ready() -> None:
    body = TestClient(app).get("/rota/2024-06-14", params={"staff": 1}).json()
    assert [t["room"] for t in body["tasks"]] == ["2", "10", "12", "1", "4", "14"]
    assert body["total_minutes"] == 170
    assert body["finish"] == "12:20"
