import os
from collections.abc import Iterator

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinicsite.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402

call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def rollback() -> Iterator[None]:
    """Every test sees the freshly migrated, empty database."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
