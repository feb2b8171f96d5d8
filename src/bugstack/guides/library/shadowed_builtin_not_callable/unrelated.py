"""Code that uses builtins, and local names that do not hide them."""


def report(totals: list[int]) -> str:
    highest = max(totals)
    return f"{highest} of {len(totals)}"


def pick(items: list[int], filter: bool) -> list[int]:
    return sorted(items) if filter else items


def largest(values: list[int]) -> int:
    max_value = 0
    for value in values:
        max_value = max(max_value, value)
    return max_value
