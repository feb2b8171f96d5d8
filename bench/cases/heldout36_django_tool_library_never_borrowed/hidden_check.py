from datetime import timedelta

from django.test import Client
from django.utils import timezone

from lending.models import Loan, Tool


def test_never_borrowed_tool_is_on_the_shelf(client: Client) -> None:
    cutter = Tool.objects.create(name="Tile cutter", category="hand", loan_days=5)
    response = client.get(f"/tools/{cutter.pk}/")
    assert response.status_code == 200
    assert response.json() == {
        "id": cutter.pk,
        "name": "Tile cutter",
        "category": "hand",
        "available": True,
        "due_back": None,
    }
    assert cutter.is_available is True


def test_never_borrowed_tool_can_be_borrowed(client: Client) -> None:
    cutter = Tool.objects.create(name="Tile cutter", category="hand", loan_days=5)
    response = client.post(f"/tools/{cutter.pk}/borrow/", {"member": "ana@example.org"}, content_type="application/json")
    assert response.status_code == 201
    assert response.json()["available"] is False
    assert response.json()["due_back"] == (timezone.localdate() + timedelta(days=5)).isoformat()
    assert Loan.objects.filter(tool=cutter).count() == 1


def test_tool_out_on_loan_is_still_unavailable(client: Client) -> None:
    drill = Tool.objects.create(name="Hammer drill", category="power")
    Loan.objects.create(tool=drill, member="sam@example.org", lent_on=timezone.localdate(), due_on=timezone.localdate())
    assert client.get(f"/tools/{drill.pk}/").json()["available"] is False
