import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(autouse=True)
def _empty_tables():
    yield
    from catalog.models import Product

    Product.objects.all().delete()
