"""The billing run prices May for a household with a first-generation (EM1xx) meter."""

from decimal import Decimal

from meterkit.billing import Tariff, monthly_bill

messages = [
    {"meter": "E-0412", "day": "2024-05-01", "kwh": "18234.6"},
    {"meter": "E-0412", "day": "2024-05-02", "kwh": "18250.1"},
    {"meter": "E-0412", "day": "2024-05-03", "kwh": "18271.35"},
]
print(monthly_bill(messages, Tariff(unit_rate=Decimal("0.2450"), standing_charge=Decimal("0.5300"))))
