"""Doors open: a wet ticket will not scan, so the steward types its code into the door app."""

import datetime as dt
import json
import os
import tempfile

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boxoffice.settings")
os.environ["BOXOFFICE_DB"] = os.path.join(tempfile.mkdtemp(prefix="boxoffice-"), "db.sqlite3")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from tickets.models import Event, Ticket  # noqa: E402

call_command("migrate", verbosity=0)
event = Event.objects.create(
    id=42,
    name="The Mountain Goats",
    venue="Vicar Street",
    starts_at=dt.datetime(2024, 5, 18, 19, 30, tzinfo=dt.UTC),
)
Ticket.objects.create(event=event, serial=122, holder="Aoife Walsh")
Ticket.objects.create(event=event, serial=123, holder="Niamh Byrne")

door = Client()
door.post(
    "/checkin/", data=json.dumps({"code": "EVT-0042-000122\n"}), content_type="application/json"
)
door.post(
    "/checkin/", data=json.dumps({"code": "evt-0042-000123"}), content_type="application/json"
)
