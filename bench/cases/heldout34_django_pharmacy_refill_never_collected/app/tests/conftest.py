import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pharmacy_site.settings")
django.setup()

from django.core.management import call_command  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def database() -> None:
    call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(autouse=True)
def empty_tables(database: None):
    from prescriptions.models import Prescription

    yield
    Prescription.objects.all().delete()
