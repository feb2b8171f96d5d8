from django.test import Client


def test_gift_card_has_no_category_crumb() -> None:
    response = Client().get("/p/gift-card/")
    assert response.status_code == 200
    assert response.json() == {
        "name": "Gift card",
        "price": "25.00",
        "breadcrumbs": [
            {"label": "Home", "url": "/"},
            {"label": "Gift card", "url": "/p/gift-card/"},
        ],
    }


def test_categorised_products_unchanged() -> None:
    assert Client().get("/p/kyusu/").json()["breadcrumbs"] == [
        {"label": "Home", "url": "/"},
        {"label": "Teaware", "url": "/c/teaware/"},
        {"label": "Kyusu teapot", "url": "/p/kyusu/"},
    ]
