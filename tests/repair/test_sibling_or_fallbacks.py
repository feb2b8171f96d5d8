"""A blank read falls back to what the module already writes after ``or`` for the very
same expression; nothing for a filled value, two different fallbacks, or a read no
sibling guards."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.sibling_or_fallbacks import SiblingOrFallback
from tests.repair.crash_sites import crash_at

VIEWS = '''
    from zoneinfo import ZoneInfo

    DEFAULT_TIMEZONE = "Europe/London"


    def settings(member):
        return {"timezone": member["timezone"] or DEFAULT_TIMEZONE}


    def local(when, member):
        return when.astimezone(ZoneInfo(member["timezone"])).isoformat()
'''

LINE = 'return when.astimezone(ZoneInfo(member["timezone"]))'


def _edits(tmp_path: Path, source: str = VIEWS,
           member: str = "{'name': \"'Bo'\", 'timezone': \"''\"}") -> list[str]:
    site, analysis = crash_at(tmp_path, {"v.py": source}, "v.py", LINE, "ValueError",
                              "ZoneInfo keys must be normalized relative paths, got: ",
                              {"member": member})
    return [c.edits["v.py"] for c in SiblingOrFallback().propose(site, analysis)]


def test_a_blank_zone_falls_back_as_the_settings_view_reads_it(tmp_path: Path) -> None:
    assert _edits(tmp_path) == [textwrap.dedent(VIEWS).lstrip("\n").replace(
        'ZoneInfo(member["timezone"])', 'ZoneInfo(member["timezone"] or DEFAULT_TIMEZONE)')]


def test_filled_values_disagreeing_siblings_or_unguarded_reads_get_nothing(
        tmp_path: Path) -> None:
    assert _edits(tmp_path / "filled", member="{'timezone': \"'Mars/Base'\"}") == []
    two = VIEWS.replace('    def local(', '    def other(member):\n'
                        '        return member["timezone"] or "UTC"\n\n\n    def local(')
    assert _edits(tmp_path / "two", two) == []
    alone = VIEWS.replace('member["timezone"] or DEFAULT_TIMEZONE', 'DEFAULT_TIMEZONE')
    assert _edits(tmp_path / "alone", alone) == []
