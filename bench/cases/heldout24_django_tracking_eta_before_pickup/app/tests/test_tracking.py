from datetime import date

from django.test import Client

from tracking.models import Shipment


def test_in_transit() -> None:
    Shipment.objects.create(
        reference="SO-2201",
        carrier="dpd-classic",
        dispatch_by=date(2024, 5, 6),
        handed_over_on=date(2024, 5, 7),
        tracking_number="01234567890123",
    )
    response = Client().get("/track/SO-2201/")
    assert response.status_code == 200
    assert response.json() == {
        "reference": "SO-2201",
        "carrier": "dpd-classic",
        "status": "in transit",
        "tracking_number": "01234567890123",
        "estimated_delivery": "2024-05-10",
    }


def test_delivered() -> None:
    Shipment.objects.create(
        reference="SO-2202",
        carrier="dhl-paket",
        dispatch_by=date(2024, 5, 6),
        handed_over_on=date(2024, 5, 6),
        delivered_on=date(2024, 5, 7),
        tracking_number="JJD000390007",
    )
    body = Client().get("/track/SO-2202/").json()
    assert body["status"] == "delivered"
    assert body["delivered_on"] == "2024-05-07"
    assert "estimated_delivery" not in body


def test_unknown_reference() -> None:
    assert Client().get("/track/SO-0000/").status_code == 404
