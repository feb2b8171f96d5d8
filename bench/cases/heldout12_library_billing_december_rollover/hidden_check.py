from datetime import date

from billing import billing_schedule, next_billing_date


def test_december_rolls_into_january_of_next_year() -> None:
    assert next_billing_date(date(2024, 12, 15)) == date(2025, 1, 15)
    assert next_billing_date(date(2024, 12, 31)) == date(2025, 1, 31)


def test_schedule_across_new_year() -> None:
    assert billing_schedule(date(2024, 10, 31), 5) == [
        date(2024, 10, 31), date(2024, 11, 30), date(2024, 12, 30), date(2025, 1, 30), date(2025, 2, 28)]
