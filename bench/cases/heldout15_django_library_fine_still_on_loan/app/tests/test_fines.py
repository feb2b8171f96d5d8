from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.test import Client

from loans import fines
from loans.models import Loan

NY = ZoneInfo("America/New_York")


def returned(due: date, back: datetime, title: str = "Middlemarch") -> Loan:
    return Loan.objects.create(
        title=title, card="E-1001", lent_at=datetime(2024, 4, 1, 10, tzinfo=NY), due_on=due, returned_at=back
    )


def test_returned_on_time_owes_nothing() -> None:
    loan = returned(date(2024, 4, 22), datetime(2024, 4, 20, 16, tzinfo=NY))
    assert fines.days_overdue(loan) == 0
    assert fines.fine(loan) == 0


def test_grace_days_are_free() -> None:
    loan = returned(date(2024, 4, 22), datetime(2024, 4, 25, 12, tzinfo=NY))
    assert fines.fine(loan) == 0


def test_returned_late() -> None:
    loan = returned(date(2024, 4, 22), datetime(2024, 5, 2, 11, tzinfo=NY))
    assert fines.days_overdue(loan) == 7
    assert fines.fine(loan) == Decimal("1.75")


def test_late_evening_return_counts_on_the_branch_calendar() -> None:
    # 02:30 UTC on 3 May is still 2 May in New York.
    loan = returned(date(2024, 4, 22), datetime(2024, 5, 3, 2, 30, tzinfo=ZoneInfo("UTC")))
    assert fines.days_overdue(loan) == 7


def test_fine_is_capped() -> None:
    loan = returned(date(2024, 1, 5), datetime(2024, 5, 2, 11, tzinfo=NY))
    assert fines.fine(loan) == fines.MAX_FINE


def test_fine_page() -> None:
    loan = returned(date(2024, 4, 22), datetime(2024, 5, 2, 11, tzinfo=NY))
    body = Client().get(f"/loans/{loan.pk}/fine/").json()
    assert body == {
        "loan": loan.pk,
        "title": "Middlemarch",
        "due_on": "2024-04-22",
        "on_loan": False,
        "days_overdue": 7,
        "fine": "1.75",
    }


def test_member_total() -> None:
    returned(date(2024, 4, 22), datetime(2024, 5, 2, 11, tzinfo=NY))
    returned(date(2024, 4, 22), datetime(2024, 4, 30, 11, tzinfo=NY), title="Persuasion")
    body = Client().get("/members/E-1001/fines/").json()
    assert body["total"] == "3.00"
    assert [loan["fine"] for loan in body["loans"]] == ["1.75", "1.25"]


def test_unknown_loan() -> None:
    assert Client().get("/loans/999/fine/").status_code == 404
