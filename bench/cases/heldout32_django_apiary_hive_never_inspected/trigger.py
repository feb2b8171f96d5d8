"""Monday morning: the apiary manager opens the inspection rota after a swarm was hived."""

import os
from datetime import date

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "apiary_site.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from hives.models import Hive, Inspection  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
bramble = Hive.objects.create(name="Bramble", apiary="Orchard", installed_on=date(2023, 4, 20))
Inspection.objects.create(hive=bramble, inspected_on=date(2024, 5, 30), queen_seen=True)
heather = Hive.objects.create(name="Heather", apiary="Moor", installed_on=date(2022, 6, 1))
Inspection.objects.create(hive=heather, inspected_on=date(2024, 6, 6), notes="supered")
# Caught in the hedge on Saturday and hived in a spare box; nobody has opened it yet.
Hive.objects.create(name="Hedge swarm", apiary="Orchard", installed_on=date(2024, 6, 8))

Client().get("/inspections/due/?on=2024-06-10")
