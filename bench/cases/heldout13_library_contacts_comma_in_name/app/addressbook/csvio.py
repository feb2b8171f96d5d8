"""Moving contacts in and out of spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from addressbook.contacts import Contact

#: The header row, in column order.
FIELDS = ("name", "email", "phone")


def dump(contacts: Iterable[Contact], stream: TextIO) -> int:
    """Write ``contacts`` as CSV (header row first); returns how many were written."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FIELDS)
    count = 0
    for contact in contacts:
        writer.writerow([contact.name, contact.email, contact.phone])
        count += 1
    return count


def load(stream: TextIO) -> list[Contact]:
    """Read what :func:`dump` wrote, or a spreadsheet saved as CSV with the same header.

    This is standard CSV: a field holding a comma, a quote or a line break is quoted.
    """
    header, *lines = stream.read().splitlines()
    if tuple(header.split(",")) != FIELDS:
        raise ValueError(f"expected the header {','.join(FIELDS)}, got {header!r}")
    contacts = []
    for line in lines:
        name, email, phone = line.split(",")
        contacts.append(Contact(name, email, phone))
    return contacts
