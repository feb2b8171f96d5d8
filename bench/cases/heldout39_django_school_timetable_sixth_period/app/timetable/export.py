"""Lessons by form and weekday, as (period, subject, room), from the nightly MIS export."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")

LESSONS: dict[str, dict[str, list[tuple[int, str, str]]]] = {
    "9C": {
        "monday": [(1, "Maths", "M4"), (2, "English", "E2"), (3, "Science", "S1"), (4, "French", "L3"), (5, "PE", "Gym")],
        "tuesday": [(1, "History", "H1"), (2, "Maths", "M4"), (3, "Art", "A2"), (4, "Art", "A2"), (5, "English", "E2")],
        "wednesday": [(1, "Science", "S1"), (2, "Science", "S1"), (3, "Geography", "G2"), (4, "Music", "Mu1")],
        "thursday": [(1, "English", "E2"), (2, "Maths", "M4"), (3, "Computing", "IT3"), (4, "French", "L3"), (5, "RE", "H2"), (6, "Drama", "Studio")],
        "friday": [(1, "Maths", "M4"), (2, "Science", "S1"), (3, "English", "E2"), (4, "PE", "Gym")],
    },
    "11A": {
        "monday": [(1, "Chemistry", "S3"), (2, "Chemistry", "S3"), (3, "Maths", "M1"), (4, "English", "E1"), (5, "Spanish", "L1"), (6, "Spanish", "L1")],
        "tuesday": [(1, "Biology", "S2"), (2, "Maths", "M1"), (3, "English", "E1"), (4, "History", "H1")],
    },
}
