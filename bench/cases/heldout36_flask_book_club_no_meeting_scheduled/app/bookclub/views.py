from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Blueprint, abort, jsonify, request

from bookclub import clubs

bp = Blueprint("clubs", __name__)


def _meeting_json(meeting: clubs.Meeting | None) -> dict[str, str] | None:
    if meeting is None:
        return None
    return {"starts": meeting.starts.isoformat(timespec="minutes"), "venue": meeting.venue}


@bp.get("/clubs")
def club_list() -> Any:
    return jsonify([{"slug": c.slug, "name": c.name, "reading": c.reading} for c in clubs.all_clubs()])


@bp.get("/clubs/<slug>")
def club_page(slug: str) -> Any:
    club = clubs.get(slug)
    if club is None:
        abort(404)
    now = datetime.now()
    return jsonify(
        name=club.name,
        organiser=club.organiser,
        reading=club.reading,
        next_meeting=_meeting_json(club.next_meeting(now)),
        past_meetings=club.past_meetings(now),
    )


@bp.post("/clubs/<slug>/meetings")
def schedule_meeting(slug: str) -> Any:
    club = clubs.get(slug)
    if club is None:
        abort(404)
    body = request.get_json(silent=True) or {}
    try:
        starts = datetime.fromisoformat(body["starts"])
        venue = str(body["venue"]).strip()
    except (KeyError, TypeError, ValueError):
        abort(400)
    if starts < datetime.now() or not venue:
        abort(400)
    meeting = clubs.Meeting(starts, venue)
    club.meetings.append(meeting)
    return jsonify(_meeting_json(meeting)), 201
