"""sibling date readers under review: a ``fromisoformat`` helper that answers an aware
UTC time is no stand-in for a ``strptime`` whose caller keeps naive UTC times."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

FEED = '''
    from datetime import datetime, timezone


    def parse_timestamp(value: str) -> datetime:
        """An ISO 8601 timestamp as clients send it ("2024-05-01T12:00:00.000Z"), as an
        aware UTC datetime."""
        return datetime.fromisoformat(value).astimezone(timezone.utc)
'''

API = '''
    from datetime import datetime

    from app import feed


    def record(at: str) -> datetime:
        return feed.parse_timestamp(at)


    def since(value: str) -> datetime:
        """The start of a client's sync window, as a naive UTC datetime: the database
        stores naive UTC times and compares them with this one."""
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")
'''

API_TESTS = '''
    from app.api import record, since


    def test_times() -> None:
        assert since("2024-05-01T12:00:05").second == 5
        assert record("2024-05-01T12:00:00.000Z").hour == 12
'''


def test_an_aware_helper_does_not_replace_a_naive_utc_reading(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, {"app/__init__.py": "", "app/feed.py": FEED, "app/api.py": API,
                   "tests/__init__.py": "", "tests/test_api.py": API_TESTS},
        'from app.api import since\nsince("2024-05-01T12:00:05.250Z")',
        'from datetime import datetime\nfrom app.api import since\n'
        'try:\n    got = since("2024-05-01T12:00:05.250Z")\nexcept ValueError:\n    pass\n'
        'else:\n    assert got.tzinfo is None, got\n'
        '    assert got < datetime(2024, 5, 2)\n')
