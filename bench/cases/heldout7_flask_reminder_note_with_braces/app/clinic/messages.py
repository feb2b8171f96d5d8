"""Text of the appointment reminders sent by SMS."""

from __future__ import annotations

REMINDER = "Hi {name}, this is a reminder of your appointment on {day} at {time}."


def reminder_text(name: str, day: str, time: str, note: str = "") -> str:
    """The SMS body: :data:`REMINDER` filled in, then the receptionist's note, if any,
    on a new line. The note is free text typed at the desk and is sent verbatim,
    exactly as typed (braces, percent signs and all)."""
    template = REMINDER
    if note:
        template += "\n" + note
    return template.format(name=name, day=day, time=time)
