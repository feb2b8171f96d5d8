import pytest
from flask.testing import FlaskClient
from roastery import create_app, plans


@pytest.fixture
def client() -> FlaskClient:
    plans.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_show_standard_plan(client: FlaskClient) -> None:
    assert client.get("/subscriptions/3").get_json() == {
        "customer": "Maya Lind",
        "coffee": "House espresso",
        "bags": 1,
        "every_weeks": 2,
        "next_delivery": "2024-11-05",
        "paused": False,
    }


def test_unknown_subscription(client: FlaskClient) -> None:
    assert client.get("/subscriptions/77").status_code == 404


def test_weekly_upcoming(client: FlaskClient) -> None:
    response = client.get("/subscriptions/1/upcoming?count=3")
    assert response.get_json() == {"deliveries": ["2024-11-05", "2024-11-12", "2024-11-19"]}


def test_monthly_upcoming_default_count(client: FlaskClient) -> None:
    deliveries = client.get("/subscriptions/2/upcoming").get_json()["deliveries"]
    assert deliveries == ["2024-11-12", "2024-12-10", "2025-01-07", "2025-02-04"]


def test_paused_has_nothing_upcoming_and_cannot_skip(client: FlaskClient) -> None:
    assert client.get("/subscriptions/4/upcoming").get_json() == {"deliveries": []}
    assert client.post("/subscriptions/4/skip").status_code == 409


def test_skip_monthly(client: FlaskClient) -> None:
    assert client.post("/subscriptions/2/skip").get_json() == {"next_delivery": "2024-12-10"}
    assert client.get("/subscriptions/2").get_json()["next_delivery"] == "2024-12-10"
