from datetime import date
from decimal import Decimal

from noticefmt.locales import format_date
from noticefmt.templates import Order, delivery_sms


def test_regional_variant_reads_like_its_language() -> None:
    day = date(2024, 5, 3)
    assert format_date(day, "de-CH") == "3. Mai 2024"
    assert format_date(day, "de-AT") == "3. Mai 2024"
    assert format_date(date(2024, 8, 15), "fr-CA") == "15 août 2024"
    assert format_date(day, "en-GB") == "3 May 2024"
    assert format_date(day, "en-US") == "May 3, 2024"


def test_unknown_language_reads_like_the_default() -> None:
    assert format_date(date(2024, 5, 3), "es-MX") == "3 May 2024"


def test_swiss_delivery_sms() -> None:
    order = Order("5531", "Lea", "de-CH", date(2024, 5, 3), Decimal("1249"), "CHF")
    assert delivery_sms(order) == (
        "Hallo Lea, Ihre Bestellung 5531 kommt am 3. Mai 2024. Bei Lieferung zu zahlen: CHF 1\u2019249.00."
    )
