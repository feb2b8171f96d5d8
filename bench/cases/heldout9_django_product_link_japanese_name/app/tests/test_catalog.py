from catalog.models import Product
from django.test import Client


def test_slug_from_name() -> None:
    assert (
        Product.objects.create(name="Earl Grey Supreme", price_pence=650).slug
        == "earl-grey-supreme"
    )


def test_listing_links_to_product_pages() -> None:
    Product.objects.create(name="Sencha", price_pence=700)
    Product.objects.create(name="Assam Gold", price_pence=550)
    body = Client().get("/products/").json()
    assert body == {
        "products": [
            {"name": "Assam Gold", "price_pence": 550, "url": "/products/assam-gold/"},
            {"name": "Sencha", "price_pence": 700, "url": "/products/sencha/"},
        ]
    }


def test_product_page() -> None:
    Product.objects.create(name="Sencha", price_pence=700)
    assert Client().get("/products/sencha/").json()["price_pence"] == 700
    assert Client().get("/products/nope/").status_code == 404
