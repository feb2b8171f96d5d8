from django.test import Client

from parcels.shipments import SHIPMENTS


def test_van_shipment_has_no_tracking_link() -> None:
    response = Client().get("/shipments/RDC-10490/")
    assert response.status_code == 200
    assert response.json() == {
        "reference": "RDC-10490",
        "carrier": "Own van (depot run)",
        "destination": "Amersfoort",
        "expected_on": "2025-05-14",
        "tracking_url": None,
    }


def test_tracked_carriers_keep_their_links() -> None:
    assert Client().get("/shipments/RDC-10482/").json()["tracking_url"] == (
        "https://www.dhl.com/nl-en/home/tracking.html?tracking-id=JVGL0599"
    )
    assert set(SHIPMENTS) >= {"RDC-10481", "RDC-10482", "RDC-10490"}
