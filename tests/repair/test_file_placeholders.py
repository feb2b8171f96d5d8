"""A Django file field without a file: the placeholder constant the documentation names,
imported from the module defining it; nothing when the documentation is silent, refuses
the record, or names no text constant."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.file_placeholders import FilePlaceholder
from tests.repair.crash_sites import crash_at

MODELS = '''
    from django.db import models

    #: What the team page shows for someone who has not uploaded a portrait.
    NO_PORTRAIT = "/static/team/silhouette.png"


    class Member(models.Model):
        name = models.CharField(max_length=50)
        portrait = models.ImageField(upload_to="portraits/", blank=True)

        class Meta:
            app_label = "team"
'''

VIEWS = '''
    from team.models import Member


    def as_card(member: Member) -> dict[str, str]:
        """A member for the team page; a member without a portrait gets NO_PORTRAIT."""
        return {"name": member.name, "portrait": member.portrait.url}


    def as_admin_row(member: Member) -> dict[str, str]:
        return {"name": member.name, "portrait": member.portrait.url}
'''

MESSAGE = "The 'portrait' attribute has no file associated with it."


def _propose(tmp_path: Path, views: str = VIEWS, models: str = MODELS) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"team/__init__.py": "", "team/models.py": models,
                                         "team/views.py": views},
                              "team/views.py", '"portrait": member.portrait.url', "ValueError",
                              MESSAGE, {"member": "<Member: Member object (1)>"})
    return list(FilePlaceholder().propose(site, analysis))


def test_the_documented_placeholder_is_imported_and_used(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(VIEWS).lstrip("\n")
    after = before.replace(
        "from team.models import Member\n",
        "from team.models import Member\nfrom team.models import NO_PORTRAIT\n").replace(
        '"portrait": member.portrait.url}',
        '"portrait": (member.portrait.url if member.portrait else NO_PORTRAIT)}', 1)
    assert found[0].edits["team/views.py"] == after
    # The undocumented admin row keeps its read.
    assert after.count('"portrait": member.portrait.url}') == 1


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = VIEWS.replace("; a member without a portrait gets NO_PORTRAIT.", ".")
    assert _propose(tmp_path, silent) == []


def test_a_refused_record_backs_nothing(tmp_path: Path) -> None:
    refused = VIEWS.replace("a member without a portrait gets NO_PORTRAIT.",
                            "a member without a portrait is an error (NO_PORTRAIT is for "
                            "guests).")
    assert _propose(tmp_path, refused) == []


def test_a_name_that_is_no_text_constant_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, models=MODELS.replace("NO_PORTRAIT = ", "OTHER = ")) == []
