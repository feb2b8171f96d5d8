"""A None compared as a bound, where its documentation says None means no bound."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.unbounded_none import UnboundedNone
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

BOOKING = '''
    from dataclasses import dataclass
    from datetime import datetime


    @dataclass(frozen=True)
    class Booking:
        start: datetime
        #: None for an open-ended booking (a room out of service until further notice).
        end: datetime | None

        def overlaps(self, start: datetime, end: datetime) -> bool:
            return self.start < end and start < self.end

        def length(self) -> float:
            return (self.end - self.start).total_seconds()
'''
MESSAGE = "'<' not supported between instances of 'datetime.datetime' and 'NoneType'"
SELF = {"self": "Booking(start=datetime.datetime(2025, 3, 1, 9, 0), end=None)",
        "start": "datetime.datetime(2025, 3, 2, 9, 0)",
        "end": "datetime.datetime(2025, 3, 2, 10, 0)"}


def _propose(tmp_path: Path, source: str = BOOKING, message: str = MESSAGE,
             values: dict[str, object] | None = None, needle: str = "start < self.end"):
    site, analysis = crash_at(tmp_path, {"rooms/booking.py": source}, "rooms/booking.py",
                              needle, "TypeError", message, values or SELF)
    return list(UnboundedNone().propose(site, analysis))


def test_a_missing_end_is_later_than_every_moment(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(BOOKING).lstrip("\n")
    after = before.replace("return self.start < end and start < self.end",
                           "return self.start < end and (self.end is None or start < self.end)")
    assert candidate.edits == {"rooms/booking.py": after}
    # The other method, which needs an end, is left as it is.
    assert "return (self.end - self.start).total_seconds()" in after
    assert candidate.contract is not None and "until further notice" in candidate.contract


@pytest.mark.parametrize(("crash", "message", "rewritten"), [
    ("self.end > start", "'>' not supported between instances of 'NoneType' and "
     "'datetime.datetime'", "(self.end is None or self.end > start)"),
    ("self.end <= start", "'<=' not supported between instances of 'NoneType' and "
     "'datetime.datetime'", "(self.end is not None and self.end <= start)"),
])
def test_none_on_the_left_takes_the_infinite_answer(tmp_path: Path, crash: str, message: str,
                                                     rewritten: str) -> None:
    source = BOOKING.replace("self.start < end and start < self.end", crash)
    [candidate] = _propose(tmp_path, source, message, needle=crash)
    assert f"return {rewritten}" in candidate.edits["rooms/booking.py"]


def test_a_missing_start_is_earlier_than_every_moment(tmp_path: Path) -> None:
    source = BOOKING.replace(
        "#: None for an open-ended booking (a room out of service until further notice).",
        "#: None when the room has been blocked from the beginning, no start.").replace(
        "end: datetime | None", "first: datetime | None").replace(
        "start < self.end", "start < self.first")
    values = {**SELF, "self": "Booking(start=datetime.datetime(2025, 3, 1), first=None)"}
    [candidate] = _propose(tmp_path, source, values=values, needle="start < self.first")
    assert "(self.first is not None and start < self.first)" in \
        candidate.edits["rooms/booking.py"]


@pytest.mark.parametrize("comment", [
    "#: None for a booking whose end was not entered yet.",
    "#: None is rejected: an open-ended booking is not allowed.",
    "",
])
def test_none_not_documented_as_unbounded_gets_nothing(tmp_path: Path, comment: str) -> None:
    source = BOOKING.replace(
        "#: None for an open-ended booking (a room out of service until further notice).",
        comment)
    assert _propose(tmp_path, source) == []


def test_a_value_captured_as_something_else_gets_nothing(tmp_path: Path) -> None:
    values = {**SELF, "self": "Booking(start=None, end=datetime.datetime(2025, 3, 1))"}
    assert _propose(tmp_path, values=values) == []


def test_end_to_end_the_open_ended_booking_blocks_the_room(tmp_path: Path) -> None:
    tests = '''
        from datetime import datetime

        from rooms.booking import Booking


        def test_overlaps() -> None:
            booked = Booking(datetime(2025, 3, 1, 9), datetime(2025, 3, 1, 10))
            assert booked.overlaps(datetime(2025, 3, 1, 9, 30), datetime(2025, 3, 1, 11))
            assert not booked.overlaps(datetime(2025, 3, 1, 10), datetime(2025, 3, 1, 11))
    '''
    imports = "from datetime import datetime\nfrom rooms.booking import Booking\n"
    call = "Booking(datetime(2025, 3, 1, 9), None).overlaps(datetime(2025, 4, 1), " \
           "datetime(2025, 4, 2))"
    data = fix_and_check(tmp_path, app_files("rooms", "booking", BOOKING, tests),
                         imports + call, imports + f"assert {call} is True\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "unbounded-none"


@pytest.mark.parametrize("comment", [
    "#: A booking is never open-ended: None means it was cancelled.",
    "#: For a staff booking None means open-ended. For a guest's booking None means "
    "cancelled.",
    "#: None until the desk confirms; confirmed bookings are never unlimited.",
    "#: Bookings are kept indefinitely for the audit log. None marks a cancelled one.",
])
def test_none_given_another_meaning_gets_nothing(tmp_path: Path, comment: str) -> None:
    source = BOOKING.replace(
        "#: None for an open-ended booking (a room out of service until further notice).",
        comment)
    assert _propose(tmp_path, source) == []


def test_only_the_captured_objects_class_speaks_for_its_field(tmp_path: Path) -> None:
    # "open-ended" is said of another class's `end`; this class says nothing.
    source = BOOKING.replace(
        "        #: None for an open-ended booking (a room out of service until further "
        "notice).\n", "").replace("@dataclass(frozen=True)\n    class Booking:", '''@dataclass
    class Lease:
        #: None for an open-ended lease.
        end: datetime | None


    @dataclass(frozen=True)
    class Booking:''')
    assert "class Lease" in source
    assert _propose(tmp_path, source) == []


def test_a_bound_whose_name_is_of_the_other_kind_gets_nothing(tmp_path: Path) -> None:
    # Lower-bound words in an end's comment: which bound None stands for is unclear.
    source = BOOKING.replace(
        "#: None for an open-ended booking (a room out of service until further notice).",
        "#: None for a booking with no start.")
    assert _propose(tmp_path, source) == []


CELLAR = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Bottle:
        wine: str
        #: The drinking window, as years. Either end may be missing: no ``drink_from``
        #: means ready now, no ``drink_until`` means no known end.
        drink_from: int | None = None
        drink_until: int | None = None


    def is_ready(bottle: Bottle, year: int) -> bool:
        return bottle.drink_from <= year
'''
CELLAR_MESSAGE = "'<=' not supported between instances of 'NoneType' and 'int'"
CELLAR_VALUES = {"bottle": "Bottle(wine='Rioja', drink_from=None, drink_until=2030)",
                 "year": "2026"}


def _propose_cellar(tmp_path: Path, source: str = CELLAR) -> list[object]:
    site, analysis = crash_at(tmp_path, {"cellar/bottles.py": source}, "cellar/bottles.py",
                              "bottle.drink_from <= year", "TypeError", CELLAR_MESSAGE,
                              CELLAR_VALUES)
    return list(UnboundedNone().propose(site, analysis))


def test_no_start_said_without_none_reads_as_ready_now(tmp_path: Path) -> None:
    [candidate] = _propose_cellar(tmp_path)
    assert "return (bottle.drink_from is None or bottle.drink_from <= year)" in \
        candidate.edits["cellar/bottles.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("comment", [
    # The clause about this field says something else than "already open".
    "#: The drinking window, as years. No ``drink_from`` means not ready yet, no\n"
    "        #: ``drink_until`` means no known end.",
    "#: The drinking window, as years. No ``drink_until`` means ready now.",
    "#: The drinking window, as years. No ``drink_from`` means it starts now.",
])
def test_other_clauses_about_the_missing_start_get_nothing(tmp_path: Path,
                                                           comment: str) -> None:
    source = CELLAR.replace(
        "#: The drinking window, as years. Either end may be missing: no ``drink_from``\n"
        "        #: means ready now, no ``drink_until`` means no known end.", comment)
    assert comment in source
    assert _propose_cellar(tmp_path, source) == []
