"""How invoice states are shown to customers."""

from dataclasses import dataclass

#: Shown for any state this module does not know about.
UNKNOWN_LABEL = "Processing"


@dataclass
class Invoice:
    number: str
    state: str
    amount_cents: int


def state_label(invoice: Invoice) -> str:
    if invoice.state == "paid":
        label = "Paid, thank you"
    elif invoice.state == "open":
        label = "Awaiting payment"
    elif invoice.state == "void":
        label = "Cancelled"
    return label


def line(invoice: Invoice) -> str:
    return f"{invoice.number}: {invoice.amount_cents / 100:.2f} EUR - {state_label(invoice)}"
