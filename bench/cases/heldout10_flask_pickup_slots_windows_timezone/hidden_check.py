from pickup.app import app


def slots(tz: str) -> list[str]:
    response = app.test_client().get("/pickup-slots", query_string={"tz": tz})
    assert response.status_code == 200
    return response.get_json()["slots"]


def test_unknown_zone_falls_back_to_the_shop_zone() -> None:
    assert slots("Pacific Standard Time") == [
        "2026-06-12T10:00:00+01:00",
        "2026-06-12T14:00:00+01:00",
    ]


def test_known_zones_still_honoured() -> None:
    assert slots("America/Los_Angeles") == [
        "2026-06-12T02:00:00-07:00",
        "2026-06-12T06:00:00-07:00",
    ]
    assert slots("Europe/London") == ["2026-06-12T10:00:00+01:00", "2026-06-12T14:00:00+01:00"]
