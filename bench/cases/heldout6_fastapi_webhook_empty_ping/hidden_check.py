from fastapi.testclient import TestClient

from shipping_hooks.api import app
from shipping_hooks.tracking import PARCELS


def test_ping_is_acknowledged() -> None:
    before = {number: list(parcel.history) for number, parcel in PARCELS.items()}
    response = TestClient(app).post("/hooks/carrier", content=b"")
    assert response.status_code == 204
    assert {number: list(parcel.history) for number, parcel in PARCELS.items()} == before


def test_events_still_recorded() -> None:
    client = TestClient(app)
    assert client.post("/hooks/carrier", json={"tracking_number": "JD0999", "status": "delivered"}).status_code == 204
    assert client.get("/parcels/JD0999").json()["status"] == "delivered"
