from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from textline import store
from textline.api import app
from textline.quiet import next_send_time, parse_span


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_month_end_night_is_held_until_the_next_morning() -> None:
    client = TestClient(app)
    response = client.post("/texts", json={"contact_id": 1, "body": "May sale", "send_at": "2024-05-31T23:30:00"})
    assert response.status_code == 202
    assert response.json()["deliver_at"] == "2024-06-01T07:00:00"
    assert [t["deliver_at"] for t in client.get("/texts").json()] == ["2024-06-01T07:00:00"]


def test_year_end_and_leap_day() -> None:
    span = parse_span("22:00-07:00")
    assert next_send_time(datetime(2024, 12, 31, 22, 15), span) == datetime(2025, 1, 1, 7, 0)
    assert next_send_time(datetime(2024, 2, 29, 23, 59, 30), span) == datetime(2024, 3, 1, 7, 0)
    assert next_send_time(datetime(2024, 4, 30, 22, 0), span) == datetime(2024, 5, 1, 7, 0)


def test_other_nights_unchanged() -> None:
    span = parse_span("22:00-07:00")
    assert next_send_time(datetime(2024, 5, 10, 22, 45), span) == datetime(2024, 5, 11, 7, 0)
    assert next_send_time(datetime(2024, 6, 1, 3, 0), span) == datetime(2024, 6, 1, 7, 0)
    assert next_send_time(datetime(2024, 5, 31, 21, 0), span) == datetime(2024, 5, 31, 21, 0)
