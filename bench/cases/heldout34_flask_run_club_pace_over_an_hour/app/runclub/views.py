from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from runclub.races import RACES
from runclub.timing import TIME_PATTERN, format_duration, pace_per_km, parse_duration

bp = Blueprint("pace", __name__)


def _time_arg() -> int:
    text = request.args.get("time", "").strip()
    if not TIME_PATTERN.match(text):
        abort(400, description="time must be mm:ss or h:mm:ss")
    return parse_duration(text)


@bp.get("/races")
def races():
    return jsonify([{"slug": r.slug, "name": r.name, "distance_km": r.distance_km} for r in RACES.values()])


@bp.get("/races/<slug>/pace")
def race_pace(slug: str):
    """The pace a member ran (or needs to run) for a finishing time on one of our races."""
    race = RACES.get(slug)
    if race is None:
        abort(404)
    seconds = _time_arg()
    return jsonify(
        race=race.name,
        time=format_duration(seconds),
        pace=pace_per_km(race.distance_km, seconds),
        unit="/km",
    )


@bp.get("/pace")
def pace():
    try:
        distance_km = float(request.args["distance_km"])
    except (KeyError, ValueError):
        abort(400, description="distance_km must be a number")
    if distance_km <= 0:
        abort(400, description="distance_km must be positive")
    seconds = _time_arg()
    return jsonify(time=format_duration(seconds), pace=pace_per_km(distance_km, seconds), unit="/km")
