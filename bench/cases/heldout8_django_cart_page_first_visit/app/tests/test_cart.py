from django.test import Client


def test_add_then_view() -> None:
    client = Client()
    client.post("/cart/add/rye/")
    client.post("/cart/add/croissant/")
    client.post("/cart/add/croissant/")
    response = client.get("/cart/")
    assert response.status_code == 200
    assert response.content.decode().splitlines() == [
        "2 x Croissant: 2.20 EUR",
        "1 x Rye loaf: 4.80 EUR",
        "Total: 7.00 EUR",
    ]


def test_unknown_product() -> None:
    assert Client().post("/cart/add/cake/").status_code == 404
