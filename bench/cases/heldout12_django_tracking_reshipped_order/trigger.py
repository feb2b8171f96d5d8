"""A customer whose lost parcel was sent again checks where the order is."""

import os
from datetime import datetime, timezone

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
from shipping.models import Shipment

Shipment.objects.create(order_ref="A-1002", carrier="dhl", tracking_number="JD-LOST",
                        shipped_at=datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc))
Shipment.objects.create(order_ref="A-1002", carrier="ups", tracking_number="1Z-RESENT",
                        shipped_at=datetime(2024, 3, 11, 15, 30, tzinfo=timezone.utc))
Client().get("/orders/A-1002/tracking/")
