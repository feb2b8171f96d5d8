from datetime import date

from django.test import Client

from tracking.models import Shipment


def test_parcel_still_in_the_warehouse_counts_from_the_promised_dispatch_date() -> None:
    Shipment.objects.create(reference="SO-2230", carrier="gls-parcel", dispatch_by=date(2024, 5, 8))
    response = Client().get("/track/SO-2230/")
    assert response.status_code == 200
    assert response.json() == {
        "reference": "SO-2230",
        "carrier": "gls-parcel",
        "status": "preparing",
        "tracking_number": None,
        "estimated_delivery": "2024-05-11",
    }


def test_estimate_before_and_after_hand_over() -> None:
    shipment = Shipment(reference="SO-2231", carrier="freight", dispatch_by=date(2024, 12, 27))
    assert shipment.estimated_delivery() == date(2025, 1, 2)
    shipment.handed_over_on = date(2024, 12, 30)
    assert shipment.estimated_delivery() == date(2025, 1, 5)
