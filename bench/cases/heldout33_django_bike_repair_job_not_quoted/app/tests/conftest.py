import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workshop.settings")
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def demo_data() -> None:
    from repairs.demo import load

    load()
