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
