"""declared-none-value: a field None by design, used as a number, takes the constant the
code names for its None; nothing where the code is silent, refuses, or names two."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.declared_none_values import DeclaredNoneValue
from tests.repair.crash_sites import crash_at

PLANS = '''
    from dataclasses import dataclass


    @dataclass
    class Subscription:
        id: int
        #: Weeks between deliveries; None for the standard plan (schedule.DEFAULT_INTERVAL_WEEKS).
        every_weeks: int | None = None
'''

SCHEDULE = '''
    from datetime import timedelta

    from roastery.plans import Subscription

    #: The standard plan: a bag every fortnight.
    DEFAULT_INTERVAL_WEEKS = 2
    #: The most deliveries a page lists.
    MAX_UPCOMING = 12


    def step(sub: Subscription) -> timedelta:
        return timedelta(weeks=sub.every_weeks)


    def unrelated(weeks: int) -> int:
        return weeks * 7
'''

STEP = "timedelta(weeks=sub.every_weeks)"
SUB = "Subscription(id=3, every_weeks=None)"
NONE_WEEKS = "unsupported type for timedelta weeks component: NoneType"


def _propose(tmp_path: Path, files: dict[str, str], path: str, needle: str, message: str,
             values: dict[str, object]) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, files, path, needle, "TypeError", message, values)
    return list(DeclaredNoneValue().propose(site, analysis))


def _schedule(tmp_path: Path, plans: str = PLANS, schedule: str = SCHEDULE,
              more: dict[str, str] | None = None) -> list[Candidate]:
    files = {"roastery/plans.py": plans, "roastery/schedule.py": schedule, **(more or {})}
    return _propose(tmp_path, files, "roastery/schedule.py", STEP, NONE_WEEKS, {"sub": SUB})


def test_the_constant_the_fields_comment_names_takes_the_fields_place(tmp_path: Path) -> None:
    found = _schedule(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(SCHEDULE).lstrip("\n")
    assert found[0].edits["roastery/schedule.py"] == before.replace(
        STEP, "timedelta(weeks=DEFAULT_INTERVAL_WEEKS if sub.every_weeks is None "
              "else sub.every_weeks)")
    assert "return weeks * 7" in found[0].edits["roastery/schedule.py"]  # untouched
    assert "standard plan" in (found[0].contract or "")


def test_a_siblings_fallback_backs_the_constant_when_the_comment_does_not_name_it(
        tmp_path: Path) -> None:
    plans = PLANS.replace(" (schedule.DEFAULT_INTERVAL_WEEKS)", "")
    views = '''
        from roastery import schedule

        def show(sub):
            return {"every_weeks": sub.every_weeks or schedule.DEFAULT_INTERVAL_WEEKS}
    '''
    found = _schedule(tmp_path, plans, more={"roastery/views.py": views})
    assert [c.contract for c in found] == [
        "sibling code reads `every_weeks` with `schedule.DEFAULT_INTERVAL_WEEKS` in its place"]


def test_silent_code_backs_nothing(tmp_path: Path) -> None:
    plans = PLANS.replace(" (schedule.DEFAULT_INTERVAL_WEEKS)", "")
    assert _schedule(tmp_path, plans) == []


def test_the_fields_words_and_a_sibling_naming_two_constants_back_nothing(
        tmp_path: Path) -> None:
    views = '''
        from roastery import schedule

        def show(sub):
            return {"every_weeks": sub.every_weeks or schedule.MAX_UPCOMING}
    '''
    assert _schedule(tmp_path, more={"roastery/views.py": views}) == []


def test_a_value_the_captured_object_shows_is_not_the_none(tmp_path: Path) -> None:
    files = {"roastery/plans.py": PLANS, "roastery/schedule.py": SCHEDULE}
    assert _propose(tmp_path, files, "roastery/schedule.py", STEP, NONE_WEEKS,
                    {"sub": "Subscription(id=3, every_weeks=4)"}) == []


def test_a_constant_the_module_cannot_reach_backs_nothing(tmp_path: Path) -> None:
    schedule = SCHEDULE.replace("DEFAULT_INTERVAL_WEEKS = 2\n", "")
    assert _schedule(tmp_path, schedule=schedule) == []


M3U = '''
    """Extended M3U. Each entry is an ``#EXTINF:<seconds>,<name>`` line; an entry with no
    length (an internet radio stream) gets UNKNOWN_LENGTH, which players show as live."""

    from playlists.library import Track

    #: What #EXTINF says for an entry of no known length.
    UNKNOWN_LENGTH = -1


    def extinf(track: Track) -> str:
        seconds = round(track.duration)
        return f"#EXTINF:{seconds},{track.title}"
'''

LIBRARY = '''
    from dataclasses import dataclass


    @dataclass
    class Track:
        title: str
        #: Length in seconds; None for internet radio streams, which have no end.
        duration: float | None
'''


def _extinf(tmp_path: Path, m3u: str = M3U, library: str = LIBRARY) -> list[Candidate]:
    files = {"playlists/m3u.py": m3u, "playlists/library.py": library}
    return _propose(tmp_path, files, "playlists/m3u.py", "round(track.duration)",
                    "type NoneType doesn't define __round__ method",
                    {"track": "Track(title='Jazz FM', duration=None)"})


def test_a_sentence_on_the_same_case_gives_the_number_worked_out_from_the_field(
        tmp_path: Path) -> None:
    found = _extinf(tmp_path)
    assert len(found) == 1
    assert "    seconds = UNKNOWN_LENGTH if track.duration is None else round(track.duration)\n" \
        in found[0].edits["playlists/m3u.py"]
    assert "internet radio stream" in (found[0].contract or "")


def test_a_sentence_on_another_case_backs_nothing(tmp_path: Path) -> None:
    m3u = M3U.replace("an entry with no\n    length (an internet radio stream)",
                      "a file the\n    player cannot open")
    assert _extinf(tmp_path, m3u) == []


def test_a_sentence_that_refuses_the_case_backs_nothing(tmp_path: Path) -> None:
    m3u = M3U.replace("gets UNKNOWN_LENGTH, which players show as live",
                      "raises, since UNKNOWN_LENGTH would play as live")
    assert _extinf(tmp_path, m3u) == []


def test_a_field_with_no_none_case_backs_nothing(tmp_path: Path) -> None:
    library = LIBRARY.replace("; None for internet radio streams, which have no end", "")
    assert _extinf(tmp_path, library=library) == []


def test_the_number_chain_stops_at_the_apps_own_calls(tmp_path: Path) -> None:
    m3u = M3U.replace("seconds = round(track.duration)",
                      "seconds = label(round(track.duration))").replace(
        "    def extinf",
        "    def label(n: int) -> str:\n        return str(n)\n\n\n    def extinf")
    files = {"playlists/m3u.py": m3u, "playlists/library.py": LIBRARY}
    found = _propose(tmp_path, files, "playlists/m3u.py", "seconds = label(",
                     "type NoneType doesn't define __round__ method",
                     {"track": "Track(title='Jazz FM', duration=None)"})
    assert len(found) == 1
    assert "seconds = label(UNKNOWN_LENGTH if track.duration is None else " \
           "round(track.duration))" in found[0].edits["playlists/m3u.py"]


STORE = '''
    from dataclasses import dataclass
    from datetime import date


    @dataclass
    class Plant:
        name: str
        potted_on: date
        sown_on: date
        #: None until the first watering after potting is logged.
        last_watered: date | None = None
'''

SCHEDULE_DUE = '''
    from datetime import date, timedelta

    from nursery.store import Plant


    def next_due(plant: Plant, days: int) -> date:
        """The day the plant next needs water.

        A plant not watered since it was potted counts from its potting day.
        """
        return plant.last_watered + timedelta(days=days)
'''


def _due(tmp_path: Path, schedule: str = SCHEDULE_DUE) -> list[Candidate]:
    files = {"nursery/store.py": STORE, "nursery/schedule.py": schedule}
    return _propose(tmp_path, files, "nursery/schedule.py", "return plant.last_watered",
                    "unsupported operand type(s) for +: 'NoneType' and 'datetime.timedelta'",
                    {"plant": "Plant(name='Fern', potted_on=datetime.date(2024, 3, 1), "
                              "sown_on=datetime.date(2024, 1, 5), last_watered=None)"})


def test_the_field_a_sentence_on_the_case_names_stands_in(tmp_path: Path) -> None:
    found = _due(tmp_path)
    assert len(found) == 1
    assert ("return (plant.potted_on if plant.last_watered is None else plant.last_watered)"
            " + timedelta(days=days)") in found[0].edits["nursery/schedule.py"]


def test_a_sentence_naming_no_field_or_refusing_backs_nothing(tmp_path: Path) -> None:
    vague = SCHEDULE_DUE.replace("counts from its potting day", "counts from some day")
    assert _due(tmp_path, vague) == []
    refused = SCHEDULE_DUE.replace("counts from its potting day",
                                   "raises: its potting day is no watering")
    assert _due(tmp_path, refused) == []
    # "is due from" gives the whole answer (the day itself), not a day to count from.
    whole = SCHEDULE_DUE.replace("counts from its potting day", "is due from its potting day")
    assert _due(tmp_path, whole) == []


INGREDIENTS = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Ingredient:
        name: str
        #: None for an ingredient added to taste: the card lists it without an amount.
        quantity: float | None
        unit: str
'''

SCALE = '''
    from recipes.store import Ingredient


    def scaled(ingredients: list[Ingredient], factor: float) -> list[Ingredient]:
        return [Ingredient(i.name, round(i.quantity * factor, 1), i.unit) for i in ingredients]
'''


def _scale(tmp_path: Path, store: str = INGREDIENTS, scale: str = SCALE) -> list[Candidate]:
    files = {"recipes/store.py": store, "recipes/scale.py": scale}
    return _propose(tmp_path, files, "recipes/scale.py", "return [",
                    "unsupported operand type(s) for *: 'NoneType' and 'float'",
                    {"i": "Ingredient(name='salt', quantity=None, unit='')"})


def test_a_none_worked_into_the_same_optional_field_stays_none(tmp_path: Path) -> None:
    found = _scale(tmp_path)
    assert len(found) == 1
    assert ("Ingredient(i.name, None if i.quantity is None else round(i.quantity * factor, 1),"
            " i.unit)") in found[0].edits["recipes/scale.py"]


def test_another_field_or_a_required_one_keeps_nothing(tmp_path: Path) -> None:
    swapped = SCALE.replace("Ingredient(i.name, round(i.quantity * factor, 1), i.unit)",
                            "Ingredient(unit=i.unit, name=i.name, grams=round(i.quantity * "
                            "factor, 1))")
    store = INGREDIENTS.replace("    unit: str", "    unit: str\n    grams: float | None = 0")
    assert _scale(tmp_path, store, swapped) == []
    required = '''
        from dataclasses import dataclass


        @dataclass(frozen=True)
        class Ingredient:
            name: str
            #: None for an ingredient added to taste.
            quantity: float | None
            unit: str


        @dataclass(frozen=True)
        class Line:
            name: str
            quantity: float
            unit: str
    '''
    line = SCALE.replace("return [Ingredient(", "return [Line(").replace(
        "from recipes.store import Ingredient", "from recipes.store import Ingredient, Line")
    assert _scale(tmp_path, required, line) == []


PLOTS = '''
    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass(frozen=True)
    class Plot:
        number: str
        #: Measured area in square metres; None for a raised bed, which is never measured.
        area_m2: Decimal | None
        water: bool = True
'''
RENT = '''
    from decimal import Decimal

    from society.plots import Plot

    RATE_PER_M2 = Decimal("0.42")

    #: The raised beds by the gate are not measured: each pays this flat yearly rent in
    #: place of the area rent.
    RAISED_BED_RENT = Decimal("18.00")

    WATER_CHARGE = Decimal("12.00")


    def annual_rent(plot: Plot) -> Decimal:
        rent = plot.area_m2 * RATE_PER_M2
        if plot.water:
            rent += WATER_CHARGE
        return rent
'''


def _rent(tmp_path: Path, rent: str = RENT) -> list[Candidate]:
    return _propose(tmp_path, {"society/__init__.py": "", "society/plots.py": PLOTS,
                               "society/rent.py": rent}, "society/rent.py",
                    "rent = plot.area_m2", "unsupported operand type(s) for *: 'NoneType' "
                    "and 'decimal.Decimal'", {"plot": "Plot(number='RB1', area_m2=None)"})


def test_a_constants_own_comment_replaces_the_number_it_stands_in_for(tmp_path: Path) -> None:
    # "Raised" is the bed's adjective here, no refusal ("a KeyError is raised").
    [candidate] = _rent(tmp_path)
    assert "rent = RAISED_BED_RENT if plot.area_m2 is None else plot.area_m2 * RATE_PER_M2" \
        in candidate.edits["society/rent.py"]
    # What the function adds afterwards still applies to the constant.
    assert "rent += WATER_CHARGE" in candidate.edits["society/rent.py"]


@pytest.mark.parametrize(("old", "new"), [
    # It stands in for another number than the one worked out from the field.
    ("place of the area rent.", "place of the water charge."),
    # It does not speak of an absence.
    ("are not measured", "are popular"),
    # It refuses the case.
    ("are not measured: each pays", "are not measured and are rejected: each pays"),
])
def test_a_comment_that_does_not_back_the_stand_in_backs_nothing(tmp_path: Path, old: str,
                                                                 new: str) -> None:
    rent = RENT.replace(old, new)
    assert rent != RENT
    assert _rent(tmp_path, rent) == []


KILN = '''
    """Kiln schedules. A segment whose rate is None is a "full" ramp: the kiln climbs as
    fast as it can, which is KILN_MAX_RATE degrees an hour."""

    from dataclasses import dataclass

    KILN_MAX_RATE = 500


    @dataclass(frozen=True)
    class Segment:
        rate: int | None  # degrees an hour; None: full ramp
        target: int


    def firing_minutes(segments: list[Segment], temperature: int = 20) -> float:
        minutes = 0.0
        for segment in segments:
            minutes += abs(segment.target - temperature) / segment.rate * 60
            temperature = segment.target
        return minutes
'''


def _kiln(tmp_path: Path, source: str = KILN) -> list[Candidate]:
    return _propose(tmp_path, {"studio/kiln.py": source}, "studio/kiln.py",
                    "minutes += abs(", "unsupported operand type(s) for /: 'int' and "
                    "'NoneType'", {"segment": "Segment(rate=None, target=1000)"})


def test_a_constant_named_for_the_field_stands_for_the_field_itself(tmp_path: Path) -> None:
    # "whose rate is None" names the case; the constant's name holds the field's, so it
    # replaces the rate, not the minutes worked out from it.
    [candidate] = _kiln(tmp_path)
    assert "/ (KILN_MAX_RATE if segment.rate is None else segment.rate) * 60" in \
        candidate.edits["studio/kiln.py"]


def test_a_constant_named_otherwise_replaces_the_number_worked_out(tmp_path: Path) -> None:
    source = KILN.replace("KILN_MAX_RATE", "CLIMB_MINUTES").replace(
        "which is CLIMB_MINUTES degrees an hour", "timed as CLIMB_MINUTES")
    [candidate] = _kiln(tmp_path, source)
    assert "minutes += (CLIMB_MINUTES if segment.rate is None else" in \
        candidate.edits["studio/kiln.py"]


MODELS = '''
    from django.db import models


    class Artist(models.Model):
        name = models.CharField(max_length=80)
        deposit_percent = models.PositiveSmallIntegerField(
            null=True, blank=True,
            help_text="Share taken as a deposit (0: none). Blank: the studio's default, "
                      "settings.STUDIO_DEPOSIT_PERCENT.")
'''
SETTINGS = '''
    #: The deposit of an artist whose own percentage is left blank.
    STUDIO_DEPOSIT_PERCENT = 25
'''
VIEWS = '''
    from decimal import Decimal

    from django.http import JsonResponse

    from bookings.models import Artist


    def quote(artist: Artist, total: Decimal) -> JsonResponse:
        deposit = total * artist.deposit_percent / 100
        return JsonResponse({"deposit": str(deposit)})
'''


def _deposit(tmp_path: Path, models: str = MODELS) -> list[Candidate]:
    return _propose(tmp_path, {"bookings/models.py": models, "site/settings.py": SETTINGS,
                               "bookings/views.py": VIEWS}, "bookings/views.py",
                    "deposit = total", "unsupported operand type(s) for *: 'decimal.Decimal' "
                    "and 'NoneType'", {"artist": "<Artist: Guest>", "total": "Decimal('200')"})


def test_a_django_fields_help_text_names_its_blank_value(tmp_path: Path) -> None:
    # null=True on a number field: "Blank" is the field's None, and its help text names
    # the setting, reached through django.conf.
    [candidate] = _deposit(tmp_path)
    edited = candidate.edits["bookings/views.py"]
    assert "(settings.STUDIO_DEPOSIT_PERCENT if artist.deposit_percent is None else " \
           "artist.deposit_percent)" in edited
    assert "from django.conf import settings" in edited


def test_a_django_field_not_stored_null_has_no_none_case(tmp_path: Path) -> None:
    assert _deposit(tmp_path, MODELS.replace("null=True, blank=True", "blank=True")) == []
