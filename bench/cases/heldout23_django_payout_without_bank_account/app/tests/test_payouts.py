from decimal import Decimal

from django.test import Client

from payouts.models import BankAccount, LedgerEntry, Payout, Seller


def seller(name: str, verified: bool = True, iban: str | None = "NL91ABNA0417164300") -> Seller:
    account = BankAccount.objects.create(holder=name, iban=iban) if iban else None
    return Seller.objects.create(
        name=name, email=f"{name.split()[0].lower()}@example.com", identity_verified=verified, payout_account=account
    )


def sale(who: Seller, amount: str, description: str = "order") -> LedgerEntry:
    return LedgerEntry.objects.create(seller=who, amount=Decimal(amount), description=description)


def test_run_pays_verified_sellers() -> None:
    anna = seller("Anna de Vries")
    sale(anna, "40.00")
    sale(anna, "12.50")
    sale(anna, "-5.00", "refund #881")
    response = Client().post("/staff/payouts/run")
    assert response.status_code == 200
    body = response.json()
    assert body["held"] == []
    assert [(p["seller"], p["amount"], p["status"], p["iban"]) for p in body["pending"]] == [
        ("Anna de Vries", "47.50", "pending", "NL91ABNA0417164300")
    ]
    assert not LedgerEntry.objects.filter(payout__isnull=True).exists()


def test_unverified_seller_is_held() -> None:
    bram = seller("Bram Jansen", verified=False)
    sale(bram, "19.99")
    body = Client().post("/staff/payouts/run").json()
    assert [(p["seller"], p["amount"], p["status"], p["note"]) for p in body["held"]] == [
        ("Bram Jansen", "19.99", "held", "identity not verified")
    ]


def test_negative_balance_waits() -> None:
    cas = seller("Cas Smit")
    sale(cas, "10.00")
    sale(cas, "-25.00", "refund #902")
    body = Client().post("/staff/payouts/run").json()
    assert body == {"pending": [], "held": []}
    assert LedgerEntry.objects.filter(payout__isnull=True).count() == 2


def test_payout_detail() -> None:
    anna = seller("Anna de Vries")
    sale(anna, "8.00")
    payout_id = Client().post("/staff/payouts/run").json()["pending"][0]["id"]
    assert Client().get(f"/staff/payouts/{payout_id}").json()["amount"] == "8.00"
    assert Client().get("/staff/payouts/999999").status_code == 404
    assert Payout.objects.count() == 1
