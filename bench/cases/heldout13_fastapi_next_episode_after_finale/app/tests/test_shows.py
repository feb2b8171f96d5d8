from fastapi.testclient import TestClient

from shows.api import app


def test_read_episode() -> None:
    response = TestClient(app).get("/shows/harbour-lights/seasons/1/episodes/2")
    assert response.status_code == 200
    assert response.json()["title"] == "The Pilot Boat"


def test_unknown_episode() -> None:
    assert TestClient(app).get("/shows/harbour-lights/seasons/1/episodes/7").status_code == 404
    assert TestClient(app).get("/shows/nowhere/seasons/1/episodes/1").status_code == 404


def test_next_after_the_first_episode() -> None:
    response = TestClient(app).get("/shows/harbour-lights/seasons/1/episodes/1/next")
    assert response.json()["title"] == "The Pilot Boat"
