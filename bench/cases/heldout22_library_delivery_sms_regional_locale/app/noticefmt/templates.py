"""The texts of the delivery notifications, by SMS and by e-mail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from noticefmt.locales import format_date, format_money, lookup

DELIVERY_SMS: dict[str, str] = {
    "en": "Hi {name}, order {number} arrives on {date}. Amount due on delivery: {amount}.",
    "de": "Hallo {name}, Ihre Bestellung {number} kommt am {date}. Bei Lieferung zu zahlen: {amount}.",
    "fr": "Bonjour {name}, votre commande {number} arrive le {date}. À régler à la livraison : {amount}.",
}

DELIVERY_SUBJECT: dict[str, str] = {
    "en": "Your order {number} is on its way",
    "de": "Ihre Bestellung {number} ist unterwegs",
    "fr": "Votre commande {number} est en route",
}


@dataclass(frozen=True)
class Order:
    number: str
    first_name: str
    locale: str
    delivery_day: date
    amount_due: Decimal
    currency: str


def delivery_sms(order: Order) -> str:
    return lookup(DELIVERY_SMS, order.locale).format(
        name=order.first_name,
        number=order.number,
        date=format_date(order.delivery_day, order.locale),
        amount=format_money(order.amount_due, order.currency, order.locale),
    )


def delivery_subject(order: Order) -> str:
    return lookup(DELIVERY_SUBJECT, order.locale).format(number=order.number)
