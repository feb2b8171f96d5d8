"""A None the annotation allows is not carried on where the project answers that None
itself (``member_name(member)`` -> "former member"); where it does not, it still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.apps import capture_event, make_repo, run_fix

STORE = '''
    """Members and events."""

    from __future__ import annotations

    from dataclasses import dataclass, field

    DELETED_MEMBER_LABEL = "former member"


    @dataclass
    class Member:
        id: int
        display_name: str


    @dataclass
    class Event:
        id: int
        title: str
        organiser: Member | None
        attendees: list[Member | None] = field(default_factory=list)


    def member_name(member: Member | None) -> str:
        """The name pages show for a member, or DELETED_MEMBER_LABEL for a deleted account."""
        return DELETED_MEMBER_LABEL if member is None else member.display_name


    def card(event: Event) -> dict:
        return {"title": event.title,
                "organiser": event.organiser.display_name,
                "attendees": [member_name(m) for m in event.attendees]}
'''

TESTS = '''
    from club.store import Event, Member, card


    def test_card() -> None:
        ada = Member(1, "Ada")
        assert card(Event(1, "Quiz", ada, [ada, None])) == {
            "title": "Quiz", "organiser": "Ada", "attendees": ["Ada", "former member"]}
'''

TRIGGER = 'from club.store import Event, card\ncard(Event(3, "Hike", None, []))\n'


FALL_THROUGH = STORE.replace(
    "        return DELETED_MEMBER_LABEL if member is None else member.display_name\n",
    "        if member is not None:\n"
    "            return member.display_name\n"
    "        return DELETED_MEMBER_LABEL\n")


@pytest.mark.parametrize("store", [STORE, FALL_THROUGH], ids=["conditional", "fall-through"])
def test_none_is_not_carried_on_where_the_project_names_a_missing_member(
        tmp_path: Path, store: str) -> None:
    data = fix_and_check(
        tmp_path, app_files("club", "store", store, TESTS), TRIGGER,
        'from club.store import Event, card\n'
        'got = card(Event(3, "Hike", None, []))["organiser"]\n'
        'assert got == "former member", got\n')
    assert data is not None and data["status"] == "unverified", data["status"]


def test_a_function_that_answers_none_with_none_is_no_other_answer(tmp_path: Path) -> None:
    store = STORE.replace("return DELETED_MEMBER_LABEL if member is None else",
                          "return None if member is None else").replace(
        "-> str:", "-> str | None:")
    tests = TESTS.replace('"former member"', "None")
    repo = make_repo(tmp_path / "repo", app_files("club", "store", store, tests))
    event = capture_event(repo, tmp_path / "srv" / "app", TRIGGER)
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] == "fixed", data["explanation"]
    assert data["strategy"] == "none-propagation"


def test_an_answer_nobody_calls_is_not_the_projects(tmp_path: Path) -> None:
    # Nothing in the package calls `member_name`: the annotation's None stays backed.
    store = STORE.replace('"attendees": [member_name(m) for m in event.attendees]',
                          '"attendees": len(event.attendees)')
    tests = TESTS.replace('"attendees": ["Ada", "former member"]', '"attendees": 2')
    repo = make_repo(tmp_path / "repo", app_files("club", "store", store, tests))
    event = capture_event(repo, tmp_path / "srv" / "app", TRIGGER)
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] == "fixed", data["explanation"]
