from teashop.web import app


def test_home_lists_products() -> None:
    client = app.test_client()
    assert client.get("/").get_json() == {"products": ["ASSAM-250", "MUG-01", "SENCHA-100"]}


def test_empty_cart() -> None:
    client = app.test_client()
    assert client.get("/cart").get_json() == {"lines": [], "items": 0, "total": "0.00"}


def test_add_after_visiting_the_shop() -> None:
    client = app.test_client()
    client.get("/")
    client.post("/cart/SENCHA-100")
    response = client.post("/cart/SENCHA-100")
    assert response.status_code == 201
    assert response.get_json()["total"] == "17.00"


def test_unknown_product() -> None:
    assert app.test_client().post("/cart/NOPE").status_code == 404


def test_remove() -> None:
    client = app.test_client()
    with client.session_transaction() as session:
        session["cart"] = {"MUG-01": 2, "ASSAM-250": 1}
    assert client.delete("/cart/MUG-01").get_json() == {
        "lines": [{"sku": "ASSAM-250", "name": "Assam, 250 g", "quantity": 1}],
        "items": 1,
        "total": "11.90",
    }
