import pytest
from fastapi.testclient import TestClient

from flashcards import store
from flashcards.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


def test_due_cards_include_new_ones() -> None:
    response = TestClient(app).get("/decks/spanish/due", params={"on": "2024-05-10"})
    assert [card["front"] for card in response.json()] == ["el perro", "la gata", "el puente"]


def test_good_review_stretches_the_interval() -> None:
    client = TestClient(app)
    response = client.post("/cards/1/reviews", json={"grade": "good", "reviewed_on": "2024-05-10"})
    assert response.status_code == 200
    assert response.json()["interval_days"] == 10
    assert response.json()["due"] == "2024-05-20"


def test_forgotten_card_comes_back_tomorrow() -> None:
    client = TestClient(app)
    response = client.post("/cards/4/reviews", json={"grade": "again", "reviewed_on": "2024-06-02"})
    assert response.json()["due"] == "2024-06-03"


def test_unknown_card() -> None:
    client = TestClient(app)
    assert client.post("/cards/99/reviews", json={"grade": "good", "reviewed_on": "2024-05-10"}).status_code == 404


def test_bad_grade_is_rejected() -> None:
    client = TestClient(app)
    assert client.post("/cards/1/reviews", json={"grade": "perfect", "reviewed_on": "2024-05-10"}).status_code == 422
