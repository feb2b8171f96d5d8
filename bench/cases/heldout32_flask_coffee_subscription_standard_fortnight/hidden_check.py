import pytest
from flask.testing import FlaskClient
from roastery import create_app, plans


@pytest.fixture
def client() -> FlaskClient:
    plans.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_standard_plan_delivers_every_fortnight(client: FlaskClient) -> None:
    response = client.get("/subscriptions/3/upcoming?count=3")
    assert response.status_code == 200
    assert response.get_json() == {"deliveries": ["2024-11-05", "2024-11-19", "2024-12-03"]}


def test_skipping_on_the_standard_plan_moves_a_fortnight(client: FlaskClient) -> None:
    response = client.post("/subscriptions/3/skip")
    assert response.status_code == 200
    assert response.get_json() == {"next_delivery": "2024-11-19"}
    assert client.get("/subscriptions/3/upcoming?count=2").get_json() == {
        "deliveries": ["2024-11-19", "2024-12-03"]
    }


def test_custom_intervals_unchanged(client: FlaskClient) -> None:
    assert client.get("/subscriptions/1/upcoming?count=2").get_json() == {
        "deliveries": ["2024-11-05", "2024-11-12"]
    }
