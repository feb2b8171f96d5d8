import uuid
from datetime import datetime, timezone

import pytest
from django.test import Client

from parcels.models import Shipment, TrackingEvent


@pytest.fixture
def shipment() -> Shipment:
    Shipment.objects.all().delete()
    shipment = Shipment.objects.create(carrier="DHL", status="in transit")
    TrackingEvent.objects.create(shipment=shipment, at=datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc), description="Picked up")
    return shipment


def test_track(shipment: Shipment) -> None:
    assert Client().get(f"/track/{shipment.token}/").json() == {"carrier": "DHL", "status": "in transit"}


def test_unknown_shipment(shipment: Shipment) -> None:
    assert Client().get(f"/track/{uuid.uuid4()}/").status_code == 404


def test_events(shipment: Shipment) -> None:
    assert Client().get(f"/track/{shipment.token}/events.json").json() == {
        "events": [{"at": "2026-03-02T09:30:00+00:00", "description": "Picked up"}]
    }


def test_events_of_a_malformed_link() -> None:
    assert Client().get("/track/not-a-token/events.json").status_code == 404
