from django.test import Client

from catalog.recent import read_recent


def test_old_cookie_is_still_read() -> None:
    client = Client()
    client.cookies["recent"] = "12|7|3"
    response = client.get("/recently-viewed/")
    assert response.status_code == 200
    assert response.json() == {"products": ["Merino socks", "Rain shell", "Trail runner 2"]}


def test_old_cookie_with_one_id() -> None:
    assert read_recent("19") == [19]
    assert read_recent("3|7|12|19|25|31") == [3, 7, 12, 19, 25]


def test_viewing_a_product_upgrades_the_cookie() -> None:
    client = Client()
    client.cookies["recent"] = "12|7"
    client.get("/products/3/")
    assert client.get("/recently-viewed/").json() == {"products": ["Trail runner 2", "Merino socks", "Rain shell"]}
    assert read_recent("[3, 12]") == [3, 12]
