"""sentinel_skips under review: the defaultdict group kept before the skip is right only
when the code lists a sensor without readings; where it is documented as left out of the
report, keeping its empty group breaks the report."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

UNLISTED = '''
    """Daily averages per sensor. A reading of 'N/A' means the sensor was offline: it is
    left out of the average. A sensor that was offline all day has no average and is not
    listed in the report."""

    from collections import defaultdict


    def averages(rows: list[dict[str, str]]) -> dict[str, float]:
        readings: defaultdict[str, list[float]] = defaultdict(list)
        for row in rows:
            readings[row["sensor"]].append(float(row["celsius"]))
        return {s: round(sum(v) / len(v), 1) for s, v in sorted(readings.items())}
'''

TESTS = '''
    from sensors import averages


    def test_averages() -> None:
        assert averages([{"sensor": "a", "celsius": "20"}, {"sensor": "a", "celsius": "22"}]) \\
            == {"a": 21.0}
'''


def test_a_sensor_offline_all_day_is_left_out_as_documented(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"sensors.py": UNLISTED, "tests/test_sensors.py": TESTS},
        'from sensors import averages\n'
        'averages([{"sensor": "a", "celsius": "20"}, {"sensor": "a", "celsius": "N/A"}])',
        'from sensors import averages\n'
        'rows = [{"sensor": "cellar", "celsius": "N/A"}, {"sensor": "attic", '
        '"celsius": "9.5"}]\n'
        'assert averages(rows) == {"attic": 9.5}, averages(rows)\n')
    assert data is not None


COUNTED = '''
    """Sensors online today. A reading of 'N/A' means the sensor was offline at that
    moment: it is left out. The count is of sensors that sent at least one reading."""

    from collections import defaultdict


    def online(rows: list[dict[str, str]]) -> int:
        readings: defaultdict[str, set[int]] = defaultdict(set)
        for row in rows:
            readings[row["sensor"]].add(int(row["minute"]))
        return len(readings)
'''

COUNTED_TESTS = '''
    from sensors import online


    def test_online() -> None:
        assert online([{"sensor": "a", "minute": "1"}, {"sensor": "b", "minute": "2"}]) == 2
'''


def test_a_count_of_sensors_that_reported_leaves_out_the_silent_one(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"sensors.py": COUNTED, "tests/test_sensors.py": COUNTED_TESTS},
        'from sensors import online\n'
        'online([{"sensor": "a", "minute": "1"}, {"sensor": "a", "minute": "N/A"}])',
        'from sensors import online\n'
        'rows = [{"sensor": "a", "minute": "1"}, {"sensor": "b", "minute": "N/A"}]\n'
        'assert online(rows) == 1, online(rows)\n')
    assert data is not None


# sentinel_skips, review 4: a sensor "shown as '-'" by the report that reads the averages
REPORT = '''
    """Daily sensor report. A reading of 'N/A' means the sensor was offline at that
    moment: it is skipped. A sensor without any reading today is shown as '-'."""

    from collections import defaultdict


    def averages(rows: list[dict[str, str]]) -> dict[str, float]:
        readings: defaultdict[str, list[float]] = defaultdict(list)
        for row in rows:
            readings[row["sensor"]].append(float(row["celsius"]))
        return {s: round(sum(v) / len(v), 1) for s, v in readings.items()}


    def report(sensors: list[str], rows: list[dict[str, str]]) -> str:
        found = averages(rows)
        return "\\n".join(f"{s}: {found.get(s, '-')}" for s in sensors)
'''

LATER_TESTS = '''
    from sensors import report


    def test_report() -> None:
        rows = [{"sensor": "a", "celsius": "20"}, {"sensor": "a", "celsius": "22"}]
        assert report(["a", "b"], rows) == "a: 21.0\\nb: -"
'''


def test_a_sensor_shown_as_dash_is_not_kept_as_an_empty_group(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"sensors.py": REPORT, "tests/test_sensors.py": LATER_TESTS},
        'from sensors import report\n'
        'report(["a"], [{"sensor": "a", "celsius": "20"}, {"sensor": "a", "celsius": "N/A"}])',
        'from sensors import report\n'
        'rows = [{"sensor": "a", "celsius": "20"}, {"sensor": "b", "celsius": "N/A"}]\n'
        'got = report(["a", "b"], rows)\n'
        'assert got == "a: 20.0\\nb: -", got\n')
    assert data is not None


MAXIMA = '''
    """Daily peak temperatures per sensor, for the frost alert. A reading of 'N/A' means
    the sensor was offline: it is ignored. A sensor without readings is listed with its
    peak as None."""

    from collections import defaultdict


    def peaks(rows: list[dict[str, str]]) -> dict[str, float | None]:
        readings: defaultdict[str, list[float]] = defaultdict(list)
        for row in rows:
            readings[row["sensor"]].append(float(row["celsius"]))
        return {s: max(v) for s, v in readings.items()}
'''

MAXIMA_TESTS = '''
    from sensors import peaks


    def test_peaks() -> None:
        assert peaks([{"sensor": "a", "celsius": "2"}, {"sensor": "a", "celsius": "5"}]) \\
            == {"a": 5.0}
'''


def test_an_empty_group_kept_must_not_crash_the_peak(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"sensors.py": MAXIMA, "tests/test_sensors.py": MAXIMA_TESTS},
        'from sensors import peaks\n'
        'peaks([{"sensor": "a", "celsius": "2"}, {"sensor": "a", "celsius": "N/A"}])',
        'from sensors import peaks\n'
        'rows = [{"sensor": "a", "celsius": "2"}, {"sensor": "b", "celsius": "N/A"}]\n'
        'got = peaks(rows)\n'
        'assert got == {"a": 2.0, "b": None}, got\n')
    assert data is not None
