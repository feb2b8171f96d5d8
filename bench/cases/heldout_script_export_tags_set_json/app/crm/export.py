"""Export the CRM's contacts for the mailing tool: ``python -m crm.export IN.csv OUT.jsonl``.

One JSON object per line: ``{"email", "name", "tags"}`` with ``tags`` a sorted list of
strings (the mailing tool diffs successive exports, so the order must be stable).
Unsubscribed contacts are left out.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path

from crm.contacts import Contact, load_contacts


def export_line(contact: Contact) -> str:
    record = asdict(contact)
    del record["unsubscribed"]
    return json.dumps(record, ensure_ascii=False)


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    with source.open(newline="", encoding="utf-8") as handle:
        contacts = load_contacts(list(csv.DictReader(handle)))
    with target.open("w", encoding="utf-8") as out:
        for contact in contacts:
            if not contact.unsubscribed:
                out.write(export_line(contact) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
