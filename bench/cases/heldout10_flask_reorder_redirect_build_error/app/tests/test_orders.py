from shopfront.orders import app


def test_order_detail() -> None:
    body = app.test_client().get("/orders/B-1001").get_json()
    assert body == {
        "number": "B-1001",
        "items": ["teapot", "cups"],
        "reorder": "/orders/B-1001/reorder",
        "url": "/orders/B-1001",
    }


def test_unknown_order() -> None:
    assert app.test_client().get("/orders/B-9").status_code == 404
