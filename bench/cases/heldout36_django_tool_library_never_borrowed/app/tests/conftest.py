import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "toolshed.settings")
os.environ["TOOLSHED_DB"] = ":memory:"
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402


@pytest.fixture(scope="session")
def database() -> None:
    call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def empty_tables(database: None):
    from lending.models import Loan, Tool

    yield
    Loan.objects.all().delete()
    Tool.objects.all().delete()


@pytest.fixture
def client() -> Client:
    return Client()
