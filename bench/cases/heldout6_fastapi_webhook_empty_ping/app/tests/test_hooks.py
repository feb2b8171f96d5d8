from fastapi.testclient import TestClient

from shipping_hooks.api import app


def test_event_updates_the_parcel() -> None:
    client = TestClient(app)
    response = client.post("/hooks/carrier", json={"tracking_number": "JD0142", "status": "out_for_delivery"})
    assert response.status_code == 204
    assert client.get("/parcels/JD0142").json()["status"] == "out_for_delivery"


def test_unknown_status_reads_in_transit() -> None:
    client = TestClient(app)
    client.post("/hooks/carrier", json={"tracking_number": "JD0143", "status": "at_hub_7"})
    assert client.get("/parcels/JD0143").json()["status"] == "in_transit"
