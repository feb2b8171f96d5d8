"""The course catalogue and how visitors search it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Course:
    code: str
    title: str
    level: str


COURSES = (
    Course("PY101", "Python for beginners", "beginner"),
    Course("CPP201", "C++ for Python developers", "intermediate"),
    Course("CS110", "C# in a weekend", "beginner"),
    Course("SQL150", "SQL: joins (and when not to)", "intermediate"),
    Course("NET300", "Networking 2.0: IPv6 in practice", "advanced"),
)


def search(query: str) -> list[Course]:
    """Courses whose title contains ``query``.

    The query is what the visitor typed (or pasted) in the search box and is matched as
    plain text, ignoring case: a fragment of a title pasted with its bracket, 'joins (and
    when', finds the SQL course, 'c++' finds "C++ for Python developers", '2.0' finds
    "Networking 2.0" and not "Networking 200". Titles are listed in catalogue order.
    """
    pattern = re.compile(query, re.IGNORECASE)
    return [course for course in COURSES if pattern.search(course.title)]


def by_level(level: str) -> list[Course]:
    return [course for course in COURSES if course.level == level]
