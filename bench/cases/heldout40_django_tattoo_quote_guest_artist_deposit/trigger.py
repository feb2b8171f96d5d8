"""A guest artist is in for the week; a client asks the site for a two-hour quote."""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studio_site.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from bookings.models import Artist  # noqa: E402

call_command("migrate", verbosity=0)
Artist.objects.create(name="Rosa Vidal", hourly_rate="120.00", deposit_percent=30)
guest = Artist.objects.create(name="Lee Harlow", hourly_rate="110.00", guest=True)
Client().get(f"/artists/{guest.id}/quote?hours=2")
