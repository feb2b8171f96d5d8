"""A bare number added to a datetime becomes the duration its own documentation gives it;
nothing is proposed when the unit is unsaid or said two ways."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.duration_units import DurationUnits
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

SESSIONS = '''
    """Sign-in sessions."""
    from datetime import datetime, timedelta, timezone

    #: A plain sign-in lasts one working day.
    SESSION_TTL = timedelta(hours=8)

    #: "Keep me signed in": the session lasts this many days.
    REMEMBER_ME_DAYS = 30


    def session_lifetime(remember: bool) -> timedelta:
        """SESSION_TTL, or REMEMBER_ME_DAYS days when the user asked to be remembered."""
        if remember:
            return REMEMBER_ME_DAYS
        return SESSION_TTL


    def expires_at(now: datetime, remember: bool) -> datetime:
        return now + session_lifetime(remember)


    def grace(count: int) -> int:
        return count + 1
'''

MESSAGE = "unsupported operand type(s) for +: 'datetime.datetime' and 'int'"


def _propose(tmp_path: Path, sessions: str = SESSIONS, needle: str = "now + session_lifetime",
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"accounts/__init__.py": "",
                                         "accounts/sessions.py": sessions},
                              "accounts/sessions.py", needle, "TypeError", message,
                              {"now": "datetime.datetime(2026, 3, 2, 9, 0)", "remember": "True"})
    return list(DurationUnits().propose(site, analysis))


def test_the_returned_constant_becomes_a_duration_in_its_documented_unit(
        tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["accounts/sessions.py"]
    assert after == textwrap.dedent(SESSIONS).lstrip("\n").replace(
        "        return REMEMBER_ME_DAYS", "        return timedelta(days=REMEMBER_ME_DAYS)")
    assert "return count + 1" in after and "return SESSION_TTL" in after  # left alone
    assert found[0].contract is not None and "-> timedelta" in found[0].contract


def test_a_constant_operand_is_wrapped_in_place_and_timedelta_imported(tmp_path: Path) -> None:
    source = '''
        """Retries."""
        from datetime import datetime

        RETRY_AFTER_MINUTES = 5  # minutes until the next attempt


        def next_attempt(failed_at: datetime) -> datetime:
            return failed_at + RETRY_AFTER_MINUTES
    '''
    found = _propose(tmp_path, source, "failed_at + RETRY_AFTER_MINUTES")
    assert len(found) == 1
    after = found[0].edits["accounts/sessions.py"]
    assert "return failed_at + timedelta(minutes=RETRY_AFTER_MINUTES)" in after
    assert "from datetime import datetime\nfrom datetime import timedelta\n" in after


def test_a_constant_with_no_unit_gets_nothing(tmp_path: Path) -> None:
    silent = SESSIONS.replace("REMEMBER_ME_DAYS", "REMEMBER_ME").replace(
        "the session lasts this many days.", "how long the session lasts.").replace(
        "REMEMBER_ME days when", "REMEMBER_ME when")
    assert _propose(tmp_path, silent) == []


def test_a_unit_said_two_ways_gets_nothing(tmp_path: Path) -> None:
    mixed = SESSIONS.replace("this many days.", "this many hours.")
    assert _propose(tmp_path, mixed) == []


def test_a_function_not_declared_to_return_a_timedelta_gets_nothing(tmp_path: Path) -> None:
    undeclared = SESSIONS.replace("def session_lifetime(remember: bool) -> timedelta:",
                                  "def session_lifetime(remember: bool) -> int:")
    assert _propose(tmp_path, undeclared) == []


def test_other_operand_types_get_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="unsupported operand type(s) for +: 'int' and 'str'") == []


API_TESTS = '''
    from datetime import datetime, timedelta, timezone

    from accounts.sessions import expires_at


    def test_plain_session() -> None:
        now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
        assert expires_at(now, False) == now + timedelta(hours=8)
'''


def test_a_remembered_session_lasts_the_documented_days(tmp_path: Path) -> None:
    trigger = ('from datetime import datetime, timezone\nfrom accounts.sessions import expires_at\n'
               'expires_at(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc), True)')
    check = ('from datetime import datetime, timezone\nfrom accounts.sessions import expires_at\n'
             'now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)\n'
             'assert expires_at(now, True) == datetime(2026, 4, 1, 9, 0, tzinfo=timezone.utc)')
    data = fix_and_check(tmp_path, {"accounts/__init__.py": "", "accounts/sessions.py": SESSIONS,
                                    "tests/test_sessions.py": API_TESTS}, trigger, check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert "timedelta(days=REMEMBER_ME_DAYS)" in data["patch"]


def test_a_number_that_is_not_a_plain_count_of_the_unit_gets_nothing(tmp_path: Path) -> None:
    # A singular unit word in a name is no unit ("same day", "second reminder"), and a
    # comment saying the number is a moment, an hour of the day or working days vetoes.
    for n, (name, comment) in enumerate([
            ("SAME_DAY_CUTOFF", "orders paid before this ship the same day"),
            ("SECOND_REMINDER", "the second reminder goes out this many nights before"),
            ("REMEMBER_ME_DAYS", "the session lasts this many working days"),
            ("REMEMBER_ME_SECONDS", "the Unix time of the build, in seconds since 1970"),
            ("REMEMBER_ME_HOURS", "14 is 2 pm on the warehouse clock")]):
        source = SESSIONS.replace("REMEMBER_ME_DAYS", name).replace(
            '"Keep me signed in": the session lasts this many days.', comment).replace(
            f"{name} days when", f"{name} when")
        assert _propose(tmp_path / str(n), source) == [], name
