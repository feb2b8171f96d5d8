from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from textline import store
from textline.api import app
from textline.quiet import in_quiet_hours, next_send_time, parse_span


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def post(client: TestClient, contact_id: int, send_at: str, **extra: object):
    return client.post("/texts", json={"contact_id": contact_id, "body": "20% off today", "send_at": send_at, **extra})


def test_span_over_midnight() -> None:
    span = parse_span("22:00-07:00")
    assert in_quiet_hours(datetime(2024, 5, 10, 23, 0), span)
    assert in_quiet_hours(datetime(2024, 5, 10, 6, 59), span)
    assert not in_quiet_hours(datetime(2024, 5, 10, 7, 0), span)
    assert not in_quiet_hours(datetime(2024, 5, 10, 21, 59), span)


def test_outside_quiet_hours_goes_as_asked() -> None:
    response = post(TestClient(app), 1, "2024-05-10T12:30:00")
    assert response.status_code == 202
    assert response.json()["deliver_at"] == "2024-05-10T12:30:00"


def test_held_until_the_morning() -> None:
    client = TestClient(app)
    assert post(client, 1, "2024-05-10T22:45:00").json()["deliver_at"] == "2024-05-11T07:00:00"
    assert post(client, 1, "2024-05-11T05:10:00").json()["deliver_at"] == "2024-05-11T07:00:00"


def test_daytime_span() -> None:
    assert next_send_time(datetime(2024, 5, 10, 13, 20), parse_span("13:00-14:00")) == datetime(2024, 5, 10, 14, 0)


def test_no_quiet_hours_and_transactional() -> None:
    client = TestClient(app)
    assert post(client, 2, "2024-05-10T23:30:00").json()["deliver_at"] == "2024-05-10T23:30:00"
    code = post(client, 1, "2024-05-10T23:30:00", transactional=True)
    assert code.json()["deliver_at"] == "2024-05-10T23:30:00"


def test_unknown_contact() -> None:
    assert post(TestClient(app), 9, "2024-05-10T12:00:00").status_code == 404
