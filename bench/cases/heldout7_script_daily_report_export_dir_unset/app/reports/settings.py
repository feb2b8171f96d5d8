"""Where the reports go. Deployments set EXPORT_DIR; a developer's checkout and the
staging box do not, and use the default."""

from __future__ import annotations

import os
from datetime import date

#: Used when EXPORT_DIR is not set: 'exports' under the working directory (created on
#: first use).
DEFAULT_EXPORT_DIR = "exports"


def export_path(day: date) -> str:
    """``$EXPORT_DIR/daily-YYYY-MM-DD.csv``, with EXPORT_DIR defaulting to DEFAULT_EXPORT_DIR."""
    return os.path.join(os.environ.get("EXPORT_DIR"), f"daily-{day.isoformat()}.csv")
