"""A blank value reaching a call that siblings make with a module constant, where the
documentation gives that constant to blank values: the blank falls back to it; nothing is
proposed when the documentation or the siblings are silent."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.blank_constants import BlankToDocumentedConstant
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

ZONES = '''
    """Times as each user reads them.

    Users who never picked a zone have an empty string in their profile; they see times in
    DEFAULT_TIMEZONE, the zone of the head office.
    """
    from datetime import datetime
    from zoneinfo import ZoneInfo

    DEFAULT_TIMEZONE = "Europe/Berlin"


    def company_time(moment: datetime) -> datetime:
        return moment.astimezone(ZoneInfo(DEFAULT_TIMEZONE))


    def local_time(moment: datetime, zone_name: str) -> datetime:
        return moment.astimezone(ZoneInfo(zone_name))


    def zone_label(zone_name: str) -> str:
        return str(ZoneInfo(zone_name))
'''

MESSAGE = "ZoneInfo keys must be normalized relative paths, got: "


def _propose(tmp_path: Path, zones: str = ZONES, value: str = "''") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"agenda/__init__.py": "", "agenda/zones.py": zones},
                              "agenda/zones.py", "ZoneInfo(zone_name))", "ValueError",
                              MESSAGE, {"moment": "datetime.datetime(2026, 3, 2, 13, 30)",
                                        "zone_name": value})
    return list(BlankToDocumentedConstant().propose(site, analysis))


def test_a_blank_zone_falls_back_to_the_documented_constant(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["agenda/zones.py"]
    assert after == textwrap.dedent(ZONES).lstrip("\n").replace(
        "moment.astimezone(ZoneInfo(zone_name))",
        "moment.astimezone(ZoneInfo(zone_name or DEFAULT_TIMEZONE))")
    assert "return str(ZoneInfo(zone_name))" in after  # another function, left alone
    assert found[0].contract is not None and "empty string" in found[0].contract


def test_documentation_silent_about_blank_values_backs_nothing(tmp_path: Path) -> None:
    silent = ZONES.replace("Users who never picked a zone have an empty string in their "
                           "profile; they see times in", "The company reads times in")
    assert _propose(tmp_path, silent) == []


def test_documentation_refusing_a_blank_backs_nothing(tmp_path: Path) -> None:
    refused = ZONES.replace("they see times in", "it is rejected, unlike")
    assert _propose(tmp_path, refused) == []


def test_without_a_sibling_calling_with_the_constant_nothing_is_proposed(tmp_path: Path) -> None:
    alone = ZONES.replace("ZoneInfo(DEFAULT_TIMEZONE)", 'ZoneInfo("UTC")')
    assert _propose(tmp_path, alone) == []


def test_a_value_that_was_not_blank_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, value="'Mars/Olympus'") == []


TESTS = '''
    from datetime import datetime, timezone

    from agenda.zones import company_time


    def test_company_time() -> None:
        moment = datetime(2026, 3, 2, 13, 30, tzinfo=timezone.utc)
        assert company_time(moment).hour == 14
'''


def test_a_user_without_a_zone_sees_company_time(tmp_path: Path) -> None:
    trigger = ('from datetime import datetime, timezone\nfrom agenda.zones import local_time\n'
               'local_time(datetime(2026, 3, 2, 13, 30, tzinfo=timezone.utc), "")')
    check = ('from datetime import datetime, timezone\nfrom agenda.zones import local_time\n'
             'assert local_time(datetime(2026, 7, 2, 12, 0, tzinfo=timezone.utc), "").hour == 14')
    data = fix_and_check(tmp_path, {"agenda/__init__.py": "", "agenda/zones.py": ZONES,
                                    "tests/test_zones.py": TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed"
    assert "zone_name or DEFAULT_TIMEZONE" in data["patch"]
