"""optional_groups under review: an example of the shorter form next to a value for the
missing field is no contract to accept that form when the sentence says such text is no
longer valid; the engine must not read it with the value then."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_optional_groups import APP, CLOCK, TRIGGER

REFUSING = CLOCK.replace(
    "Older sensors send ``H:MM`` only (``7:45``),\n    which means second 0.",
    "Older sensors sent ``H:MM`` only (``7:45``),\n    read as second 0; such readings are "
    "no longer valid and raise BadReading.")

# A short reading must not be read as a time of day.
CHECK = '''
from sensors.clock import seconds_of_day
try:
    value = seconds_of_day("7:45")
except Exception:
    pass
else:
    raise AssertionError(f"7:45 was read as {value}")
'''


def test_a_short_form_documented_as_no_longer_valid_is_not_read(tmp_path: Path) -> None:
    assert REFUSING != CLOCK
    data = fix_and_check(tmp_path, {**APP, "sensors/clock.py": REFUSING}, TRIGGER, CHECK)
    assert data is not None
    assert "groups(default=" not in (data.get("patch") or "")
