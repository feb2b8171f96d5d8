"""The month-end run invoices a customer for a standard-rated subscription."""

from decimal import Decimal

from billing.tax import TaxTable, invoice_total

invoice_total([(Decimal("12.00"), "standard"), (Decimal("3.50"), "exempt")], TaxTable.load())
