"""Imports the contact export of the old CRM. ``python -m crmsync.import_contacts IN.csv OUT.json``

The export has the header ``name,email,phone,notes``. The old CRM drops empty cells at the
end of a row, so a row may be shorter than the header: its missing cells are empty, and
the contact is imported all the same.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from crmsync.contacts import Contact, normalise_phone


def contact_from_row(row: dict[str, str]) -> Contact:
    return Contact(
        name=row["name"].strip(),
        email=row["email"].strip().lower(),
        phone=normalise_phone(row["phone"]),
        notes=row["notes"].strip(),
    )


def read_contacts(path: Path) -> list[Contact]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [contact_from_row(row) for row in csv.DictReader(handle)]


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    contacts = read_contacts(source)
    target.write_text(json.dumps([c.as_json() for c in contacts], indent=2), encoding="utf-8")
    print(f"imported {len(contacts)} contact(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
