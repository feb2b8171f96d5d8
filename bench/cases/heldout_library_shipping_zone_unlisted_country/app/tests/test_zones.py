from decimal import Decimal

from shipping.zones import quote, zone_for


def test_zone_for_is_case_insensitive() -> None:
    assert zone_for(" de ").name == "eu"


def test_domestic_quote() -> None:
    assert quote("FR", Decimal("2.3")) == Decimal("6.40")


def test_europe_quote() -> None:
    assert quote("GB", Decimal("1")) == Decimal("14.90")
