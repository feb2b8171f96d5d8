"""The mailing-house export. ``python -m crm.export DUMP.jsonl OUT.csv``"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from crm.contacts import load_contacts

#: The columns the mailing house imports, in this order, and nothing else: the file
#: leaves the company, so no other key of a record may appear in it.
EXPORT_COLUMNS = ["email", "first_name", "last_name", "country"]


def write_export(contacts: list[dict], out: Path) -> int:
    """Write the opted-in contacts; a column a record lacks is left empty."""
    rows = [c for c in contacts if c.get("opted_in")]
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: v for k, v in row.items() if k != "opted_in"})
    return len(rows)


def main(argv: list[str]) -> int:
    count = write_export(load_contacts(Path(argv[0])), Path(argv[1]))
    print(f"exported {count} contacts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
