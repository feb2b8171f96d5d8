"""Finance runs the August chargeback; the company was closed for August and nobody used a
seat, so the supplier's usage export has zero seat-days for every cost centre."""

from chargeback.monthly import SupplierInvoice, chargeback, journal_lines

august = SupplierInvoice("2024-08", 90000, 15000)
charges = chargeback(august, {"eng": 0, "ops": 0, "sales": 0})
print("\n".join(journal_lines(august, charges)))
