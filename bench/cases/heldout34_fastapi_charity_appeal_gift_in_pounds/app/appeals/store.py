"""Appeals and their donations (production keeps them in Postgres behind the same calls)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Donation:
    donor: str
    amount: Decimal
    currency: str


@dataclass
class Appeal:
    id: int
    title: str
    #: In the base currency.
    target: Decimal
    donations: list[Donation] = field(default_factory=list)


_APPEALS: dict[int, Appeal] = {}


def reset() -> None:
    _APPEALS.clear()
    _APPEALS[1] = Appeal(1, "Winter coats for Leeds", Decimal("2000.00"))
    _APPEALS[2] = Appeal(2, "Harbour lifeboat refit", Decimal("15000.00"))


def get(appeal_id: int) -> Appeal | None:
    return _APPEALS.get(appeal_id)


def add_donation(appeal: Appeal, donation: Donation) -> None:
    appeal.donations.append(donation)


reset()
