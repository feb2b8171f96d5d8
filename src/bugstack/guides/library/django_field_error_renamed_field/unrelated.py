"""Queries whose field names are right, and lookups the recipe has no business with."""

from typing import Any


def recent(tickets: Any) -> Any:
    # `opened` was renamed to `opened_at`; this query already uses the new name.
    return tickets.objects.order_by("-opened_at")[:20]


def busiest(tickets: Any, count: Any) -> Any:
    # An alias made by annotate() is a valid name in order_by() and values().
    return tickets.objects.annotate(opened=count("id")).order_by("-opened").values("opened")


def titles(rows: list[dict[str, str]]) -> list[str]:
    # sorted() and dict keys are not Django lookups.
    return sorted(row["opened"] for row in rows)
