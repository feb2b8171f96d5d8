"""Billing customers after the accounts rework renamed customer ids to account ids."""


def send_invoice(account_id: int, amount_cents: int, currency: str = "EUR") -> str:
    return f"invoice for account {account_id}: {amount_cents / 100:.2f} {currency}"


def bill(customer: dict[str, int]) -> str:
    # Every customer with a balance gets an invoice.
    return send_invoice(customer_id=customer["id"], amount_cents=customer["due"])


if __name__ == "__main__":
    print(bill({"id": 7, "due": 1250}))
