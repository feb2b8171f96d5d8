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


def test_show_plant(client) -> None:
    assert client.get("/plants/1").json == {"id": 1, "name": "Lavender 'Hidcote'", "bench": "A", "next_due": "2024-04-22"}


def test_unknown_plant(client) -> None:
    assert client.get("/plants/99").status_code == 404


def test_rota(client) -> None:
    assert [p["id"] for p in client.get("/rota?on=2024-04-22").json] == [1, 2, 3]
    assert [p["id"] for p in client.get("/rota?on=2024-04-21").json] == [2]


def test_log_watering(client) -> None:
    response = client.post("/plants/2/watered", json={"on": "2024-04-21"})
    assert response.json["next_due"] == "2024-04-23"
