import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "drivingschool.settings")
os.environ["DRIVINGSCHOOL_DB"] = ":memory:"
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def empty_tables():
    yield
    from pupils.models import Pupil

    Pupil.objects.all().delete()
