"""File names for per-customer documents."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[/\\]+")


def safe_filename(customer: str, suffix: str = ".csv") -> str:
    """The file name of ``customer``'s document: the name as the customer spells it, with
    path separators ('/' and '\\') turned into '-' so 'AC/DC Touring Ltd' is one file,
    'AC-DC Touring Ltd.csv', in the output folder and not a folder of its own."""
    return _SEPARATORS.sub("-", customer.strip()) + suffix
