import csv
import io

from django.test import Client


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_list_everything() -> None:
    data = Client().get("/orders/").json()
    assert data["count"] == 6
    assert data["orders"][0]["reference"] == "A-1006"
    assert data["export"] == "/orders/export.csv?"


def test_list_filtered_by_status_and_dates() -> None:
    data = Client().get("/orders/", {"status": "shipped", "placed_from": "2024-03-31"}).json()
    assert [o["reference"] for o in data["orders"]] == ["A-1003"]
    assert data["export"] == "/orders/export.csv?status=shipped&placed_from=2024-03-31"


def test_list_rejects_a_bad_filter() -> None:
    response = Client().get("/orders/", {"status": "lost"})
    assert response.status_code == 400
    assert "status" in response.json()["errors"]


def test_export_follows_the_filters() -> None:
    response = Client().get("/orders/export.csv", {"customer": "grace", "placed_to": "2024-04-01"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert _csv(response) == [
        ["reference", "customer", "status", "placed_on", "total"],
        ["A-1002", "Grace Hopper", "shipped", "2024-03-30", "35.50"],
    ]


def test_export_of_everything() -> None:
    rows = _csv(Client().get("/orders/export.csv"))
    assert len(rows) == 7
