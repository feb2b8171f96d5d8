"""latest_before under review: a sentence that mentions the last rate before a day backs the
lookup only when it says that rate applies, and only for the lookup that crashed."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

RATE = '''
    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Rate:
        currency: str
        day: date
        per_euro: float
'''

NEVER = RATE + '''

    def settle(amount: float, currency: str, day: date, rates: list[Rate]) -> float:
        """``amount`` in euros at the rate published on ``day``. Settlement law requires the
        rate of the trade day itself: the last rate published before it is never used, and
        a day without a rate of its own cannot be settled."""
        rate = next(r.per_euro for r in rates if r.currency == currency and r.day == day)
        return round(amount / rate, 2)
'''

TESTS = '''
    from datetime import date

    from fx.rates import Rate, {name}


    def test_{name}() -> None:
        rates = [Rate("USD", date(2024, 3, 1), 1.25)]
        assert {name}(125.0, "USD", date(2024, 3, 1), rates) == 100.0
'''

CALL = ('from datetime import date\nfrom fx.rates import Rate, {name}\n'
        'rates = [Rate("USD", date(2024, 3, 1), 1.25)]\n')
REFUSED = ('try:\n    got = {name}(125.0, "USD", date(2024, 3, 2), rates)\n'
           'except Exception:\n    pass\n'
           'else:\n    raise AssertionError(f"a day without its own rate was settled: {{got}}")\n')


def test_a_rate_before_the_day_that_is_never_used_is_not_taken(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"fx/__init__.py": "", "fx/rates.py": NEVER, "tests/__init__.py": "",
                   "tests/test_rates.py": TESTS.format(name="settle")},
        CALL.format(name="settle") + 'settle(125.0, "USD", date(2024, 3, 2), rates)',
        CALL.format(name="settle") + REFUSED.format(name="settle"))
    assert data is not None


INVOICES = RATE + '''

    def _rate(rates: list[Rate], currency: str, day: date) -> float:
        """The rate published on ``day`` itself."""
        return next(r.per_euro for r in rates if r.currency == currency and r.day == day)


    def invoiced(amount: float, currency: str, issued: date, rates: list[Rate]) -> float:
        """Of an account's invoices, the report shows the latest one issued before the
        cutoff. Its amount is converted at the rate of its own issue day; an invoice issued
        on a day without a published rate is a bookkeeping error to correct by hand."""
        return round(amount / _rate(rates, currency, issued), 2)
'''


def test_a_latest_before_sentence_about_other_entries_backs_nothing(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"fx/__init__.py": "", "fx/rates.py": INVOICES, "tests/__init__.py": "",
                   "tests/test_rates.py": TESTS.format(name="invoiced")},
        CALL.format(name="invoiced") + 'invoiced(125.0, "USD", date(2024, 3, 2), rates)',
        CALL.format(name="invoiced") + REFUSED.format(name="invoiced"))
    assert data is not None


# latest_before, review 4: a sentence about the reading before (to subtract it) or about
CONSUMPTION = '''
    """Electricity meters."""

    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Reading:
        meter: str
        day: date
        kwh: int


    def consumption(readings: list[Reading], meter: str, day: date) -> int:
        """Units used up to ``day``: the reading taken on ``day`` minus the last reading
        taken before it."""
        today = next(r for r in readings if r.meter == meter and r.day == day)
        earlier = max((r for r in readings if r.meter == meter and r.day < day),
                      key=lambda r: r.day)
        return today.kwh - earlier.kwh
'''

CONSUMPTION_TESTS = '''
    from datetime import date

    from power.meters import Reading, consumption


    def test_consumption() -> None:
        readings = [Reading("m1", date(2024, 1, 1), 100), Reading("m1", date(2024, 2, 1), 160)]
        assert consumption(readings, "m1", date(2024, 2, 1)) == 60
'''

READINGS = ('from datetime import date\nfrom power.meters import Reading, consumption\n'
            'readings = [Reading("m1", date(2024, 1, 1), 100), '
            'Reading("m1", date(2024, 2, 1), 160)]\n')


def test_the_reading_before_to_subtract_is_no_fallback(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"power/__init__.py": "", "power/meters.py": CONSUMPTION,
                   "tests/__init__.py": "", "tests/test_meters.py": CONSUMPTION_TESTS},
        READINGS + 'consumption(readings, "m1", date(2024, 3, 1))',
        READINGS + 'try:\n    got = consumption(readings, "m1", date(2024, 3, 1))\n'
        'except Exception:\n    pass\n'
        'else:\n    raise AssertionError(f"a day without a reading was billed: {got}")\n')
    assert data is not None


PAYROLL = '''
    """Payroll. Salaries are paid on the last working day before the 25th of the month."""

    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Payslip:
        employee: str
        day: date
        net: int


    def payslip(slips: list[Payslip], employee: str, day: date) -> Payslip:
        """The payslip ``employee`` was paid with on ``day``."""
        return next(s for s in slips if s.employee == employee and s.day == day)
'''

PAYROLL_TESTS = '''
    from datetime import date

    from pay.slips import Payslip, payslip


    def test_payslip() -> None:
        slips = [Payslip("ann", date(2024, 1, 24), 2100)]
        assert payslip(slips, "ann", date(2024, 1, 24)).net == 2100
'''

SLIPS = ('from datetime import date\nfrom pay.slips import Payslip, payslip\n'
         'slips = [Payslip("ann", date(2024, 1, 24), 2100)]\n')


def test_a_pay_day_sentence_is_no_lookup_rule(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"pay/__init__.py": "", "pay/slips.py": PAYROLL,
                   "tests/__init__.py": "", "tests/test_slips.py": PAYROLL_TESTS},
        SLIPS + 'payslip(slips, "ann", date(2024, 2, 23))',
        SLIPS + 'try:\n    got = payslip(slips, "ann", date(2024, 2, 23))\n'
        'except Exception:\n    pass\n'
        'else:\n    raise AssertionError(f"January\'s payslip was given for February: {got}")\n')
    assert data is not None
