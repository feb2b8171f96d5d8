from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, jsonify, request

from choir import store
from choir.attendance import summary

bp = Blueprint("choir", __name__)


@bp.get("/members/<int:member_id>/attendance")
def member_attendance(member_id: int):
    member = store.MEMBERS.get(member_id)
    if member is None:
        abort(404)
    return jsonify(summary(member))


@bp.get("/sections/<section>/register")
def section_register(section: str):
    if section not in store.SECTIONS:
        abort(404)
    members = sorted(
        (m for m in store.MEMBERS.values() if m.section == section), key=lambda m: m.name
    )
    return jsonify({"section": section, "members": [summary(m) for m in members]})


@bp.post("/members")
def join():
    """The membership secretary's form: name, section, and the date they joined."""
    name = request.form.get("name", "").strip()
    section = request.form.get("section", "")
    if not name or section not in store.SECTIONS:
        abort(400)
    joined = date.fromisoformat(request.form.get("joined") or date.today().isoformat())
    member = store.add_member(name, section, joined)
    return jsonify({"id": member.id}), 201


@bp.post("/rehearsals/<day>/sign-in")
def sign_in(day: str):
    when = date.fromisoformat(day)
    if when not in store.REHEARSALS:
        store.REHEARSALS.append(when)
        store.REHEARSALS.sort()
    for member_id in request.form.getlist("member"):
        store.PRESENT.add((int(member_id), when))
    return jsonify({"rehearsal": when.isoformat(), "present": len(request.form.getlist("member"))})
