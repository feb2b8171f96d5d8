"""Ticket codes as printed under the QR code: ``EVT-<event id>-<serial>``, e.g. ``EVT-0042-000123``.

Codes are case-insensitive. The print is upper-case, but when a scanner cannot read a
crumpled or wet ticket the door staff type the code by hand, usually in lower case, and
that must check the ticket in just the same. Surrounding whitespace is ignored too (the
handheld scanners end every read with a newline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CODE_RE = re.compile(r"EVT-(\d{4})-(\d{6})")


@dataclass(frozen=True)
class TicketCode:
    event_id: int
    serial: int

    def __str__(self) -> str:
        return f"EVT-{self.event_id:04d}-{self.serial:06d}"


def parse_code(raw: str) -> TicketCode | None:
    """The code in ``raw``, or None when ``raw`` is not a ticket code at all."""
    match = CODE_RE.fullmatch(raw.strip())
    if match is None:
        return None
    return TicketCode(int(match.group(1)), int(match.group(2)))
