"""Delete old database dumps, keeping the newest ones.

    python -m ops.prune_backups /var/backups/db [--keep N]

Dumps are named ``db-YYYYMMDD-HHMM.sql.gz``. All but the ``--keep`` newest (default
KEEP) are deleted; other files in the directory are never touched. Cron runs this
nightly on every database host, new ones included: a directory holding ``--keep``
dumps or fewer is left as it is.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

KEEP = 7
DUMP_NAME = re.compile(r"^db-\d{8}-\d{4}\.sql\.gz$")


def dumps(directory: Path) -> list[Path]:
    """The dumps in ``directory``, oldest first (the names sort by time)."""
    return sorted((p for p in directory.iterdir() if DUMP_NAME.match(p.name)), key=lambda p: p.name)


def prune(directory: Path, keep: int = KEEP) -> list[Path]:
    """Deletes all but the ``keep`` newest dumps; returns the deleted ones, oldest first."""
    found = dumps(directory)
    oldest_kept = found[-keep]
    doomed = [p for p in found if p.name < oldest_kept.name]
    for path in doomed:
        path.unlink()
    return doomed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="prune_backups", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--keep", type=int, default=KEEP)
    args = parser.parse_args(argv)
    if args.keep < 1:
        parser.error("--keep must be at least 1")
    deleted = prune(args.directory, args.keep)
    for path in deleted:
        print(f"deleted {path.name}")
    print(f"{len(deleted)} dump(s) deleted, {len(dumps(args.directory))} kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
