"""Sweeps rotated logs into the day's archive folder: ``python -m logtools.archive``.

LOG_DIR and ARCHIVE_DIR come from the environment. Cron runs this every hour, so by the
second run of a day the day's folder already exists; each run still moves whatever was
rotated since the previous one.
"""

from __future__ import annotations

import os
import shutil
import sys
from datetime import date
from pathlib import Path

DEFAULT_LOG_DIR = "/var/log/shop"
DEFAULT_ARCHIVE_DIR = "/var/archive/shop"


def sweep(log_dir: Path, archive_dir: Path, today: date) -> list[Path]:
    """Moves every rotated log (``api.log.1``, ``worker.log.3`` ...) into
    ``archive_dir/<today>/`` and returns where they went; live ``*.log`` files stay."""
    target = archive_dir / today.isoformat()
    target.mkdir(parents=True)
    moved = []
    for log in sorted(log_dir.glob("*.log.*")):
        destination = target / f"{log.name}.{len(list(target.iterdir()))}"
        shutil.move(log, destination)
        moved.append(destination)
    return moved


def main() -> int:
    log_dir = Path(os.environ.get("LOG_DIR", DEFAULT_LOG_DIR))
    archive_dir = Path(os.environ.get("ARCHIVE_DIR", DEFAULT_ARCHIVE_DIR))
    moved = sweep(log_dir, archive_dir, date.today())
    print(f"archived {len(moved)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
