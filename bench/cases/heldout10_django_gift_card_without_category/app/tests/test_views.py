from django.test import Client


def test_product_breadcrumbs() -> None:
    body = Client().get("/p/sencha/").json()
    assert body["breadcrumbs"] == [
        {"label": "Home", "url": "/"},
        {"label": "Tea", "url": "/c/tea/"},
        {"label": "Sencha", "url": "/p/sencha/"},
    ]


def test_category() -> None:
    assert Client().get("/c/teaware/").json() == {"name": "Teaware", "products": ["Kyusu teapot"]}


def test_unknown_product() -> None:
    assert Client().get("/p/matcha/").status_code == 404
