"""The department's late-submission rule."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

#: Percentage points lost per day late, a part day counting as a whole one.
PENALTY_PER_DAY = 5


def days_late(submitted_at: datetime, deadline: datetime) -> int:
    if submitted_at <= deadline:
        return 0
    return math.ceil((submitted_at - deadline) / timedelta(days=1))


def final_mark(mark: int, late: int) -> int:
    return max(mark - PENALTY_PER_DAY * late, 0)
