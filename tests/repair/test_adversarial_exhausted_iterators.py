"""exhausted_iterators under review: a constant the docstring names is a fallback only when
the clause about unmatched items names it, not a neighbouring clause about matched ones."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

ZONES = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Zone:
        name: str
        countries: frozenset[str]
        rate: int


    EUROPE = Zone("europe", frozenset({"FR", "DE", "IT"}), 5)
    NORDICS = Zone("nordics", frozenset({"SE", "NO", "FI"}), 8)
    ZONES = (EUROPE, NORDICS)


    def zone_for(country: str) -> Zone:
        """The shipping zone of ``country``. We do not ship to unlisted countries, and
        ``EUROPE`` holds most of the countries we ship to."""
        return next(z for z in ZONES if country in z.countries)


    def rate(country: str) -> int:
        return zone_for(country).rate
'''

TESTS = '''
    from ship.zones import rate


    def test_rate():
        assert rate("FR") == 5
'''

# Brazil is not shipped to: it must not be charged the European rate.
CHECK = '''
from ship.zones import rate
try:
    charged = rate("BR")
except Exception:
    pass
else:
    assert charged != 5, charged
'''


def test_an_unlisted_country_is_not_given_a_zone_named_in_another_clause(
        tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"ship/__init__.py": "", "ship/zones.py": ZONES,
                                    "tests/test_zones.py": TESTS},
                         'from ship.zones import rate\nrate("BR")', CHECK)
    assert data is not None and data["status"] != "fixed"
