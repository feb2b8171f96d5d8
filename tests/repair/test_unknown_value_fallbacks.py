"""A value the lookup does not know falls back to the constant the docstring names, by
catching the crash's own exception; nothing when the docstring is silent, refuses, or the
exception's home cannot be told."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.unknown_value_fallbacks import UnknownValueFallback
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

ZONES = '''
    from zoneinfo import ZoneInfo

    SHOP_TIMEZONE = "Europe/London"


    def customer_zone(name: str) -> ZoneInfo:
        """The zone to show times in; a name the tz database does not know falls back to
        SHOP_TIMEZONE."""
        return ZoneInfo(name)
'''

MESSAGE = "'No time zone found with key Pacific Standard Time'"


def _propose(tmp_path: Path, source: str = ZONES,
             exc_type: str = "ZoneInfoNotFoundError") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"zones.py": source}, "zones.py",
                              "return ZoneInfo(name)", exc_type, MESSAGE,
                              {"name": "'Pacific Standard Time'"})
    return list(UnknownValueFallback().propose(site, analysis))


def test_an_unknown_zone_falls_back_to_the_named_constant(tmp_path: Path) -> None:
    assert [c.edits["zones.py"] for c in _propose(tmp_path)] == [
        textwrap.dedent(ZONES).lstrip("\n").replace(
            "from zoneinfo import ZoneInfo\n",
            "from zoneinfo import ZoneInfo, ZoneInfoNotFoundError\n").replace(
            "    return ZoneInfo(name)\n",
            "    try:\n        return ZoneInfo(name)\n    except ZoneInfoNotFoundError:\n"
            "        return ZoneInfo(SHOP_TIMEZONE)\n")]


def test_silent_refusing_or_unlocatable_cases_get_nothing(tmp_path: Path) -> None:
    silent = ZONES.replace("; a name the tz database does not know falls back to\n"
                           "        SHOP_TIMEZONE.", ".")
    assert silent != ZONES and _propose(tmp_path, silent) == []
    refusing = ZONES.replace("falls back to\n        SHOP_TIMEZONE.",
                             "raises, and the page uses\n        SHOP_TIMEZONE instead.")
    assert _propose(tmp_path, refusing) == []
    # Not a constant of the module: nothing names what to fall back to.
    other = ZONES.replace('SHOP_TIMEZONE = "Europe/London"', 'HOME = "Europe/London"')
    assert _propose(tmp_path, other) == []
    # An exception class the callee's module does not export is not imported by guess.
    assert _propose(tmp_path, exc_type="TimeZoneLookupError") == []


TESTS = '''
    from zones import customer_zone


    def test_known() -> None:
        assert str(customer_zone("Europe/Paris")) == "Europe/Paris"
'''


def test_a_windows_zone_name_shows_shop_time_end_to_end(tmp_path: Path) -> None:
    check = ('from zones import customer_zone\n'
             'assert str(customer_zone("Pacific Standard Time")) == "Europe/London"\n'
             'assert str(customer_zone("Asia/Tokyo")) == "Asia/Tokyo"')
    data = fix_and_check(tmp_path, {"zones.py": ZONES, "tests/test_zones.py": TESTS},
                         'from zones import customer_zone\n'
                         'customer_zone("Pacific Standard Time")', check)
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "unknown-value-fallback"
