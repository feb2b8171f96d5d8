"""The form guide printed next to each team on the fixtures page."""

from __future__ import annotations

from league import results
from league.table import goals

#: How many matches the form guide shows.
FORM_LENGTH = 5


def _letter(team: str, match: results.Match) -> str:
    scored, conceded = goals(team, match)
    return "W" if scored > conceded else "D" if scored == conceded else "L"


def form_guide(team: str) -> str:
    """The results of the team's last FORM_LENGTH matches, most recent first, one letter
    each (W win, D draw, L loss), e.g. "WWDLW"; fewer letters early in the season."""
    recent = results.matches_of(team)[-FORM_LENGTH:]
    return "".join(_letter(team, match) for match in reversed(recent))


def fixtures_line(home: str, away: str) -> str:
    return f"{home} ({form_guide(home)}) v {away} ({form_guide(away)})"
