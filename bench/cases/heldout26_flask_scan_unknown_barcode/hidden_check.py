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


def test_unknown_barcode_is_refused_with_its_reason_code(client: FlaskClient) -> None:
    response = client.post("/events/7/scan", json={"barcode": "EV7-4F2A-0917"}, headers={"X-Gate": "north"})
    assert response.status_code == 200
    assert response.get_json() == {"admit": False, "reason": "unknown_ticket", "message": "Not one of our tickets"}
    assert client.get("/events/7/attendance").get_json()["admitted"] == 0


def test_valid_tickets_still_scan_after_a_fake_one(client: FlaskClient) -> None:
    client.post("/events/7/scan", json={"barcode": "XX-0000"})
    response = client.post("/events/7/scan", json={"barcode": "EV7-4F2A-0003"})
    assert response.get_json()["admit"] is True
    assert response.get_json()["holder"] == "Jun Park"
