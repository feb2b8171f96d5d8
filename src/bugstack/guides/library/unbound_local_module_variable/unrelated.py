"""Functions that use module variables correctly, or only locally."""

total = 0
limit = 10


def add(amount: int) -> int:
    global total
    total += amount
    return total


def remaining(used: int) -> int:
    return limit - used


def count(items: list[int]) -> int:
    total = 0
    for item in items:
        total += item
    return total
