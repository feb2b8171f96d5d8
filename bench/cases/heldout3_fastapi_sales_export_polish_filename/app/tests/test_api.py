from fastapi.testclient import TestClient

from reports.api import INVOICES, app
from reports.downloads import attachment

client = TestClient(app)


def test_attachment_keeps_the_real_name() -> None:
    assert attachment("Köln.csv") == "attachment; filename=\"Koln.csv\"; filename*=UTF-8''K%C3%B6ln.csv"


def test_attachment_of_a_name_with_no_ascii() -> None:
    assert attachment("東京.txt").startswith('attachment; filename=".txt"; ')


def test_invoice_download() -> None:
    INVOICES["2026-0042"] = "Invoice 2026-0042\nTotal 12.00 EUR\n"
    response = client.get("/invoices/2026-0042.txt")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == attachment("invoice 2026-0042.txt")


def test_unknown_invoice() -> None:
    assert client.get("/invoices/nope.txt").status_code == 404


def test_sales_csv_body() -> None:
    report = {"title": "March", "lines": [{"product": "Tea", "quantity": 3, "unit_price": "2.50"}]}
    response = client.post("/reports/sales.csv", json=report)
    assert response.status_code == 200
    assert response.text.splitlines() == ["product,quantity,unit_price,amount", "Tea,3,2.50,7.50"]
