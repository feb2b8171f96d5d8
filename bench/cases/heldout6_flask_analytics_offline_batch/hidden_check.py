from analytics.store import EVENTS
from analytics.web import app

BATCH = [
    {"name": "app_open", "user": "u-88", "props": {"os": "android"}},
    {"name": "battery_low", "user": "u-88"},
    {"name": "screen_view", "user": "u-88", "props": {"screen": "basket"}},
    {"name": "purchase", "user": "u-88", "props": {"total": "23.90"}},
]


def test_offline_batch_is_stored_in_order() -> None:
    del EVENTS[:]
    response = app.test_client().post("/v1/events", json=BATCH)
    assert response.status_code == 200
    assert response.get_json() == {"accepted": 3}
    assert [e["name"] for e in EVENTS] == ["app_open", "screen_view", "purchase"]
    assert EVENTS[2] == {"name": "purchase", "user": "u-88", "props": {"total": "23.90"}}


def test_single_event_still_works() -> None:
    del EVENTS[:]
    response = app.test_client().post("/v1/events", json={"name": "sign_up", "user": "u-90"})
    assert response.get_json() == {"accepted": 1}
    assert EVENTS == [{"name": "sign_up", "user": "u-90", "props": {}}]
