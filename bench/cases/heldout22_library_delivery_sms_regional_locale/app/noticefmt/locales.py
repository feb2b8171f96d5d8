"""Locale-specific pieces of notification texts: dates, money, greetings.

Locales are BCP 47 tags as the apps send them ("de-CH", "fr-CA", "en"). Every table here
is looked up the same way: the full tag, then its language ("de-CH" -> "de"), then
DEFAULT_LOCALE. A regional variant we keep no row of its own for reads like its
language; a language we do not speak reads like DEFAULT_LOCALE.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

T = TypeVar("T")

DEFAULT_LOCALE = "en"

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"),
}

DATE_PATTERNS: dict[str, str] = {
    "en": "{day} {month} {year}",
    "en-US": "{month} {day}, {year}",
    "de": "{day}. {month} {year}",
    "fr": "{day} {month} {year}",
}

#: (decimal separator, group separator, pattern) for amounts.
NUMBER_FORMATS: dict[str, tuple[str, str, str]] = {
    "en": (".", ",", "{symbol}{amount}"),
    "de": (",", ".", "{amount} {symbol}"),
    "de-CH": (".", "\u2019", "{symbol} {amount}"),
    "fr": (",", "\u202f", "{amount} {symbol}"),
}

CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "CHF": "CHF", "CAD": "$"}


def lookup(table: dict[str, T], locale: str) -> T:
    """The row for ``locale``: the full tag, then its language, then DEFAULT_LOCALE."""
    for key in (locale, locale.split("-")[0], DEFAULT_LOCALE):
        if key in table:
            return table[key]
    raise LookupError(f"no {DEFAULT_LOCALE!r} row in the table")


def format_date(day: date, locale: str) -> str:
    """A date as the recipient reads it: "3 May 2024", "May 3, 2024", "3. Mai 2024"."""
    pattern = DATE_PATTERNS[locale]
    months = lookup(MONTH_NAMES, locale)
    return pattern.format(day=day.day, month=months[day.month - 1], year=day.year)


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """An amount with two decimals and grouped thousands: "£1,234.50", "1.234,50 €"."""
    decimal_sep, group_sep, pattern = lookup(NUMBER_FORMATS, locale)
    whole, _, cents = f"{amount.quantize(Decimal('0.01'), ROUND_HALF_UP):,}".partition(".")
    number = whole.replace(",", group_sep) + decimal_sep + cents
    return pattern.format(symbol=CURRENCY_SYMBOLS.get(currency, currency), amount=number)
