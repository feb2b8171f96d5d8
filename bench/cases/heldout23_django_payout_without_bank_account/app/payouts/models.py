from django.db import models


class BankAccount(models.Model):
    holder = models.CharField(max_length=140)
    iban = models.CharField(max_length=34)


class Seller(models.Model):
    name = models.CharField(max_length=140)
    email = models.EmailField()
    identity_verified = models.BooleanField(default=False)
    #: Null until the seller adds a bank account in their dashboard. Until then their
    #: payouts are held (Payout.HELD), like those of a seller not yet verified: never
    #: dropped or left out of the run, the money is theirs and support must see it.
    payout_account = models.OneToOneField(
        BankAccount, null=True, blank=True, on_delete=models.SET_NULL, related_name="seller"
    )

    def __str__(self) -> str:
        return self.name


class Payout(models.Model):
    #: In the bank file, on its way to the seller's account.
    PENDING = "pending"
    #: Kept back; support releases it once the reason in ``note`` is dealt with.
    HELD = "held"
    STATUSES = [(PENDING, "Pending"), (HELD, "Held")]

    seller = models.ForeignKey(Seller, on_delete=models.PROTECT, related_name="payouts")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    status = models.CharField(max_length=16, choices=STATUSES)
    iban = models.CharField(max_length=34, blank=True)
    note = models.CharField(max_length=200, blank=True)
    created = models.DateTimeField(auto_now_add=True)


class LedgerEntry(models.Model):
    """A sale (positive) or a refund (negative) on the seller's balance, net of our fee."""

    seller = models.ForeignKey(Seller, on_delete=models.PROTECT, related_name="entries")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    description = models.CharField(max_length=200)
    #: The payout that settled this entry; null while it is still on the balance.
    payout = models.ForeignKey(
        Payout, null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
