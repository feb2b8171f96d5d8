from datetime import date
from decimal import Decimal

from noticefmt.locales import format_date, format_money, lookup, NUMBER_FORMATS
from noticefmt.templates import Order, delivery_sms, delivery_subject


def test_dates() -> None:
    day = date(2024, 5, 3)
    assert format_date(day, "en") == "3 May 2024"
    assert format_date(day, "en-US") == "May 3, 2024"
    assert format_date(day, "de") == "3. Mai 2024"
    assert format_date(date(2024, 8, 15), "fr") == "15 août 2024"


def test_money() -> None:
    assert format_money(Decimal("1234.5"), "GBP", "en") == "£1,234.50"
    assert format_money(Decimal("1234.5"), "EUR", "de") == "1.234,50 €"
    assert format_money(Decimal("1234.5"), "CHF", "de-CH") == "CHF 1\u2019234.50"
    assert format_money(Decimal("1234.5"), "EUR", "de-AT") == "1.234,50 €"


def test_lookup_falls_back() -> None:
    assert lookup(NUMBER_FORMATS, "fr-BE") == NUMBER_FORMATS["fr"]
    assert lookup(NUMBER_FORMATS, "it") == NUMBER_FORMATS["en"]


def test_delivery_sms() -> None:
    order = Order("1042", "Jonas", "de", date(2024, 5, 3), Decimal("89.9"), "EUR")
    assert delivery_sms(order) == "Hallo Jonas, Ihre Bestellung 1042 kommt am 3. Mai 2024. Bei Lieferung zu zahlen: 89,90 €."
    assert delivery_subject(order) == "Ihre Bestellung 1042 ist unterwegs"


def test_delivery_sms_us() -> None:
    order = Order("77", "Amy", "en-US", date(2024, 12, 24), Decimal("12"), "USD")
    assert delivery_sms(order) == "Hi Amy, order 77 arrives on December 24, 2024. Amount due on delivery: $12.00."
