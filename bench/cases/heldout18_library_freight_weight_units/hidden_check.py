from decimal import Decimal

from freightcalc.tariff import charge, invoice_total


def test_new_scanner_records_are_charged_by_their_weight_and_unit() -> None:
    grams = {"id": "P-2001", "dest": "DE", "schema": 2, "weight": {"value": 2500, "unit": "g"}}
    pounds = {"id": "P-2002", "dest": "NL", "schema": 2, "weight": {"value": 4, "unit": "lb"}}
    kilos = {"id": "P-2003", "dest": "FR", "schema": 2, "weight": {"value": 3.2, "unit": "kg"}}
    assert charge(grams) == Decimal("6.50")
    assert charge(pounds) == Decimal("6.31")
    assert charge(kilos) == Decimal("8.02")


def test_light_new_record_is_billed_the_minimum() -> None:
    light = {"id": "P-2004", "dest": "FR", "schema": 2, "weight": {"value": 300, "unit": "g"}}
    assert charge(light) == Decimal("5.60")


def test_mixed_manifest_and_old_records_unchanged() -> None:
    manifest = [
        {"id": "P-1001", "dest": "DE", "weight_kg": 2.5},
        {"id": "P-2001", "dest": "DE", "schema": 2, "weight": {"value": 2500, "unit": "g"}},
        {"id": "P-2002", "dest": "NL", "schema": 2, "weight": {"value": 4, "unit": "lb"}},
        {"id": "P-1003", "dest": "NL", "weight_kg": 3.01},
    ]
    assert invoice_total(manifest) == Decimal("26.76")
