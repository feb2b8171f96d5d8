from fastapi.testclient import TestClient

from reports.api import app

client = TestClient(app)

LINES = [{"product": "Herbata", "quantity": 12, "unit_price": "9.90"}]


def test_polish_title_is_the_saved_file_name() -> None:
    response = client.post("/reports/sales.csv", json={"title": "Sprzedaż Łódź 2026-03", "lines": LINES})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"Sprzedaz odz 2026-03.csv\"; "
        "filename*=UTF-8''Sprzeda%C5%BC%20%C5%81%C3%B3d%C5%BA%202026-03.csv"
    )
    assert response.text.splitlines() == ["product,quantity,unit_price,amount", "Herbata,12,9.90,118.80"]


def test_plain_title() -> None:
    response = client.post("/reports/sales.csv", json={"title": "March", "lines": LINES})
    assert response.status_code == 200
    assert 'filename="March.csv"' in response.headers["content-disposition"]
