"""Django's "Cannot resolve keyword 'X' into field": the lookup names the one field the
code points at, keeping its ``-`` prefix and ``__`` suffixes; ambiguity is declined."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.django_field_names import DjangoFieldNames
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
