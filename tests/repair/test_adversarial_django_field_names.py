"""django_field_names under review: a migration renaming a field of the same name on
another model does not say what this model's field became."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_django_field_names import HELPDESK

MODELS = '''
    from django.db import models


    class Ticket(models.Model):
        class Meta:
            app_label = "helpdesk"

        subject = models.CharField(max_length=200)
        opened_at = models.DateTimeField(auto_now_add=True)
        # Who opened the ticket: renamed from `opened` to opened_by in 2.0.
        opened_by = models.CharField(max_length=100)
'''

VIEWS = '''
    from django.http import JsonResponse

    from helpdesk.models import Ticket


    def queue(request):
        return JsonResponse({"openers": list(Ticket.objects.values_list("opened", flat=True))})
'''

INVOICES = '''
    from django.db import models


    class Invoice(models.Model):
        class Meta:
            app_label = "billing"

        opened_at = models.DateTimeField()
'''

FIRST = '''
    from django.db import migrations, models


    class Migration(migrations.Migration):
        initial = True
        dependencies = []
        operations = [
            migrations.CreateModel(name="Invoice", fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True,
                                           serialize=False, verbose_name="ID")),
                ("opened", models.DateTimeField()),
            ]),
        ]
'''

# Billing's invoices, not the helpdesk's tickets.
RENAME = '''
    from django.db import migrations


    class Migration(migrations.Migration):
        dependencies = [("billing", "0001_initial")]
        operations = [
            migrations.RenameField(model_name="invoice", old_name="opened", new_name="opened_at"),
        ]
'''

TESTS = '''
    from helpdesk.models import Ticket


    def test_a_ticket_is_stored() -> None:
        Ticket.objects.create(subject="Printer", opened_by="ann")
        assert Ticket.objects.count() == 1
        Ticket.objects.all().delete()
'''

TRIGGER = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from django.test import Client
Client().get("/queue/")
"""

# The page lists who opened the tickets, not when.
CHECK = TRIGGER.replace('Client().get("/queue/")', '''
from helpdesk.models import Ticket
Ticket.objects.create(subject="Printer", opened_by="ann")
assert Client().get("/queue/").json() == {"openers": ["ann"]}
''')


def test_another_models_migration_does_not_rename_this_models_field(tmp_path: Path) -> None:
    settings = HELPDESK["site_conf/settings.py"].replace('"helpdesk"]', '"helpdesk", "billing"]')
    data = fix_and_check(tmp_path, {
        **HELPDESK, "site_conf/settings.py": settings, "helpdesk/models.py": MODELS,
        "helpdesk/views.py": VIEWS, "tests/test_models.py": TESTS,
        "billing/__init__.py": "", "billing/models.py": INVOICES,
        "billing/migrations/__init__.py": "", "billing/migrations/0001_initial.py": FIRST,
        "billing/migrations/0002_rename_opened.py": RENAME,
    }, TRIGGER, CHECK, framework="django")
    assert data is not None and '"opened_at"' not in (data["patch"] or "")
