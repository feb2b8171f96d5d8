from fastapi.testclient import TestClient

from skihire.api import app

client = TestClient(app)


def test_packages() -> None:
    assert client.get("/packages").json() == ["black", "blue", "red"]


def test_weekend_quote() -> None:
    response = client.get("/quote", params={"package": "blue", "days": 2})
    assert response.status_code == 200
    assert response.json() == {
        "package": "blue",
        "days": 2,
        "skis": "52.00",
        "helmet": "0.00",
        "total": "52.00",
    }


def test_week_with_helmet() -> None:
    body = client.get("/quote", params={"package": "red", "days": 7, "helmet": "true"}).json()
    assert (body["skis"], body["helmet"], body["total"]) == ("184.00", "28.00", "212.00")


def test_unknown_package() -> None:
    assert client.get("/quote", params={"package": "green", "days": 3}).status_code == 404


def test_days_out_of_range() -> None:
    assert client.get("/quote", params={"package": "blue", "days": 0}).status_code == 422
    assert client.get("/quote", params={"package": "blue", "days": 30}).status_code == 422
