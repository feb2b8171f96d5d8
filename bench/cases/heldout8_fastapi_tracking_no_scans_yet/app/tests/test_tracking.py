from fastapi.testclient import TestClient
from parcels.api import app

client = TestClient(app)


def test_latest_scan_is_the_status() -> None:
    body = client.get("/shipments/PX-100/tracking").json()
    assert body["status"] == "out_for_delivery"
    assert body["location"] == "Salford"
    assert body["last_update"] == "2026-04-02T17:00:00Z"


def test_single_scan() -> None:
    assert client.get("/shipments/PX-101/tracking").json()["status"] == "collected"


def test_unknown_shipment() -> None:
    assert client.get("/shipments/NOPE/tracking").status_code == 404
