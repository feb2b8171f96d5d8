"""Turning CODEOWNERS owners into the people to ask for a review."""

from __future__ import annotations

import json
from pathlib import Path

Teams = dict[str, list[str]]


def load_teams(path: Path) -> Teams:
    """``{"@org/team": ["@member", ...]}``, exported nightly from the org's directory."""
    return json.loads(path.read_text(encoding="utf-8"))


def people(owners: tuple[str, ...], teams: Teams) -> set[str]:
    """The people behind some owners.

    An owner is either a team, ``@org/team`` (always with a slash), which stands for its
    members, or a single user, ``@name``, who stands for themselves.
    """
    found: set[str] = set()
    for owner in owners:
        found.update(teams[owner])
    return found
