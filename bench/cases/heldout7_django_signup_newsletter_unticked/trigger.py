"""A visitor signs up without ticking the newsletter box."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
Client().post("/signup/", {"email": "bo@example.com", "name": "Bo"})
