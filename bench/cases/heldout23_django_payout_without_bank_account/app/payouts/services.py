from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.db.models import Sum

from payouts.models import Payout, Seller

CENT = Decimal("0.01")


def unsettled_balance(seller: Seller) -> Decimal:
    total = seller.entries.filter(payout__isnull=True).aggregate(total=Sum("amount"))["total"]
    return Decimal("0.00") if total is None else Decimal(total).quantize(CENT)


@transaction.atomic
def run_payouts() -> list[Payout]:
    """The weekly payout run: one payout per seller with a positive unsettled balance,
    settling every entry on it. A seller who cannot be paid yet still gets a payout for
    the balance, held with the reason in its note, for support to release later."""
    payouts = []
    for seller in Seller.objects.order_by("id"):
        balance = unsettled_balance(seller)
        if balance <= 0:
            continue  # refunds exceed sales: the balance waits for next week's sales
        if not seller.identity_verified:
            payout = Payout.objects.create(
                seller=seller, amount=balance, status=Payout.HELD, note="identity not verified"
            )
        else:
            account = seller.payout_account
            payout = Payout.objects.create(
                seller=seller,
                amount=balance,
                status=Payout.PENDING,
                iban=account.iban,
                note=f"to {account.holder}",
            )
        seller.entries.filter(payout__isnull=True).update(payout=payout)
        payouts.append(payout)
    return payouts
