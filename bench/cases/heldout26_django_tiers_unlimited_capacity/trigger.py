"""A visitor opens the Harbour Festival's page; its standing field is an unlimited tier."""

import os
from decimal import Decimal

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boxoffice.settings")

import django

django.setup()

from django.core.management import call_command
from django.test import Client

from tiers.models import Event, Tier

call_command("migrate", run_syncdb=True, verbosity=0)
festival = Event.objects.create(slug="harbour-festival", name="Harbour Festival")
Tier.objects.create(event=festival, name="Grandstand", price=Decimal("65.00"), capacity=300, sold=212, position=1)
Tier.objects.create(event=festival, name="Standing field", price=Decimal("39.00"), capacity=None, sold=1840, position=2)

Client().get("/events/harbour-festival/tiers")
