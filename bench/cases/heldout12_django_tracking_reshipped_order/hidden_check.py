from datetime import datetime, timezone

import pytest
from django.test import Client

from shipping.models import Shipment


@pytest.fixture(autouse=True)
def empty() -> None:
    Shipment.objects.all().delete()


def test_reshipped_order_tracks_the_latest_parcel() -> None:
    Shipment.objects.create(order_ref="A-1002", carrier="dhl", tracking_number="JD-LOST",
                            shipped_at=datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc))
    Shipment.objects.create(order_ref="A-1002", carrier="ups", tracking_number="1Z-RESENT",
                            shipped_at=datetime(2024, 3, 11, 15, 30, tzinfo=timezone.utc))
    response = Client().get("/orders/A-1002/tracking/")
    assert response.status_code == 200
    assert response.json()["tracking_number"] == "1Z-RESENT"
    assert response.json()["carrier"] == "ups"


def test_unknown_order_is_still_a_404() -> None:
    Shipment.objects.create(order_ref="A-1003", carrier="dhl", tracking_number="JD3")
    assert Client().get("/orders/A-404/tracking/").status_code == 404
    assert Client().get("/orders/A-1003/tracking/").json()["tracking_number"] == "JD3"
