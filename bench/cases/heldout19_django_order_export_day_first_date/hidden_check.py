import csv
import io

from django.test import Client


def test_export_with_an_unreadable_date_is_refused_like_the_list() -> None:
    client = Client()
    query = "status=paid&placed_from=31/03/2024"
    assert client.get(f"/orders/?{query}").status_code == 400
    response = client.get(f"/orders/export.csv?{query}")
    assert response.status_code == 400
    assert b"A-1001" not in response.content
    assert b"A-1005" not in response.content


def test_export_with_an_unknown_status_is_refused() -> None:
    response = Client().get("/orders/export.csv", {"status": "lost", "customer": "ada"})
    assert response.status_code == 400
    assert b"A-100" not in response.content


def test_export_with_valid_filters_still_works() -> None:
    response = Client().get("/orders/export.csv", {"status": "paid", "placed_from": "2024-03-31"})
    assert response.status_code == 200
    assert list(csv.reader(io.StringIO(response.content.decode()))) == [
        ["reference", "customer", "status", "placed_on", "total"],
        ["A-1005", "Grace Hopper", "paid", "2024-04-02", "99.99"],
    ]
