"""Settling up: the fewest obvious transfers that bring every balance back to zero."""

from __future__ import annotations

from kitty.ledger import Expense, balances


def transfers(members: list[str], expenses: list[Expense]) -> list[tuple[str, str, int]]:
    """``(from, to, pence)`` transfers: the biggest debtor pays the biggest creditor first,
    ties broken by name, until everyone is square."""
    owed = balances(members, expenses)
    creditors = sorted(((p, m) for m, p in owed.items() if p > 0), key=lambda x: (-x[0], x[1]))
    debtors = sorted(((-p, m) for m, p in owed.items() if p < 0), key=lambda x: (-x[0], x[1]))
    moves: list[tuple[str, str, int]] = []
    ci = di = 0
    while ci < len(creditors) and di < len(debtors):
        credit, creditor = creditors[ci]
        debt, debtor = debtors[di]
        amount = min(credit, debt)
        moves.append((debtor, creditor, amount))
        creditors[ci] = (credit - amount, creditor)
        debtors[di] = (debt - amount, debtor)
        if creditors[ci][0] == 0:
            ci += 1
        if debtors[di][0] == 0:
            di += 1
    return moves


def statement(members: list[str], expenses: list[Expense]) -> str:
    """The month-end message posted to the house chat."""
    lines = [f"{debtor} pays {creditor} £{p // 100}.{p % 100:02d}" for debtor, creditor, p in transfers(members, expenses)]
    return "\n".join(lines) if lines else "Everyone is square."
