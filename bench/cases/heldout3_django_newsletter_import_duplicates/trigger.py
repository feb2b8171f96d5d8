"""The events team imports the sign-up sheet of the spring fair, where one visitor signed twice."""

import json
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
sheet = ["maria.lopez@example.com", "T.Okafor@example.org", "", "jan.novak@example.cz", "t.okafor@example.org "]
Client().post("/subscribers/import/", json.dumps(sheet), content_type="application/json")
