"""A shorter form the documentation accepts, refused by a regular expression: the pattern
takes the last field as optional, the unpacking gives it the documented value, and other
text raises what the function already raises; nothing when the documentation is silent,
refuses the form, or gives the value to another field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.optional_groups import DocumentedOptionalGroup
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

CLOCK = '''
    """Clock readings as the sensors send them.

    A reading is ``H:MM:SS`` (``7:45:09``). Older sensors send ``H:MM`` only (``7:45``),
    which means second 0.
    """

    import re

    _READING = re.compile(r"(\\d{1,2}):(\\d{2}):(\\d{2})")


    class BadReading(ValueError):
        pass


    def seconds_of_day(text: str) -> int:
        if not text:
            raise BadReading(text)
        hour, minute, second = _READING.fullmatch(text).groups()
        return int(hour) * 3600 + int(minute) * 60 + int(second)


    def label(seconds: int) -> str:
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
'''


def _propose(tmp_path: Path, source: str = CLOCK, text: str = "'7:45'") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"sensors/__init__.py": "", "sensors/clock.py": source},
                              "sensors/clock.py", "_READING.fullmatch(", "AttributeError",
                              "'NoneType' object has no attribute 'groups'", {"text": text})
    return list(DocumentedOptionalGroup().propose(site, analysis))


def test_the_last_field_becomes_optional_with_its_documented_value(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(CLOCK).lstrip("\n")
    assert found[0].edits["sensors/clock.py"] == before.replace(
        'r"(\\d{1,2}):(\\d{2}):(\\d{2})"', 'r"(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"').replace(
        "    hour, minute, second = _READING.fullmatch(text).groups()\n",
        "    match = _READING.fullmatch(text)\n"
        "    if match is None:\n"
        "        raise BadReading(text)\n"
        '    hour, minute, second = match.groups(default="0")\n')
    assert "means second 0" in (found[0].contract or "")


def test_without_a_raise_of_its_own_no_guard_is_made_up(tmp_path: Path) -> None:
    source = CLOCK.replace("        if not text:\n            raise BadReading(text)\n", "")
    found = _propose(tmp_path, source)
    assert len(found) == 1
    assert "is None" not in found[0].edits["sensors/clock.py"]
    assert 'match.groups(default="0")' in found[0].edits["sensors/clock.py"]


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    source = CLOCK.replace(" Older sensors send ``H:MM`` only (``7:45``),\n    which means "
                           "second 0.", "")
    assert source != CLOCK
    assert _propose(tmp_path, source) == []


def test_a_refused_short_form_backs_nothing(tmp_path: Path) -> None:
    source = CLOCK.replace("which means second 0.", "which is not a valid reading; second 0 "
                           "would be a guess.")
    assert _propose(tmp_path, source) == []


def test_a_value_for_another_field_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CLOCK.replace("means second 0", "means minute 0")) == []


def test_a_value_the_group_would_not_match_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CLOCK.replace("means second 0", "means second zero")) == []


def test_text_in_another_form_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, text="'7.45'") == []


APP = {
    "pyproject.toml": '''
        [project]
        name = "sensors"
        version = "0.1.0"
    ''',
    "sensors/__init__.py": "",
    "sensors/clock.py": CLOCK,
    "tests/__init__.py": "",
    "tests/test_clock.py": '''
        import pytest

        from sensors.clock import BadReading, label, seconds_of_day


        def test_reading() -> None:
            assert seconds_of_day("7:45:09") == 27909
            assert label(27909) == "7:45:09"


        def test_empty_reading() -> None:
            with pytest.raises(BadReading):
                seconds_of_day("")
    ''',
}

TRIGGER = "from sensors.clock import seconds_of_day\nseconds_of_day('7:45')"

CHECK = '''
import pytest
from sensors.clock import BadReading, seconds_of_day
assert seconds_of_day("7:45") == 27900
assert seconds_of_day("12:00:30") == 43230
for text in ["7", "7:45:09:1", "7:4", "noon", "7:45:"]:
    with pytest.raises(BadReading):
        seconds_of_day(text)
'''


def test_an_older_sensors_reading_is_read_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, APP, TRIGGER, CHECK)
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert '(?::(\\d{2}))?"' in data["patch"]


TAGS = '''
    import re

    _VERSION = re.compile(r"v?(\\d+)\\.(\\d+)\\.(\\d+)")


    def parse(text: str) -> tuple[int, int, int]:
        """``"1.4.2"`` -> ``(1, 4, 2)``.

        A missing patch number counts as 0, so ``"v2.1"`` == ``"2.1.0"``. Raises ValueError
        for anything that is not a version.
        """
        match = _VERSION.fullmatch(text.strip())
        major, minor, patch = match.groups()
        return int(major), int(minor), int(patch)
'''


def _tags(tmp_path: Path, source: str = TAGS, text: str = "'v2.1 '") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"tags.py": source}, "tags.py", "match.groups()",
                              "AttributeError", "'NoneType' object has no attribute 'groups'",
                              {"text": text})
    return list(DocumentedOptionalGroup().propose(site, analysis))


def test_a_match_of_its_own_and_the_documented_error_for_other_text(tmp_path: Path) -> None:
    (found,) = _tags(tmp_path)
    edited = found.edits["tags.py"]
    assert edited == textwrap.dedent(TAGS).lstrip("\n").replace(
        'r"v?(\\d+)\\.(\\d+)\\.(\\d+)"', 'r"v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"').replace(
        "    major, minor, patch = match.groups()\n",
        "    if match is None:\n"
        "        raise ValueError(f\"not a version: {text!r}\")\n"
        '    major, minor, patch = match.groups(default="0")\n')
    namespace: dict[str, object] = {}
    exec(edited, namespace)
    parse = namespace["parse"]
    assert parse(" v2.1") == (2, 1, 0) and parse("2.1.3") == (2, 1, 3)  # type: ignore[operator]
    with pytest.raises(ValueError, match="not a version: 'nightly'"):
        parse("nightly")  # type: ignore[operator]


def test_an_unknown_documented_error_or_a_refused_short_form_gets_no_raise(
        tmp_path: Path) -> None:
    unknown = TAGS.replace("Raises ValueError", "Raises NotAVersion")
    (found,) = _tags(tmp_path / "unknown", unknown)
    assert "is None" not in found.edits["tags.py"]
    refused = TAGS.replace("counts as 0", "is not a release")
    assert _tags(tmp_path / "refused", refused) == []
    other = TAGS.replace("patch number counts as 0", "minor number counts as 0")
    assert _tags(tmp_path / "other-field", other) == []


def test_a_negated_check_raising_for_the_text_is_reused(tmp_path: Path) -> None:
    source = CLOCK.replace("        if not text:\n",
                           "        if not text[:1].isdigit():\n")
    (found,) = _propose(tmp_path / "negated", source)
    assert "raise BadReading(text)" in found.edits["sensors/clock.py"].split(
        "match = ")[1]
    plain = CLOCK.replace("        if not text:\n", '        if text.startswith("x"):\n')
    (found,) = _propose(tmp_path / "plain", plain)
    assert "match is None" not in found.edits["sensors/clock.py"]
