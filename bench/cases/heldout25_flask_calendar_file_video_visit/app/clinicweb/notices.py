"""What patients are told about their booking, on screen and by e-mail."""

from __future__ import annotations

from clinicweb.store import Appointment

#: What patients see as the place of a video appointment, wherever a place is shown
#: (confirmation e-mails, the booking page, calendar files).
TELEHEALTH_LOCATION = "Video call (the link is in your confirmation e-mail)"


def confirmation_email(appointment: Appointment) -> dict[str, str]:
    where = (
        f"{appointment.room.name}, {appointment.room.address}"
        if appointment.room is not None
        else TELEHEALTH_LOCATION
    )
    when = appointment.start.strftime("%A %d %B %Y at %H:%M")
    return {
        "subject": f"Your appointment with {appointment.practitioner}",
        "body": f"Dear {appointment.patient},\n\nWhen: {when}\nWhere: {where}\n",
    }
