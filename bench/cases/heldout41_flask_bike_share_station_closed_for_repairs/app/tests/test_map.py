import pytest
from flask.testing import FlaskClient

from bikeshare import create_app, stations


@pytest.fixture()
def client() -> FlaskClient:
    stations.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_station_with_bikes(client: FlaskClient) -> None:
    assert client.get("/stations/1").get_json() == {
        "id": 1,
        "name": "Harbour Square",
        "bikes": 7,
        "free_points": 13,
        "fill": 35,
        "status": "open",
    }


def test_empty_and_full_stations(client: FlaskClient) -> None:
    assert client.get("/stations/2").get_json()["status"] == "empty"
    full = client.get("/stations/3").get_json()
    assert (full["status"], full["fill"], full["free_points"]) == ("full", 100, 0)


def test_map_lists_every_station(client: FlaskClient) -> None:
    assert [s["id"] for s in client.get("/stations").get_json()] == [1, 2, 3, 4]


def test_unknown_station(client: FlaskClient) -> None:
    assert client.get("/stations/99").status_code == 404


def test_fleet_update(client: FlaskClient) -> None:
    stations.report(4, 16, 16)
    assert client.get("/stations/4").get_json()["status"] == "full"
