import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parcels.settings")
django.setup()


@pytest.fixture(autouse=True)
def fresh_shipments() -> None:
    from parcels import shipments

    shipments.reset()
