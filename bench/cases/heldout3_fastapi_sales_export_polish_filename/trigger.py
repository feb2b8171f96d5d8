"""A sales manager in Łódź downloads the month's report under the title she typed."""

from fastapi.testclient import TestClient

from reports.api import app

TestClient(app).post(
    "/reports/sales.csv",
    json={
        "title": "Sprzedaż Łódź 2026-03",
        "lines": [
            {"product": "Herbata", "quantity": 12, "unit_price": "9.90"},
            {"product": "Kubek", "quantity": 3, "unit_price": "24.00"},
        ],
    },
)
