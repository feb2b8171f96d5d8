from paysync.charges import parse_charge, parse_refund
from paysync.expand import id_of
from paysync.ledger import revenue_by_customer

EXPANDED = {
    "id": "ch_1",
    "amount": 2500,
    "currency": "eur",
    "customer": {"id": "cus_A", "email": "ana@example.com", "name": "Ana"},
}


def test_expanded_customer() -> None:
    charge = parse_charge(EXPANDED)
    assert charge.customer_id == "cus_A"
    assert charge.customer_email == "ana@example.com"
    assert charge.currency == "EUR"


def test_guest_checkout() -> None:
    charge = parse_charge({"id": "ch_2", "amount": 900, "currency": "eur", "customer": None})
    assert charge.customer_id is None
    assert charge.customer_email is None


def test_id_of() -> None:
    assert id_of("ch_9") == "ch_9"
    assert id_of({"id": "ch_9", "amount": 1}) == "ch_9"
    assert id_of(None) is None


def test_refund_of_an_unexpanded_charge() -> None:
    assert parse_refund({"id": "re_1", "charge": "ch_1", "amount": 500}).charge_id == "ch_1"


def test_revenue_by_customer() -> None:
    charges = [
        parse_charge(EXPANDED),
        parse_charge({**EXPANDED, "id": "ch_3", "amount": 100}),
        parse_charge({"id": "ch_4", "amount": 700, "currency": "eur", "customer": None}),
    ]
    assert revenue_by_customer(charges) == {"cus_A": 2600}
