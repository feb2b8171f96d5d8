"""An absence whose HTTP status a docstring on the stack gives: only a fix answering that
status keeps its backing."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.documented_statuses import (
    documented_status,
    respect_documented_status,
)
from tests.repair.crash_sites import crash_at

TEAMS = '''
    from fastapi import HTTPException


    def successor(members: list) -> str:
        """The admin who takes over. When there is no admin to take over, the owner
        cannot leave (409 Conflict)."""
        admins = [m for m in members if m.role == "admin"]
        return admins[0].name
'''


def _site(root: Path, source: str = TEAMS):
    return crash_at(root, {"teams.py": source}, "teams.py", "return admins[0]", "IndexError",
                    "list index out of range")


def _candidate(line: str) -> Candidate:
    return Candidate("empty-guard", line, {"teams.py": f"{line}\n"}, plausibility=0.8,
                     contract="a sibling", originals={"teams.py": ""})


def test_a_documented_conflict_backs_only_a_conflict(tmp_path: Path) -> None:
    site, analysis = _site(tmp_path)
    assert documented_status(site, analysis) == (
        "409", "When there is no admin to take over, the owner cannot leave (409 Conflict).")
    not_found = _candidate('raise HTTPException(status_code=404, detail="Not found")')
    conflict = _candidate('raise HTTPException(status_code=409, detail="transfer first")')
    kept = respect_documented_status([not_found, conflict], site, analysis)
    assert kept[0].contract is None and kept[0].plausibility == 0.3
    assert kept[1] == conflict


def test_a_status_said_of_something_else_changes_nothing(tmp_path: Path) -> None:
    other = TEAMS.replace("When there is no admin to take over, the owner\n        cannot leave",
                          "A request without a token\n        is refused")
    site, analysis = _site(tmp_path, other)
    assert documented_status(site, analysis) is None
    not_found = _candidate('raise HTTPException(status_code=404, detail="Not found")')
    assert respect_documented_status([not_found], site, analysis) == [not_found]
