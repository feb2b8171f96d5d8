from decimal import Decimal

from django.test import Client

from frames.pricing import glass_area_m2


def quote(**params):
    response = Client().get("/quote/", params)
    assert response.status_code == 200
    return response.json()


def test_glazed_quote() -> None:
    assert quote(moulding="OAK-20", width=40, height=50, glazing="standard") == {
        "moulding": "OAK-20",
        "frame": "24.30",
        "glass": "8.40",
        "fitting": "6.50",
        "total": "39.20",
    }


def test_museum_glass() -> None:
    body = quote(moulding="GLD-35", width=60, height=80, glazing="museum")
    assert (body["frame"], body["glass"], body["total"]) == ("66.99", "56.64", "130.13")


def test_glass_priced_exactly_and_rounded_half_up() -> None:
    # A 19 x 75 cm panorama: 0.1425 m2 of glass, 5.985 at 42.00 a square metre, so 5.99.
    body = quote(moulding="OAK-20", width=19, height=75, glazing="standard")
    assert (body["frame"], body["glass"], body["total"]) == ("25.30", "5.99", "37.79")


def test_glass_area_is_exact() -> None:
    assert glass_area_m2(19, 75) == Decimal("0.1425")
    assert isinstance(glass_area_m2(40, 50), Decimal)


def test_canvas_unchanged() -> None:
    body = quote(moulding="BLK-15", width=30, height=30)
    assert (body["glass"], body["total"]) == ("0.00", "18.25")
