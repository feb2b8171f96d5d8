"""Django's "Cannot resolve keyword 'X' into field": the lookup names the one field the
code points at, keeping its ``-`` prefix and ``__`` suffixes; ambiguity is declined."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.django_field_names import DjangoFieldNames
from tests.repair.apps import DJANGO_TEST_CONFTEST, capture_event, django_site, make_repo, run_fix
from tests.repair.crash_sites import crash_at

MODELS = '''
    from django.db import models


    class Ticket(models.Model):
        subject = models.CharField(max_length=200)
        priority = models.IntegerField(default=2)
        # Every timestamp ends in _at: `opened` and `closed` were renamed in migration 0007.
        opened_at = models.DateTimeField()
        closed_at = models.DateTimeField(null=True)
'''

VIEWS = '''
    from helpdesk.models import Ticket


    def queue():
        return list(Ticket.objects.filter(closed_at__isnull=True).order_by("-priority", "-opened"))


    def since(day):
        return Ticket.objects.filter(opened__date__gte=day, priority=3).count()


    def legacy():
        # Another query the crash does not run keeps its own names.
        return Ticket.objects.order_by("opened")
'''

CHOICES = "closed_at, id, opened_at, priority, subject"


def _propose(tmp_path: Path, files: dict[str, str], needle: str, message: str,
             ) -> list[tuple[str, str | None]]:
    site, analysis = crash_at(tmp_path, files, "helpdesk/views.py", needle, "FieldError",
                              message)
    return [(c.edits["helpdesk/views.py"], c.contract)
            for c in DjangoFieldNames().propose(site, analysis)]


def _unresolved(name: str, choices: str = CHOICES) -> str:
    return f"Cannot resolve keyword '{name}' into field. Choices are: {choices}"


def test_the_renamed_field_keeps_its_descending_prefix(tmp_path: Path) -> None:
    [(after, contract)] = _propose(tmp_path, {"helpdesk/models.py": MODELS,
                                              "helpdesk/views.py": VIEWS},
                                   "return list(", _unresolved("opened"))
    before = textwrap.dedent(VIEWS).lstrip("\n")
    assert after == before.replace('order_by("-priority", "-opened")',
                                   'order_by("-priority", "-opened_at")')
    assert contract is not None and "were renamed in migration 0007" in contract
    assert 'return Ticket.objects.order_by("opened")' in after  # not the crash's statement


def test_a_keyword_lookup_keeps_its_suffixes(tmp_path: Path) -> None:
    [(after, _)] = _propose(tmp_path, {"helpdesk/models.py": MODELS, "helpdesk/views.py": VIEWS},
                            "opened__date__gte", _unresolved("opened"))
    assert "filter(opened_at__date__gte=day, priority=3)" in after


def test_a_migration_names_a_new_name_that_is_not_close(tmp_path: Path) -> None:
    migration = '''
        from django.db import migrations


        class Migration(migrations.Migration):
            operations = [
                migrations.RenameField(model_name="ticket", old_name="opened", new_name="created"),
            ]
    '''
    models = MODELS.replace("        # Every timestamp", "        # Every time").replace(
        "opened_at = ", "created = ")
    [(after, contract)] = _propose(
        tmp_path, {"helpdesk/models.py": models, "helpdesk/views.py": VIEWS,
                   "helpdesk/migrations/0007_rename.py": migration},
        "return list(", _unresolved("opened", "closed_at, created, id, priority, subject"))
    assert 'order_by("-priority", "-created")' in after
    assert contract is not None and "renames `opened` to `created`" in contract


def test_a_unique_close_choice_backs_the_rename(tmp_path: Path) -> None:
    models = MODELS.replace("    # Every timestamp ends in _at: `opened` and `closed` were "
                            "renamed in migration 0007.\n", "")
    [(after, contract)] = _propose(tmp_path, {"helpdesk/models.py": models,
                                              "helpdesk/views.py": VIEWS},
                                   "return list(", _unresolved("opened"))
    assert '"-opened_at"' in after
    assert contract is not None and "only field" in contract


def test_two_close_choices_are_declined(tmp_path: Path) -> None:
    models = MODELS.replace("    # Every timestamp ends in _at: `opened` and `closed` were "
                            "renamed in migration 0007.\n", "")
    assert _propose(tmp_path, {"helpdesk/models.py": models, "helpdesk/views.py": VIEWS},
                    "return list(",
                    _unresolved("opened", "closed_at, id, opened_at, opened_by, subject")) == []
    # And a name close to nothing is not guessed either.
    assert _propose(tmp_path, {"helpdesk/models.py": models, "helpdesk/views.py": VIEWS},
                    "return list(", _unresolved("opened", "closed_at, id, subject")) == []


def test_other_errors_get_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, {"helpdesk/models.py": MODELS, "helpdesk/views.py": VIEWS},
                    "return list(", "Related Field got invalid lookup: opened") == []


HELPDESK = {
    **django_site("helpdesk"),
    "site_conf/urls.py": '''
        from django.urls import path

        from helpdesk import views

        urlpatterns = [path("queue/", views.queue)]
    ''',
    "helpdesk/__init__.py": "",
    "helpdesk/models.py": MODELS.replace(
        "class Ticket(models.Model):",
        'class Ticket(models.Model):\n        class Meta:\n            app_label = "helpdesk"\n'),
    "helpdesk/views.py": '''
        from django.http import JsonResponse

        from helpdesk.models import Ticket


        def queue(request):
            tickets = Ticket.objects.filter(closed_at__isnull=True).order_by("-priority", "opened")
            return JsonResponse({"queue": [t.subject for t in tickets]})
    ''',
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_models.py": '''
        from datetime import UTC, datetime

        from helpdesk.models import Ticket


        def test_a_ticket_is_stored() -> None:
            Ticket.objects.create(subject="Printer", opened_at=datetime(2026, 3, 2, tzinfo=UTC))
            assert Ticket.objects.count() == 1
            Ticket.objects.all().delete()
    ''',
}


def test_a_renamed_ordering_field_is_fixed_end_to_end(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", HELPDESK)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        import django
        django.setup()
        from django.core.management import call_command
        call_command("migrate", run_syncdb=True, verbosity=0)
        from django.test import Client
        Client().get("/queue/")
    """, framework="django")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert data["strategy"] == "django-field-names"
    assert '+    tickets = Ticket.objects.filter(closed_at__isnull=True).order_by("-priority", ' \
        '"opened_at")' in data["patch"]
    assert "assert result.status_code == 200" in data["regression_test"]["content"]
