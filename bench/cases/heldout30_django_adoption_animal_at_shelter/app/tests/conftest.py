import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rehoming.settings")
django.setup()

from animals.models import Animal, FosterHome  # noqa: E402
from django.core.management import call_command  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def database() -> None:
    call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def empty_tables(database: None) -> None:
    Animal.objects.all().delete()
    FosterHome.objects.all().delete()
