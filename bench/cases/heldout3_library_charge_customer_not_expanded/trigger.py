"""The webhook receiver gets a charge.succeeded event (webhook payloads are never expanded)."""

from paysync.charges import parse_charge

parse_charge(
    {
        "id": "ch_3PqR7s2eZvKYlo2C1x9QwJ4k",
        "object": "charge",
        "amount": 4990,
        "currency": "eur",
        "customer": "cus_NffrFeUfNV2Hib",
        "paid": True,
    }
)
