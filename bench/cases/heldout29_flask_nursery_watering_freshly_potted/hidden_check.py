import pytest

from nursery import create_app, store


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


@pytest.fixture
def client():
    app = create_app()
    app.testing = True
    return app.test_client()


def test_freshly_potted_plant_counts_from_its_potting_day(client) -> None:
    created = client.post("/plants", json={"name": "Basil", "bench": "B", "potted_on": "2024-04-20", "interval_days": 3})
    plant_id = created.get_json()["id"]
    response = client.get(f"/plants/{plant_id}")
    assert response.status_code == 200
    assert response.json["next_due"] == "2024-04-23"


def test_freshly_potted_plant_joins_the_rota_when_due(client) -> None:
    plant_id = client.post("/plants", json={"name": "Basil", "bench": "B", "potted_on": "2024-04-20", "interval_days": 3}).get_json()["id"]
    assert plant_id not in [p["id"] for p in client.get("/rota?on=2024-04-22").json]
    assert [p["id"] for p in client.get("/rota?on=2024-04-23").json] == [1, 2, plant_id, 3]
    assert client.post(f"/plants/{plant_id}/watered", json={"on": "2024-04-23"}).json["next_due"] == "2024-04-26"
