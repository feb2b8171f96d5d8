import pytest
from fastapi.testclient import TestClient

from events import store
from events.api import app


@pytest.fixture(autouse=True)
def registered() -> None:
    store.reset(
        store.Attendee("Ada Lovelace", "ada@example.com", "speaker"),
        store.Attendee("Bob Stone", "bob@example.com", "standard"),
    )


def test_register() -> None:
    client = TestClient(app)
    assert client.post("/attendees", json={"name": " Cy Young ", "email": "CY@example.com"}).status_code == 201
    assert client.get("/attendees/badges.txt").content.decode("utf-8-sig") == "Ada Lovelace\nBob Stone\nCy Young\n"


def test_export_csv() -> None:
    response = TestClient(app).get("/attendees.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "Ada Lovelace,ada@example.com,speaker" in response.text
