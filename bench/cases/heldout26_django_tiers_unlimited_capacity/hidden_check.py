import json
from decimal import Decimal

import pytest
from django.test import Client

from tiers.models import Event, Tier


@pytest.fixture
def festival() -> Event:
    event = Event.objects.create(slug="harbour-festival", name="Harbour Festival")
    Tier.objects.create(event=event, name="Grandstand", price=Decimal("65.00"), capacity=300, sold=300, position=1)
    Tier.objects.create(event=event, name="Standing field", price=Decimal("39.00"), capacity=None, sold=1840, position=2)
    Tier.objects.create(event=event, name="Livestream", price=Decimal("12.00"), capacity=None, sold=0, position=3)
    return event


def test_unlimited_tiers_are_listed_without_a_count_and_never_sold_out(festival: Event) -> None:
    response = Client().get("/events/harbour-festival/tiers")
    assert response.status_code == 200
    tiers = response.json()["tiers"]
    assert [(t["name"], t["price"], t["remaining"], t["sold_out"]) for t in tiers] == [
        ("Grandstand", "65.00", 0, True),
        ("Standing field", "39.00", None, False),
        ("Livestream", "12.00", None, False),
    ]


def test_unlimited_tier_still_sells(festival: Event) -> None:
    standing = Tier.objects.get(name="Standing field")
    response = Client().post(
        f"/events/harbour-festival/tiers/{standing.id}/buy", json.dumps({"quantity": 2}), content_type="application/json"
    )
    assert response.status_code == 201
