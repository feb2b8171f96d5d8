"""A hand-written ``strptime`` where sibling code reads the same text with the project's
``fromisoformat`` helper, documented with an example written like the captured value: the
helper is called instead; nothing when the example is written otherwise, or when the
result is relabelled as UTC and the helper does not answer in UTC."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.sibling_helpers import SiblingHelper
from tests.repair.crash_sites import crash_at

FEED = '''
    from datetime import datetime, timezone


    def parse_timestamp(value: str) -> datetime:
        """An ISO 8601 timestamp as clients send it ("2024-05-01T12:00:00.000Z"), as an
        aware UTC datetime."""
        return datetime.fromisoformat(value).astimezone(timezone.utc)
'''

API = '''
    from datetime import datetime, timezone

    from app import feed


    def record(at: str) -> datetime:
        return feed.parse_timestamp(at)


    def since(value: str) -> datetime:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
'''

LINE = 'return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")'


def _edits(tmp_path: Path, feed: str = FEED) -> list[str]:
    site, analysis = crash_at(tmp_path, {"app/__init__.py": "", "app/feed.py": feed,
                                         "app/api.py": API}, "app/api.py", LINE,
                              "ValueError", "unconverted data remains: .250Z",
                              {"value": "'2024-05-01T12:00:05.250Z'"})
    return [c.edits["app/api.py"] for c in SiblingHelper().propose(site, analysis)]


def test_the_sibling_iso_helper_reads_what_the_fixed_format_cannot(tmp_path: Path) -> None:
    assert _edits(tmp_path) == [textwrap.dedent(API).lstrip("\n").replace(
        'datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")', "feed.parse_timestamp(value)")]


def test_an_example_written_otherwise_or_a_zone_relabelled_gets_nothing(
        tmp_path: Path) -> None:
    other_shape = FEED.replace('("2024-05-01T12:00:00.000Z")', '("2024-05-01")')
    assert _edits(tmp_path / "shape", other_shape) == []
    local = FEED.replace("as an\n        aware UTC datetime", "in the shop's own zone")
    assert "UTC" not in local
    assert _edits(tmp_path / "zone", local) == []
