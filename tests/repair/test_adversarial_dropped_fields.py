"""dropped_fields under review: a format said to drop the hour on old firmware, where
such a split is rejected, backs no zero hour."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

SPLITS = '''
    def split_seconds(text: str) -> int:
        """Seconds of one split from the watch export.

        Old firmware drops the hour, and such a split is rejected: the watch must be
        updated before its runs are imported.
        """
        hours, minutes, seconds = text.split(":")
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds)
'''

TESTS = '''
    from runs.splits import split_seconds


    def test_split():
        assert split_seconds("1:02:03") == 3723
'''


def test_a_dropped_hour_that_is_rejected_is_not_read_as_zero(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"runs/__init__.py": "", "runs/splits.py": SPLITS,
                   "tests/__init__.py": "", "tests/test_splits.py": TESTS},
        'from runs.splits import split_seconds\nsplit_seconds("45:10")',
        'from runs.splits import split_seconds\n'
        'try:\n    split_seconds("45:10")\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError("a rejected split was read")')
    assert data is not None and data["status"] != "fixed"


# dropped_fields under review: "no longer drops the hour" says the hour is always there.

SPLITS_2 = '''
    def split_seconds(text: str) -> int:
        """Seconds of one split from the watch export.

        Since firmware 2 the watch no longer drops the hour: every split is H:MM:SS, and a
        shorter text is a corrupt record from the lap counter.
        """
        hours, minutes, seconds = text.split(":")
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds)
'''


def test_no_longer_drops_is_no_dropped_field(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"runs/__init__.py": "", "runs/splits.py": SPLITS_2,
                   "tests/__init__.py": "", "tests/test_splits.py": TESTS},
        'from runs.splits import split_seconds\nsplit_seconds("45:10")',
        'from runs.splits import split_seconds\n'
        'try:\n    split_seconds("45:10")\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError("a corrupt split was read")')
    assert data is not None and data["status"] != "fixed"

