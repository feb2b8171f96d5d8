from datetime import datetime, timezone

import pytest
from django.test import Client

from shipping.models import Shipment


@pytest.fixture(autouse=True)
def empty() -> None:
    Shipment.objects.all().delete()


def test_tracking() -> None:
    Shipment.objects.create(order_ref="A-1001", carrier="dhl", tracking_number="JD0001",
                            shipped_at=datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc))
    response = Client().get("/orders/A-1001/tracking/")
    assert response.status_code == 200
    assert response.json()["tracking_number"] == "JD0001"


def test_unknown_order() -> None:
    assert Client().get("/orders/A-9999/tracking/").status_code == 404


def test_carrier_shipments() -> None:
    Shipment.objects.create(order_ref="A-1", carrier="ups", tracking_number="1Z1")
    Shipment.objects.create(order_ref="A-2", carrier="dhl", tracking_number="JD2")
    assert [s["order"] for s in Client().get("/carriers/ups/shipments/").json()["shipments"]] == ["A-1"]
