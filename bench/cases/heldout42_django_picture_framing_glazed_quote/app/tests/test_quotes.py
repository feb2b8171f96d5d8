from decimal import Decimal

from django.test import Client

from frames.pricing import moulding_length_m


def test_moulding_length() -> None:
    assert moulding_length_m(40, 50, Decimal("2.0")) == Decimal("1.96")


def test_canvas_quote_has_no_glass() -> None:
    response = Client().get("/quote/", {"moulding": "OAK-20", "width": 40, "height": 50})
    assert response.status_code == 200
    assert response.json() == {
        "moulding": "OAK-20",
        "frame": "24.30",
        "glass": "0.00",
        "fitting": "6.50",
        "total": "30.80",
    }


def test_unknown_moulding() -> None:
    assert Client().get("/quote/", {"moulding": "PINE-9", "width": 40, "height": 50}).status_code == 404


def test_too_small() -> None:
    assert Client().get("/quote/", {"moulding": "OAK-20", "width": 5, "height": 50}).status_code == 400


def test_mouldings_list() -> None:
    codes = [m["code"] for m in Client().get("/mouldings/").json()["mouldings"]]
    assert codes == ["BLK-15", "GLD-35", "OAK-20"]
