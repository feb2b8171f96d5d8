"""TixHub refunds a whole order after the buyer's bank disputed the payment."""

import json
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boxoffice.settings")

import django

django.setup()

from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)

client = Client()
headers = {"HTTP_X_TIXHUB_TOKEN": "tixhub-dev-token"}
created = {
    "type": "order.created",
    "data": {
        "order": "TX-2048",
        "email": "sam@example.com",
        "tickets": [{"code": "QK7-101", "seat": "B1"}, {"code": "QK7-102", "seat": "B2"}],
    },
}
client.post("/webhooks/tixhub", json.dumps(created), content_type="application/json", **headers)
refunded = {"type": "order.refunded", "data": {"order": "TX-2048"}}
client.post("/webhooks/tixhub", json.dumps(refunded), content_type="application/json", **headers)
