"""Base fares of the coach network, per route."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Fare:
    amount: Decimal
    #: ISO 4217 code: the fare is charged in the currency of the country of departure.
    currency: str


_FARES: dict[str, Fare] = {
    "AMS-BRU": Fare(Decimal("24.5"), "EUR"),
    "BRU-PAR": Fare(Decimal("31"), "EUR"),
    "ZRH-MIL": Fare(Decimal("42.9"), "CHF"),
    "BSL-ZRH": Fare(Decimal("18"), "CHF"),
}


def routes() -> list[str]:
    return sorted(_FARES)


def fare_for(route: str) -> Fare | None:
    """The base fare of the route, None for a route the network does not run.

    3.0: returns a Fare (amount and currency) instead of a bare Decimal in euros, now
    that the Swiss routes are sold in francs.
    """
    return _FARES.get(route)
