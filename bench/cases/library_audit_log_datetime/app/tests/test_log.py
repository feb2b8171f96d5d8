import io
import json
from datetime import UTC, datetime

from audit.log import record_login


def test_login_line() -> None:
    out = io.StringIO()
    record_login(out, "ada", datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    assert json.loads(out.getvalue()) == {"actor": "ada", "action": "login", "at": "2024-05-01T12:00:00+00:00"}
