from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

from flask import Blueprint, abort, jsonify, request
from flask.typing import ResponseReturnValue

from agenda import store

bp = Blueprint("agenda", __name__)

#: The head office's zone: what everyone sees until they pick their own.
DEFAULT_TIMEZONE = "Europe/London"


def _member_or_404(name: str) -> dict[str, str]:
    member = store.member(name)
    if member is None:
        abort(404)
    return member


@bp.get("/members/<name>/settings")
def settings(name: str) -> ResponseReturnValue:
    member = _member_or_404(name)
    return jsonify({"name": member["name"], "timezone": member["timezone"] or DEFAULT_TIMEZONE})


@bp.post("/members/<name>/settings")
def save_settings(name: str) -> ResponseReturnValue:
    _member_or_404(name)
    timezone = request.form.get("timezone", "")
    if timezone and timezone not in available_timezones():
        abort(400)
    store.set_timezone(name, timezone)
    return settings(name)


def _local(when: datetime, member: dict[str, str]) -> str:
    return when.astimezone(ZoneInfo(member["timezone"])).isoformat()


@bp.get("/members/<name>/agenda")
def agenda(name: str) -> ResponseReturnValue:
    """The member's meetings, start times shown in the member's own timezone."""
    member = _member_or_404(name)
    return jsonify(
        [{"title": m["title"], "starts": _local(m["starts"], member)} for m in store.meetings_of(name)]  # type: ignore[arg-type]
    )
