from django.test import Client


def test_short_link_with_a_dot_reaches_the_product() -> None:
    response = Client().get("/go/MUG-0.5L/")
    assert response.status_code == 302
    assert response["Location"] == "/products/MUG-0.5L/"
    page = Client().get(response["Location"])
    assert page.status_code == 200
    assert page.content == b"Half-litre mug"


def test_product_page_with_a_dot() -> None:
    page = Client().get("/products/TEAPOT-1.2L/")
    assert page.status_code == 200
    assert page.content == b"Teapot, 1.2 litres"


def test_other_links_unchanged() -> None:
    assert Client().get("/go/MUG-RED/")["Location"] == "/products/MUG-RED/"
    assert Client().get("/go/NOPE/").status_code == 404
