from decimal import Decimal

import pytest

from billing.store import INVOICES, add_invoice
from billing.web import app

client = app.test_client()


@pytest.fixture(autouse=True)
def invoices() -> None:
    INVOICES.clear()
    add_invoice("Acme GmbH", Decimal("120"))
    add_invoice("Globex", Decimal("75.5"))


def test_list() -> None:
    numbers = [i["number"] for i in client.get("/invoices").get_json()["invoices"]]
    assert numbers == [1001, 1002]


def test_show() -> None:
    assert client.get("/invoices/1002").get_json() == {
        "number": 1002,
        "customer": "Globex",
        "amount": "75.50",
        "paid": False,
        "url": "/invoices/1002",
    }


def test_unknown_invoice() -> None:
    assert client.get("/invoices/999").status_code == 404


def test_mark_paid_redirects_to_the_invoice() -> None:
    response = client.post("/invoices/1001/paid")
    assert response.status_code == 303
    assert response.headers["Location"] == "/invoices/1001"
    assert INVOICES[1001].paid


@pytest.mark.parametrize("form", [{"customer": "Initech", "amount": "lots"}, {"customer": "", "amount": "10"}])
def test_create_refuses_bad_forms(form: dict[str, str]) -> None:
    assert client.post("/invoices", data=form).status_code == 400
    assert len(INVOICES) == 2
