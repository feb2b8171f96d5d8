# mypy: disable-error-code="import-not-found"
from fixed import order_number


def test_a_reference_without_an_order_has_no_order_number() -> None:
    assert order_number("REFUND 88") is None


def test_the_order_number_is_read() -> None:
    assert order_number("ORD-12345/2024") == "12345"
