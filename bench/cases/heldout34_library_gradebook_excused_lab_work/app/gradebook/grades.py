"""Final marks from the component scores teachers enter in the gradebook."""

from __future__ import annotations

from gradebook.scheme import COMPONENT_WEIGHTS, GRADE_BOUNDARIES

#: A component's score out of 100, or None when the student is excused from it
#: (a medical note, a lab session missed for a school trip).
Scores = dict[str, "float | None"]


def final_percentage(scores: Scores) -> float:
    """The weighted average of the component scores, to one decimal place.

    An excused component (None) is left out of the mark altogether: the weights of the
    components that remain are scaled up so they still sum to 1, so a student excused
    from labs is graded on homework and exam alone, in the ratio 0.2 : 0.5.
    """
    total = sum(scores[name] * weight for name, weight in COMPONENT_WEIGHTS.items())
    return round(total, 1)


def letter(percentage: float) -> str:
    for lowest, grade in GRADE_BOUNDARIES:
        if percentage >= lowest:
            return grade
    return GRADE_BOUNDARIES[-1][1]
