import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shipping.settings")
django.setup()


@pytest.fixture(scope="session", autouse=True)
def schema() -> None:
    from django.core.management import call_command

    call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(autouse=True)
def empty_tables(schema: None) -> None:
    from tracking.models import Shipment

    Shipment.objects.all().delete()
