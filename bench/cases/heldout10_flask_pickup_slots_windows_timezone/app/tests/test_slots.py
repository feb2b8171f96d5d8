from pickup.app import app


def test_slots_in_shop_zone() -> None:
    body = app.test_client().get("/pickup-slots").get_json()
    assert body["slots"] == ["2026-06-12T10:00:00+01:00", "2026-06-12T14:00:00+01:00"]


def test_slots_in_customer_zone() -> None:
    body = app.test_client().get("/pickup-slots?tz=Europe/Berlin").get_json()
    assert body["slots"] == ["2026-06-12T11:00:00+02:00", "2026-06-12T15:00:00+02:00"]
