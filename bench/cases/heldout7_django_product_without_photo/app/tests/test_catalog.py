from decimal import Decimal

from django.test import Client

from catalog.models import Product


def test_listing() -> None:
    Product.objects.all().delete()
    Product.objects.create(name="Mug", price=Decimal("6.50"), photo="products/mug.jpg")
    response = Client().get("/products/")
    assert response.json()["products"] == [
        {"id": Product.objects.get().pk, "name": "Mug", "price": "6.50", "photo_url": "/media/products/mug.jpg"}
    ]


def test_invalid_product() -> None:
    response = Client().post("/products/", {"name": "Mug", "price": "cheap"})
    assert response.status_code == 400
    assert "price" in response.json()["errors"]
