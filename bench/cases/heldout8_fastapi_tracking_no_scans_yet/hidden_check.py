from fastapi.testclient import TestClient
from parcels.api import LABEL_CREATED, app

client = TestClient(app)


def test_packed_but_not_scanned_is_label_created() -> None:
    response = client.get("/shipments/PX-102/tracking")
    assert response.status_code == 200
    assert response.json() == {
        "number": "PX-102",
        "carrier": "DPD",
        "status": LABEL_CREATED,
        "location": None,
        "last_update": None,
    }


def test_scanned_shipments_unchanged() -> None:
    assert client.get("/shipments/PX-100/tracking").json()["status"] == "out_for_delivery"
    assert client.get("/shipments/PX-101/tracking").json()["location"] == "York"
    assert client.get("/shipments/NOPE/tracking").status_code == 404
