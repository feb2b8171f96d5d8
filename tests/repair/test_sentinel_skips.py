"""A placeholder value the documentation quotes and leaves out is skipped by an exact
guard; nothing when the statement does more than keep the value, the sentence answers the
value another way, or it quotes another value."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.sentinel_skips import DocumentedPlaceholderSkipped
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

READINGS = '''
    """Temperatures. A reading of 'N/A' means the sensor was offline: it is left out."""


    def average(rows: list[dict[str, str]]) -> float | None:
        values: list[float] = []
        for row in rows:
            values.append(float(row["celsius"]))
        return sum(values) / len(values) if values else None
'''

MESSAGE = "could not convert string to float: 'N/A'"


def _propose(tmp_path: Path, source: str = READINGS,
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"temps.py": source}, "temps.py",
                              'values.append(float(row["celsius"]))', "ValueError", message,
                              {"row": "{'celsius': 'N/A'}"})
    return list(DocumentedPlaceholderSkipped().propose(site, analysis))


def test_the_quoted_placeholder_is_skipped_exactly(tmp_path: Path) -> None:
    assert [c.edits["temps.py"] for c in _propose(tmp_path)] == [
        textwrap.dedent(READINGS).lstrip("\n").replace(
            '        values.append(float(row["celsius"]))\n',
            '        if row["celsius"] == "N/A":\n            continue\n'
            '        values.append(float(row["celsius"]))\n')]


def test_a_statement_doing_more_than_keeping_the_value_gets_nothing(tmp_path: Path) -> None:
    # `by_sensor[...]` on a defaultdict also lists the sensor: a skip would lose it.
    registering = READINGS.replace(
        'values.append(float(row["celsius"]))',
        'by_sensor[row["sensor"]].append(float(row["celsius"]))')
    site, analysis = crash_at(tmp_path, {"temps.py": registering}, "temps.py",
                              "by_sensor[row", "ValueError", MESSAGE)
    assert list(DocumentedPlaceholderSkipped().propose(site, analysis)) == []


def test_another_answer_or_another_value_backs_nothing(tmp_path: Path) -> None:
    zero = READINGS.replace("it is left out.", "it is left out of the chart and counts as 0.")
    assert _propose(tmp_path, zero) == []
    assert _propose(tmp_path, message="could not convert string to float: 'offline'") == []
    silent = READINGS.replace(" A reading of 'N/A' means the sensor was offline: it is left "
                              "out.", "")
    assert _propose(tmp_path, silent) == []


TESTS = '''
    from temps import average


    def test_average() -> None:
        assert average([{"celsius": "20"}, {"celsius": "22"}]) == 21.0
'''


def test_offline_readings_are_left_out_end_to_end(tmp_path: Path) -> None:
    check = ('from temps import average\n'
             'assert average([{"celsius": "20"}, {"celsius": "N/A"}, {"celsius": "22"}]) == 21.0\n'
             'assert average([{"celsius": "N/A"}]) is None\n'
             'try:\n    average([{"celsius": "hot"}])\nexcept ValueError:\n    pass\n'
             'else:\n    raise AssertionError("a damaged reading must still raise")')
    data = fix_and_check(tmp_path, {"temps.py": READINGS, "tests/test_temps.py": TESTS},
                         'from temps import average\n'
                         'average([{"celsius": "20"}, {"celsius": "N/A"}])', check)
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "documented-placeholder-skipped"


SENSORS = '''
    """Averages per sensor. A reading of 'N/A' means the sensor was offline: it is left out
    of the average. A sensor without any reading is still listed, as '-'."""
    from collections import defaultdict


    def averages(rows: list[dict[str, str]]) -> dict[str, str]:
        readings: defaultdict[str, list[float]] = defaultdict(list)
        for row in rows:
            readings[row["sensor"]].append(float(row["celsius"]))
        return {s: f"{sum(v) / len(v):.1f}" if v else "-" for s, v in sorted(readings.items())}
'''

SENSOR_TESTS = '''
    from sensors import averages


    def test_averages() -> None:
        assert averages([{"sensor": "a", "celsius": "20"}]) == {"a": "20.0"}
'''


def test_a_sensor_whose_every_reading_is_offline_stays_listed(tmp_path: Path) -> None:
    # Adversarial: a `continue` before the append would drop the cellar from the report.
    check = ('from sensors import averages\n'
             'rows = [{"sensor": "cellar", "celsius": "N/A"}, {"sensor": "attic", '
             '"celsius": "9.5"}]\n'
             'assert averages(rows) == {"attic": "9.5", "cellar": "-"}, averages(rows)')
    data = fix_and_check(tmp_path, {"sensors.py": SENSORS, "tests/test_sensors.py": SENSOR_TESTS},
                         'from sensors import averages\n'
                         'averages([{"sensor": "cellar", "celsius": "N/A"}])', check)
    assert data is not None


def test_a_defaultdict_group_is_kept_before_the_skip(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"sensors.py": SENSORS}, "sensors.py",
                              "readings[row", "ValueError", MESSAGE)
    (found,) = DocumentedPlaceholderSkipped().propose(site, analysis)
    edit = found.edits["sensors.py"]
    assert edit == textwrap.dedent(SENSORS).lstrip("\n").replace(
        '        readings[row["sensor"]].append(float(row["celsius"]))\n',
        '        values = readings[row["sensor"]]\n'
        '        if row["celsius"] == "N/A":\n            continue\n'
        '        values.append(float(row["celsius"]))\n')
    namespace: dict[str, object] = {}
    exec(edit, namespace)
    rows = [{"sensor": "cellar", "celsius": "N/A"}, {"sensor": "attic", "celsius": "9.5"}]
    assert namespace["averages"](rows) == {"attic": "9.5", "cellar": "-"}  # type: ignore[operator]
