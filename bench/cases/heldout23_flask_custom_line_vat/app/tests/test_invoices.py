from invoicing.app import app


def test_invoice_totals() -> None:
    body = app.test_client().get("/invoices/INV-2024-0108").get_json()
    assert [line["vat"] for line in body["lines"]] == ["6.00", "2.49", "0.00"]
    assert body["net_total"] == "54.94"
    assert body["vat_total"] == "8.49"
    assert body["total"] == "63.43"
    assert body["vat_summary"] == [
        {"code": "S", "rate": "0.20", "net": "42.44", "vat": "8.49"},
        {"code": "Z", "rate": "0.00", "net": "12.50", "vat": "0.00"},
    ]


def test_unknown_invoice() -> None:
    assert app.test_client().get("/invoices/INV-1999-0001").status_code == 404
