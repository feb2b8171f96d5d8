"""Adversarial: a loader declared with int keys passes JSON's text keys through, but the
crashing function documents its own answer for an unknown id (a raise) that no sibling
gives. Giving the keys their type alone would leave an unknown id a bare KeyError, so the
engine must decline rather than report that as the fix."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

FILES = {
    "fares/__init__.py": "",
    "fares/table.py": '''
        import json

        Fares = dict[int, int]


        def load_fares(text: str) -> Fares:
            """The fare table as it was stored: pence by zone number."""
            return {zone: int(pence) for zone, pence in json.loads(text).items()}
    ''',
    "fares/trips.py": '''
        from fares.table import load_fares


        class UnknownZone(LookupError):
            pass


        def trip_cost(zones: list[int], stored: str) -> int:
            """What a trip through ``zones`` costs; raises UnknownZone for a zone not in the
            table."""
            fares = load_fares(stored)
            return sum(fares[zone] for zone in zones)
    ''',
    "tests/test_trips.py": '''
        import json

        from fares.trips import trip_cost


        def test_empty_trip() -> None:
            assert trip_cost([], json.dumps({})) == 0
    ''',
}


def test_an_unknown_zone_keeps_its_documented_answer(tmp_path: Path) -> None:
    trigger = ('import json\nfrom fares.trips import trip_cost\n'
               'trip_cost([1, 2], json.dumps({1: "250", 2: "180"}))')
    check = ("import json\nfrom fares.trips import UnknownZone, trip_cost\n"
             "assert trip_cost([1, 2], json.dumps({1: '250', 2: '180'})) == 430\n"
             "try:\n    trip_cost([9], json.dumps({1: '250'}))\n"
             "except UnknownZone:\n    pass\n"
             "else:\n    raise AssertionError('an unknown zone did not raise UnknownZone')\n")
    data = fix_and_check(tmp_path, FILES, trigger, check)
    assert data is not None and data["status"] != "fixed"
