import pytest

from bookshelf import create_app
from bookshelf.progress import percent_read


@pytest.fixture()
def client():
    app = create_app()
    app.testing = True
    return app.test_client()


def test_unknown_length_has_no_percent() -> None:
    assert percent_read(57, 0) is None
    assert percent_read(0, 0) is None
    assert percent_read(120, 480) == 25.0


def test_shelf_with_an_ebook(client) -> None:
    response = client.get("/readers/sam/shelf")
    assert response.status_code == 200
    body = response.get_json()
    assert [(book["title"], book["percent"], book["pages_left"]) for book in body["books"]] == [
        ("Klara and the Sun", 25.0, 240),
        ("Piranesi (e-book)", None, None),
        ("Pride and Prejudice", 100.0, 0),
    ]
    assert body["books"][1]["pages_read"] == 57
    assert body["finished"] == 1
