from decimal import Decimal

from django.test import Client

from payouts.models import BankAccount, LedgerEntry, Payout, Seller


def _seller(name: str, verified: bool, iban: str | None) -> Seller:
    account = BankAccount.objects.create(holder=name, iban=iban) if iban else None
    return Seller.objects.create(name=name, email="x@example.com", identity_verified=verified, payout_account=account)


def test_seller_without_bank_account_is_held_not_dropped() -> None:
    anna = _seller("Anna de Vries", True, "NL91ABNA0417164300")
    dirk = _seller("Dirk Bakker", True, None)
    LedgerEntry.objects.create(seller=anna, amount=Decimal("47.50"), description="order #1204")
    LedgerEntry.objects.create(seller=dirk, amount=Decimal("64.00"), description="order #1207")
    LedgerEntry.objects.create(seller=dirk, amount=Decimal("6.00"), description="order #1209")

    response = Client().post("/staff/payouts/run")
    assert response.status_code == 200
    body = response.json()
    assert [(p["seller"], p["amount"], p["iban"]) for p in body["pending"]] == [
        ("Anna de Vries", "47.50", "NL91ABNA0417164300")
    ]
    assert [(p["seller"], p["amount"], p["status"], p["iban"]) for p in body["held"]] == [
        ("Dirk Bakker", "70.00", "held", "")
    ]
    assert body["held"][0]["note"]
    held = Payout.objects.get(seller=dirk)
    assert held.status == Payout.HELD
    assert held.amount == Decimal("70.00")
    assert set(dirk.entries.values_list("payout", flat=True)) == {held.id}

    # Nothing is paid twice: the next run finds nothing left to settle.
    assert Client().post("/staff/payouts/run").json() == {"pending": [], "held": []}


def test_unverified_seller_without_account_is_held_once() -> None:
    eva = _seller("Eva Mulder", False, None)
    LedgerEntry.objects.create(seller=eva, amount=Decimal("15.00"), description="order #1300")
    body = Client().post("/staff/payouts/run").json()
    assert [(p["seller"], p["amount"], p["status"]) for p in body["held"]] == [("Eva Mulder", "15.00", "held")]
    assert body["pending"] == []
