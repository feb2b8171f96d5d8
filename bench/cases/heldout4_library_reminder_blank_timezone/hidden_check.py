from datetime import datetime, timezone

from agenda.reminders import Attendee, reminder_text
from agenda.zones import local_time

STARTS = datetime(2026, 3, 2, 13, 30, tzinfo=timezone.utc)


def test_user_without_zone_reads_company_time() -> None:
    text = reminder_text("Quarterly review", STARTS, Attendee("tom@example.com", ""))
    assert text == "Reminder: Quarterly review starts Mon 2 Mar, 14:30 CET"


def test_summer_time_of_the_company_zone() -> None:
    moment = local_time(datetime(2026, 7, 1, 8, 0, tzinfo=timezone.utc), "")
    assert (moment.hour, moment.tzname()) == (10, "CEST")


def test_chosen_zone_is_kept() -> None:
    text = reminder_text("Quarterly review", STARTS, Attendee("ines@example.com", "Europe/Lisbon"))
    assert text == "Reminder: Quarterly review starts Mon 2 Mar, 13:30 WET"
