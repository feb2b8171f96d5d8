"""The nightly billing run prices the Hamburg depot's manifest, which now mixes records
from upgraded (firmware 4) and not-yet-upgraded scanners."""

from freightcalc.tariff import invoice_total

manifest = [
    {"id": "P-1001", "dest": "DE", "weight_kg": 2.5},
    {"id": "P-2001", "dest": "DE", "schema": 2, "weight": {"value": 2500, "unit": "g"}},
    {"id": "P-2002", "dest": "NL", "schema": 2, "weight": {"value": 4, "unit": "lb"}},
]
print(invoice_total(manifest))
