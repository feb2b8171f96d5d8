# mypy: disable-error-code="import-not-found"
from fixed import bill


def test_the_invoice_goes_to_the_customers_account() -> None:
    assert bill({"id": 7, "due": 1250}) == "invoice for account 7: 12.50 EUR"
