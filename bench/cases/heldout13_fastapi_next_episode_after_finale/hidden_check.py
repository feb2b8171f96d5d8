from fastapi.testclient import TestClient

from shows.api import app


def test_after_the_finale_there_is_nothing_next() -> None:
    client = TestClient(app)
    response = client.get("/shows/harbour-lights/seasons/1/episodes/3/next")
    assert response.status_code == 200
    assert response.json() is None
    response = client.get("/shows/harbour-lights/seasons/2/episodes/2/next")
    assert response.status_code == 200
    assert response.json() is None


def test_next_still_follows_broadcast_order() -> None:
    client = TestClient(app)
    assert client.get("/shows/harbour-lights/seasons/1/episodes/2/next").json()["title"] == "Fog Signal"
    assert client.get("/shows/harbour-lights/seasons/2/episodes/1/next").json()["title"] == "Spring Tide"
    assert client.get("/shows/harbour-lights/seasons/1/episodes/4/next").status_code == 404
