from __future__ import annotations

from datetime import datetime, timedelta

from flask import Blueprint, Response, abort, jsonify

from clinicweb import notices, store

bp = Blueprint("appointments", __name__)

_ICS_STAMP = "%Y%m%dT%H%M%S"


def _ics_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def _stamp(moment: datetime) -> str:
    return moment.strftime(_ICS_STAMP)


def _appointment_or_404(appointment_id: int) -> store.Appointment:
    appointment = store.get(appointment_id)
    if appointment is None:
        abort(404)
    return appointment


@bp.get("/appointments/<int:appointment_id>")
def show(appointment_id: int) -> Response:
    appointment = _appointment_or_404(appointment_id)
    return jsonify(
        id=appointment.id,
        practitioner=appointment.practitioner,
        start=appointment.start.isoformat(),
        minutes=appointment.minutes,
        video=appointment.room is None,
    )


@bp.get("/appointments/<int:appointment_id>/confirmation")
def confirmation(appointment_id: int) -> Response:
    return jsonify(notices.confirmation_email(_appointment_or_404(appointment_id)))


@bp.get("/appointments/<int:appointment_id>/calendar.ics")
def calendar_file(appointment_id: int) -> Response:
    """The "add to calendar" link of the confirmation page: one VEVENT."""
    appointment = _appointment_or_404(appointment_id)
    end = appointment.start + timedelta(minutes=appointment.minutes)
    location = f"{appointment.room.name}, {appointment.room.address}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Riverside Clinic//Booking//EN",
        "BEGIN:VEVENT",
        f"UID:appointment-{appointment.id}@riverside-clinic.example",
        f"DTSTAMP:{_stamp(appointment.booked_at)}",
        f"DTSTART:{_stamp(appointment.start)}",
        f"DTEND:{_stamp(end)}",
        f"SUMMARY:{_ics_text('Appointment with ' + appointment.practitioner)}",
        f"LOCATION:{_ics_text(location)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return Response(
        "\r\n".join(lines) + "\r\n",
        mimetype="text/calendar",
        headers={"Content-Disposition": f"attachment; filename=appointment-{appointment.id}.ics"},
    )
