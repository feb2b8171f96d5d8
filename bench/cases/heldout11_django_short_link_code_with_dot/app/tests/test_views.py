from django.test import Client


def test_product_page() -> None:
    response = Client().get("/products/MUG-RED/")
    assert response.status_code == 200
    assert response.content == b"Red mug"


def test_short_link() -> None:
    response = Client().get("/go/MUG-RED/")
    assert response.status_code == 302
    assert response["Location"] == "/products/MUG-RED/"


def test_unknown_short_link() -> None:
    assert Client().get("/go/NOPE/").status_code == 404
