"""A None the annotation allows is not carried on where the project answers that None
itself (``member_name(member)`` -> "former member"); where it does not, it still is."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.generic_backing import generically_backed
from bugstack.repair.candidates.project_none_answers import respect_the_projects_none_answers
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
    assert data is not None
    assert data["status"] == "unverified", data["status"]


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


# --- which None answers count: the same kind of value, of the same class by module --------

def _site(root: Path, files: dict[str, str], path: str, function: str, needle: str,
          attribute: str, variables: dict[str, Any]) -> CrashSite:
    """A captured ``AttributeError`` on a None at the line of ``path`` holding ``needle``."""
    texts = {rel: textwrap.dedent(text).lstrip("\n") for rel, text in files.items()}
    for rel, text in texts.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    lineno = next(i for i, line in enumerate(texts[path].splitlines(), 1) if needle in line)
    raw = {"abs_path": f"/srv/app/{path}", "function": function, "lineno": lineno,
           "in_app": True, "vars": variables}
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": "AttributeError",
         "value": f"'NoneType' object has no attribute '{attribute}'",
         "stacktrace": {"frames": [raw]}}]}})
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw), path=path, source=texts[path],
                         lineno=lineno)
    return CrashSite(event=event, exception=event.primary, frames=(frame,), root=root)


def _kept_backing(root: Path, files: dict[str, str], path: str, function: str, needle: str,
                  attribute: str, variables: dict[str, Any]) -> bool:
    """Whether a None answer backed by an annotation keeps its backing at this crash."""
    site = _site(root, files, path, function, needle, attribute, variables)
    analysis = analyse(site, root)
    guess = Candidate(strategy="none-guard", description="None when it is None.",
                      edits={path: "x = 1\n"}, plausibility=0.8,
                      contract="its return type `str | None` allows None")
    assert generically_backed(guess)
    [after] = respect_the_projects_none_answers([guess], analysis)
    return after.contract is not None


CLUB = {"club/__init__.py": "", "club/store.py": STORE}
EVENT = {"event": "Event(id=3, title='Hike', organiser=None, attendees=[])"}


def test_the_displayed_name_of_a_missing_member_is_the_projects(tmp_path: Path) -> None:
    # `display_name: str` and `member_name(...) -> str`: the same question, answered.
    assert not _kept_backing(tmp_path, CLUB, "club/store.py", "card",
                             '"organiser": event.organiser.display_name', "display_name",
                             EVENT)


def test_an_attribute_of_another_type_is_another_question(tmp_path: Path) -> None:
    # The crash reads `.id` (an int); `member_name` answers a str.
    store = STORE.replace('"organiser": event.organiser.display_name',
                          '"organiser": event.organiser.id')
    assert _kept_backing(tmp_path, {**CLUB, "club/store.py": store}, "club/store.py", "card",
                         '"organiser": event.organiser.id', "id", EVENT)


def test_a_yes_or_no_about_a_missing_member_answers_no_field_of_it(tmp_path: Path) -> None:
    # `is_member(member: Member | None) -> bool` answers False for a None: a permission,
    # not a name, even where the field read would be a bool too.
    store = STORE.replace("display_name: str", "display_name: bool").replace(
        "def member_name(member: Member | None) -> str:",
        "def member_name(member: Member | None) -> bool:").replace(
        "return DELETED_MEMBER_LABEL if member is None else member.display_name",
        "return False if member is None else member.display_name")
    assert _kept_backing(tmp_path, {**CLUB, "club/store.py": store}, "club/store.py", "card",
                         '"organiser": event.organiser.display_name', "display_name",
                         EVENT)


def test_an_answer_without_a_return_type_says_no_kind(tmp_path: Path) -> None:
    store = STORE.replace("def member_name(member: Member | None) -> str:",
                          "def member_name(member: Member | None):")
    assert _kept_backing(tmp_path, {**CLUB, "club/store.py": store}, "club/store.py", "card",
                         '"organiser": event.organiser.display_name', "display_name",
                         EVENT)


PEOPLE = '''
    from dataclasses import dataclass


    @dataclass
    class Member:
        id: int
        display_name: str
'''

LABELS = '''
    from club.people import Member


    def member_name(member: Member | None) -> str:
        return "former member" if member is None else member.display_name


    def names(members: list[Member | None]) -> list[str]:
        return [member_name(m) for m in members]
'''

EVENTS = '''
    from __future__ import annotations

    from dataclasses import dataclass

    from {source} import Member


    @dataclass
    class Event:
        title: str
        organiser: Member | None


    def card(event: Event) -> dict:
        return {{"organiser": event.organiser.display_name}}
'''

OTHER_PEOPLE = PEOPLE.replace("display_name: str", "display_name: str\n        email: str")


@pytest.mark.parametrize("source", ["club.people", ".people"])
def test_a_class_imported_from_the_answers_module_is_the_same_class(
        tmp_path: Path, source: str) -> None:
    files = {"club/__init__.py": "", "club/people.py": PEOPLE, "club/labels.py": LABELS,
             "club/events.py": EVENTS.format(source=source)}
    assert not _kept_backing(tmp_path, files, "club/events.py", "card",
                             "event.organiser.display_name", "display_name",
                             {"event": "Event(title='Hike', organiser=None)"})


def test_a_class_of_the_same_name_in_another_module_is_another_class(tmp_path: Path) -> None:
    # `club.people.Member` is answered; the event's `Member` is `club.guests.Member`.
    files = {"club/__init__.py": "", "club/people.py": PEOPLE, "club/labels.py": LABELS,
             "club/guests.py": OTHER_PEOPLE,
             "club/events.py": EVENTS.format(source="club.guests")}
    assert _kept_backing(tmp_path, files, "club/events.py", "card",
                         "event.organiser.display_name", "display_name",
                         {"event": "Event(title='Hike', organiser=None)"})
    # Defined in the crashing module itself, it is that module's class too.
    files["club/events.py"] = OWN_EVENTS
    assert _kept_backing(tmp_path / "own", files, "club/events.py", "card",
                         "event.organiser.display_name", "display_name",
                         {"event": "Event(title='Hike', organiser=None)"})


OWN_EVENTS = '''
    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Member:
        id: int
        display_name: str


    @dataclass
    class Event:
        title: str
        organiser: Member | None


    def card(event: Event) -> dict:
        return {"organiser": event.organiser.display_name}
'''
