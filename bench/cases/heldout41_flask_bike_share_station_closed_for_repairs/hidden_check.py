import pytest
from flask.testing import FlaskClient

from bikeshare import create_app, stations


@pytest.fixture()
def client() -> FlaskClient:
    stations.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_closed_station_is_greyed_out(client: FlaskClient) -> None:
    stations.report(4, capacity=0, bikes=0)
    response = client.get("/stations/4")
    assert response.status_code == 200
    assert response.get_json() == {
        "id": 4,
        "name": "Old Town Bridge",
        "bikes": 0,
        "free_points": 0,
        "fill": None,
        "status": "closed",
    }


def test_map_still_loads_with_a_closed_station(client: FlaskClient) -> None:
    stations.report(4, capacity=0, bikes=0)
    response = client.get("/stations")
    assert response.status_code == 200
    by_id = {s["id"]: s for s in response.get_json()}
    assert (by_id[4]["fill"], by_id[4]["status"]) == (None, "closed")
    assert (by_id[1]["fill"], by_id[1]["status"]) == (35, "open")
    assert (by_id[2]["fill"], by_id[2]["status"]) == (0, "empty")
    assert (by_id[3]["fill"], by_id[3]["status"]) == (100, "full")
