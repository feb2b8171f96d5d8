"""Export a workspace's audit trail as CSV for its compliance officer.

    audit-export --log audit.jsonl --directory directory.json --out audit.csv [--since 2024-05-01]

Columns: ``at`` (ISO 8601, UTC), ``actor`` (the person's e-mail address; for an action
made with an API key, ``API key "<key name>"``), ``action``, ``target``. Every entry of
the period is exported, in order: the file is the workspace's compliance record.
"""

from __future__ import annotations

import argparse
import csv
from datetime import date
from pathlib import Path

from auditexport.audit import Entry, read_entries
from auditexport.directory import Directory

COLUMNS = ("at", "actor", "action", "target")


def actor_label(entry: Entry, directory: Directory) -> str:
    return directory.email_of(int(entry.actor))


def write_csv(entries: list[Entry], directory: Directory, out: Path) -> int:
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for entry in entries:
            writer.writerow(
                (
                    entry.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    actor_label(entry, directory),
                    entry.action,
                    entry.target,
                )
            )
    return len(entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="audit-export")
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--directory", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--since", type=date.fromisoformat)
    args = parser.parse_args(argv)
    entries = read_entries(args.log, args.since)
    count = write_csv(entries, Directory.load(args.directory), args.out)
    print(f"exported {count} audit entries to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
