import pytest

from clinics import hours, store
from clinics.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_slots_run_up_to_midnight() -> None:
    response = app.test_client().get("/clinics/night-walk-in/slots?date=2024-06-08")
    assert response.status_code == 200
    assert response.get_json() == {
        "clinic": "night-walk-in",
        "date": "2024-06-08",
        "open": True,
        "slots": [
            "18:00", "18:30", "19:30", "20:00", "20:30", "21:00",
            "21:30", "22:00", "22:30", "23:00", "23:30",
        ],
    }


def test_twenty_four_hundred_is_the_end_of_the_day() -> None:
    assert hours.to_minutes("24:00") == 1440
    assert hours.to_minutes("00:00") == 0
    assert hours.parse_range("18:00-24:00") == (1080, 1440)
    assert len(hours.slots("00:00-24:00")) == 48
    assert hours.slots("09:00-10:00") == ["09:00", "09:30"]


def test_open_until_midnight() -> None:
    client = app.test_client()
    # 22:45 UTC is 23:45 in London (BST) on Saturday 8 June 2024.
    body = client.get("/clinics/night-walk-in/open?at=2024-06-08T22:45:00%2B00:00").get_json()
    assert body == {"clinic": "night-walk-in", "local_time": "Sat 23:45", "open": True}
    body = client.get("/clinics/night-walk-in/open?at=2024-06-08T16:45:00%2B00:00").get_json()
    assert body["open"] is False
