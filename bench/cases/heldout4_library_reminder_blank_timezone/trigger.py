"""The reminder job mails an attendee who never set a time zone in their profile."""

from datetime import datetime, timezone

from agenda.reminders import Attendee, reminder_text

reminder_text("Quarterly review", datetime(2026, 3, 2, 13, 30, tzinfo=timezone.utc), Attendee("tom@example.com", ""))
