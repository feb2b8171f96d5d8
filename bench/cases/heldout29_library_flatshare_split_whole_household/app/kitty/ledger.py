"""The household ledger. Amounts are whole pence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Expense:
    description: str
    pence: int
    paid_by: str
    #: Who the expense is for. Left empty for the household's shared costs (rent,
    #: bills, the cleaner, loo roll), which are everybody's.
    shared_by: tuple[str, ...] = ()


def balances(members: list[str], expenses: list[Expense]) -> dict[str, int]:
    """What each member is owed (positive) or owes (negative), in pence.

    An expense is split equally between the people in its ``shared_by``; one with an
    empty ``shared_by`` is split equally between all ``members``. Pence that do not
    divide evenly stay with whoever paid. The balances always add up to zero.
    ValueError for an expense paid by or shared with someone not in ``members``.
    """
    balance = {member: 0 for member in members}
    for expense in expenses:
        sharers = expense.shared_by
        unknown = {expense.paid_by, *sharers} - balance.keys()
        if unknown:
            raise ValueError(f"{expense.description!r} names non-members: {', '.join(sorted(unknown))}")
        share, odd = divmod(expense.pence, len(sharers))
        balance[expense.paid_by] += expense.pence - odd
        for member in sharers:
            balance[member] -= share
    return balance
