"""Twenty-second adversarial review: clock fields, unused stand-ins, tables' DEFAULT_
constants and the words of a list's filter.

Four new repair changes:

* ``leading-clock-field`` (``candidates/clock_fields.py``): ``minutes, seconds =
  TEXT.split(":")`` fed the ``h:mm:ss`` form the documentation near it also writes reads
  the leading hours (days for ``hh:mm``), worth the factor of ``int(minutes) * 60`` once
  more;
* ``unused-stand-in`` (``candidates/unused_stand_ins.py``): a None attribute read in
  ``NAME = ...`` is replaced by a local or defaulted parameter the function binds and
  never reads, when a docstring sentence names the attribute as None and the name as what
  it is counted "up to", "as of", "taken as";
* ``default_for_table`` (``contract_constants.py``, used by ``missing_key.py``):
  ``TABLE[key]`` falls back to ``DEFAULT_TABLE`` (or ``TABLE_DEFAULT``), a constant of
  the table's kind whose comment refuses nothing;
* ``_names_the_filter`` (``candidates/empty_aggregates.py``): the documented None of a
  filtered list's aggregate may speak of the filter's words ("None when no ticket was
  closed in that week").

Each wrong-fix trap is a small app whose words give another answer; the hidden assertion
checks that behaviour, and a declined fix passes.

Wrong-fix traps, ``leading-clock-field``:

* ``test_a_parkrun_past_the_cut_off_is_recorded_with_no_time``: the docstring writes
  ``h:mm:ss`` to say such a finish is past the one-hour cut-off and recorded with no time
  (None);
* ``test_the_chip_times_check_is_not_the_time_returned``: ``int(minutes) * 60`` is
  written twice (the world-record check, then the answer inside ``Result(...)``);
  ``_worth`` finds the check's first (``ast.walk`` is breadth-first and it lies
  shallower), so only the check gets the hours and a walker's 1:02:03 is 123 seconds;
* ``test_a_timesheet_day_is_a_working_day_of_seven_and_a_half_hours``: the ``d`` of
  ``d:hh:mm`` counts working days of 7 h 30, not 24 hours.

Wrong-fix traps, ``unused-stand-in``:

* ``test_a_book_on_loan_is_out_for_days_not_until_a_date``: the stand-in ``today`` is
  right for ``returned_at``, but the whole value (a number of days) is replaced by it:
  the member page shows a date where the days go;
* ``test_the_ignored_today_argument_is_no_stand_in``: "counted up to the branch's own
  date, ``branch_today()``, not up to ``today``": the argument is ignored, kept for old
  callers;
* ``test_the_cap_is_no_number_of_days_late``: "counts as late up to ``cap`` days" is a
  cap; the unread parameter is unread because the cap was forgotten, and every book not
  back yet is 28 days late, even one not due yet.

Wrong-fix traps, ``default_for_table``:

* ``test_an_untimed_room_type_raises_for_the_housekeeper``: the crashing function's
  docstring says a room type not timed yet raises ``UntimedRoom``;
* ``test_an_export_is_zero_rated_not_charged_the_counter_rate``: ``DEFAULT_VAT_RATE`` is
  the rate of a counter sale (no delivery country); an export is zero-rated;
* ``test_the_brokers_connect_timeout_is_no_jobs_time_limit``: ``DEFAULT_TIMEOUT`` is the
  broker connection's 5 seconds, not a job's time limit;
* ``test_a_vehicle_class_the_camera_does_not_know_keeps_the_barrier_shut``: the module
  docstring says a class missing from the tariff is a camera fault, refused.

Wrong-fix traps, ``_names_the_filter``:

* ``test_a_probe_saturated_all_hour_reports_its_ceiling``: "None while the sensor is
  offline" speaks of ``sensor`` (a filter word); an hour of saturated readings reports
  the probe's ceiling;
* ``test_a_stalled_queue_is_not_a_closed_desk``: "None on days the desk is closed" speaks
  of ``closed`` (a filter word, of tickets); a working day on which no ticket was closed
  raises StalledQueue;
* ``test_a_day_without_web_orders_since_the_launch_is_an_outage``: "None before the web
  channel's launch" speaks of ``channel``; a day since the launch without a web order
  raises SiteDown.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_mins_and_secs``: the template's parser with its fields named ``mins,
  secs``;
* ``test_over_block_fined_as_at_today``: the template's fines, "as at ``today``" (British
  accounts' "as of");
* ``test_over_block_a_table_named_by_room_type``: ``CLEAN_MINUTES_BY_ROOM_TYPE`` and
  ``DEFAULT_CLEAN_MINUTES``.

The empty-aggregate traps keep the crashing function's docstring to one line: a second
sentence there already unbacks the borrowed answer (``respect_the_functions_own_words``),
so the other answer is written where a developer also writes it, in the field's comment,
the class docstring and the module docstring.

As written (2026-11-27), all 16 fail: the 13 traps are each reported ``fixed`` with the
wrong behaviour (by ``leading-clock-field``, ``unused-stand-in``, ``missing-key`` with
``default_for_table``'s constant, and ``empty-aggregate``), and the 3 over-block checks
end ``not_fixed`` (no template for ``mins, secs``) and ``unverified`` (only guards that
disagree, or a ``return 0`` nothing backs).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown


def _must_raise(call: str, what: str) -> str:
    """A hidden assertion: ``call`` raises."""
    return (f"try:\n    got = {call}\nexcept Exception:\n    pass\n"
            f"else:\n    raise AssertionError(f\"{what}: {{got!r}}\")\n")


# --- leading-clock-field: a longer form that means something else, or is half read ------

PARKRUN = '''
    """parkrun results for the club's records page."""

    from __future__ import annotations


    def finish_seconds(text: str) -> int | None:
        """Seconds in a parkrun finish time, written ``mm:ss`` in the results email.

        A time written ``h:mm:ss`` is past the course's one-hour cut-off: the run still
        counts towards the member's total, but the club records it with no time (None),
        as parkrun itself does.
        """
        minutes, seconds = text.strip().split(":")
        return int(minutes) * 60 + int(seconds)


    def club_record(rows: list[dict[str, str]]) -> list[tuple[str, int | None]]:
        """(name, seconds) for each row of the results email."""
        return [(row["name"], finish_seconds(row["time"])) for row in rows]
'''

PARKRUN_TESTS = '''
    from club.parkrun import club_record, finish_seconds


    def test_finish_seconds() -> None:
        assert finish_seconds("24:10") == 1450
        assert finish_seconds(" 59:59") == 3599


    def test_club_record() -> None:
        assert club_record([{"name": "Ann", "time": "31:05"}]) == [("Ann", 1865)]
'''


def test_a_parkrun_past_the_cut_off_is_recorded_with_no_time(tmp_path: Path) -> None:
    # The docstring writes `h:mm:ss` to say such a finish is past the cut-off and has no
    # time; read as hours, the club's records show a time parkrun never gave.
    imports = "from club.parkrun import club_record, finish_seconds\n"
    rows = '[{"name": "Ann", "time": "31:05"}, {"name": "Bo", "time": "1:02:03"}]'
    _shown(fix_and_check(
        tmp_path, _app("club", "parkrun", PARKRUN, PARKRUN_TESTS),
        imports + f"club_record({rows})",
        imports + _raises_or('finish_seconds("1:02:03")', "got is None",
                             "a finish past the cut-off recorded with a time")))


CHIP = '''
    """Finish times from the timing mats at the club's races."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: A 5 km in under 12:30 would beat the world record: a mis-read chip rather than a
    #: real finish.
    FASTEST_SECONDS = 750


    class MisRead(Exception):
        """The mat read a chip wrongly; the timekeeper enters the time by hand."""


    @dataclass(frozen=True)
    class Result:
        bib: str
        seconds: int


    def chip_result(bib: str, text: str) -> Result:
        """The result for a chip time, written ``mm:ss``, or ``h:mm:ss`` from the hour up."""
        minutes, seconds = text.strip().split(":")
        if int(minutes) * 60 + int(seconds) < FASTEST_SECONDS:
            raise MisRead(bib)
        return Result(bib=bib, seconds=int(minutes) * 60 + int(seconds))


    def results(rows: list[tuple[str, str]]) -> list[Result]:
        """The race's results, fastest first."""
        return sorted((chip_result(bib, time) for bib, time in rows),
                      key=lambda result: result.seconds)
'''

CHIP_TESTS = '''
    import pytest

    from club.chips import MisRead, Result, chip_result, results


    def test_chip_result() -> None:
        assert chip_result("3", "21:40") == Result("3", 1300)
        with pytest.raises(MisRead):
            chip_result("9", "09:59")


    def test_results() -> None:
        assert results([("12", "25:00"), ("7", "19:30")]) == [Result("7", 1170),
                                                              Result("12", 1500)]
'''


def test_the_chip_times_check_is_not_the_time_returned(tmp_path: Path) -> None:
    # `int(minutes) * 60` is written twice: the world-record check, then the answer. The
    # fix adds the hours to the one it finds first, the check's, and a walker's 1:02:03
    # comes back as 123 seconds: the race's winner.
    imports = "from club.chips import Result, chip_result, results\n"
    rows = '[("12", "25:00"), ("40", "1:02:03")]'
    _shown(fix_and_check(
        tmp_path, _app("club", "chips", CHIP, CHIP_TESTS), imports + f"results({rows})",
        imports + _raises_or('chip_result("40", "1:02:03")', 'got == Result("40", 3723)',
                             "an hour-long chip time read without its hours")
        + _raises_or(f"results({rows})", 'got == [Result("12", 1500), Result("40", 3723)]',
                     "a walker placed ahead of the runners")))


TIMESHEET = '''
    """Timesheets: effort booked against the client's projects."""

    from __future__ import annotations

    #: Hours in a working day, as the contract bills them.
    DAY_HOURS = 7.5


    def effort_minutes(text: str) -> int:
        """Minutes of effort in a timesheet entry written ``hh:mm``, or ``d:hh:mm`` for
        longer work, where ``d`` counts working days of 7 h 30 (``DAY_HOURS``), not
        calendar days.
        """
        hours, minutes = text.strip().split(":")
        return int(hours) * 60 + int(minutes)


    def invoice_pence(entries: list[str], rate_pence_per_hour: int) -> int:
        """What the entries bill at the hourly rate."""
        return round(sum(effort_minutes(e) for e in entries) * rate_pence_per_hour / 60)
'''

TIMESHEET_TESTS = '''
    from consult.timesheet import effort_minutes, invoice_pence


    def test_effort_minutes() -> None:
        assert effort_minutes("02:30") == 150
        assert effort_minutes("7:05") == 425


    def test_invoice_pence() -> None:
        assert invoice_pence(["01:00", "00:30"], 9000) == 13500
'''


def test_a_timesheet_day_is_a_working_day_of_seven_and_a_half_hours(tmp_path: Path) -> None:
    # `d:hh:mm` counts working days of 7 h 30; read as calendar days, two days and 3 h 15
    # bill 51 h 15 instead of 18 h 15.
    imports = "from consult.timesheet import effort_minutes, invoice_pence\n"
    _shown(fix_and_check(
        tmp_path, _app("consult", "timesheet", TIMESHEET, TIMESHEET_TESTS),
        imports + 'invoice_pence(["01:00", "2:03:15"], 9000)',
        imports + _raises_or('effort_minutes("2:03:15")', "got == 1095",
                             "a working day billed as 24 hours")))


# --- unused-stand-in: the name stands in for something else, or for part of the value ---

LOAN_ROWS = '''
    """The member's loan history page."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, datetime


    @dataclass
    class Loan:
        title: str
        borrowed_on: date
        #: When the book came back; None while it is still on loan.
        returned_at: datetime | None = None


    def loan_row(loan: Loan, today: date | None = None) -> dict[str, object]:
        """One row of the history: the title and the number of days the book was out.

        A book still on loan (``returned_at`` is None) is counted up to ``today``.
        """
        today = today or date.today()
        days_out = (loan.returned_at.date() - loan.borrowed_on).days
        return {"title": loan.title, "days_out": days_out}


    def history(loans: list[Loan], today: date | None = None) -> list[dict[str, object]]:
        return [loan_row(loan, today) for loan in loans]
'''

LOAN_ROWS_TESTS = '''
    from datetime import date, datetime

    from library.history import Loan, history


    def test_history() -> None:
        loan = Loan("Emma", date(2024, 5, 1), datetime(2024, 5, 15, 16, 30))
        assert history([loan]) == [{"title": "Emma", "days_out": 14}]
'''


def test_a_book_on_loan_is_out_for_days_not_until_a_date(tmp_path: Path) -> None:
    # `today` does stand in for the missing `returned_at`, but the rule puts it in the
    # place of the whole value, a number of days: the page shows "2024-05-31" days.
    imports = ("from datetime import date, datetime\n"
               "from library.history import Loan, history, loan_row\n")
    call = 'loan_row(Loan("Persuasion", date(2024, 5, 1)), date(2024, 5, 31))'
    _shown(fix_and_check(
        tmp_path, _app("library", "history", LOAN_ROWS, LOAN_ROWS_TESTS),
        imports + 'history([Loan("Persuasion", date(2024, 5, 1))], date(2024, 5, 31))',
        imports + _raises_or(call, 'got == {"title": "Persuasion", "days_out": 30}',
                             "a book still on loan out for a date, not for days")))


BRANCH_FINES = '''
    """Overdue fines, worked out on the branch's own calendar."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, datetime


    @dataclass
    class Loan:
        due_on: date
        #: When the book came back; None while it is still on loan.
        returned_at: datetime | None = None


    def branch_today() -> date:
        """The branch's date: the library's calendar, which the fines follow."""
        return date.today()


    def days_overdue(loan: Loan, today: date | None = None) -> int:
        """Days a loan is past ``due_on``, never negative.

        A book still on loan (``returned_at`` is None) is counted up to the branch's
        own date, ``branch_today()``, not up to ``today``: that argument is ignored now,
        kept only so that the old reminder job's calls still work (it passed the server's
        UTC date, a day out for the evening's reminders).
        """
        returned_on = loan.returned_at.date()
        return max((returned_on - loan.due_on).days, 0)
'''

BRANCH_FINES_TESTS = '''
    from datetime import date, datetime

    from library.fines import Loan, days_overdue


    def test_days_overdue() -> None:
        assert days_overdue(Loan(date(2024, 6, 1), datetime(2024, 6, 4, 10))) == 3
        assert days_overdue(Loan(date(2024, 6, 1), datetime(2024, 5, 30, 10))) == 0
'''


def test_the_ignored_today_argument_is_no_stand_in(tmp_path: Path) -> None:
    # The sentence says the days run up to `branch_today()`, "not up to `today`": the
    # argument is ignored, kept for old callers. The fix counts up to the old job's date.
    imports = ("from datetime import date, datetime\n"
               "import library.fines as fines\nfrom library.fines import Loan, days_overdue\n")
    check = imports + "fines.branch_today = lambda: date(2024, 6, 10)\n" + _raises_or(
        "days_overdue(Loan(date(2024, 6, 1)), today=date(2024, 6, 3))", "got == 9",
        "a book on loan counted up to the ignored `today`")
    _shown(fix_and_check(
        tmp_path, _app("library", "fines", BRANCH_FINES, BRANCH_FINES_TESTS),
        imports + "days_overdue(Loan(date(2024, 6, 1)), today=date(2024, 6, 3))", check))


LATE_DAYS = '''
    """The fines ledger's late days."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, datetime


    @dataclass
    class Loan:
        due_on: date
        #: When the book came back; None while it is still on loan.
        returned_at: datetime | None = None


    def late_days(loan: Loan, cap: int = 28) -> int:
        """Days a book came back after ``due_on``, for the fines ledger.

        A book not returned yet (``returned_at`` is None) counts as late up to ``cap``
        days; past that it is billed as lost instead, at its replacement price.
        """
        late = (loan.returned_at.date() - loan.due_on).days
        return max(late, 0)


    def ledger(loans: list[Loan]) -> int:
        """Late days over all the loans."""
        return sum(late_days(loan) for loan in loans)
'''

LATE_DAYS_TESTS = '''
    from datetime import date, datetime

    from library.ledger import Loan, late_days, ledger


    def test_late_days() -> None:
        assert late_days(Loan(date(2024, 6, 1), datetime(2024, 6, 6, 12))) == 5
        assert late_days(Loan(date(2024, 6, 1), datetime(2024, 5, 20, 12))) == 0


    def test_ledger() -> None:
        assert ledger([Loan(date(2024, 6, 1), datetime(2024, 6, 3, 9))]) == 2
'''


def test_the_cap_is_no_number_of_days_late(tmp_path: Path) -> None:
    # "counts as late up to `cap` days" is a cap the code forgot, not a stand-in: with it
    # in the missing return's place, a book not even due yet is 28 days late.
    imports = ("from datetime import date, datetime, timedelta\n"
               "from library.ledger import Loan, late_days, ledger\n")
    not_due = "late_days(Loan(date.today() + timedelta(days=10)))"
    three = "late_days(Loan(date.today() - timedelta(days=3)))"
    _shown(fix_and_check(
        tmp_path, _app("library", "ledger", LATE_DAYS, LATE_DAYS_TESTS),
        imports + "ledger([Loan(date(2024, 6, 1), datetime(2024, 6, 3, 9)), "
                  "Loan(date.today() + timedelta(days=10))])",
        imports + _raises_or(not_due, "got == 0", "a book not due yet counted as late")
        + _raises_or(three, "got == 3", "a book three days late counted otherwise")))


# --- default_for_table: a DEFAULT_ constant for another purpose, or refused -------------

UNTIMED = '''
    """How long a room takes to turn round, as timed by the head housekeeper."""

    from __future__ import annotations

    #: Minutes for a full clean after a check-out, by room type (timed in 2023).
    CLEAN_MINUTES: dict[str, int] = {"single": 25, "double": 30, "twin": 30, "suite": 50}
    #: What the timing form shows before the head housekeeper enters a new type's time.
    DEFAULT_CLEAN_MINUTES = 45
    #: A stay-over (the guest stays on) gets a tidy and fresh towels, whatever the room.
    STAYOVER_MINUTES = 15


    class UntimedRoom(Exception):
        """A room type nobody has timed a clean of."""


    def turnaround_minutes(room_type: str, checkout: bool) -> int:
        """Minutes to plan for one room: a full clean after a check-out, else a tidy.

        A room type not timed yet raises UntimedRoom: the head housekeeper times its
        first clean herself before any rota plans it.
        """
        if not checkout:
            return STAYOVER_MINUTES
        return CLEAN_MINUTES[room_type]


    def rota_minutes(rooms: list[tuple[str, bool]]) -> int:
        """Minutes of work for the morning's rota."""
        return sum(turnaround_minutes(room_type, checkout) for room_type, checkout in rooms)
'''

UNTIMED_TESTS = '''
    from housekeeping.timing import rota_minutes, turnaround_minutes


    def test_turnaround_minutes() -> None:
        assert turnaround_minutes("suite", True) == 50
        assert turnaround_minutes("suite", False) == 15


    def test_rota_minutes() -> None:
        assert rota_minutes([("single", True), ("twin", False)]) == 40
'''


def test_an_untimed_room_type_raises_for_the_housekeeper(tmp_path: Path) -> None:
    # DEFAULT_CLEAN_MINUTES is the timing form's starting value; the crashing function's
    # docstring raises UntimedRoom for a type not timed yet.
    imports = "from housekeeping.timing import rota_minutes, turnaround_minutes\n"
    _shown(fix_and_check(
        tmp_path, _app("housekeeping", "timing", UNTIMED, UNTIMED_TESTS),
        imports + 'rota_minutes([("single", True), ("family", True)])',
        imports + _must_raise('turnaround_minutes("family", True)',
                              "an untimed room type planned at the form's 45 minutes")))


VAT = '''
    """VAT on the web shop's orders."""

    from __future__ import annotations

    #: VAT in percent by the delivery country: a distance sale pays its buyer's rate.
    VAT_RATE: dict[str, int] = {"GB": 20, "DE": 19, "FR": 20, "IE": 23, "NL": 21}
    #: The rate of the shop's own country, for sales collected at the counter (they have
    #: no delivery country).
    DEFAULT_VAT_RATE = 20


    def vat_pence(net_pence: int, country: str | None) -> int:
        """VAT on an order's net amount, to the penny.

        An order collected at the counter (``country`` None) pays DEFAULT_VAT_RATE.
        Exports, to a country outside the table, are zero-rated: the customer pays their
        own country's import VAT on delivery.
        """
        if country is None:
            rate = DEFAULT_VAT_RATE
        else:
            rate = VAT_RATE[country]
        return round(net_pence * rate / 100)


    def order_total(net_pence: int, country: str | None) -> int:
        return net_pence + vat_pence(net_pence, country)
'''

VAT_TESTS = '''
    from shop.vat import order_total, vat_pence


    def test_vat_pence() -> None:
        assert vat_pence(10000, "DE") == 1900
        assert vat_pence(10000, None) == 2000


    def test_order_total() -> None:
        assert order_total(5000, "IE") == 6150
'''


def test_an_export_is_zero_rated_not_charged_the_counter_rate(tmp_path: Path) -> None:
    # DEFAULT_VAT_RATE is a counter sale's rate; an export outside the table is
    # zero-rated. The fix charges an American customer 20% British VAT.
    imports = "from shop.vat import order_total, vat_pence\n"
    _shown(fix_and_check(
        tmp_path, _app("shop", "vat", VAT, VAT_TESTS), imports + 'order_total(10000, "US")',
        imports + _raises_or('vat_pence(10000, "US")', "got == 0",
                             "an export charged the counter sale's VAT")))


JOBS = '''
    """Settings of the background job runner, and the worker's use of them."""

    from __future__ import annotations

    import socket

    #: Seconds a job of each queue may run before the worker kills it.
    TIMEOUT: dict[str, int] = {"thumbnails": 30, "emails": 60, "exports": 900}
    #: Seconds to wait for the broker to accept a connection.
    DEFAULT_TIMEOUT = 5
    BROKER = ("127.0.0.1", 6379)


    def connect() -> socket.socket:
        """A connection to the broker."""
        return socket.create_connection(BROKER, timeout=DEFAULT_TIMEOUT)


    def job_timeout(queue: str) -> int:
        """Seconds a job taken from ``queue`` may run before the worker kills it."""
        return TIMEOUT[queue]


    def plan(jobs: list[tuple[str, str]]) -> list[tuple[str, int]]:
        """(job id, time limit) for each (job id, queue) the worker takes."""
        return [(job, job_timeout(queue)) for job, queue in jobs]
'''

JOBS_TESTS = '''
    from worker.settings import job_timeout, plan


    def test_job_timeout() -> None:
        assert job_timeout("exports") == 900


    def test_plan() -> None:
        assert plan([("j1", "emails")]) == [("j1", 60)]
'''


def test_the_brokers_connect_timeout_is_no_jobs_time_limit(tmp_path: Path) -> None:
    # DEFAULT_TIMEOUT is the broker connection's; read as a job's limit, every report
    # (hours of work) is killed after 5 seconds.
    imports = "from worker.settings import job_timeout, plan\n"
    _shown(fix_and_check(
        tmp_path, _app("worker", "settings", JOBS, JOBS_TESTS),
        imports + 'plan([("j1", "emails"), ("j2", "reports")])',
        imports + _raises_or('job_timeout("reports")', "got != 5",
                             "a report killed at the broker's connect timeout")))


PARKING = '''
    """Parking charges at the barrier.

    The camera reads each vehicle's class. Every class it reports must have a tariff in
    HOURLY_PENCE: a class missing from it is a camera fault, and the barrier stays shut
    until an attendant comes.
    """

    from __future__ import annotations

    import math

    #: Pence per hour started, by vehicle class.
    HOURLY_PENCE: dict[str, int] = {"car": 250, "motorcycle": 100, "coach": 900}
    #: The tariff on the sign at the entrance, the one most visitors pay.
    DEFAULT_HOURLY_PENCE = 250


    def charge_pence(vehicle_class: str, minutes: int) -> int:
        """What the barrier asks for a stay of ``minutes``."""
        return HOURLY_PENCE[vehicle_class] * math.ceil(minutes / 60)


    def exit_barrier(vehicle_class: str, minutes: int) -> str:
        """The barrier's display."""
        return f"Please pay {charge_pence(vehicle_class, minutes) / 100:.2f}"
'''

PARKING_TESTS = '''
    from parking.barrier import charge_pence, exit_barrier


    def test_charge_pence() -> None:
        assert charge_pence("car", 61) == 500
        assert charge_pence("coach", 30) == 900


    def test_exit_barrier() -> None:
        assert exit_barrier("motorcycle", 10) == "Please pay 1.00"
'''


def test_a_vehicle_class_the_camera_does_not_know_keeps_the_barrier_shut(
        tmp_path: Path) -> None:
    # The module docstring refuses a class missing from the tariff (a camera fault); the
    # DEFAULT_ constant is the sign's tariff. The fix lets a lorry out at the car rate.
    imports = "from parking.barrier import charge_pence, exit_barrier\n"
    _shown(fix_and_check(
        tmp_path, _app("parking", "barrier", PARKING, PARKING_TESTS),
        imports + 'exit_barrier("lorry", 90)',
        imports + _must_raise('charge_pence("lorry", 90)',
                              "a class the camera does not know charged the sign's tariff")))


# --- _names_the_filter: the filter's words in a sentence about another case -------------

PROBES = '''
    """Server-room temperatures from the probes' hourly uploads."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: The probes read up to 50.0 °C; above that they report 50.0 with ``saturated`` set.
    CEILING_C = 50.0


    @dataclass(frozen=True)
    class Reading:
        sensor: str
        celsius: float
        saturated: bool = False


    @dataclass(frozen=True)
    class Peak:
        sensor: str
        #: The hottest reading of the hour; None while the sensor is offline (it uploads
        #: nothing then). An hour in which every reading saturated reports CEILING_C: it
        #: was at least that hot, and the alarm goes off.
        celsius: float | None


    def hourly_peak(sensor: str, readings: list[Reading]) -> Peak:
        """The hour's peak for ``sensor``; a saturated reading says no more than "hot"."""
        good = [r.celsius for r in readings if r.sensor == sensor and not r.saturated]
        return Peak(sensor=sensor, celsius=max(good))
'''

PROBES_TESTS = '''
    from servers.probes import Peak, Reading, hourly_peak


    def test_hourly_peak() -> None:
        readings = [Reading("rack-3", 24.5), Reading("rack-3", 27.0), Reading("rack-4", 31.0),
                    Reading("rack-3", 50.0, saturated=True)]
        assert hourly_peak("rack-3", readings) == Peak("rack-3", 27.0)
'''


def test_a_probe_saturated_all_hour_reports_its_ceiling(tmp_path: Path) -> None:
    # "None while the sensor is offline" names `sensor`, a word of the filter; an hour of
    # saturated readings reports CEILING_C. With None, the overheating rack looks offline.
    imports = "from servers.probes import Peak, Reading, hourly_peak\n"
    hot = '[Reading("rack-3", 50.0, saturated=True), Reading("rack-3", 50.0, saturated=True)]'
    _shown(fix_and_check(
        tmp_path, _app("servers", "probes", PROBES, PROBES_TESTS),
        imports + f'hourly_peak("rack-3", {hot})',
        imports + _raises_or(f'hourly_peak("rack-3", {hot})', "got.celsius == 50.0",
                             "a rack at the probe's ceiling reported as offline")
        + _raises_or('hourly_peak("rack-3", [])', "got.celsius is None",
                     "an offline probe reported hot")))


DESK = '''
    """Daily resolution times for the support desk's board."""

    from __future__ import annotations

    import statistics
    from dataclasses import dataclass
    from datetime import datetime

    TICKETS = [
        {"opened": "2026-03-02T09:00", "closed": "2026-03-02T09:30"},
        {"opened": "2026-03-02T10:00", "closed": "2026-03-02T11:30"},
        {"opened": "2026-03-03T08:00", "closed": "2026-03-03T08:20"},
        {"opened": "2026-03-04T08:00", "closed": None},
        {"opened": "2026-03-04T09:15", "closed": None},
    ]


    class StalledQueue(Exception):
        """Tickets came in and nobody closed one: the on-call lead is paged."""


    @dataclass
    class DayStats:
        """One day on the board.

        A working day on which tickets came in but none was closed is a stalled queue:
        ``day_stats`` raises StalledQueue for it, and the board shows the alert instead.
        """

        day: str
        closed: int
        #: Median minutes from opening to close; None on days the desk is closed
        #: (weekends and bank holidays), when no ticket comes in.
        median_minutes: float | None


    def _minutes_open(ticket: dict[str, str]) -> float:
        opened = datetime.fromisoformat(ticket["opened"])
        return (datetime.fromisoformat(ticket["closed"]) - opened).total_seconds() / 60


    def day_stats(day: str) -> DayStats:
        """The board's figures for ``day``, an ISO date."""
        minutes = [_minutes_open(t) for t in TICKETS
                   if t["closed"] is not None and t["closed"][:10] == day]
        return DayStats(day=day, closed=len(minutes),
                        median_minutes=statistics.median(minutes))
'''

DESK_TESTS = '''
    from helpdesk.board import DayStats, day_stats


    def test_day_stats() -> None:
        assert day_stats("2026-03-02") == DayStats("2026-03-02", 2, 60.0)
        assert day_stats("2026-03-03") == DayStats("2026-03-03", 1, 20.0)
'''


def test_a_stalled_queue_is_not_a_closed_desk(tmp_path: Path) -> None:
    # "None on days the desk is closed" names `closed`, a word of the filter (of tickets);
    # a working day on which no ticket was closed raises StalledQueue. With None, the
    # stalled queue shows on the board as a weekend and nobody is paged.
    imports = "from helpdesk.board import day_stats\n"
    _shown(fix_and_check(
        tmp_path, _app("helpdesk", "board", DESK, DESK_TESTS),
        imports + 'day_stats("2026-03-04")',
        imports + _raises_or('day_stats("2026-03-04")', "got.median_minutes is not None",
                             "a stalled queue shown as a closed desk")))


MORNING = '''
    """The morning report's figures for the web shop.

    A day since the web channel's launch without a single web order means the site was
    down: ``morning`` raises SiteDown for it, so that the on-call developer is paged
    instead of the report going out.
    """

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, datetime


    class SiteDown(Exception):
        """The shop took no web order all day: the on-call developer is paged."""


    @dataclass(frozen=True)
    class Order:
        placed_at: datetime
        #: "web" or "phone".
        channel: str


    @dataclass(frozen=True)
    class Morning:
        day: date
        orders: int
        #: When the day's first web order came in; None before the web channel's launch
        #: (1 March 2024), when orders came by phone only.
        first_web_order: datetime | None


    def morning(orders: list[Order], day: date) -> Morning:
        """The morning report for ``day``."""
        web = [o.placed_at for o in orders if o.channel == "web" and o.placed_at.date() == day]
        return Morning(day=day, orders=len(orders), first_web_order=min(web))
'''

MORNING_TESTS = '''
    from datetime import date, datetime

    from shop.morning import Morning, Order, morning


    def test_morning() -> None:
        orders = [Order(datetime(2024, 5, 7, 9, 15), "web"),
                  Order(datetime(2024, 5, 7, 7, 40), "web"),
                  Order(datetime(2024, 5, 7, 6, 5), "phone")]
        assert morning(orders, date(2024, 5, 7)) == Morning(
            date(2024, 5, 7), 3, datetime(2024, 5, 7, 7, 40))
'''


def test_a_day_without_web_orders_since_the_launch_is_an_outage(tmp_path: Path) -> None:
    # "None before the web channel's launch" names `channel`, a word of the filter; a day
    # since the launch without a web order raises SiteDown. With None, the outage reads
    # as a day before the launch and the report goes out.
    imports = ("from datetime import date, datetime\n"
               "from shop.morning import Order, morning\n")
    call = 'morning([Order(datetime(2024, 5, 8, 8, 0), "phone")], date(2024, 5, 8))'
    _shown(fix_and_check(
        tmp_path, _app("shop", "morning", MORNING, MORNING_TESTS), imports + call,
        imports + _raises_or(call, "got.first_web_order is not None",
                             "a day the site was down reported as before the launch")))


# --- over-blocks: the same case, worded differently -------------------------------------

MINS_SECS = '''
    """Finishing times as runners write them."""

    from __future__ import annotations


    def parse_duration(text: str) -> int:
        """Seconds in a time written ``mm:ss`` or ``h:mm:ss``."""
        mins, secs = text.strip().split(":")
        return int(mins) * 60 + int(secs)


    def pace_per_km(distance_km: float, text: str) -> int:
        """Seconds per kilometre, to the nearest second."""
        return round(parse_duration(text) / distance_km)
'''

MINS_SECS_TESTS = '''
    from runclub.timing import pace_per_km, parse_duration


    def test_parse_duration() -> None:
        assert parse_duration("25:30") == 1530


    def test_pace_per_km() -> None:
        assert pace_per_km(5, "25:00") == 300
'''


def test_over_block_mins_and_secs(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's parser, its fields named ``mins, secs`` (as often
    as ``minutes, seconds``)."""
    imports = "from runclub.timing import pace_per_km, parse_duration\n"
    _fixed(fix_and_check(
        tmp_path, _app("runclub", "timing", MINS_SECS, MINS_SECS_TESTS),
        imports + 'pace_per_km(21.1, "1:52:30")',
        imports + 'assert parse_duration("1:52:30") == 6750\n'
        'assert parse_duration("25:30") == 1530\n'
        'assert pace_per_km(21.1, "1:52:30") == 320\n'))


AS_AT = '''
    """Overdue fines."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, datetime


    @dataclass
    class Loan:
        due_on: date
        #: When the book came back; None while it is still on loan.
        returned_at: datetime | None = None


    def days_overdue(loan: Loan, today: date | None = None) -> int:
        """Days a loan is past ``due_on``, never negative.

        A book still out on loan (``returned_at`` is None) is fined as at ``today``, the
        branch's date unless the caller gives one.
        """
        today = today or date.today()
        returned_on = loan.returned_at.date()
        return max((returned_on - loan.due_on).days, 0)
'''

AS_AT_TESTS = '''
    from datetime import date, datetime

    from library.fines import Loan, days_overdue


    def test_days_overdue() -> None:
        assert days_overdue(Loan(date(2024, 6, 1), datetime(2024, 6, 4, 10))) == 3
        assert days_overdue(Loan(date(2024, 6, 1), datetime(2024, 5, 30, 10))) == 0
'''


def test_over_block_fined_as_at_today(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's fines, the stand-in written "as at ``today``",
    the British accounts' "as of"."""
    imports = ("from datetime import date, datetime\n"
               "from library.fines import Loan, days_overdue\n")
    _fixed(fix_and_check(
        tmp_path, _app("library", "fines", AS_AT, AS_AT_TESTS),
        imports + "days_overdue(Loan(date(2024, 6, 1)), date(2024, 6, 11))",
        imports + "assert days_overdue(Loan(date(2024, 6, 1)), date(2024, 6, 11)) == 10\n"
        "assert days_overdue(Loan(date(2024, 6, 1), datetime(2024, 6, 4, 10))) == 3\n"))


BY_ROOM_TYPE = '''
    """How long a room takes to turn round, as timed by the head housekeeper."""

    from __future__ import annotations

    #: Minutes for a full clean after a check-out, by room type (timed in 2023).
    CLEAN_MINUTES_BY_ROOM_TYPE: dict[str, int] = {
        "single": 25, "double": 30, "twin": 30, "suite": 50}
    #: Room types not timed yet are planned at this: better to over-plan than to have a
    #: room unready when its guests arrive.
    DEFAULT_CLEAN_MINUTES = 45
    #: A stay-over (the guest stays on) gets a tidy and fresh towels, whatever the room.
    STAYOVER_MINUTES = 15


    def turnaround_minutes(room_type: str, checkout: bool) -> int:
        """Minutes to plan for one room: a full clean after a check-out, else a tidy."""
        if not checkout:
            return STAYOVER_MINUTES
        return CLEAN_MINUTES_BY_ROOM_TYPE[room_type]


    def rota_minutes(rooms: list[tuple[str, bool]]) -> int:
        """Minutes of work for the morning's rota."""
        return sum(turnaround_minutes(room_type, checkout) for room_type, checkout in rooms)
'''


def test_over_block_a_table_named_by_room_type(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's housekeeping, its table named
    ``CLEAN_MINUTES_BY_ROOM_TYPE`` and its default ``DEFAULT_CLEAN_MINUTES``."""
    imports = "from housekeeping.timing import rota_minutes, turnaround_minutes\n"
    _fixed(fix_and_check(
        tmp_path, _app("housekeeping", "timing", BY_ROOM_TYPE, UNTIMED_TESTS),
        imports + 'rota_minutes([("single", True), ("family", True)])',
        imports + 'assert turnaround_minutes("family", True) == 45\n'
        'assert turnaround_minutes("suite", True) == 50\n'
        'assert rota_minutes([("single", True), ("family", True)]) == 70\n'))
