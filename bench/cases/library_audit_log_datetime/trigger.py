"""A user changes their password."""

import io
from datetime import UTC, datetime

from audit.log import record_password_change

record_password_change(
    io.StringIO(), "grace", datetime(2024, 6, 2, 9, 30, tzinfo=UTC), datetime(2023, 12, 24, 18, 0, tzinfo=UTC)
)
