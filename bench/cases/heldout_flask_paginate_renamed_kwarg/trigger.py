"""A shopper clicks "next" on the shirts category."""

from catalog.web import app

app.test_client().get("/categories/shirts?page=2")
