"""empty_aggregates under review: a None documented for an empty batch counts only for the
case it names. A field "None while the sensor is offline" says nothing about an upload
without readings, and no peak of 0 is made up for it."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

STATS = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Status:
        """A sensor's tile. ``peak`` is None while the sensor is offline; an upload must
        hold at least one reading, the firmware never sends an empty one."""

        online: bool
        peak: float | None


    def status(readings: list[float], online: bool = True) -> Status:
        peak = max(readings)
        return Status(online=online, peak=peak)
'''

TESTS = '''
    from sensors.tiles import Status, status


    def test_status() -> None:
        assert status([1.0, 4.0]) == Status(True, 4.0)
'''

# An empty upload is a firmware fault: it must not read as an offline sensor nor as 0.
CHECK = '''
from sensors.tiles import status
try:
    tile = status([])
except Exception:
    pass
else:
    raise AssertionError(tile)
'''


def test_none_documented_for_an_offline_sensor_is_no_answer_for_an_empty_upload(
        tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"sensors/__init__.py": "", "sensors/tiles.py": STATS,
                                    "tests/test_tiles.py": TESTS},
                         "from sensors.tiles import status\nstatus([])", CHECK)
    assert data is not None and data["status"] != "fixed", data["patch"]
