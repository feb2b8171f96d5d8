import pytest

from bookshelf import create_app
from bookshelf.progress import pages_left, percent_read


@pytest.fixture()
def client():
    app = create_app()
    app.testing = True
    return app.test_client()


def test_percent_read() -> None:
    assert percent_read(120, 480) == 25.0
    assert percent_read(1, 3) == 33.3
    assert percent_read(500, 480) == 100.0


def test_pages_left() -> None:
    assert pages_left(120, 480) == 360
    assert pages_left(57, 0) is None


def test_shelf(client) -> None:
    body = client.get("/readers/ana/shelf").get_json()
    assert [book["percent"] for book in body["books"]] == [25.0, 100.0]
    assert body["books"][0]["pages_left"] == 360
    assert body["finished"] == 1


def test_unknown_reader(client) -> None:
    assert client.get("/readers/zed/shelf").status_code == 404
