import pytest

from agenda import create_app, store


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_agenda_in_the_members_timezone() -> None:
    response = create_app().test_client().get("/members/ada/agenda")
    assert response.get_json() == [
        {"title": "Retro", "starts": "2024-01-15T10:30:00-05:00"},
        {"title": "Stand-up", "starts": "2024-07-01T05:00:00-04:00"},
    ]


def test_settings_show_the_default_zone() -> None:
    assert create_app().test_client().get("/members/bo/settings").get_json()["timezone"] == "Europe/London"


def test_pick_a_timezone() -> None:
    client = create_app().test_client()
    assert client.post("/members/bo/settings", data={"timezone": "Asia/Tokyo"}).status_code == 200
    assert client.get("/members/bo/agenda").get_json() == [{"title": "Stand-up", "starts": "2024-07-01T18:00:00+09:00"}]
    assert client.post("/members/bo/settings", data={"timezone": "Mars/Olympus"}).status_code == 400


def test_unknown_member() -> None:
    assert create_app().test_client().get("/members/zed/agenda").status_code == 404
