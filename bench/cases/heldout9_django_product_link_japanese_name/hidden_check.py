from catalog.models import Product
from django.test import Client


def test_listing_includes_product_without_slug() -> None:
    Product.objects.create(name="Sencha", price_pence=700)
    matcha = Product.objects.create(name="抹茶", price_pence=1800)
    response = Client().get("/products/")
    assert response.status_code == 200
    assert response.json() == {
        "products": [
            {"name": "Sencha", "price_pence": 700, "url": "/products/sencha/"},
            {"name": "抹茶", "price_pence": 1800, "url": f"/products/id/{matcha.pk}/"},
        ]
    }


def test_link_of_product_without_slug_opens_it() -> None:
    gyokuro = Product.objects.create(name="玉露", price_pence=2400)
    url = gyokuro.get_absolute_url()
    response = Client().get(url)
    assert response.status_code == 200
    assert response.json() == {"name": "玉露", "price_pence": 2400, "url": url}


def test_slug_links_unchanged() -> None:
    assam = Product.objects.create(name="Assam Gold", price_pence=550)
    assert assam.get_absolute_url() == "/products/assam-gold/"
    assert Client().get("/products/assam-gold/").json()["url"] == "/products/assam-gold/"
