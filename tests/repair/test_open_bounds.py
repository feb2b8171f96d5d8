"""A blank range bound the docstring says means "no limit": the comparison of the two
bounds needs both, and the query filters only by the bounds given; nothing is proposed when
the documentation is silent or refuses a blank, or a bound is read where None means
something this rule does not know."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.open_bounds import BlankBoundNoLimit
from tests.repair.adversarial import fix_and_check
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site
from tests.repair.crash_sites import crash_at

VIEWS = '''
    from django.http import JsonResponse

    from rooms.forms import SizeFilter
    from rooms.models import Room


    def rooms_by_size(request):
        """Rooms from ?smallest= to ?largest= square metres.

        An empty limit means no limit on that side.
        """
        form = SizeFilter(request.GET)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        smallest = form.cleaned_data["smallest"]
        largest = form.cleaned_data["largest"]
        if smallest > largest:
            return JsonResponse({"errors": "upside down"}, status=400)
        rooms = Room.objects.filter(size__gte=smallest, size__lte=largest).order_by("size")
        return JsonResponse({"rooms": [r.name for r in rooms]})


    def all_rooms(request):
        return JsonResponse({"rooms": [r.name for r in Room.objects.filter(size__gte=0)]})
'''

MESSAGE = "'>' not supported between instances of 'int' and 'NoneType'"


def _propose(tmp_path: Path, views: str = VIEWS,
             largest: str = "None") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"rooms/__init__.py": "", "rooms/views.py": views},
                              "rooms/views.py", "if smallest > largest:", "TypeError", MESSAGE,
                              {"smallest": "20", "largest": largest})
    return list(BlankBoundNoLimit().propose(site, analysis))


def test_the_bounds_given_limit_the_range_and_a_blank_one_does_not(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["rooms/views.py"]
    assert after == textwrap.dedent(VIEWS).lstrip("\n").replace(
        "if smallest > largest:",
        "if smallest is not None and largest is not None and smallest > largest:").replace(
        'Room.objects.filter(size__gte=smallest, size__lte=largest)',
        # Longer than any line of the file: the comprehension gets lines of its own.
        'Room.objects.filter(**{\n'
        '        lookup: bound for lookup, bound in {"size__gte": smallest, '
        '"size__lte": largest}.items()\n'
        '        if bound is not None\n'
        '    })')
    assert "Room.objects.filter(size__gte=0)" in after  # another view, left alone
    assert found[0].contract is not None and "no limit on that side" in found[0].contract


def test_a_file_with_longer_lines_keeps_the_filter_on_one_line(tmp_path: Path) -> None:
    wide = VIEWS + "\n    # " + "-" * 200 + "\n"
    after = _propose(tmp_path, wide)[0].edits["rooms/views.py"]
    assert ('Room.objects.filter(**{lookup: bound for lookup, bound in {"size__gte": smallest, '
            '"size__lte": largest}.items() if bound is not None}).order_by("size")') in after


def test_documentation_silent_about_a_blank_bound_backs_nothing(tmp_path: Path) -> None:
    silent = VIEWS.replace("An empty limit means no limit on that side.",
                           "Both limits are in square metres.")
    assert _propose(tmp_path, silent) == []


def test_documentation_refusing_a_blank_bound_backs_nothing(tmp_path: Path) -> None:
    refused = VIEWS.replace("An empty limit means no limit on that side.",
                            "An empty limit is rejected with a 400; there is no limit otherwise.")
    assert _propose(tmp_path, refused) == []


def test_a_bound_compared_with_an_item_backs_nothing(tmp_path: Path) -> None:
    # Whether None passes `room.size <= largest` or fails it is not this rule's to say.
    by_hand = VIEWS.replace(
        'rooms = Room.objects.filter(size__gte=smallest, size__lte=largest).order_by("size")',
        'rooms = [r for r in Room.objects.all() if smallest <= r.size <= largest]')
    assert _propose(tmp_path, by_hand) == []


def test_a_bound_given_to_another_function_backs_nothing(tmp_path: Path) -> None:
    handed = VIEWS.replace("size__lte=largest)", "size__lte=largest)[:cap(largest)]")
    assert _propose(tmp_path, handed) == []


def test_bounds_that_were_both_given_get_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, largest="10") == []


FORMS = '''
    from django import forms


    class SizeFilter(forms.Form):
        smallest = forms.IntegerField(required=False, min_value=0)
        largest = forms.IntegerField(required=False, min_value=0)
'''

MODELS = '''
    from django.db import models


    class Room(models.Model):
        name = models.CharField(max_length=40)
        size = models.IntegerField()

        class Meta:
            app_label = "rooms"
'''

APP = {
    **django_site("rooms"),
    "site_conf/urls.py": '''
        from django.urls import path

        from rooms import views

        urlpatterns = [path("rooms/", views.rooms_by_size), path("all/", views.all_rooms)]
    ''',
    "rooms/__init__.py": "",
    "rooms/forms.py": FORMS,
    "rooms/models.py": MODELS,
    "rooms/views.py": VIEWS,
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    # Rooms this test leaves behind are what a regression test running later meets.
    "tests/test_rooms.py": '''
        from django.test import Client

        from rooms.models import Room


        def test_a_range() -> None:
            Room.objects.all().delete()
            Room.objects.create(name="Attic", size=12)
            Room.objects.create(name="Hall", size=40)
            response = Client().get("/rooms/", {"smallest": "10", "largest": "20"})
            assert response.json() == {"rooms": ["Attic"]}
    ''',
}

TRIGGER = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from django.test import Client
Client().get("/rooms/?smallest=20&largest=")
"""

CHECK = TRIGGER.replace('Client().get("/rooms/?smallest=20&largest=")', '''
from rooms.models import Room
for name, size in [("Attic", 12), ("Hall", 40), ("Barn", 300)]:
    Room.objects.create(name=name, size=size)
assert Client().get("/rooms/?smallest=20&largest=").json() == {"rooms": ["Hall", "Barn"]}
assert Client().get("/rooms/?smallest=&largest=40").json() == {"rooms": ["Attic", "Hall"]}
assert Client().get("/rooms/?smallest=&largest=").json() == {"rooms": ["Attic", "Hall", "Barn"]}
assert Client().get("/rooms/?smallest=50&largest=20").status_code == 400
''')


def test_a_blank_largest_size_lists_every_room_from_the_smallest_up(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK, framework="django")
    assert data is not None and data["status"] == "fixed"
    assert "if bound is not None" in data["patch"]
