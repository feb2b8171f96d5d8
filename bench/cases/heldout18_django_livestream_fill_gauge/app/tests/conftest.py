import os
from collections.abc import Iterator

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boxoffice.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()
call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def empty_database() -> Iterator[None]:
    from events.models import Event

    yield
    Event.objects.all().delete()
