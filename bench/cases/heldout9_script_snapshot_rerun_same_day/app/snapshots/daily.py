"""Daily snapshot of the uploads directory. ``python -m snapshots.daily SOURCE BACKUP_ROOT``

Each day's snapshot is ``BACKUP_ROOT/YYYY-MM-DD/``, a plain copy of SOURCE. There is one
snapshot per day: re-running on the same day (after a run that failed half-way, or by
hand after fixing something) replaces that day's snapshot, so that it matches SOURCE as
it is now. The KEEP most recent snapshots are kept, older ones are deleted.
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

KEEP = 7


def snapshot(source: Path, root: Path, day: date) -> Path:
    target = root / day.isoformat()
    shutil.copytree(source, target)
    return target


def prune(root: Path, keep: int = KEEP) -> list[Path]:
    """Deletes all but the ``keep`` most recent snapshots; returns what it deleted."""
    days = sorted(p for p in root.iterdir() if p.is_dir())
    old = days[:-keep] if keep else days
    for path in old:
        shutil.rmtree(path)
    return old


def main(argv: list[str]) -> int:
    source, root = Path(argv[0]), Path(argv[1])
    root.mkdir(parents=True, exist_ok=True)
    target = snapshot(source, root, date.today())
    prune(root)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
