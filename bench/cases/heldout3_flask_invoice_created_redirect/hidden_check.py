from decimal import Decimal

from billing.store import INVOICES
from billing.web import app

client = app.test_client()


def test_new_invoice_redirects_to_its_page() -> None:
    INVOICES.clear()
    response = client.post("/invoices", data={"customer": "Initech", "amount": "349.90"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/invoices/1001"
    assert INVOICES[1001].customer == "Initech"
    assert INVOICES[1001].amount == Decimal("349.90")
    page = client.get(response.headers["Location"]).get_json()
    assert page["customer"] == "Initech"
    assert page["amount"] == "349.90"


def test_numbers_follow_on() -> None:
    client.post("/invoices", data={"customer": "Globex", "amount": "10"})
    response = client.post("/invoices", data={"customer": "Umbrella", "amount": "20"})
    assert response.headers["Location"] == f"/invoices/{max(INVOICES)}"
    assert len(INVOICES) == len(set(INVOICES))
