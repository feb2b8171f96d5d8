from decimal import Decimal

from freightcalc.labels import label_lines
from freightcalc.records import parcel_weight_kg
from freightcalc.tariff import charge, invoice_total


def test_charge_of_a_parcel() -> None:
    assert charge({"id": "P-1001", "dest": "DE", "weight_kg": 2.5}) == Decimal("6.50")


def test_light_parcel_is_billed_the_minimum() -> None:
    assert charge({"id": "P-1002", "dest": "FR", "weight_kg": 0.3}) == Decimal("5.60")


def test_billable_weight_rounds_up() -> None:
    assert charge({"id": "P-1003", "dest": "NL", "weight_kg": 3.01}) == Decimal("7.45")


def test_invoice_total() -> None:
    records = [
        {"id": "P-1001", "dest": "DE", "weight_kg": 2.5},
        {"id": "P-1002", "dest": "FR", "weight_kg": 0.3},
    ]
    assert invoice_total(records) == Decimal("12.10")


def test_weight_of_both_schemas() -> None:
    assert parcel_weight_kg({"id": "P-1", "dest": "DE", "weight_kg": 1.25}) == Decimal("1.25")
    assert parcel_weight_kg(
        {"id": "P-2", "dest": "DE", "schema": 2, "weight": {"value": 1250, "unit": "g"}}
    ) == Decimal("1.25")


def test_label_of_a_new_scanner_record() -> None:
    record = {"id": "P-2001", "dest": "NL", "schema": 2, "weight": {"value": 4, "unit": "lb"}}
    assert label_lines(record) == ["PARCEL P-2001", "TO NL", "1.81 KG"]
