import pytest
from flask.testing import FlaskClient

from doorscan import tickets
from doorscan.web import create_app


@pytest.fixture
def client() -> FlaskClient:
    tickets.reset()
    app = create_app()
    app.testing = True
    return app.test_client()


def test_admits_a_valid_ticket(client: FlaskClient) -> None:
    response = client.post("/events/7/scan", json={"barcode": "ev7-4f2a-0002 "}, headers={"X-Gate": "north"})
    assert response.status_code == 200
    assert response.get_json() == {
        "admit": True,
        "reason": "ok",
        "message": "Welcome in",
        "holder": "Omar Haddad",
        "tier": "VIP",
    }
    assert client.get("/events/7/attendance").get_json() == {"event": 7, "admitted": 1}


def test_second_scan_is_refused(client: FlaskClient) -> None:
    client.post("/events/7/scan", json={"barcode": "EV7-4F2A-0001"}, headers={"X-Gate": "north"})
    again = client.post("/events/7/scan", json={"barcode": "EV7-4F2A-0001"})
    assert again.status_code == 200
    assert again.get_json() == {"admit": False, "reason": "already_scanned", "message": "Already used", "gate": "north"}


def test_ticket_for_another_night(client: FlaskClient) -> None:
    response = client.post("/events/7/scan", json={"barcode": "EV8-91C0-0001"})
    assert response.status_code == 200
    assert response.get_json()["reason"] == "wrong_event"
    assert client.get("/events/8/attendance").get_json()["admitted"] == 0
