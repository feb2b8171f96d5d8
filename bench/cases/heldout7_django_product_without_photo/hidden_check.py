from decimal import Decimal

from django.test import Client

from catalog.models import PLACEHOLDER_PHOTO, Product


def test_new_product_without_photo_gets_the_placeholder() -> None:
    Product.objects.all().delete()
    response = Client().post("/products/", {"name": "Teapot", "price": "24.00"})
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "Teapot"
    assert body["photo_url"] == PLACEHOLDER_PHOTO == "/static/catalog/no-photo.svg"
    assert Product.objects.get(pk=body["id"]).name == "Teapot"


def test_listing_mixes_photos_and_placeholders() -> None:
    Product.objects.all().delete()
    Product.objects.create(name="Mug", price=Decimal("6.50"), photo="products/mug.jpg")
    Product.objects.create(name="Teapot", price=Decimal("24.00"))
    response = Client().get("/products/")
    assert [p["photo_url"] for p in response.json()["products"]] == [
        "/media/products/mug.jpg",
        "/static/catalog/no-photo.svg",
    ]
