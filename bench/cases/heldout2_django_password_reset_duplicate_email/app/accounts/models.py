from __future__ import annotations

from django.db import models


class AccountManager(models.Manager["Account"]):
    def current(self, email: str) -> Account:
        """The account that speaks for ``email`` (any case): the newest active one.

        Raises ``Account.DoesNotExist`` when the address has no active account.
        """
        return self.filter(email__iexact=email, is_active=True).latest("created_at")


class Account(models.Model):
    """A login.

    The email address is not unique: people close an account and later open a new one
    with the same address, and closed accounts are kept (inactive) because invoices
    refer to them. The account that speaks for an address is the newest active one:
    ``Account.objects.current(email)``.
    """

    email = models.EmailField()
    display_name = models.CharField(max_length=100)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField()

    objects = AccountManager()

    class Meta:
        app_label = "accounts"
