import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402

call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def db():
    """Every test in a transaction rolled back at its end."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
