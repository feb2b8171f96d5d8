"""iso_timestamps under review: an ISO sentence nearby does not make a day-first format
ISO; ``%d/%m/%Y`` is another convention and is not replaced by ``fromisoformat``."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

FORMS = '''
    from datetime import datetime


    def form_date(value: str) -> datetime:
        """The date typed into the booking form.

        The API sends ISO 8601 timestamps, but the form is filled in by hand in the
        British order, DD/MM/YYYY.
        """
        return datetime.strptime(value, "%d/%m/%Y")
'''

TESTS = '''
    from datetime import datetime

    from rooms.forms import form_date


    def test_form_date():
        assert form_date("07/03/2026") == datetime(2026, 3, 7)
'''


def test_a_day_first_format_is_not_read_as_iso(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"rooms/__init__.py": "", "rooms/forms.py": FORMS,
                   "tests/__init__.py": "", "tests/test_forms.py": TESTS},
        'from rooms.forms import form_date\nform_date("07/03/2026 09:00")',
        'from datetime import datetime\nfrom rooms.forms import form_date\n'
        'assert form_date("07/03/2026") == datetime(2026, 3, 7)\n'
        'assert form_date("01/02/2026").month == 2\n')
    assert data is not None and "fromisoformat" not in (data.get("patch") or "")


# iso_timestamps under review: a sentence naming ISO timestamps is no contract to read
# them when it refuses them, and a literal ``Z`` in the format (naive UTC) is no ``%z``.

DAYS = '''
    from datetime import datetime


    def booking_day(value: str) -> datetime:
        """The day a room is booked for, as midnight of that day.

        Bookings are for whole days: full ISO timestamps with a time are refused, so a
        client that sends one learns it booked no hour.
        """
        return datetime.strptime(value, "%Y-%m-%d")
'''


DAYS_TESTS = '''
    from datetime import datetime

    from rooms.days import booking_day


    def test_day():
        assert booking_day("2026-03-07") == datetime(2026, 3, 7)
'''


def test_a_sentence_refusing_iso_timestamps_backs_no_fromisoformat(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"rooms/__init__.py": "", "rooms/days.py": DAYS,
                   "tests/__init__.py": "", "tests/test_days.py": DAYS_TESTS},
        'from rooms.days import booking_day\nbooking_day("2026-03-07T09:00:00")',
        'from rooms.days import booking_day\n'
        'try:\n    booking_day("2026-03-07T09:00:00")\nexcept ValueError:\n    pass\n'
        'else:\n    raise AssertionError("a timestamp with a time was accepted")')
    assert data is not None and data["status"] != "fixed"


STAMPS = '''
    from datetime import datetime


    def parse_stamp(value: str) -> datetime:
        """A tracker event's time.

        The tracker sends ISO 8601 UTC timestamps such as 2026-03-07T09:00:00Z; the
        result is a naive datetime in UTC, as the rest of the app stores times.
        """
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
'''


STAMPS_TESTS = '''
    from tracker.stamps import parse_stamp


    def test_stamp():
        assert parse_stamp("2026-03-07T09:00:00Z").hour == 9
'''


def test_a_literal_z_is_naive_utc_not_an_offset(tmp_path: Path) -> None:
    # fromisoformat reads "Z" as an offset: the answer becomes an aware datetime, which
    # no longer compares with the app's naive UTC times.
    fix_and_check(
        tmp_path, {"tracker/__init__.py": "", "tracker/stamps.py": STAMPS,
                   "tests/__init__.py": "", "tests/test_stamps.py": STAMPS_TESTS},
        'from tracker.stamps import parse_stamp\nparse_stamp("2026-03-07T09:00:00.250Z")',
        'from datetime import datetime\nfrom tracker.stamps import parse_stamp\n'
        'parsed = parse_stamp("2026-03-07T09:00:00Z")\n'
        'assert parsed.tzinfo is None, parsed\nassert parsed < datetime(2026, 3, 8)\n')

