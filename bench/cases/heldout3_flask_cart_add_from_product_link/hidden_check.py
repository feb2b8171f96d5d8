from teashop.web import app


def test_first_add_from_a_product_link() -> None:
    client = app.test_client()
    response = client.post("/cart/ASSAM-250")
    assert response.status_code == 201
    assert response.get_json() == {
        "lines": [{"sku": "ASSAM-250", "name": "Assam, 250 g", "quantity": 1}],
        "items": 1,
        "total": "11.90",
    }


def test_cart_started_from_a_link_is_kept() -> None:
    client = app.test_client()
    client.post("/cart/ASSAM-250")
    client.post("/cart/MUG-01")
    client.post("/cart/ASSAM-250")
    assert client.get("/cart").get_json() == {
        "lines": [
            {"sku": "ASSAM-250", "name": "Assam, 250 g", "quantity": 2},
            {"sku": "MUG-01", "name": "Stoneware mug", "quantity": 1},
        ],
        "items": 3,
        "total": "37.80",
    }
