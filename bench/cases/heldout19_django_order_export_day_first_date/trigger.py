"""The accounts team's spreadsheet opens its export link, typed with a British date."""

from shop import devdata

devdata.setup()
devdata.sample_orders()

from django.test import Client  # noqa: E402

Client().get("/orders/export.csv?status=paid&placed_from=31/03/2024")
