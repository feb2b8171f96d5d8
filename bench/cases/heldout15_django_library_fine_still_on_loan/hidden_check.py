from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.test import Client
from django.utils import timezone

from loans import fines
from loans.models import Loan

NY = ZoneInfo("America/New_York")


def out(due: date, title: str = "The Left Hand of Darkness") -> Loan:
    return Loan.objects.create(
        title=title, card="E-2042", lent_at=datetime(2024, 1, 2, 10, tzinfo=NY), due_on=due, returned_at=None
    )


def test_a_book_still_out_accrues_up_to_today() -> None:
    today = timezone.localdate()
    loan = out(today - timedelta(days=10))
    response = Client().get(f"/loans/{loan.pk}/fine/")
    assert response.status_code == 200
    assert response.json() == {
        "loan": loan.pk,
        "title": "The Left Hand of Darkness",
        "due_on": (today - timedelta(days=10)).isoformat(),
        "on_loan": True,
        "days_overdue": 7,
        "fine": "1.75",
    }


def test_explicit_today_for_a_book_still_out() -> None:
    loan = out(date(2024, 3, 1))
    assert fines.days_overdue(loan, today=date(2024, 3, 9)) == 5
    assert fines.fine(loan, today=date(2024, 3, 9)) == Decimal("1.25")
    assert fines.fine(loan, today=date(2024, 3, 2)) == 0
    assert fines.fine(loan, today=date(2024, 9, 1)) == Decimal("10.00")


def test_not_yet_due_and_long_overdue() -> None:
    today = timezone.localdate()
    fresh = out(today + timedelta(days=14), title="Emma")
    lost = out(today - timedelta(days=400), title="Dune")
    client = Client()
    assert client.get(f"/loans/{fresh.pk}/fine/").json()["fine"] == "0.00"
    assert client.get(f"/loans/{lost.pk}/fine/").json()["fine"] == "10.00"


def test_member_total_counts_books_still_out() -> None:
    today = timezone.localdate()
    out(today - timedelta(days=10))
    Loan.objects.create(
        title="Persuasion",
        card="E-2042",
        lent_at=datetime(2024, 4, 1, 10, tzinfo=NY),
        due_on=date(2024, 4, 22),
        returned_at=datetime(2024, 4, 30, 11, tzinfo=NY),
    )
    body = Client().get("/members/E-2042/fines/").json()
    assert body["total"] == "3.00"
