import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studio.settings")
django.setup()

from django.core.management import call_command  # noqa: E402


@pytest.fixture(autouse=True)
def database():
    call_command("migrate", verbosity=0)
    from episodes.models import Episode

    Episode.objects.all().delete()
    yield
