from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from paysync.charges import Charge


def revenue_by_customer(charges: Iterable[Charge]) -> dict[str, int]:
    """Cents charged per customer id; guest checkouts are left out."""
    totals: dict[str, int] = defaultdict(int)
    for charge in charges:
        if charge.customer_id is not None:
            totals[charge.customer_id] += charge.amount_cents
    return dict(totals)
