"""The account page of a customer who signed up but never ordered asks for the last order."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

from orders.models import Customer

call_command("migrate", run_syncdb=True, verbosity=0)
newcomer = Customer.objects.create(name="Grace")
Client().get(f"/customers/{newcomer.pk}/last-order/")
