"""A key the table lacks that the documentation says stands for itself: ``.get(k, [k])``
in the shape of the table's values; a sentence about something else, a refusal, or a
table of another shape gets nothing."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.identity_defaults import KeyStandsForItself
from tests.repair.crash_sites import crash_at

TEAMS = '''
    Teams = dict[str, list[str]]


    def people(owners: tuple[str, ...], teams: Teams) -> set[str]:
        """The people behind some owners.

        An owner is either a team, ``@org/team``, which stands for its members, or a
        single user, ``@name``, who stands for themselves.
        """
        found: set[str] = set()
        for owner in owners:
            found.update(teams[owner])
        return found


    def members(team: str, teams: Teams) -> list[str]:
        return teams[team]
'''

ALIASES = '''
    #: Old command names -> the current one.
    ALIASES = {"ci": "commit", "co": "checkout"}


    def resolve(name: str) -> str:
        """The command a typed name runs; a name without an alias stands for itself."""
        return ALIASES[name]
'''


def _propose(tmp_path: Path, source: str, needle: str, values: dict[str, object],
             key: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"app/__init__.py": "", "app/owners.py": source},
                              "app/owners.py", needle, "KeyError", repr(key), values)
    return list(KeyStandsForItself().propose(site, analysis))


def _teams(tmp_path: Path, source: str = TEAMS, values: dict[str, object] | None = None
           ) -> list[Candidate]:
    return _propose(tmp_path, source, "found.update(teams[owner])",
                    {"owner": "'@dana'"} if values is None else values, "@dana")


def _edited(found: list[Candidate]) -> list[str]:
    return [c.edits["app/owners.py"] for c in found]


def test_a_user_owner_stands_for_themselves_in_a_table_of_lists(tmp_path: Path) -> None:
    found = _teams(tmp_path)
    assert _edited(found) == [textwrap.dedent(TEAMS).lstrip("\n").replace(
        "found.update(teams[owner])", "found.update(teams.get(owner, [owner]))")]
    assert "stands for themselves" in (found[0].contract or "")
    # `members`, which says nothing, still reads `teams[team]`.
    assert "return teams[team]\n" in found[0].edits["app/owners.py"]


def test_the_captured_table_gives_the_shape_when_nothing_is_annotated(tmp_path: Path) -> None:
    source = TEAMS.replace("teams: Teams", "teams")
    found = _teams(tmp_path, source, {"owner": "'@dana'",
                                      "teams": "{'@org/docs': ('@amir', '@bo')}"})
    assert [e.count("teams.get(owner, (owner,))") for e in _edited(found)] == [1]


def test_a_scalar_table_gives_the_key_itself(tmp_path: Path) -> None:
    found = _propose(tmp_path, ALIASES, "return ALIASES[name]",
                     {"name": "'status'", "ALIASES": "{'ci': 'commit', 'co': 'checkout'}"},
                     "status")
    assert _edited(found) == [textwrap.dedent(ALIASES).lstrip("\n").replace(
        "return ALIASES[name]", "return ALIASES.get(name, name)")]


def test_a_table_of_another_type_gets_nothing(tmp_path: Path) -> None:
    source = TEAMS.replace("Teams = dict[str, list[str]]", "Teams = dict[str, list[int]]")
    assert _teams(tmp_path, source) == []
    mixed = {"owner": "'@dana'", "teams": "{'@org/docs': 3}"}
    assert _teams(tmp_path, TEAMS.replace("teams: Teams", "teams"), mixed) == []


def test_a_sentence_about_something_else_gets_nothing(tmp_path: Path) -> None:
    source = TEAMS.replace("An owner is either a team", "A reviewer is either a team")
    assert _teams(tmp_path, source) == []


def test_a_refusing_sentence_gets_nothing(tmp_path: Path) -> None:
    source = TEAMS.replace("who stands for themselves.",
                           "who stands for themselves but must be listed as a team first.")
    assert _teams(tmp_path, source) == []


def test_words_on_the_module_or_another_function_get_nothing(tmp_path: Path) -> None:
    moved = TEAMS.replace('''        """The people behind some owners.

        An owner is either a team, ``@org/team``, which stands for its members, or a
        single user, ``@name``, who stands for themselves.
        """
''', "").replace("    def members(team: str, teams: Teams) -> list[str]:\n",
                 "    def members(team: str, teams: Teams) -> list[str]:\n"
                 '        """An owner who is a user stands for themselves."""\n')
    assert "stands for themselves" in moved
    assert _teams(tmp_path, moved) == []
    module = '"""An owner who is a user stands for themselves."""\n' + textwrap.dedent(
        moved)
    assert _teams(tmp_path, module) == []


def test_an_owner_captured_with_another_key_is_not_the_crash(tmp_path: Path) -> None:
    assert _teams(tmp_path, values={"owner": "'@org/docs'"}) == []
