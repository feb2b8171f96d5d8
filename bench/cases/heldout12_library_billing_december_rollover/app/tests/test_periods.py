from datetime import date

from billing import billing_schedule, next_billing_date


def test_next_month() -> None:
    assert next_billing_date(date(2024, 3, 10)) == date(2024, 4, 10)


def test_short_month_is_clamped() -> None:
    assert next_billing_date(date(2024, 1, 31)) == date(2024, 2, 29)
    assert next_billing_date(date(2023, 1, 31)) == date(2023, 2, 28)


def test_schedule() -> None:
    assert billing_schedule(date(2024, 5, 15), 3) == [date(2024, 5, 15), date(2024, 6, 15), date(2024, 7, 15)]
