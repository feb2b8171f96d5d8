"""Arithmetic on values that are always present, or already defaulted."""


def total(lines: list[dict[str, int]]) -> int:
    count = 0
    for line in lines:
        count += line.get("quantity", 1)
    return count


def price(line: dict[str, int]) -> int:
    return line["unit"] * line["quantity"]


def label(line: dict[str, str]) -> str:
    return "sku " + str(line.get("sku"))
