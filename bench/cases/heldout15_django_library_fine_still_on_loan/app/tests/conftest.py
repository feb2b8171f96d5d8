import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "branch.settings")
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(autouse=True)
def empty_tables():
    from loans.models import Loan

    Loan.objects.all().delete()
    yield
