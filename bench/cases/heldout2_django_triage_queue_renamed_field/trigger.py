"""The on-call engineer opens the triage queue at the start of the shift."""

import os
from datetime import datetime, timezone

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

from helpdesk.models import Ticket

call_command("migrate", run_syncdb=True, verbosity=0)
Ticket.objects.create(subject="Cannot log in", priority=Ticket.URGENT, opened_at=datetime(2026, 3, 2, 8, tzinfo=timezone.utc))
Ticket.objects.create(subject="New laptop", priority=Ticket.LOW, opened_at=datetime(2026, 3, 1, 8, tzinfo=timezone.utc))
Client().get("/tickets/queue/")
