import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boxoffice.settings")
os.environ["BOXOFFICE_DB"] = ":memory:"
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def empty_database():
    from tickets.models import Event

    Event.objects.all().delete()
    yield
