"""The department's marking scheme for the science course."""

#: Share of the final mark each component carries; they sum to 1.
COMPONENT_WEIGHTS: dict[str, float] = {
    "homework": 0.2,
    "labs": 0.3,
    "exam": 0.5,
}

#: Lowest final percentage for each letter, best first.
GRADE_BOUNDARIES: tuple[tuple[float, str], ...] = (
    (70.0, "A"),
    (60.0, "B"),
    (50.0, "C"),
    (40.0, "D"),
    (0.0, "F"),
)
