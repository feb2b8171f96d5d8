"""A reader clicks the unsubscribe link that their mail client cut short."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
from mailing.models import Subscriber

token = str(Subscriber.objects.create(email="ann@example.com").token)
Client().get("/unsubscribe/", {"t": token[:23]})
