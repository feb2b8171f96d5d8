import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "apiary_site.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()
call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(autouse=True)
def empty_database() -> None:
    from hives.models import Hive

    Hive.objects.all().delete()
