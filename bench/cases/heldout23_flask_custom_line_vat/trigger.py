"""A customer opens last month's invoice in the portal; it has a workshop the account
manager added by hand."""

from invoicing.app import app

app.test_client().get("/invoices/INV-2024-0107")
