import pytest
from fastapi.testclient import TestClient

from flashcards import store
from flashcards.api import app


@pytest.fixture(autouse=True)
def fresh() -> None:
    store.reset()


@pytest.mark.parametrize("grade", ["hard", "good", "easy"])
def test_first_pass_comes_back_after_the_first_interval(grade: str) -> None:
    client = TestClient(app)
    response = client.post("/cards/3/reviews", json={"grade": grade, "reviewed_on": "2024-05-10"})
    assert response.status_code == 200
    assert response.json() == {
        "id": 3,
        "front": "el puente",
        "back": "the bridge",
        "interval_days": 1,
        "due": "2024-05-11",
    }


def test_new_card_then_grows_like_any_other() -> None:
    client = TestClient(app)
    client.post("/cards/3/reviews", json={"grade": "good", "reviewed_on": "2024-05-10"})
    second = client.post("/cards/3/reviews", json={"grade": "easy", "reviewed_on": "2024-05-11"})
    assert second.json()["interval_days"] == 4
    assert second.json()["due"] == "2024-05-15"
    due = client.get("/decks/spanish/due", params={"on": "2024-05-12"}).json()
    assert "el puente" not in [card["front"] for card in due]


def test_other_cards_unchanged() -> None:
    client = TestClient(app)
    assert client.post("/cards/1/reviews", json={"grade": "good", "reviewed_on": "2024-05-10"}).json()["interval_days"] == 10
    assert client.post("/cards/2/reviews", json={"grade": "again", "reviewed_on": "2024-05-10"}).json()["interval_days"] == 1
