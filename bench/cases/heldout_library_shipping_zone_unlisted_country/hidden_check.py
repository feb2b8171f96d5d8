from decimal import Decimal

from shipping.zones import REST_OF_WORLD, quote, zone_for


def test_unlisted_country_is_rest_of_world() -> None:
    assert zone_for("CA") == REST_OF_WORLD
    assert zone_for("jp") == REST_OF_WORLD


def test_quote_to_an_unlisted_country() -> None:
    assert quote("CA", Decimal("0.8")) == Decimal("24.40")


def test_listed_countries_unchanged() -> None:
    assert zone_for("nl").name == "eu"
    assert quote("FR", Decimal("2.3")) == Decimal("6.40")
