"""A shopper types in the Black Friday code, which ends on Sunday night."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from datetime import timedelta

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from coupons.models import Coupon

call_command("migrate", run_syncdb=True, verbosity=0)
Coupon.objects.create(code="blackfriday", percent_off=30,
                      expires_at=timezone.now() + timedelta(days=3))
Client().get("/coupons/blackfriday/")
