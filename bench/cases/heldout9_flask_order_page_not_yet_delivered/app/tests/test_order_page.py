from orders import create_app


def test_delivered_order() -> None:
    page = create_app().test_client().get("/orders/1001").get_data(as_text=True)
    assert "Placed 02 Mar 2026" in page
    assert "<li>Desk lamp</li>" in page
    assert "Delivered 04 Mar 2026" in page


def test_unknown_order() -> None:
    assert create_app().test_client().get("/orders/9999").status_code == 404
