from django.test import Client

from catalog.recent import read_recent, with_viewed


def test_nothing_viewed_yet() -> None:
    assert read_recent(None) == []
    assert Client().get("/recently-viewed/").json() == {"products": []}


def test_viewing_moves_to_front() -> None:
    assert with_viewed([3, 7, 12], 12) == [12, 3, 7]
    assert with_viewed([1, 2, 3, 4, 5], 6) == [6, 1, 2, 3, 4]


def test_views_are_remembered() -> None:
    client = Client()
    client.get("/products/7/")
    client.get("/products/12/")
    assert client.get("/recently-viewed/").json() == {"products": ["Merino socks", "Rain shell"]}


def test_unknown_product() -> None:
    assert Client().get("/products/999/").status_code == 404
