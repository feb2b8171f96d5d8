import io
import json
from datetime import UTC, datetime

from audit.log import record_login, record_password_change


def test_password_change_line_has_iso_timestamps() -> None:
    out = io.StringIO()
    record_password_change(
        out, "grace", datetime(2024, 6, 2, 9, 30, tzinfo=UTC), datetime(2023, 12, 24, 18, 0, tzinfo=UTC)
    )
    assert json.loads(out.getvalue()) == {
        "actor": "grace",
        "action": "password_change",
        "at": "2024-06-02T09:30:00+00:00",
        "previous_change": "2023-12-24T18:00:00+00:00",
    }


def test_login_unchanged() -> None:
    out = io.StringIO()
    record_login(out, "ada", datetime(2024, 5, 1, tzinfo=UTC))
    assert json.loads(out.getvalue())["at"] == "2024-05-01T00:00:00+00:00"
