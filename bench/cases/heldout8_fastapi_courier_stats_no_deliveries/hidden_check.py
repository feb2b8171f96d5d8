from dispatch.api import app
from fastapi.testclient import TestClient

client = TestClient(app)


def test_new_courier_has_no_median_yet() -> None:
    response = client.get("/couriers/leo/stats")
    assert response.status_code == 200
    assert response.json() == {
        "courier": "leo",
        "name": "Leo B.",
        "deliveries": 0,
        "median_minutes": None,
        "on_time": 0,
    }


def test_others_unchanged() -> None:
    assert client.get("/couriers/amira/stats").json()["median_minutes"] == 35.0
    assert client.get("/couriers/tomasz/stats").json()["median_minutes"] == 24.0
    assert client.get("/couriers/nobody/stats").status_code == 404
