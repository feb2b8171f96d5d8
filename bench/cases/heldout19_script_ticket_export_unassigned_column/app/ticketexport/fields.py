"""Reading dotted field paths (``assignee.name``) out of the helpdesk's JSON tickets."""

from __future__ import annotations

from typing import Any

#: The cell written for a value that is not there.
MISSING = ""
#: How list values (labels) are joined into one cell.
LIST_SEPARATOR = "; "


def resolve(record: dict[str, Any], path: str) -> str:
    """The value at ``path`` as a CSV cell.

    A key missing anywhere along the path gives MISSING, and so does a null anywhere along
    it: the helpdesk writes ``"assignee": null`` for an unassigned ticket and
    ``"due": null`` for one without a due date. Lists are joined with LIST_SEPARATOR,
    booleans are written ``yes``/``no``.
    """
    value: Any = record
    for key in path.split("."):
        if key not in value:
            return MISSING
        value = value[key]
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def parse_where(conditions: list[str]) -> list[tuple[str, str]]:
    """``--where path=value`` options as (path, value) pairs."""
    pairs = []
    for condition in conditions:
        path, sep, value = condition.partition("=")
        if not sep or not path:
            raise ValueError(f"--where expects path=value, got {condition!r}")
        pairs.append((path.strip(), value.strip()))
    return pairs


def keep(record: dict[str, Any], where: list[tuple[str, str]]) -> bool:
    """Every condition holds, comparing the cell text case-insensitively."""
    return all(resolve(record, path).lower() == value.lower() for path, value in where)
