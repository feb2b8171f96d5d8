from django.test import Client

from parcels.models import Shipment


def test_cut_short_link_is_not_found() -> None:
    assert Client().get("/track/5b1c0e7a-93d2-4f6e-b0a4-1c2d/").status_code == 404
    assert Client().get("/track/hello/").status_code == 404


def test_whole_link_still_tracks() -> None:
    Shipment.objects.all().delete()
    shipment = Shipment.objects.create(carrier="UPS", status="delivered")
    assert Client().get(f"/track/{shipment.token}/").json() == {"carrier": "UPS", "status": "delivered"}
