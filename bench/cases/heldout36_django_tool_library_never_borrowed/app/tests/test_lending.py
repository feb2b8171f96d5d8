from datetime import timedelta

from django.test import Client
from django.utils import timezone

from lending.models import Loan, Tool


def lend(tool: Tool, days_ago: int, returned: bool) -> Loan:
    lent_on = timezone.localdate() - timedelta(days=days_ago)
    return Loan.objects.create(
        tool=tool,
        member="sam@example.org",
        lent_on=lent_on,
        due_on=lent_on + timedelta(days=tool.loan_days),
        returned_on=lent_on + timedelta(days=2) if returned else None,
    )


def test_tool_list_by_category(client: Client) -> None:
    Tool.objects.create(name="Hedge trimmer", category="garden")
    Tool.objects.create(name="Hammer drill", category="power")
    Tool.objects.create(name="Leaf blower", category="garden")
    body = client.get("/tools/?category=garden").json()
    assert [t["name"] for t in body["tools"]] == ["Hedge trimmer", "Leaf blower"]


def test_tool_on_loan(client: Client) -> None:
    drill = Tool.objects.create(name="Hammer drill", category="power", loan_days=3)
    loan = lend(drill, days_ago=1, returned=False)
    body = client.get(f"/tools/{drill.pk}/").json()
    assert body["available"] is False
    assert body["due_back"] == loan.due_on.isoformat()


def test_returned_tool_is_available(client: Client) -> None:
    ladder = Tool.objects.create(name="Ladder 3m", category="access")
    lend(ladder, days_ago=20, returned=True)
    body = client.get(f"/tools/{ladder.pk}/").json()
    assert body == {"id": ladder.pk, "name": "Ladder 3m", "category": "access", "available": True, "due_back": None}


def test_borrow_and_return(client: Client) -> None:
    saw = Tool.objects.create(name="Jigsaw", category="power", loan_days=5)
    lend(saw, days_ago=30, returned=True)
    response = client.post(f"/tools/{saw.pk}/borrow/", {"member": "ana@example.org"}, content_type="application/json")
    assert response.status_code == 201
    assert response.json()["due_back"] == (timezone.localdate() + timedelta(days=5)).isoformat()
    again = client.post(f"/tools/{saw.pk}/borrow/", {"member": "lee@example.org"}, content_type="application/json")
    assert again.status_code == 409
    assert client.post(f"/tools/{saw.pk}/return/").json()["available"] is True


def test_borrow_needs_a_member(client: Client) -> None:
    saw = Tool.objects.create(name="Jigsaw", category="power")
    lend(saw, days_ago=30, returned=True)
    assert client.post(f"/tools/{saw.pk}/borrow/", {}, content_type="application/json").status_code == 400


def test_unknown_tool(client: Client) -> None:
    assert client.get("/tools/999/").status_code == 404
