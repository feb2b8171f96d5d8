from fastapi.testclient import TestClient

from skihire.api import app

client = TestClient(app)


def test_ten_days_is_the_week_price_plus_three_extra_days() -> None:
    response = client.get("/quote", params={"package": "red", "days": 10, "helmet": "true"})
    assert response.status_code == 200
    assert response.json() == {
        "package": "red",
        "days": 10,
        "skis": "241.00",
        "helmet": "40.00",
        "total": "281.00",
    }


def test_longer_rentals_of_every_package() -> None:
    def skis(package: str, days: int) -> str:
        response = client.get("/quote", params={"package": package, "days": days})
        assert response.status_code == 200
        return str(response.json()["skis"])

    assert skis("blue", 8) == "157.00"
    assert skis("black", 9) == "283.00"
    assert skis("blue", 21) == "352.00"
    assert skis("black", 7) == "235.00"
    assert skis("red", 1) == "36.00"
