"""Divisions that are guarded or cannot be by zero."""


def average(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def half(value: float) -> float:
    result = value / 2
    return result
