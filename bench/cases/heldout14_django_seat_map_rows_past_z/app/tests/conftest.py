import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
django.setup()


@pytest.fixture(scope="session", autouse=True)
def database() -> None:
    from django.core.management import call_command

    call_command("migrate", run_syncdb=True, verbosity=0)
