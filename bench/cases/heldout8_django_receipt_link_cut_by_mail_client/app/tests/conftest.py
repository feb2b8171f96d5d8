import os
from collections.abc import Iterator

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings")
django.setup()


@pytest.fixture(scope="session", autouse=True)
def _schema() -> None:
    from django.core.management import call_command

    call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(autouse=True)
def _empty_tables() -> Iterator[None]:
    yield
    from receipts.models import Receipt

    Receipt.objects.all().delete()
