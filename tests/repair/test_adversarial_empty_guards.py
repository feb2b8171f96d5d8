"""empty_guard under review: a return type ``-> list[...]`` types the function's whole
answer. It backs no ``[]`` written in place of one item's value (``names.append(team.owners[0]
.name if team.owners else [])``) or of one quotient in a loop: a list of names would hold a
list, a list of scores a list."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import generate
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

LEADS = '''
    from dataclasses import dataclass, field


    @dataclass
    class Owner:
        name: str


    @dataclass
    class Team:
        slug: str
        owners: list[Owner] = field(default_factory=list)


    def lead_names(teams: list[Team]) -> list[str]:
        """The name of each team's lead (its first owner), in the teams' order."""
        names = []
        for team in teams:
            names.append(team.owners[0].name)
        return names
'''

LEADS_TESTS = '''
    from org.teams import Owner, Team, lead_names


    def test_leads():
        assert lead_names([Team("core", [Owner("ann"), Owner("bo")])]) == ["ann"]
'''

# Whatever a team without owners gives, the answer is a list of names.
LEADS_CHECK = '''
from org.teams import Owner, Team, lead_names
try:
    names = lead_names([Team("core", [Owner("ann")]), Team("docs")])
except (IndexError, ValueError, LookupError):
    pass
else:
    assert all(isinstance(n, str) for n in names), f"a list of names holds {names!r}"
'''

LEADS_TRIGGER = 'from org.teams import Team, lead_names\nlead_names([Team("docs")])'


def test_a_list_return_type_backs_no_empty_list_for_one_items_value(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"org/__init__.py": "", "org/teams.py": LEADS,
                                    "tests/test_teams.py": LEADS_TESTS},
                         LEADS_TRIGGER, LEADS_CHECK)
    assert data is not None and data["status"] != "fixed"


SCORES = '''
    from dataclasses import dataclass


    @dataclass
    class Course:
        title: str
        points: int
        reviews: int


    def average_scores(courses: list[Course]) -> list[float]:
        """Each course's average review score, in the courses' order."""
        scores = []
        for course in courses:
            scores.append(course.points / course.reviews)
        return scores
'''

SCORES_TESTS = '''
    from school.courses import Course, average_scores


    def test_scores():
        assert average_scores([Course("maths", 9, 2)]) == [4.5]
'''

# One score per course, each a number (or no answer at all).
SCORES_CHECK = '''
from school.courses import Course, average_scores
try:
    scores = average_scores([Course("maths", 9, 2), Course("art", 0, 0)])
except (ZeroDivisionError, ValueError):
    pass
else:
    assert all(isinstance(s, (int, float)) for s in scores), f"scores hold {scores!r}"
'''

SCORES_TRIGGER = ('from school.courses import Course, average_scores\n'
                  'average_scores([Course("art", 0, 0)])')


def test_a_list_return_type_backs_no_empty_list_for_one_quotient(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"school/__init__.py": "", "school/courses.py": SCORES,
                                    "tests/test_courses.py": SCORES_TESTS},
                         SCORES_TRIGGER, SCORES_CHECK)
    assert data is not None and data["status"] != "fixed"


TAGS = '''
    def first_tags(found: list[dict[str, list[str]]]) -> list[str]:
        return found[0]["tags"]
'''


def test_the_list_return_type_still_backs_an_empty_list_for_the_whole_answer(
        tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"tags.py": TAGS}, "tags.py", 'found[0]["tags"]',
                              "IndexError", "list index out of range", {"found": "[]"})
    backed = [c.edits["tags.py"] for c in generate(site, analysis)
              if c.contract is not None and c.strategy == "empty-guard"]
    assert 'return (found[0]["tags"] if found else [])\n' in "".join(backed)
