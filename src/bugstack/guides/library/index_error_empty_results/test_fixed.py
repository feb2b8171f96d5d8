# mypy: disable-error-code="import-not-found"
from fixed import find_customer

CUSTOMERS = [{"email": "ada@example.com", "name": "Ada"}]


def test_an_unknown_email_finds_nobody() -> None:
    assert find_customer(CUSTOMERS, "grace@example.com") is None


def test_a_known_email_finds_the_customer() -> None:
    assert find_customer(CUSTOMERS, "Ada@Example.com") == CUSTOMERS[0]
