from datetime import date

from django.test import Client

from billing.periods import add_months


def test_preview_from_month_end() -> None:
    response = Client().get("/subscriptions/preview/", {"plan": "monthly", "start": "2026-01-31"})
    assert response.status_code == 200
    assert response.json() == {"plan": "monthly", "start": "2026-01-31", "renews_on": "2026-02-28"}


def test_periods_keep_the_day_or_clamp_to_month_end() -> None:
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), 1) == date(2026, 4, 30)
    assert add_months(date(2026, 8, 31), 3) == date(2026, 11, 30)
    assert add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 1, 30), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 28), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 7, 31), 1) == date(2026, 8, 31)
