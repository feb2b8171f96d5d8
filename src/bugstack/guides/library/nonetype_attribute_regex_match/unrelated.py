"""Regular-expression code that already checks its matches."""

import re


def year(reference: str) -> str | None:
    found = re.search(r"/(\d{4})$", reference)
    return found.group(1) if found else None


def is_order(reference: str) -> bool:
    return re.match(r"ORD-", reference) is not None


def parts(reference: str) -> list[str]:
    return re.split(r"[-/]", reference)
