import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitecfg.settings")
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)


@pytest.fixture(autouse=True)
def empty_database():
    from polls.models import Question

    Question.objects.all().delete()
    yield
