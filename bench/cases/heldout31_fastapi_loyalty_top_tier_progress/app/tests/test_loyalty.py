from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from loyalty import store
from loyalty.api import app
from loyalty.tiers import tier_for


@pytest.fixture(autouse=True)
def members() -> None:
    store.reset()
    store.add_member(1, "Ines", 0)
    store.add_member(2, "Tomasz", 3_000)


def test_tiers_by_points() -> None:
    assert tier_for(0).name == "Bronze"
    assert tier_for(999).name == "Bronze"
    assert tier_for(1_000).name == "Silver"
    assert tier_for(5_000).name == "Gold"


def test_purchase_earns_points_with_the_tier_bonus() -> None:
    client = TestClient(app)
    assert client.post("/members/1/purchases", json={"amount": "49.90"}).json() == {
        "earned": 49,
        "points": 49,
        "tier": "Bronze",
    }
    assert client.post("/members/2/purchases", json={"amount": "100.00"}).json()["earned"] == 110


def test_earn_directly() -> None:
    member = store.get(2)
    assert member is not None
    assert store.earn(member, Decimal("10.99")) == 11
    assert member.history == [11]


def test_progress_towards_gold() -> None:
    assert TestClient(app).get("/members/2/progress").json() == {
        "tier": "Silver",
        "next_tier": "Gold",
        "points_to_next": 2_000,
        "progress": 0.5,
    }


def test_progress_of_a_new_member() -> None:
    body = TestClient(app).get("/members/1/progress").json()
    assert body["tier"] == "Bronze"
    assert body["progress"] == 0.0


def test_unknown_member() -> None:
    assert TestClient(app).get("/members/7/progress").status_code == 404
    assert TestClient(app).post("/members/7/purchases", json={"amount": "1.00"}).status_code == 404
