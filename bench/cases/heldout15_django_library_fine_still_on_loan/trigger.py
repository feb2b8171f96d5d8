"""A member asks at the desk what they owe on a book they have not brought back yet."""

import os
from datetime import timedelta

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "branch.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from loans.models import Loan  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
today = timezone.localdate()
loan = Loan.objects.create(
    title="The Left Hand of Darkness",
    card="E-2042",
    lent_at=timezone.now() - timedelta(days=31),
    due_on=today - timedelta(days=10),
    returned_at=None,
)
Client().get(f"/loans/{loan.pk}/fine/")
