import pytest

from clinics import hours, store
from clinics.web import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_slot_times() -> None:
    assert hours.slots("09:00-11:00") == ["09:00", "09:30", "10:00", "10:30"]
    assert hours.slots("09:00-10:45") == ["09:00", "09:30", "10:00"]


def test_closing_before_opening_is_refused() -> None:
    with pytest.raises(ValueError):
        hours.parse_range("18:00-08:00")


def test_free_slots_leave_out_bookings() -> None:
    response = app.test_client().get("/clinics/harbour-family/slots?date=2024-06-07")
    body = response.get_json()
    assert body["open"] is True
    assert body["slots"][:2] == ["09:00", "09:30"]
    assert body["slots"][-2:] == ["17:00", "18:00"]
    assert "17:30" not in body["slots"]


def test_closed_day() -> None:
    body = app.test_client().get("/clinics/harbour-family/slots?date=2024-06-08").get_json()
    assert body == {"clinic": "harbour-family", "date": "2024-06-08", "open": False, "slots": []}


def test_bad_requests() -> None:
    client = app.test_client()
    assert client.get("/clinics/nowhere/slots?date=2024-06-07").status_code == 404
    assert client.get("/clinics/harbour-family/slots?date=tomorrow").status_code == 400
    assert client.get("/clinics/harbour-family/open?at=2024-06-07T10:00:00").status_code == 400


def test_open_in_the_clinics_time_zone() -> None:
    client = app.test_client()
    # 14:30 UTC is 09:30 in Chicago (CDT) on a Monday.
    body = client.get("/clinics/lakeside-dental/open?at=2024-06-10T14:30:00%2B00:00").get_json()
    assert body == {"clinic": "lakeside-dental", "local_time": "Mon 09:30", "open": True}
    body = client.get("/clinics/lakeside-dental/open?at=2024-06-10T13:30:00%2B00:00").get_json()
    assert body["open"] is False
