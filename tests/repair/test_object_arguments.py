"""An app object sentry-sdk captured only as ``<pkg.mod.Class object at 0x...>`` is built
as the app's own tests build one, so the caller that filled it can be called again and a
crash that needs its state reproduces; nothing is built for a class the app does not
define or its tests never construct from plain values."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.reproduce.calls import _annotated, _built_argument
from bugstack.repair.reproduce.values import Rendered
from bugstack.repair.workspace import Workspace
from tests.repair.apps import capture_event, make_repo, run_fix

TIMELINE = '''
    """Events of a day, kept in time order."""
    import bisect
    from typing import Any


    class Timeline:
        def __init__(self) -> None:
            self._events: list[tuple[int, dict[str, Any]]] = []

        def add(self, at: int, event: dict[str, Any]) -> None:
            bisect.insort(self._events, (at, event))


    def add_all(timeline: Timeline, names: list[str], at: int,
                muted: frozenset[str] = frozenset()) -> int:
        for name in names:
            if name not in muted:
                timeline.add(at, {"name": name})
        return len(names)
'''

TESTS = '''
    from day.timeline import Timeline, add_all


    def test_add_all() -> None:
        assert add_all(Timeline(), ["standup"], 9) == 1
'''

FILES = {"day/__init__.py": "", "day/timeline.py": TIMELINE, "tests/test_timeline.py": TESTS}


def _workspace(root: Path, files: dict[str, str]) -> Workspace:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return Workspace(repo=root, path=root, commit=None)


def test_an_app_object_is_built_as_the_app_s_tests_build_it(tmp_path: Path) -> None:
    built = _built_argument("<day.timeline.Timeline object at 0x7f3a2c1d0e50>",
                            _workspace(tmp_path, FILES))
    assert built is not None
    assert built.source == "Timeline()"
    assert built.imports == {"from day.timeline import Timeline"}


def test_only_the_app_s_classes_its_tests_construct_are_built(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path, FILES)
    for captured in ("<csv.DictWriter object at 0x7f3a2c1d0e50>",  # not the app's
                     "<day.timeline.Agenda object at 0x7f3a2c1d0e50>",  # no such class
                     "<day.other.Timeline object at 0x7f3a2c1d0e50>",  # not its module
                     "Timeline()", ["<day.timeline.Timeline object at 0x7f3a2c1d0e50>"]):
        assert _built_argument(captured, workspace) is None, captured
    # A class the tests only build from computed values: nothing says how to build one.
    other = _workspace(tmp_path / "other", {
        **FILES, "tests/test_timeline.py": "from day.timeline import Timeline\n"
                                           "def test_it() -> None:\n"
                                           "    Timeline(*[])\n"})
    assert _built_argument("<day.timeline.Timeline object at 0x1>", other) is None


def test_a_captured_list_gets_back_the_collection_type_its_annotation_names() -> None:
    assert _annotated(Rendered("[]"), [], "frozenset[str]").source == "frozenset([])"
    assert _annotated(Rendered("[1, 2]"), ["1", "2"], "tuple[int, ...]").source == \
        "tuple([1, 2])"
    assert _annotated(Rendered("[1]"), ["1"], "list[int]").source == "[1]"
    assert _annotated(Rendered("[1]"), ["1"], None).source == "[1]"
    assert _annotated(Rendered("'x'"), "'x'", "frozenset[str]").source == "'x'"


def test_a_crash_needing_the_state_a_caller_built_reproduces(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", FILES)
    trigger = '''
        from day.timeline import Timeline, add_all
        add_all(Timeline(), ["standup", "review"], 9)
    '''
    event = capture_event(repo, tmp_path / "srv" / "app", trigger)
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] != "not_reproduced", data["explanation"]
