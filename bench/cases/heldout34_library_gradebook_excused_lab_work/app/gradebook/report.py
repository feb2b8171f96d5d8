"""The end-of-term report the school office prints for each class."""

from __future__ import annotations

from gradebook.grades import Scores, final_percentage, letter


def class_report(students: dict[str, Scores]) -> list[tuple[str, float, str]]:
    """``(student, final percentage, letter)`` for every student, best mark first and
    students on the same mark by name."""
    rows = [(name, final_percentage(scores)) for name, scores in students.items()]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return [(name, pct, letter(pct)) for name, pct in rows]


def render(rows: list[tuple[str, float, str]]) -> str:
    return "\n".join(f"{name:<20}{pct:>6.1f}  {grade}" for name, pct, grade in rows)
