from paysync.charges import parse_charge
from paysync.ledger import revenue_by_customer


def test_webhook_charge_keeps_the_customer_id() -> None:
    charge = parse_charge({"id": "ch_1", "amount": 4990, "currency": "eur", "customer": "cus_NffrFeUfNV2Hib"})
    assert charge.customer_id == "cus_NffrFeUfNV2Hib"
    assert charge.customer_email is None
    assert charge.amount_cents == 4990


def test_revenue_counts_webhook_charges() -> None:
    charges = [
        parse_charge({"id": "ch_1", "amount": 1000, "currency": "eur", "customer": "cus_A"}),
        parse_charge({"id": "ch_2", "amount": 250, "currency": "eur", "customer": {"id": "cus_A", "email": "a@example.com"}}),
        parse_charge({"id": "ch_3", "amount": 70, "currency": "eur", "customer": "cus_B"}),
        parse_charge({"id": "ch_4", "amount": 5, "currency": "eur", "customer": None}),
    ]
    assert revenue_by_customer(charges) == {"cus_A": 1250, "cus_B": 70}
