import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studio_site.settings")
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def artists() -> dict[str, object]:
    from bookings.models import Artist

    Artist.objects.all().delete()
    return {
        "rosa": Artist.objects.create(name="Rosa Vidal", hourly_rate="120.00", deposit_percent=30),
        "kenji": Artist.objects.create(name="Kenji Mori", hourly_rate="95.00", deposit_percent=0),
    }
