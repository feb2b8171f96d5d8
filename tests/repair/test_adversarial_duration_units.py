"""duration_units under review: a number whose unit the code leaves unsaid, or says two
ways, is not turned into a duration by guessing (``timedelta(seconds=...)`` is the tempting
one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import fix_and_check

SESSIONS = '''
    """Sign-in sessions."""
    from datetime import datetime, timedelta

    SESSION_TTL = timedelta(hours=8)

    {comment}
    {name} = 30


    def session_lifetime(remember: bool) -> timedelta:
        """How long a session lasts."""
        if remember:
            return {name}
        return SESSION_TTL


    def expires_at(now: datetime, remember: bool) -> datetime:
        return now + session_lifetime(remember)
'''

TESTS = '''
    from datetime import datetime, timedelta

    from accounts.sessions import expires_at


    def test_plain_session() -> None:
        now = datetime(2026, 3, 2, 9, 0)
        assert expires_at(now, False) == now + timedelta(hours=8)
'''


@pytest.mark.parametrize(("name", "comment"), [
    # Silent: "stay signed in" says nothing of the unit.
    ("REMEMBER_ME", "# Keep me signed in."),
    # The name says days, the comment says what the value counts now: hours.
    ("REMEMBER_ME_DAYS", "# Counted in hours since the mobile app shipped (it was days)."),
])
def test_an_unsaid_or_contradicted_unit_is_left_to_a_person(
        tmp_path: Path, name: str, comment: str) -> None:
    data = fix_and_check(
        tmp_path, {"accounts/__init__.py": "",
                   "accounts/sessions.py": SESSIONS.format(name=name, comment=comment),
                   "tests/test_sessions.py": TESTS},
        "from datetime import datetime\nfrom accounts.sessions import expires_at\n"
        "expires_at(datetime(2026, 3, 2, 9, 0), True)",
        # Nothing settles the unit, so no fix can be checked as right: any claim is wrong.
        "raise SystemExit('a unit nothing settles was chosen')")
    assert data is not None and data["status"] != "fixed"
