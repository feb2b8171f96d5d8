"""The billing provider introduced an 'uncollectible' state; a customer opens their invoices."""

from invoicing.labels import Invoice, line

line(Invoice("B17", "uncollectible", 4200))
