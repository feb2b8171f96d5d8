"""Records a query listed from production's memory are put back under the key the app's
own writer uses, so a replayed request meets the record that crashed it; nothing is made
up when the store does not say how a record is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bugstack.domain import CrashSite, ErrorEvent
from bugstack.repair.reproduce.listed_records import listed_seeds
from bugstack.repair.reproduce.model import Scenario
from bugstack.repair.reproduce.seeding import seeded_scenario
from bugstack.repair.workspace import Workspace, locate_frames, prepare_workspace
from tests.repair.adversarial import app_files, fix_and_check

STORE = '''\
from dataclasses import dataclass


@dataclass(frozen=True)
class Lesson:
    id: int
    name: str
    day: str


_LESSONS: dict[int, Lesson] = {1: Lesson(1, "Spin", "mon")}


def add_lesson(lesson: Lesson) -> None:
    _LESSONS[lesson.id] = lesson


def lessons_on(day: str) -> list[Lesson]:
    """SELECT * FROM lessons WHERE day = %s"""
    return [lesson for lesson in _LESSONS.values() if lesson.day == day]


def counts(ids: set[int]) -> dict[int, int]:
    return {1: 3}
'''
VIEW = '''\
from gym import store


def board(day: str) -> list[str]:
    lessons = store.lessons_on(day)
    booked = store.counts({lesson.id for lesson in lessons})
    return [f"{lesson.name}: {booked[lesson.id]}" for lesson in lessons]
'''
LISTED = ["Lesson(id=4, name='Pilates', day='tue')", "Lesson(id=1, name='Spin', day='tue')"]


def _site(tmp_path: Path, store: str = STORE, view: str = VIEW,
          captured: object = LISTED) -> tuple[Workspace, CrashSite]:
    app = tmp_path / "app"
    (app / "gym").mkdir(parents=True)
    (app / "gym" / "__init__.py").write_text("")
    (app / "gym" / "store.py").write_text(store)
    (app / "gym" / "views.py").write_text(view)
    lineno = next(n for n, line in enumerate(view.splitlines(), 1) if "return" in line)
    frame = {"abs_path": "/srv/app/gym/views.py", "module": "gym.views",
             "function": "board", "lineno": lineno,
             "context_line": view.splitlines()[lineno - 1], "in_app": True,
             "vars": {"day": "'tue'", "lessons": captured, "booked": {"1": "3"}}}
    event = ErrorEvent.from_dict({"exception": {"values": [{
        "type": "KeyError", "value": "4", "stacktrace": {"frames": [frame]}}]}})
    workspace = prepare_workspace(app, None, root=tmp_path)
    return workspace, locate_frames(workspace, event)


def _statements(tmp_path: Path, **changes: object) -> list[str]:
    workspace, site = _site(tmp_path, **changes)  # type: ignore[arg-type]
    try:
        return [seed.statement for seed in listed_seeds(site, workspace)]
    finally:
        workspace.remove()


def test_each_listed_record_is_put_back_under_the_writer_s_key(tmp_path: Path) -> None:
    assert _statements(tmp_path) == [
        "_LESSONS[4] = Lesson(id=4, name='Pilates', day='tue')",
        "_LESSONS[1] = Lesson(id=1, name='Spin', day='tue')"]


@pytest.mark.parametrize("changes", [
    # No writer says which attribute is the key.
    {"store": STORE.replace("    _LESSONS[lesson.id] = lesson\n", "    pass\n")},
    # Two writers disagree on the key.
    {"store": STORE + "\n\ndef add_named(lesson: Lesson) -> None:\n"
                      "    _LESSONS[lesson.name] = lesson\n"},
    # The query writes as well as reads: replaying it is not listing.
    {"store": STORE.replace('    """SELECT * FROM lessons WHERE day = %s"""\n',
                            "    _LESSONS.clear()\n")},
    # The query reads no module dict.
    {"store": STORE.replace("_LESSONS.values()", "load_all()")},
    # sentry-sdk keeps ten items of a list: the list may have been cut.
    {"captured": [f"Lesson(id={i}, name='x', day='tue')" for i in range(10)]},
    # An item that is not Python, or has no key attribute.
    {"captured": ["<Lesson object at 0x7f>"]},
    {"captured": ["Lesson(name='Pilates', day='tue')"]},
    # Changed in place before the crash: the captured list is not what was listed.
    {"view": VIEW.replace("    booked = ", "    lessons.append(None)\n    booked = ")},
])
def test_nothing_is_made_up(tmp_path: Path, changes: dict[str, object]) -> None:
    assert _statements(tmp_path, **changes) == []


LOOP_VIEW = '''\
from gym import store


def board(day: str) -> list[str]:
    lines = []
    for lesson in store.lessons_on(day):
        lines.append(f"{lesson.name}: " + lesson.coach.upper())
    return lines
'''


def _loop_statements(tmp_path: Path, view: str = LOOP_VIEW,
                     captured: object = "Lesson(id=4, name='Pilates', day='tue')") -> list[str]:
    app = tmp_path / "app"
    (app / "gym").mkdir(parents=True)
    (app / "gym" / "__init__.py").write_text("")
    (app / "gym" / "store.py").write_text(STORE)
    (app / "gym" / "views.py").write_text(view)
    lineno = next(n for n, line in enumerate(view.splitlines(), 1) if ".upper()" in line)
    frame = {"abs_path": "/srv/app/gym/views.py", "module": "gym.views",
             "function": "board", "lineno": lineno,
             "context_line": view.splitlines()[lineno - 1], "in_app": True,
             "vars": {"day": "'tue'", "lesson": captured, "lines": []}}
    event = ErrorEvent.from_dict({"exception": {"values": [{
        "type": "AttributeError", "value": "'Lesson' object has no attribute 'coach'",
        "stacktrace": {"frames": [frame]}}]}})
    workspace = prepare_workspace(app, None, root=tmp_path)
    try:
        site = locate_frames(workspace, event)
        return [seed.statement for seed in listed_seeds(site, workspace)]
    finally:
        workspace.remove()


def test_a_loop_over_the_query_puts_back_the_record_it_crashed_on(tmp_path: Path) -> None:
    assert _loop_statements(tmp_path) == [
        "_LESSONS[4] = Lesson(id=4, name='Pilates', day='tue')"]


@pytest.mark.parametrize("view", [
    # The loop variable is bound again in the body: the captured one may be another.
    LOOP_VIEW.replace("        lines.append(", "        lesson = store.lessons_on('mon')[0]\n"
                                                "        lines.append("),
    # Changed in place before the crash.
    LOOP_VIEW.replace("        lines.append(", "        lesson.name = 'x'\n"
                                                "        lines.append("),
])
def test_a_loop_record_rebound_or_changed_is_not_put_back(tmp_path: Path, view: str) -> None:
    assert view != LOOP_VIEW
    assert _loop_statements(tmp_path, view) == []


def test_several_records_are_counted_in_the_scenario_s_title(tmp_path: Path) -> None:
    workspace, site = _site(tmp_path)
    try:
        seeds = listed_seeds(site, workspace)
    finally:
        workspace.remove()
    scenario = Scenario("call", "gym.views.board(day='tue')", framework="library",
                        imports={"from gym.views import board"},
                        action=["result = board(day='tue')"])
    seeded = seeded_scenario(scenario, seeds)
    assert seeded is not None
    assert seeded.title == \
        "gym.views.board(day='tue') with 2 records seeded from the captured lessons"
    assert seeded.action[-3:-1] == [seed.statement for seed in seeds]


API = '''\
from fastapi import FastAPI

from gym import store

app = FastAPI()


@app.get("/board/{day}")
def board(day: str) -> list[dict[str, object]]:
    """Every lesson on the day with its bookings."""
    lessons = store.lessons_on(day)
    booked = store.booked({lesson.id for lesson in lessons})
    return [{"name": lesson.name, "booked": booked[lesson.id]} for lesson in lessons]


@app.post("/lessons/{lesson_id}/bookings")
def book(lesson_id: int) -> dict[str, int]:
    taken = store.booked({lesson_id}).get(lesson_id, 0)
    store.BOOKINGS.append(lesson_id)
    return {"booked": taken + 1}
'''
API_STORE = STORE.replace("def counts(ids: set[int]) -> dict[int, int]:\n    return {1: 3}\n",
                          '''BOOKINGS: list[int] = [1, 1, 1]


def booked(ids: set[int]) -> dict[int, int]:
    """Like the GROUP BY it stands for: no row for a lesson nobody booked."""
    found: dict[int, int] = {}
    for lesson_id in BOOKINGS:
        if lesson_id in ids:
            found[lesson_id] = found.get(lesson_id, 0) + 1
    return found
''')
API_TESTS = '''\
from fastapi.testclient import TestClient

from gym.api import app


def test_board() -> None:
    assert TestClient(app).get("/board/mon").json() == [{"name": "Spin", "booked": 3}]
'''


def test_a_lesson_added_in_production_is_listed_again_end_to_end(tmp_path: Path) -> None:
    files = app_files("gym", "api", API, API_TESTS, {"gym/store.py": API_STORE})
    trigger = ("from fastapi.testclient import TestClient\n"
               "from gym import store\nfrom gym.api import app\n"
               "store.add_lesson(store.Lesson(4, 'Pilates', 'mon'))\n"
               "TestClient(app).get('/board/mon')\n")
    check = ("from fastapi.testclient import TestClient\n"
             "from gym import store\nfrom gym.api import app\n"
             "store.add_lesson(store.Lesson(4, 'Pilates', 'mon'))\n"
             "assert TestClient(app).get('/board/mon').json() == ["
             "{'name': 'Spin', 'booked': 3}, {'name': 'Pilates', 'booked': 0}]\n")
    answer = fix_and_check(tmp_path, files, trigger, check, framework="fastapi")
    assert answer is not None and answer["status"] == "fixed", answer
    assert "booked.get(lesson.id, 0)" in answer["patch"]
    assert "_LESSONS[4] = Lesson(id=4, name='Pilates', day='mon')" in \
        answer["regression_test"]["content"]
