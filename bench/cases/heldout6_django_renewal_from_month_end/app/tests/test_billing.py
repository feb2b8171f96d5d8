from datetime import date

from django.test import Client

from billing.periods import add_months


def test_add_months_mid_month() -> None:
    assert add_months(date(2026, 3, 14), 1) == date(2026, 4, 14)
    assert add_months(date(2026, 11, 2), 3) == date(2027, 2, 2)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_preview() -> None:
    response = Client().get("/subscriptions/preview/", {"plan": "yearly", "start": "2026-05-20"})
    assert response.json() == {"plan": "yearly", "start": "2026-05-20", "renews_on": "2027-05-20"}


def test_unknown_plan() -> None:
    assert Client().get("/subscriptions/preview/", {"plan": "weekly"}).status_code == 400


def test_subscribe() -> None:
    response = Client().post(
        "/subscriptions/", {"email": "ana@example.com", "plan": "monthly", "start": "2026-06-10"}, content_type="application/json"
    )
    assert response.status_code == 201
    assert response.json()["renews_on"] == "2026-07-10"
