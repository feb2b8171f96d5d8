import pytest

from agenda import create_app, store


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_no_timezone_chosen_shows_head_office_time() -> None:
    response = create_app().test_client().get("/members/bo/agenda")
    assert response.status_code == 200
    assert response.get_json() == [{"title": "Stand-up", "starts": "2024-07-01T10:00:00+01:00"}]


def test_clearing_the_timezone_goes_back_to_the_default() -> None:
    client = create_app().test_client()
    client.post("/members/ada/settings", data={"timezone": ""})
    assert client.get("/members/ada/agenda").get_json() == [
        {"title": "Retro", "starts": "2024-01-15T15:30:00+00:00"},
        {"title": "Stand-up", "starts": "2024-07-01T10:00:00+01:00"},
    ]
    client.post("/members/ada/settings", data={"timezone": "Asia/Tokyo"})
    assert client.get("/members/ada/agenda").get_json()[0]["starts"] == "2024-01-16T00:30:00+09:00"
