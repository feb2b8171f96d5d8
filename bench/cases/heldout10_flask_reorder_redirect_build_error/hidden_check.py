from shopfront.orders import ORDERS, app


def test_reorder_redirects_to_the_new_order() -> None:
    client = app.test_client()
    response = client.post("/orders/B-1001/reorder")
    assert response.status_code == 302
    location = response.headers["Location"]
    number = location.rsplit("/", 1)[-1]
    assert location == f"/orders/{number}"
    assert number != "B-1001" and number.startswith("B-")
    assert ORDERS[number].items == ["teapot", "cups"]
    assert client.get(location).get_json()["items"] == ["teapot", "cups"]
