"""Indexing that is guarded, or not a first/last lookup."""


def first(items: list[int]) -> int | None:
    return items[0] if items else None


def second(pair: tuple[int, int]) -> int:
    return pair[1]


def header(rows: list[list[str]]) -> list[str]:
    head = rows[0]
    return head
