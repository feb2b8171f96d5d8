"""Someone who closed an account in 2021 and opened a new one asks for a password reset."""

import os
from datetime import datetime, timezone

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

from accounts.models import Account

call_command("migrate", run_syncdb=True, verbosity=0)
Account.objects.create(
    email="grace@example.com", display_name="Grace (old)", is_active=False,
    created_at=datetime(2021, 1, 5, tzinfo=timezone.utc),
)
Account.objects.create(
    email="Grace@Example.com", display_name="Grace", created_at=datetime(2024, 6, 2, tzinfo=timezone.utc)
)
Client().post("/password-reset/", {"email": "grace@example.com"})
