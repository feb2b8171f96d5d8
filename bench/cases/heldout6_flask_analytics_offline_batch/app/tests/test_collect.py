from analytics.store import EVENTS
from analytics.web import app


def test_single_event() -> None:
    client = app.test_client()
    before = len(EVENTS)
    response = client.post("/v1/events", json={"name": "app_open", "user": "u-17", "props": {"os": "ios"}})
    assert response.get_json() == {"accepted": 1}
    assert len(EVENTS) == before + 1


def test_untracked_event_dropped() -> None:
    response = app.test_client().post("/v1/events", json={"name": "battery_low", "user": "u-17"})
    assert response.get_json() == {"accepted": 0}
