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


# optional_groups under review (review 2): a short form documented as unsupported, and a
UNSUPPORTED = r'''
    """Release versions."""

    import re

    _VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


    def parse(text: str) -> tuple[int, int, int]:
        """``major.minor.patch`` as numbers. Two-part versions like ``4.2``, where a missing
        patch number counts as 0, are unsupported since 3.0: re-export them first."""
        match = _VERSION.fullmatch(text.strip())
        major, minor, patch = match.groups()
        return int(major), int(minor), int(patch)
'''

PARSE_TESTS = '''
    from releases.versions import parse


    def test_parse() -> None:
        assert parse(" 4.2.1 ") == (4, 2, 1)
'''


def test_a_short_form_documented_as_unsupported_is_not_read(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"releases/__init__.py": "", "releases/versions.py": UNSUPPORTED,
                   "tests/__init__.py": "", "tests/test_versions.py": PARSE_TESTS},
        'from releases.versions import parse\nparse("4.2")',
        'from releases.versions import parse\n'
        'try:\n    got = parse("4.2")\nexcept Exception:\n    pass\n'
        'else:\n    raise AssertionError(f"an unsupported version was read: {got}")\n')
    assert data is not None


SHARED = r'''
    """Release versions. A short version like ``4.2`` means patch 0."""

    import re

    _VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


    def is_release(text: str) -> bool:
        """Whether ``text`` names a full release, all three parts given: a tag with two
        parts names a maintenance branch, which is not a release."""
        return _VERSION.fullmatch(text) is not None


    def parse(text: str) -> tuple[int, int, int]:
        """``major.minor.patch`` as numbers."""
        major, minor, patch = _VERSION.fullmatch(text).groups()
        return int(major), int(minor), int(patch)
'''

SHARED_TESTS = '''
    from releases.versions import is_release, parse


    def test_versions() -> None:
        assert parse("4.2.1") == (4, 2, 1)
        assert is_release("1.0.0")
        assert not is_release("main")
'''


def test_widening_a_shared_pattern_leaves_its_other_users_alone(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"releases/__init__.py": "", "releases/versions.py": SHARED,
                   "tests/__init__.py": "", "tests/test_versions.py": SHARED_TESTS},
        'from releases.versions import parse\nparse("4.2")',
        'from releases.versions import is_release\n'
        'assert not is_release("4.2"), "a maintenance branch became a release"\n')
    assert data is not None


# optional_groups, review 4: ``groups(default=...)`` also fills an earlier optional group,
ADDRESS = '''
    """Database addresses from the settings file."""

    import re

    _ADDRESS = re.compile(r"(?:(\\w+)@)?([\\w.]+):(\\d+)")


    def address(text: str) -> tuple[str | None, str, int]:
        """``user@host:port`` as (user, host, port); the user is optional and None when
        absent. Old settings files write ``db.local`` alone, which means port 5432."""
        user, host, port = _ADDRESS.fullmatch(text).groups()
        return user, host, int(port)
'''

ADDRESS_TESTS = '''
    from conf.addresses import address


    def test_address() -> None:
        assert address("ann@db.local:5433") == ("ann", "db.local", 5433)
'''


def test_the_default_port_does_not_become_the_user(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"conf/__init__.py": "", "conf/addresses.py": ADDRESS,
                   "tests/__init__.py": "", "tests/test_addresses.py": ADDRESS_TESTS},
        'from conf.addresses import address\naddress("db.local")',
        'from conf.addresses import address\n'
        'assert address("db.local:5433") == (None, "db.local", 5433), '
        'address("db.local:5433")\n')
    assert data is not None


NIGHTLY = '''
    """Release tags."""

    import re

    _TAG = re.compile(r"v(\\d+)\\.(\\d+)\\.(\\d+)")


    class NightlyBuild(Exception):
        """A nightly tag: callers skip it when listing releases."""


    def release(tag: str) -> tuple[int, int, int]:
        """``v1.4.2`` as (1, 4, 2). A tag like ``v1.4`` means patch 0. Nightly tags raise
        NightlyBuild so that release listings skip them."""
        if tag.startswith("nightly-"):
            raise NightlyBuild(tag)
        major, minor, patch = _TAG.fullmatch(tag).groups()
        return int(major), int(minor), int(patch)
'''

NIGHTLY_TESTS = '''
    import pytest

    from ship.tags import NightlyBuild, release


    def test_release() -> None:
        assert release("v1.4.2") == (1, 4, 2)


    def test_nightly() -> None:
        with pytest.raises(NightlyBuild):
            release("nightly-2024-05-01")
'''


def test_a_malformed_tag_is_not_reported_as_a_nightly_build(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"ship/__init__.py": "", "ship/tags.py": NIGHTLY,
                   "tests/__init__.py": "", "tests/test_tags.py": NIGHTLY_TESTS},
        'from ship.tags import release\nrelease("v1.4")',
        'from ship.tags import NightlyBuild, release\n'
        'try:\n    release("release-candidate")\nexcept NightlyBuild:\n'
        '    raise AssertionError("a malformed tag was skipped as a nightly build")\n'
        'except Exception:\n    pass\n')
    assert data is not None
