"""Deletes old exports. ``python -m housekeeping.cleanup CONF [--dry-run]``"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from housekeeping.settings import Settings, read_settings

DAY = 86400.0


def expired(settings: Settings, now: float) -> list[Path]:
    cutoff = now - settings.retention_days * DAY
    return sorted(p for p in settings.directory.iterdir() if p.is_file() and p.stat().st_mtime < cutoff)


def summary(settings: Settings, removed: list[Path]) -> str:
    line = f"removed {len(removed)} file(s) older than {settings.retention_days} days"
    if settings.webhook_url:
        # Production posts the line to the chat webhook; the post is not part of this sample.
        line += f" (posted to {settings.webhook_url})"
    return line


def main(argv: list[str]) -> int:
    settings = read_settings(Path(argv[0]))
    dry_run = "--dry-run" in argv[1:]
    removed = expired(settings, time.time())
    if not dry_run:
        for path in removed:
            path.unlink()
    print(summary(settings, removed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
