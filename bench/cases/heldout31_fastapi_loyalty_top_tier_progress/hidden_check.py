import pytest
from fastapi.testclient import TestClient
from loyalty import store
from loyalty.api import app


@pytest.fixture(autouse=True)
def members() -> None:
    store.reset()
    store.add_member(4107, "Marguerite Okafor", 18_450)
    store.add_member(12, "Sam", 5_000)


def test_top_tier_shows_a_full_bar_and_nothing_to_reach() -> None:
    client = TestClient(app)
    purchase = client.post("/members/4107/purchases", json={"amount": "2380.00"})
    assert purchase.json() == {"earned": 2975, "points": 21_425, "tier": "Platinum"}
    response = client.get("/members/4107/progress")
    assert response.status_code == 200
    assert response.json() == {
        "tier": "Platinum",
        "next_tier": None,
        "points_to_next": None,
        "progress": 1.0,
    }


def test_exactly_at_the_top_threshold_is_full_too() -> None:
    store.add_member(20, "Ade", 20_000)
    assert TestClient(app).get("/members/20/progress").json()["progress"] == 1.0


def test_lower_tiers_unchanged() -> None:
    assert TestClient(app).get("/members/12/progress").json() == {
        "tier": "Gold",
        "next_tier": "Platinum",
        "points_to_next": 15_000,
        "progress": 0.0,
    }
