from fastapi.testclient import TestClient

from clubhouse.api import MEMBERS, app

client = TestClient(app)


def test_display_name_defaults_to_the_username() -> None:
    MEMBERS.clear()
    response = client.post("/members", json={"username": "marta_k", "email": "Marta.K@example.com"})
    assert response.status_code == 201
    assert response.json()["display_name"] == "marta_k"
    assert client.get("/members/marta_k").json()["display_name"] == "marta_k"
    assert client.get("/members").json() == ["marta_k"]


def test_empty_display_name_also_shows_the_username() -> None:
    MEMBERS.clear()
    response = client.post("/members", json={"username": "olek", "email": "olek@example.com", "display_name": "  "})
    assert response.status_code == 201
    assert response.json()["display_name"] == "olek"


def test_given_display_name_is_kept() -> None:
    MEMBERS.clear()
    response = client.post("/members", json={"username": "li_wei", "email": "li@example.com", "display_name": "Li Wei"})
    assert response.json()["display_name"] == "Li Wei"
