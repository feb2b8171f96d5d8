"""Loops that iterate ranges or sequences already."""


def numbered(lines: list[str]) -> list[str]:
    return [f"{i}. {line}" for i, line in enumerate(lines, start=1)]


def squares(n: int) -> list[int]:
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def sizes(groups: list[list[int]]) -> list[int]:
    return [len(group) for group in groups]
