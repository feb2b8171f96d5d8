"""What a session costs: the price each player pays depends on the size of the team."""

from __future__ import annotations

from decimal import Decimal

#: The smallest and largest team any of the rooms takes.
MIN_TEAM, MAX_TEAM = 2, 8

#: Price per player by team size: the bigger the team, the less each player pays. The
#: rate stops dropping at five players, so the table stops there too.
PRICE_PER_PLAYER: dict[int, Decimal] = {
    2: Decimal("32.00"),
    3: Decimal("29.00"),
    4: Decimal("27.00"),
    5: Decimal("25.00"),
}

#: Added to each player's price for a Saturday or Sunday session.
WEEKEND_SUPPLEMENT = Decimal("3.00")


def per_player_price(players: int, weekend: bool = False) -> Decimal:
    """The price each player pays for a team of ``players``.

    Teams of six up to MAX_TEAM pay the five-player rate, the lowest in the table.
    """
    price = PRICE_PER_PLAYER[players]
    if weekend:
        price += WEEKEND_SUPPLEMENT
    return price


def team_total(players: int, weekend: bool = False) -> Decimal:
    return per_player_price(players, weekend) * players
