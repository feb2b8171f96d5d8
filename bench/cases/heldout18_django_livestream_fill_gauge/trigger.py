"""The box office puts a livestream on sale; the sales dashboard opens its page."""

import os
from datetime import datetime, timezone

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boxoffice.settings")

import django

django.setup()

from django.core.management import call_command
from django.test import Client

from events.models import UNLIMITED, Event, Ticket

call_command("migrate", verbosity=0)
stream = Event.objects.create(
    title="Harbour Proms (livestream)",
    starts_at=datetime(2024, 7, 20, 19, 0, tzinfo=timezone.utc),
    capacity=UNLIMITED,
)
for holder in ("A. Finch", "B. Osei", "C. Ruiz"):
    Ticket.objects.create(event=stream, holder=holder)

Client(HTTP_HOST="tickets.harbourarts.example").get(f"/events/{stream.pk}/")
