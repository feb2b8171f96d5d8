import json
from decimal import Decimal

import pytest
from django.test import Client

from tiers.models import Event, Tier


@pytest.fixture
def recital() -> Event:
    event = Event.objects.create(slug="piano-recital", name="Piano Recital")
    Tier.objects.create(event=event, name="Front stalls", price=Decimal("48.00"), capacity=40, sold=40, position=1)
    Tier.objects.create(event=event, name="Rear stalls", price=Decimal("32.50"), capacity=120, sold=85, position=2)
    return event


def test_tier_list(recital: Event) -> None:
    body = Client().get("/events/piano-recital/tiers").json()
    assert body["event"] == "Piano Recital"
    assert [(t["name"], t["price"], t["remaining"], t["sold_out"]) for t in body["tiers"]] == [
        ("Front stalls", "48.00", 0, True),
        ("Rear stalls", "32.50", 35, False),
    ]


def test_unknown_event() -> None:
    assert Client().get("/events/nothing-here/tiers").status_code == 404


def test_buy_and_sold_out(recital: Event) -> None:
    client = Client()
    rear = Tier.objects.get(name="Rear stalls")
    front = Tier.objects.get(name="Front stalls")
    bought = client.post(f"/events/piano-recital/tiers/{rear.id}/buy", json.dumps({"quantity": 4}), content_type="application/json")
    assert bought.status_code == 201
    assert Tier.objects.get(pk=rear.pk).sold == 89
    refused = client.post(f"/events/piano-recital/tiers/{front.id}/buy", json.dumps({"quantity": 1}), content_type="application/json")
    assert refused.status_code == 409


def test_buy_limit(recital: Event) -> None:
    rear = Tier.objects.get(name="Rear stalls")
    response = Client().post(f"/events/piano-recital/tiers/{rear.id}/buy", json.dumps({"quantity": 9}), content_type="application/json")
    assert response.status_code == 400
